import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { UNNAMED_PARTNERS } from '../../src/analysis/corridor';
import { analyzeCorridors, type Analysis } from '../../src/data/corridors/score-corridors';
import { FIXTURE_PARAMS, fixtureRows, isPost, loadFixture, type SeriesSpec } from './fixture';

const phase = (base: number, post: number) => (t: number) => (isPost(t) ? post : base);
const untilCutoff = (v: number) => (t: number) => (t < 24 ? v : null);

/**
 * Two intermediaries that name their partners (5,000 a month to China) and give world totals.
 * Taiwan's ICs to each rise from 1,000 to 30,000 a month (its 1 M a month to the USA stay).
 * - Kazakhstan never names Russia: Russia recorded 2,120 a month from it until 2021 (2,000
 *   FOB), and its world total goes from 7,000 to 32,000 a month, so 2,000 then 27,000 a month
 *   went to Russia or to no named partner: 24,000 a year in the baseline (2020), 324,000 in 2022.
 * - Uzbekistan names Russia, 2,000 then 27,000 a month: its world total holds nothing more.
 * - Armenia is like Kazakhstan, but Taiwan's ICs to it rise only from 20,000 to 36,000 a month
 *   (×1.8): exports it does not attribute may be any trade it did not break down.
 */
// prettier-ignore
const WORLD: SeriesSpec[] = [
  { reporter: 'TWN', partner: 'USA', flow: 'X', hs: '854231', value: () => 1e6 },
  ...['KAZ', 'UZB'].flatMap((via): SeriesSpec[] => [
    { reporter: 'TWN', partner: via, flow: 'X', hs: '854231', value: phase(1000, 30_000) },
    { reporter: via, partner: 'CHN', flow: 'X', hs: '854231', value: () => 5000 },
    { reporter: via, partner: 'WLD', flow: 'X', hs: '854231', value: phase(7000, 32_000) },
  ]),
  { reporter: 'RUS', partner: 'KAZ', flow: 'M', hs: '854231', value: untilCutoff(2120) },
  { reporter: 'TWN', partner: 'ARM', flow: 'X', hs: '854231', value: phase(20_000, 36_000) },
  { reporter: 'ARM', partner: 'CHN', flow: 'X', hs: '854231', value: () => 5000 },
  { reporter: 'ARM', partner: 'WLD', flow: 'X', hs: '854231', value: phase(7000, 32_000) },
  { reporter: 'RUS', partner: 'ARM', flow: 'M', hs: '854231', value: untilCutoff(2120) },
  { reporter: 'UZB', partner: 'RUS', flow: 'X', hs: '854231', value: phase(2000, 27_000) },
];

describe('an intermediary whose world total holds exports it attributes to no partner', () => {
  let db: NodeDuckDB;
  let analysis: Analysis;
  beforeAll(async () => {
    db = await loadFixture(await openNodeDuckDB(), fixtureRows(WORLD));
    analysis = await analyzeCorridors(db, { ...FIXTURE_PARAMS, level: '6', topN: 1000 });
  });
  afterAll(() => db.close());

  it('gives a partial corridor whose onward leg is the world total less the named partners', () => {
    const kaz = analysis.corridors.filter((c) => c.via === 'KAZ');
    expect(kaz.map((c) => [c.destination, c.evidence, c.frequency])).toEqual([
      ['RUS', 'partial', 'annual'],
    ]);
    const onward = kaz[0]?.legs.second;
    expect(onward?.to).toBe(UNNAMED_PARTNERS);
    expect(onward?.baselineMean).toBeCloseTo(12 * (7000 - 5000), 6);
    expect(onward?.postLevel).toBeCloseTo(12 * (32_000 - 5000), 6);
    expect(kaz[0]?.score).toBeGreaterThan(0);
  });

  it('says so in both languages', () => {
    const kaz = analysis.corridors.find((c) => c.via === 'KAZ');
    expect(kaz?.explanation.en).toContain(
      'exports of the same to Russia or to partners it did not name',
    );
    expect(kaz?.explanation.en).toContain('names its trading partners');
    expect(kaz?.explanation['zh-TW']).toContain('未列明對象');
  });

  it('gives none where the first leg did not double', () => {
    expect(analysis.corridors.filter((c) => c.via === 'ARM')).toEqual([]);
  });

  it('gives none where the named destination accounts for the rise', () => {
    const uzb = analysis.corridors.filter((c) => c.via === 'UZB');
    expect(uzb.length).toBeGreaterThan(0);
    expect(uzb.every((c) => c.evidence === 'full' && c.legs.second.to === 'RUS')).toBe(true);
  });
});
