import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/data/ingest/ingest';
import type { IngestSummary } from '../../src/data/ingest/types';
import type { NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { FIXTURES, fixture, ingestedRow, ingestedRows, openWithCountries } from './helpers';

// Every expected figure below is read off the fixture by hand (see test/fixtures/README.md).

let db: NodeDuckDB;
beforeAll(async () => {
  db = await openWithCountries();
});
afterAll(() => db.close());

const codesOf = (summary: IngestSummary) =>
  Object.fromEntries(summary.skipped.map((s) => [s.code, s.examples.map((e) => e.line)]));

describe('Comtrade Plus (Latin-1, CRLF, quoted, trailing comma)', () => {
  let summary: IngestSummary;
  beforeAll(async () => {
    summary = await ingestFiles(db, [fixture('comtrade-plus-tur.csv')]);
  });

  it('reads all 14 rows, keeps 9 and drops the 5 breakdown, total and DX rows with their lines', () => {
    expect(summary).toMatchObject({ rowsRead: 14, rowsWritten: 9, rowsSkipped: 5 });
    expect(summary.files[0]).toMatchObject({ format: 'comtrade-plus', encoding: 'latin-1' });
    expect(codesOf(summary)).toEqual({
      customs_breakdown: [6],
      transport_breakdown: [7],
      commodity_total: [9],
      flow_other: [10],
      partner2_breakdown: [15],
    });
  });

  it('files partner 490 as Taiwan whether its ISO column says S19 or nothing', async () => {
    const rows = await ingestedRows(db, "partner = 'TWN'");
    expect(rows.map((r) => [r.period, r.hs, r.value_usd])).toEqual([
      ['2022-01-01', '854231', 1_200_000],
      ['2023-03-01', '854231', 250_000],
      ['2022-01-01', '854232', 458_000], // "4.58e+05"
    ]);
  });

  it('keeps the world total as WLD and the Latin-1 "Côte d\'Ivoire" row as CIV at HS-4', async () => {
    const world = await ingestedRow(db, {
      period: '2022-01-01',
      reporter: 'TUR',
      partner: 'WLD',
      flow: 'X',
      hs: '854231',
    });
    expect(world?.value_usd).toBe(9_000_000);
    const civ = await ingestedRow(db, {
      period: '2022-01-01',
      reporter: 'TUR',
      partner: 'CIV',
      flow: 'X',
      hs: '8542',
    });
    expect(civ?.value_usd).toBe(15_000);
  });

  it('dates annual rows January 1 (freq A) and monthly rows on the first of the month (freq M)', async () => {
    const rows = await ingestedRows(db, "partner = 'RUS'");
    expect(rows.map((r) => [r.period, r.freq, r.value_usd])).toEqual([
      ['2022-01-01', 'A', 7_397_398.7],
      ['2023-03-01', 'M', 310_000.5],
      ['2023-04-01', 'M', 150_000], // "1.5E5"
    ]);
  });

  it('keeps net weight and a real quantity, and leaves quantity empty for qtyUnitCode -1', async () => {
    const rus = await ingestedRow(db, {
      period: '2022-01-01',
      reporter: 'TUR',
      partner: 'RUS',
      flow: 'X',
      hs: '854231',
    });
    expect(rus).toMatchObject({ net_kg: 120.25, qty: 120.25, qty_unit: 'kg', source: 'comtrade' });
    const twn = await ingestedRow(db, {
      period: '2022-01-01',
      reporter: 'TUR',
      partner: 'TWN',
      flow: 'M',
      hs: '854231',
    });
    expect(twn).toMatchObject({ net_kg: 35.5, qty: null, qty_unit: null });
  });

  it('keeps the re-export to Kyrgyzstan as RX', async () => {
    const rx = await ingestedRow(db, {
      period: '2023-03-01',
      reporter: 'TUR',
      partner: 'KGZ',
      flow: 'RX',
      hs: '854231',
    });
    expect(rx?.value_usd).toBe(42_000);
  });
});

describe('Comtrade Plus without trailing commas', () => {
  it('reads the same 9 rows when the rows have exactly 47 fields', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'ingest-plus-'));
    try {
      const original = readFileSync(FIXTURES + 'comtrade-plus-tur.csv', 'latin1');
      const path = join(dir, 'no-trailing-comma.csv');
      writeFileSync(path, Buffer.from(original.replaceAll(',\r\n', '\r\n'), 'latin1'));
      const file = {
        name: 'no-trailing-comma.csv',
        path,
        head: readFileSync(path).subarray(0, 65536),
      };
      const summary = await ingestFiles(db, [file]);
      expect(summary).toMatchObject({ rowsRead: 14, rowsWritten: 9, rowsSkipped: 5 });
      const [total] = await db.query(
        "SELECT sum(value_usd) AS v FROM ingested WHERE partner <> 'WLD'",
      );
      expect(total?.v).toBeCloseTo(9_070_398.7 + 752_000.5, 6);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('legacy Comtrade (35 columns)', () => {
  let summary: IngestSummary;
  beforeAll(async () => {
    summary = await ingestFiles(db, [fixture('comtrade-legacy-sau.csv')]);
  });

  it('maps flow codes 1/2/3 to M/X/RX, Italy 381 to ITA, and YYYYMM to a monthly row', async () => {
    const rows = await ingestedRows(db);
    expect(rows.map((r) => [r.period, r.freq, r.flow, r.partner, r.hs, r.value_usd])).toEqual([
      ['2019-01-01', 'A', 'M', 'ITA', '854231', 3000],
      ['2019-01-01', 'A', 'M', 'TWN', '854231', 800_000],
      ['2019-01-01', 'A', 'RX', 'KGZ', '854231', 7000],
      ['2019-03-01', 'M', 'X', 'RUS', '8542', 12_345],
      ['2019-01-01', 'A', 'X', 'TWN', '854231', 500_000],
      ['2019-01-01', 'A', 'X', 'WLD', '854231', 2_000_000],
      // Line 8: partner 58, Belgium-Luxembourg, two countries: kept as a former economy.
      ['2019-01-01', 'A', 'X', 'XHG', '854231', 1000],
    ]);
  });

  it('keeps Belgium-Luxembourg as a residual partner and names the TOTAL row it left out, with its value', () => {
    expect(summary.skipped.map((s) => [s.code, s.count, s.valueUsd, s.examples])).toEqual([
      [
        'commodity_total',
        1,
        150_000_000,
        [{ file: 'comtrade-legacy-sau.csv', line: 7, value: 'TOTAL' }],
      ],
    ]);
    expect(summary.warnings.find((w) => w.code === 'residual_partner')?.message).toBe(
      "US$1 k in 1 row kept as 'a former or combined economy (e.g. USSR, Belgium-Luxembourg)' (XHG): in the totals, but not one country, so neither on the map nor an intermediary or destination.",
    );
  });

  it('reads a quantity in kilograms and "No Quantity" as none', async () => {
    const rows = await ingestedRows(db, "partner = 'TWN'");
    expect(rows.map((r) => [r.flow, r.qty, r.qty_unit, r.net_kg])).toEqual([
      ['M', 2500, 'Weight in kilograms', 2500],
      ['X', null, null, null],
    ]);
  });

  it('warns that Saudi Arabia mixes other countries into its 490 rows', () => {
    const warning = summary.warnings.find((w) => w.code === 'taiwan_490');
    expect(warning?.message).toMatch(
      /^2 rows from UN-coded sources .* too: SAU, so 2 rows of these/,
    );
  });
});

describe('BACI with its country file', () => {
  let summary: IngestSummary;
  beforeAll(async () => {
    summary = await ingestFiles(db, [
      fixture('BACI_HS17_Y2022_V202401.csv'),
      fixture('country_codes_V202401.csv'),
    ]);
  });

  it('multiplies values (thousand US$) and quantities (tonnes) by 1000', async () => {
    const row = await ingestedRow(db, {
      period: '2022-01-01',
      reporter: 'KGZ',
      partner: 'RUS',
      flow: 'X',
      hs: '854231',
    });
    expect(row).toMatchObject({ freq: 'A', value_usd: 900_250, net_kg: 1500, source: 'baci' });
  });

  it('reads exporter 490 (S19 in the country file) as Taiwan', async () => {
    const rows = await ingestedRows(db, "reporter = 'TWN'");
    expect(rows.map((r) => [r.partner, r.value_usd, r.net_kg])).toEqual([
      ['ARE', 50_000, null], // q = NA
      ['KGZ', 1_500_500, 2250],
      ['RUS', 200_000, 100],
    ]);
  });

  it('restores the leading zero of 030490 and reads a padded NA quantity as unknown', async () => {
    const row = await ingestedRow(db, {
      period: '2022-01-01',
      reporter: 'ITA',
      partner: 'RUS',
      flow: 'X',
      hs: '030490',
    });
    expect(row).toMatchObject({ value_usd: 12_500, net_kg: null });
  });

  it('maps BACI codes 699 and 842 to India and the United States', async () => {
    const rows = await ingestedRows(db, "reporter IN ('IND', 'USA')");
    expect(rows.map((r) => [r.reporter, r.hs, r.value_usd])).toEqual([
      ['IND', '847130', 3_000_500],
      ['USA', '854231', 500],
    ]);
  });

  it('counts 9 rows and skips only the unknown exporter 999, without counting the country file', () => {
    expect(summary).toMatchObject({ rowsRead: 9, rowsWritten: 8, rowsSkipped: 1 });
    expect(codesOf(summary)).toEqual({ reporter_unmapped: [10] });
    expect(summary.files.map((f) => f.name)).toEqual(['BACI_HS17_Y2022_V202401.csv']);
  });

  it('still finds Taiwan without the country file, and says the file was missing', async () => {
    const alone = await ingestFiles(db, [fixture('BACI_HS17_Y2022_V202401.csv')]);
    expect(alone.rowsWritten).toBe(8);
    expect((await ingestedRows(db, "reporter = 'TWN'")).length).toBe(3);
    expect(alone.warnings.map((w) => w.code)).toContain('baci_without_countries');
  });
});

describe('Taiwan customs exports', () => {
  it('sums 11-digit codes to HS-6, multiplies 美元(千元) by 1000 and maps Chinese names', async () => {
    const summary = await ingestFiles(db, [fixture('tw-customs-by-country.csv')]);
    const rows = await ingestedRows(db);
    expect(rows.map((r) => [r.period, r.freq, r.flow, r.partner, r.hs, r.value_usd])).toEqual([
      ['2023-03-01', 'M', 'M', 'KGZ', '854231', 1000],
      ['2023-03-01', 'M', 'X', 'ARE', '845710', 95_000],
      ['2023-03-01', 'M', 'X', 'CHN', '854232', 800_000],
      ['2023-03-01', 'M', 'X', 'HKG', '854231', 450_000],
      ['2023-03-01', 'M', 'X', 'KAZ', '854231', 70_000],
      ['2022-01-01', 'A', 'X', 'KGZ', '854231', 1_500_000], // 1,234.5 + 265.5 thousand
      ['2023-03-01', 'M', 'X', 'KGZ', '854231', 30_500], // 20.5 + 10 thousand
      ['2025-01-01', 'A', 'X', 'KGZ', '854231', 999_000], // 114年1月~114年7月: a partial year
      ['2025-07-01', 'M', 'X', 'KGZ', '854231', 40_000],
      ['2023-03-01', 'M', 'X', 'RUS', '854231', 12_300],
      ['2023-03-01', 'M', 'X', 'TUR', '854231', 30_000],
    ]);
    expect(rows.every((r) => r.reporter === 'TWN' && r.source === 'tw-customs')).toBe(true);
    expect(summary).toMatchObject({
      rowsRead: 15,
      rowsSkipped: 2,
      rowsCombined: 2,
      rowsWritten: 11,
    });
    expect(summary.skipped.map((s) => [s.code, s.examples.map((e) => [e.line, e.value])])).toEqual([
      ['month_range', [[16, '113年7月~114年6月']]],
      ['partner_unmapped', [[12, '火星']]],
    ]);
    expect(summary.warnings.map((w) => w.message)).toEqual(
      expect.arrayContaining([
        '2 rows of tw-customs-by-country.csv are preliminary figures (初步值), which may be revised.',
        '1 row of tw-customs-by-country.csv covers only the first months of a year (a range such as 114年1月~114年7月): kept as a partial year, never compared with a full one.',
      ]),
    );
    // Only the year-to-date row says how many months it covers.
    expect(rows.filter((r) => r.months !== null).map((r) => [r.period, r.months])).toEqual([
      ['2025-01-01', 7],
    ]);
    expect(summary.valueByYear.filter((y) => y.year === 2025)).toEqual([
      { year: 2025, freq: 'A', months: 7, exportsUsd: 999_000, importsUsd: 0, worldUsd: 0 },
      { year: 2025, freq: 'M', months: null, exportsUsd: 40_000, importsUsd: 0, worldUsd: 0 },
    ]);
  });

  it('reads plain US dollars when the header says 美元(元), with the world as partner', async () => {
    const summary = await ingestFiles(db, [fixture('tw-customs-products-usd.csv')]);
    const rows = await ingestedRows(db);
    expect(rows.map((r) => [r.period, r.freq, r.flow, r.partner, r.hs, r.value_usd])).toEqual([
      ['2023-01-01', 'A', 'M', 'WLD', '845710', 3_000_000],
      ['2023-01-01', 'A', 'X', 'WLD', '854231', 175_000_000],
      ['2023-03-01', 'M', 'X', 'WLD', '854231', 12_000_000],
    ]);
    expect(summary.warnings.map((w) => w.code)).toContain('annual_and_monthly');
  });
});

describe('canonical files', () => {
  it('reads canonical CSV and Parquet and counts their shared rows once', async () => {
    const summary = await ingestFiles(db, [
      fixture('canonical-trade.csv'),
      fixture('canonical-trade.parquet'),
    ]);
    expect(summary).toMatchObject({ rowsRead: 7, duplicatesRemoved: 3, rowsWritten: 4 });
    expect(summary.files.map((f) => f.position)).toEqual(['line', 'row']);
    const [total] = await db.query('SELECT sum(value_usd) AS v FROM ingested');
    expect(total?.v).toBe(125_000 + 98_000.5 + 5000 + 7000);
  });
});
