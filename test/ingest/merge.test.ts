import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/data/ingest/ingest';
import type { IngestSummary } from '../../src/data/ingest/types';
import type { NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { fixture, GOOD_FIXTURES, ingestedRow, ingestedRows, openWithCountries } from './helpers';

let db: NodeDuckDB;
beforeAll(async () => {
  db = await openWithCountries();
});
afterAll(() => db.close());

describe('merging every good fixture', () => {
  let summary: IngestSummary;
  beforeAll(async () => {
    summary = await ingestFiles(db, GOOD_FIXTURES.map(fixture));
  });

  it('accounts for every row read: written + skipped + combined + duplicates + conflicts', () => {
    // 14 + 8 + 9 + 15 + 4 + 3 + 4 read; 5 + 1 + 1 + 2 skipped (the legacy file's partner 58,
    // Belgium-Luxembourg, is kept as a residual partner); 2 + 1 customs rows combined;
    // 3 canonical rows in both files; 2 BACI rows beaten by comtrade and tw-customs; no two
    // files give the same flow at different detail.
    expect(summary).toMatchObject({
      rowsRead: 57,
      rowsSkipped: 9,
      rowsCombined: 3,
      duplicatesRemoved: 3,
      conflictsDropped: 2,
      overlapsDropped: 0,
      rowsWritten: 40,
    });
  });

  it("keeps Taiwan customs' own figure for TWN → KGZ 2022, not BACI's", async () => {
    const row = await ingestedRow(db, {
      period: '2022-01-01',
      reporter: 'TWN',
      partner: 'KGZ',
      flow: 'X',
      hs: '854231',
    });
    expect(row).toMatchObject({ value_usd: 1_500_000, source: 'tw-customs' });
  });

  it("keeps Türkiye's own Comtrade report of its exports to Russia, not BACI's", async () => {
    const row = await ingestedRow(db, {
      period: '2022-01-01',
      reporter: 'TUR',
      partner: 'RUS',
      flow: 'X',
      hs: '854231',
    });
    expect(row).toMatchObject({ value_usd: 7_397_398.7, source: 'comtrade' });
  });

  it('never holds two rows for the same key', async () => {
    const [dups] =
      await db.query(`SELECT count(*)::DOUBLE AS n FROM (SELECT period, freq, reporter, partner,
      flow, hs FROM ingested GROUP BY ALL HAVING count(*) > 1)`);
    expect(dups?.n).toBe(0);
  });

  it('says which BACI rows were dropped in favour of which file', () => {
    const messages = summary.warnings
      .filter((w) => w.code === 'conflicts_dropped')
      .map((w) => w.message);
    expect(messages).toHaveLength(2);
    expect(messages[0]).toMatch(
      /^1 row of BACI_HS17_Y2022_V202401\.csv \(baci\) has .* as rows of comtrade-plus-tur\.csv \(comtrade\).*First: TUR X RUS 854231 2022-01-01 A\.$/,
    );
    expect(messages[1]).toMatch(
      /as rows of tw-customs-by-country\.csv \(tw-customs\).*First: TWN X KGZ 854231/,
    );
  });

  it('gives the totals by year a user can check against the files', () => {
    expect(summary.valueByYear).toEqual([
      // SAU exports: TWN 500,000 + Belgium-Luxembourg 1,000; imports: ITA 3,000 + TWN 800,000;
      // the re-export to KGZ (7,000) is a part of exports, not counted beside them.
      {
        year: 2019,
        freq: 'A',
        months: null,
        exportsUsd: 501_000,
        importsUsd: 803_000,
        worldUsd: 2_000_000,
      },
      { year: 2019, freq: 'M', months: null, exportsUsd: 12_345, importsUsd: 0, worldUsd: 0 },
      {
        year: 2022,
        freq: 'A',
        months: null,
        // All 14,734,148.7 of partner rows but TUR's imports from 490 (1,200,000) and of 854232
        // (458,000), which are imports.
        exportsUsd: expect.closeTo(13_076_148.7, 6),
        importsUsd: 1_658_000,
        worldUsd: 9_000_000,
      },
      // tw-customs-products-usd.csv: exports 150,000,000 + 25,000,000; its 3,000,000 are imports.
      { year: 2023, freq: 'A', months: null, exportsUsd: 0, importsUsd: 0, worldUsd: 175_000_000 },
      {
        year: 2023,
        freq: 'M',
        months: null,
        // 2,475,801 of partner rows less imports (TUR from 490 250,000, TWN from KGZ
        // 1,000) and TUR's re-export to KGZ (42,000).
        exportsUsd: expect.closeTo(2_182_801, 6),
        importsUsd: 251_000,
        worldUsd: 12_000_000,
      },
      { year: 2025, freq: 'A', months: 7, exportsUsd: 999_000, importsUsd: 0, worldUsd: 0 },
      { year: 2025, freq: 'M', months: null, exportsUsd: 40_000, importsUsd: 0, worldUsd: 0 },
    ]);
    expect(summary.periods).toEqual({ first: '2019-01-01', last: '2025-07-01', freqs: ['A', 'M'] });
    expect(summary.reporters).toEqual([
      'ARM',
      'IND',
      'ITA',
      'KAZ',
      'KGZ',
      'SAU',
      'TUR',
      'TWN',
      'USA',
    ]);
    expect(summary.partners).toBe(10);
    expect(summary.hsLevels).toEqual([4, 6]);
  });

  it('warns about annual and monthly rows of one year, mixed HS levels and code 490', () => {
    const codes = summary.warnings.map((w) => w.code);
    expect(codes).toEqual(
      expect.arrayContaining(['annual_and_monthly', 'several_hs_levels', 'taiwan_490']),
    );
    const tw = summary.warnings.find((w) => w.code === 'taiwan_490');
    // 3 Comtrade Plus (TUR), 2 legacy (SAU), 2 BACI (TWN exporter) rows after merging.
    expect(tw?.message).toMatch(/^7 rows .* SAU, so 2 rows of these may include other countries/);
  });
});

describe('the same file twice', () => {
  it('removes every repeated row and says so', async () => {
    const summary = await ingestFiles(db, [
      fixture('comtrade-plus-tur.csv'),
      fixture('comtrade-plus-tur.csv'),
    ]);
    expect(summary).toMatchObject({ rowsRead: 28, duplicatesRemoved: 9, rowsWritten: 9 });
    expect(summary.warnings.map((w) => w.message)).toContain(
      '9 rows of comtrade-plus-tur.csv (file 2) repeat rows of comtrade-plus-tur.csv (file 1) exactly: removed, counted once.',
    );
  });
});

describe('options', () => {
  it('drops world totals when asked, with the reason and lines', async () => {
    const summary = await ingestFiles(db, [fixture('comtrade-legacy-sau.csv')], { world: 'drop' });
    expect(summary.rowsWritten).toBe(6);
    expect(await ingestedRows(db, "partner = 'WLD'")).toEqual([]);
    expect(
      summary.skipped.find((s) => s.code === 'world_dropped')?.examples.map((e) => e.line),
    ).toEqual([5]);
  });

  it("drops Saudi Arabia's mixed 490 rows when asked, and keeps them by default", async () => {
    const dropped = await ingestFiles(db, [fixture('comtrade-legacy-sau.csv')], {
      mixed490: 'drop',
    });
    expect(await ingestedRows(db, "partner = 'TWN'")).toEqual([]);
    expect(dropped.skipped.find((s) => s.code === 'mixed_490')?.count).toBe(2);
    await ingestFiles(db, [fixture('comtrade-legacy-sau.csv')]);
    expect(await ingestedRows(db, "partner = 'TWN'")).toHaveLength(2);
  });

  it('keeps Turkish rows with Taiwan when dropping mixed 490 rows: only listed reporters go', async () => {
    await ingestFiles(db, [fixture('comtrade-plus-tur.csv')], { mixed490: 'drop' });
    expect(await ingestedRows(db, "partner = 'TWN'")).toHaveLength(3);
  });

  it('writes to the table the caller names and leaves no scratch tables behind', async () => {
    await ingestFiles(db, [fixture('canonical-trade.csv')], { outputTable: 'staged_trade' });
    const [n] = await db.query('SELECT count(*)::DOUBLE AS n FROM staged_trade');
    expect(n?.n).toBe(3);
    const left = await db.query(
      "SELECT table_name FROM information_schema.tables WHERE table_name LIKE 'ingest\\_%' ESCAPE '\\'",
    );
    expect(left).toEqual([]);
  });
});

describe('adding files to data already loaded', () => {
  it('keeps the loaded rows, and lets a file replace a loaded row with the same key', async () => {
    await db.query(`CREATE OR REPLACE TABLE loaded AS SELECT * FROM (VALUES
      (DATE '2023-01-01', 'M', 'KGZ', 'RUS', 'X', '854231', 1.0, NULL::DOUBLE, NULL::DOUBLE, NULL, 'sample', NULL::INTEGER),
      (DATE '2020-05-01', 'M', 'TWN', 'KAZ', 'X', '854232', 7.0, NULL::DOUBLE, NULL::DOUBLE, NULL, 'sample', NULL::INTEGER)
    ) t(period, freq, reporter, partner, flow, hs, value_usd, net_kg, qty, qty_unit, source, months)`);
    const summary = await ingestFiles(db, [fixture('canonical-trade.csv')], {
      base: { table: 'loaded', name: 'current data' },
    });
    // The file's 3 rows are read; its KGZ → RUS Jan 2023 row has the same key as a loaded one.
    expect(summary).toMatchObject({ rowsRead: 3, rowsWritten: 4, conflictsDropped: 1 });
    const kgz = await ingestedRow(db, {
      period: '2023-01-01',
      reporter: 'KGZ',
      partner: 'RUS',
      flow: 'X',
      hs: '854231',
    });
    expect(kgz).toMatchObject({ value_usd: 125_000 });
    const kept = await ingestedRow(db, {
      period: '2020-05-01',
      reporter: 'TWN',
      partner: 'KAZ',
      flow: 'X',
      hs: '854232',
    });
    expect(kept).toMatchObject({ value_usd: 7 });
    expect(await db.query('SELECT count(*)::DOUBLE AS n FROM loaded')).toEqual([{ n: 2 }]);
  });
});
