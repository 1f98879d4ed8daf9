import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Corridor } from '../../src/analysis/corridor';
import { analyzeCorridors, type Analysis } from '../../src/data/corridors/score-corridors';
import { ingestFiles } from '../../src/data/ingest/ingest';
import { loadReferenceTables } from '../../scripts/lib/reference';
import { tradeTableFromSql } from '../../src/data/sql/trade';
import type { NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { verdict } from '../../scripts/analyze';
import { corridorTable } from '../../src/analysis/export';
import { fixture, openWithCountries } from '../ingest/helpers';

/**
 * The analysis on files as analysts download them (test/fixtures/README.md, "Real downloads"):
 * Taiwan's customs export of HS 8542 by country, annual, 2019–2024, and a UN Comtrade Plus
 * download of Kyrgyz, Armenian and Kazakh HS 8542 exports to the World only. Every expected
 * figure is worked out by hand from the two files.
 */

const CUSTOMS = 'tw-customs-8542-annual-2019-2024.csv';
const COMTRADE_WORLD = 'comtrade-plus-8542-to-world.csv';

let db: NodeDuckDB;

async function analyse(files: string[]): Promise<Analysis> {
  await ingestFiles(db, files.map(fixture));
  for (const sql of tradeTableFromSql('SELECT * FROM ingested')) await db.query(sql);
  return analyzeCorridors(db, { topN: 100 });
}

beforeAll(async () => {
  db = await openWithCountries();
  await loadReferenceTables(db);
});
afterAll(() => db.close());

describe('annual customs exports beside intermediaries’ exports to the World', () => {
  let analysis: Analysis;
  const via = (code: string) => analysis.corridors.find((c) => c.via === code) as Corridor;
  beforeAll(async () => {
    analysis = await analyse([CUSTOMS, COMTRADE_WORLD]);
  });

  it('scores a partial, annual corridor through each intermediary the World data cover', () => {
    expect(analysis.corridors.map((c) => [c.via, c.destination, c.product])).toEqual([
      ['ARM', 'RUS', '8542'],
      ['KAZ', 'RUS', '8542'],
      ['KGZ', 'RUS', '8542'],
    ]);
    for (const c of analysis.corridors) {
      expect(c).toMatchObject({ frequency: 'annual', evidence: 'partial', level: '4' });
      expect(c.score).toBeGreaterThan(0);
      expect(c.legs.second.to).toBe('WLD');
    }
  });

  it('builds each leg from whole years, a year not in a file being unknown', () => {
    // Taiwan → Kyrgyzstan, thousand US$: 2019 none, 2020 9, 2021 none; 2022 500, 2023 60.
    expect(via('KGZ').legs.first).toMatchObject({
      baselineMean: (0 + 9_000 + 0) / 3,
      postLevel: 500_000,
      baselineMonths: 3,
      postMonths: 3,
    });
    // Kyrgyzstan → World, US$: 2021 20,000 (its only baseline year), then 13.6 M in 2023.
    expect(via('KGZ').legs.second).toMatchObject({
      baselineMean: 20_000,
      postLevel: 13_600_000,
      baselineMonths: 1,
      postMonths: 3,
    });
    // Armenia: 10, 20, 50 thousand before; 2.5 M in 2023. Onward: 1,200 in 2021, 20 M in 2023.
    expect(via('ARM').legs.first.baselineMean).toBeCloseTo((10_000 + 20_000 + 50_000) / 3, 6);
    expect(via('ARM').legs.first.postLevel).toBe(2_500_000);
    expect(via('ARM').legs.second).toMatchObject({ baselineMean: 1_200, postLevel: 20_000_000 });
  });

  it('says in words that the evidence is partial, and counts it for less', () => {
    const arm = via('ARM');
    expect(arm.confidence).toMatchObject({ partial: true, factor: 0.6 });
    expect(arm.explanation.en).toContain(
      "Partial evidence: Armenia's exports to Russia are not in the data, so its exports to the world stand in for them",
    );
    expect(arm.explanation.en).toContain('a year');
    expect(arm.explanation['zh-TW']).toContain('部分證據');
  });

  it('lists the routes it could not score, with the reason', () => {
    const unscored = analysis.unscored.map((u) => `${u.via}>${u.destination}:${u.reason}`);
    expect(unscored.sort()).toEqual(
      ['ARE', 'HKG', 'TUR'].flatMap((v) => [`${v}>BLR:no_onward_leg`, `${v}>RUS:no_onward_leg`]),
    );
    // Each partial corridor once: exports to the World cannot tell Russia from Belarus.
    expect(analysis.counts).toMatchObject({ full: 0, partial: 3, noSignal: 0, unscored: 6 });
    expect(verdict(analysis.corridors, analysis.counts)).toBe(
      '3 corridors flagged (score above 0).',
    );
  });

  it('prints yearly corridors without a lag in months, and says what the columns are', () => {
    const lines = corridorTable(analysis.corridors).split('\n');
    const kgz = lines.find((line) => line.includes('TWN→KGZ→RUS'));
    // Kyrgyzstan's legs peak within a year of each other: 0.5, a yearly corridor has no lag.
    expect(kgz).toMatch(/\s0\.50 \(–\)\s/);
    expect(lines.some((line) => line.startsWith('r (lag): how the legs move together'))).toBe(true);
  });

  it('says what each reporter gives', () => {
    expect(
      analysis.coverage.map((c) => [c.reporter, c.freqs, c.firstYear, c.lastYear, c.world]),
    ).toEqual([
      ['ARM', ['A'], 2021, 2024, true],
      ['KAZ', ['A'], 2021, 2023, true],
      ['KGZ', ['A'], 2021, 2024, true],
      ['TWN', ['A'], 2019, 2024, false],
    ]);
  });
});

describe('files that give a route only in part', () => {
  /** Why each route through `via` for the `products` wanted was not scored. */
  const reasons = (analysis: Analysis, via: string, products: (p: string) => boolean) =>
    analysis.unscored
      .filter((u) => u.via === via && products(u.product))
      .map((u) => `${u.product}>${u.destination}:${u.reason}`)
      .sort();

  it('keeps the World stand-in when the onward leg by partner has no baseline', async () => {
    // BACI gives Kyrgyzstan's exports by partner for 2022 alone (854231 and 854239 to Russia,
    // 854231 to Kazakhstan): no year before the cut-off to compare them with.
    const analysis = await analyse([CUSTOMS, COMTRADE_WORLD, 'BACI_HS17_Y2022_V202501.csv']);
    expect(analysis.corridors.map((c) => [c.via, c.destination, c.product, c.evidence])).toEqual([
      ['ARM', 'RUS', '8542', 'partial'],
      ['KAZ', 'RUS', '8542', 'partial'],
      ['KGZ', 'RUS', '8542', 'partial'],
    ]);
    // Taiwan's file gives headings only: no first leg for a subheading, not "nothing stands out".
    expect(analysis.counts.noSignal).toBe(0);
    expect(reasons(analysis, 'KGZ', (p) => /^\d{6}$/.test(p))).toEqual(
      ['854231', '854239'].flatMap((p) => [`${p}>BLR:no_first_leg`, `${p}>RUS:no_first_leg`]),
    );
  });

  it('leaves a subheading unknown in the years a reporter gave headings only', async () => {
    // Taiwan's subheadings are known for 2021 alone (the 2021 file's 11-digit codes); the
    // annual file gives heading 8542 for every year. Its exports of 854231 to Kyrgyzstan after
    // the cut-off are unknown, not zero.
    const analysis = await analyse([CUSTOMS, 'tw-customs-8542-2021.csv', COMTRADE_WORLD]);
    expect(reasons(analysis, 'KGZ', (p) => p === '854231')).toEqual([
      '854231>BLR:first_no_post',
      '854231>RUS:first_no_post',
    ]);
    expect(analysis.corridors.map((c) => [c.via, c.product]).sort()).toEqual([
      ['ARM', '8542'],
      ['KAZ', '8542'],
      ['KGZ', '8542'],
    ]);
  });
});

describe("Kazakhstan's download with residual partners", () => {
  it('counts countries as partners, and no stray year of trade put to no country', async () => {
    // The file's partners: Curaçao, Russia and Taiwan, the World, and residual codes (bunkers,
    // free zones, areas nes, ...), among them two rows of 1998 to Belgium-Luxembourg and the
    // Southern African Customs Union, economies no route runs through.
    const analysis = await analyse(['comtrade-plus-kaz-residuals.csv']);
    const kaz = analysis.coverage.find((c) => c.reporter === 'KAZ');
    expect(kaz).toMatchObject({ partners: 3, firstYear: 2022, lastYear: 2022 });
  });
});

describe('the customs file alone', () => {
  it('says nothing could be scored, and why, instead of "nothing stands out"', async () => {
    const analysis = await analyse([CUSTOMS]);
    expect(analysis.corridors).toEqual([]);
    expect(analysis.counts).toMatchObject({ full: 0, partial: 0, noSignal: 0 });
    expect(analysis.counts.reasons).toEqual([{ reason: 'no_onward_leg', count: 12 }]);
    expect(verdict(analysis.corridors, analysis.counts)).toMatch(
      /^Nothing could be scored, because: no onward leg: .* \(12 routes\)\.$/,
    );
  });
});
