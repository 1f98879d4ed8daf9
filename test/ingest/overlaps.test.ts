import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/data/ingest';
import { ingestFiles } from '../../src/data/ingest/ingest';
import { tradeTableFromSql } from '../../src/data/sql/trade';
import type { IngestSummary } from '../../src/data/ingest/types';
import type { NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { fixture, openWithCountries } from './helpers';

/**
 * One flow, one number: files that give the same flow at different detail or from different
 * sources are kept once, whatever order they come in. Every expected figure is worked out by
 * hand from the fixtures (test/fixtures/README.md, "Overlapping sources").
 */

const CUSTOMS = 'tw-customs-8542-2021.csv';
const COMTRADE_490 = 'comtrade-plus-490-8542-2021.csv';
const COMTRADE_KGZ = 'comtrade-plus-kgz-monthly-2022.csv';
const BACI = 'BACI_HS17_Y2022_V202501.csv';

/** Taiwan's 2021 HS 8542 exports in the customs file: the sum of its eight rows, in US$. */
const CUSTOMS_TOTAL =
  1_000_000_000 +
  500_000_000 +
  2_000_000_000 +
  300_000_000 +
  15_000_500 +
  6_600_000 +
  900 +
  120_000_000;
/** The same five partners in Comtrade's HS-4 rows (reporter 490). */
const COMTRADE_SAME_PARTNERS = 1_502_000_000 + 2_301_000_000 + 21_650_000 + 1_000 + 120_300_000;
/** Comtrade's row for a partner the customs file does not give: nothing to compare, so kept. */
const COMTRADE_USA = 40_000_000;
/**
 * Kyrgyzstan → Russia 2022: BACI's annual rows (1,850.3 and 75.125 thousand US$). Comtrade's
 * monthly file gives March to May only (600,000 + 700,000 + 500,000 of 854231, 80,000 of 854239
 * in April): three months of the year, not another figure for it, so BACI's whole year is kept.
 */
const KGZ_RUS = 1_850_300 + 75_125;
/** Kyrgyzstan → Kazakhstan 2022, only in BACI (10 thousand US$). */
const KGZ_KAZ = 10_000;

const ORDERS: readonly string[][] = [
  [CUSTOMS, COMTRADE_490, COMTRADE_KGZ, BACI],
  [COMTRADE_490, CUSTOMS, BACI, COMTRADE_KGZ],
  [BACI, COMTRADE_KGZ, COMTRADE_490, CUSTOMS],
  [COMTRADE_KGZ, BACI, CUSTOMS, COMTRADE_490],
  [BACI, COMTRADE_490, COMTRADE_KGZ, CUSTOMS],
  [COMTRADE_490, BACI, CUSTOMS, COMTRADE_KGZ],
];

let db: NodeDuckDB;
beforeAll(async () => {
  db = await openWithCountries();
});
afterAll(() => db.close());

const sum = async (where: string) =>
  Number((await db.query(`SELECT sum(value_usd) AS v FROM ingested WHERE ${where}`))[0]?.v);

describe('one flow, one number', () => {
  it.each(ORDERS.map((order) => [order.join(' + '), order]))(
    'gives the authoritative totals whatever the order: %s',
    async (_, order) => {
      const summary = await ingestFiles(db, (order as string[]).map(fixture));
      // 8 + 7 + 4 + 3 rows read; Comtrade's 5 HS-4 rows and its 4 monthly Kyrgyz rows go.
      expect(summary).toMatchObject({ rowsRead: 22, overlapsDropped: 9, rowsWritten: 13 });
      expect(await sum("reporter = 'TWN' AND partner <> 'WLD'")).toBeCloseTo(
        CUSTOMS_TOTAL + COMTRADE_USA,
        2,
      );
      expect(await sum("reporter = 'TWN' AND partner = 'CHN'")).toBe(1_500_000_000);
      expect(await sum("reporter = 'TWN' AND source = 'comtrade' AND partner <> 'WLD'")).toBe(
        COMTRADE_USA,
      );
      expect(await sum("reporter = 'KGZ' AND partner = 'RUS'")).toBe(KGZ_RUS);
      expect(await sum("reporter = 'KGZ' AND partner = 'KAZ'")).toBe(KGZ_KAZ);
      // The world total is another flow: Comtrade alone gives it, and it stays.
      expect(await sum("reporter = 'TWN' AND partner = 'WLD'")).toBe(3_950_000_000);
    },
  );

  it('never keeps two HS levels or two frequencies of one reporter, partner, flow, year and HS family', async () => {
    await ingestFiles(db, (ORDERS[2] ?? []).map(fixture));
    const [twice] = await db.query(`SELECT count(*)::DOUBLE AS n FROM (
      SELECT reporter, partner, flow, year(period), left(hs, 4) FROM ingested
      GROUP BY ALL HAVING count(DISTINCT freq) > 1 OR count(DISTINCT length(hs)) > 1)`);
    expect(twice?.n).toBe(0);
  });

  it('lets a file give a few months again: those months are replaced, the others stay', async () => {
    // Loaded before, of the file's own source: Kyrgyzstan → Russia, HS 854231, every month of
    // 2023, US$1,000 × month. A file wins over the data loaded before at equal precedence.
    for (const sql of tradeTableFromSql(
      `SELECT make_date(2023, m::INT, 1) AS period, 'M' AS freq, 'KGZ' AS reporter,
         'RUS' AS partner, 'X' AS flow, '854231' AS hs, 1000.0 * m AS value_usd,
         'sample' AS source
       FROM range(1, 13) t(m)`,
      'loaded',
    ))
      await db.query(sql);
    // canonical-trade.csv gives January (125,000) and February (98,000.5) of the same flow.
    const summary = await ingestFiles(db, [fixture('canonical-trade.csv')], {
      base: { table: 'loaded', name: 'loaded before' },
    });
    expect(summary.overlapsDropped).toBe(0);
    const months = await db.query(`SELECT month(period) AS m, value_usd FROM ingested
      WHERE reporter = 'KGZ' AND partner = 'RUS' AND hs = '854231' ORDER BY period`);
    expect(months.map((r) => Number(r.m))).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    // March to December as loaded: 1,000 × (3 + … + 12) = 75,000.
    expect(await sum("reporter = 'KGZ' AND partner = 'RUS' AND hs = '854231'")).toBe(
      125_000 + 98_000.5 + 75_000,
    );
  });
});

describe('what the summary says of each overlap', () => {
  let summary: IngestSummary;
  beforeAll(async () => {
    summary = await ingestFiles(db, (ORDERS[1] ?? []).map(fixture));
  });

  it('names the flow, both figures, the files, which was kept and why, largest first', () => {
    const ANNUAL = { freq: 'A', months: 12 };
    // The Kyrgyz file's months for Kyrgyzstan's 2022, over all its rows: March, April, May.
    const MAR_MAY = { freq: 'M', months: 3 };
    expect(summary.overlaps).toEqual([
      {
        reporter: 'TWN',
        flow: 'X',
        year: 2021,
        family: '8542',
        partners: 5,
        partner: null,
        reason: 'authority',
        kept: { file: CUSTOMS, source: 'tw-customs', level: 6, ...ANNUAL, valueUsd: CUSTOMS_TOTAL },
        dropped: {
          file: COMTRADE_490,
          source: 'comtrade',
          level: 4,
          ...ANNUAL,
          valueUsd: COMTRADE_SAME_PARTNERS,
        },
        rowsDropped: 5,
      },
      {
        reporter: 'KGZ',
        flow: 'X',
        year: 2022,
        family: '854231',
        partners: 1,
        partner: 'RUS',
        reason: 'partial_year',
        kept: { file: BACI, source: 'baci', level: 6, ...ANNUAL, valueUsd: 1_850_300 },
        dropped: {
          file: COMTRADE_KGZ,
          source: 'comtrade',
          level: 6,
          ...MAR_MAY,
          valueUsd: 1_800_000,
        },
        rowsDropped: 3,
      },
      {
        reporter: 'KGZ',
        flow: 'X',
        year: 2022,
        family: '854239',
        partners: 1,
        partner: 'RUS',
        reason: 'partial_year',
        kept: { file: BACI, source: 'baci', level: 6, ...ANNUAL, valueUsd: 75_125 },
        dropped: { file: COMTRADE_KGZ, source: 'comtrade', level: 6, ...MAR_MAY, valueUsd: 80_000 },
        rowsDropped: 1,
      },
    ]);
  });

  it('prints each with why it was kept, and the discrepancy only between figures for the same year', () => {
    const text = formatSummary(summary);
    expect(text).toContain(
      '0 conflicting rows dropped, 9 dropped as another file gave the same flow',
    );
    // (3,944,951,000 − 3,941,601,400) / 3,941,601,400 = 0.085 %.
    expect(text).toContain(
      `TWN X 2021 HS 8542 (5 partners): kept tw-customs HS-6 annual US$3,941,601,400 (${CUSTOMS}); dropped comtrade HS-4 annual US$3,944,951,000 (${COMTRADE_490}): kept the more authoritative source; 0.1 % apart`,
    );
    // Three months against a year: no percentage, as they are not two figures for one thing.
    expect(text).toContain(
      `KGZ X 2022 HS 854231 (RUS): kept baci HS-6 annual US$1,850,300 (${BACI}); dropped comtrade HS-6 monthly, 3 of 12 months US$1,800,000 (${COMTRADE_KGZ}): the dropped rows cover 3 of the year's 12 months: a part of the year, not another figure for it`,
    );
    expect(text).not.toMatch(/KGZ .* apart/);
  });
});
