import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSummary } from '../../src/data/ingest';
import { ingestFiles } from '../../src/data/ingest/ingest';
import { tradeTableFromSql } from '../../src/data/sql/trade';
import type { NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { fixture, openWithCountries } from './helpers';

/**
 * One flow, one number, when the two figures do not cover the same thing: a month of a year, or
 * a subheading of a heading, is a part of the flow and never replaces the whole of it, whatever
 * its detail and whichever file comes first. Expected figures are summed by hand from the
 * fixtures, in thousand US$ as the customs portal gives them unless said otherwise.
 */

const ANNUAL_HS4 = 'tw-customs-8542-annual-2019-2024.csv';
const TO_WORLD = 'comtrade-plus-8542-to-world.csv';
const BY_COUNTRY = 'tw-customs-by-country.csv';
const PARTNERS = 'tw-customs-partners.csv';
const KAZ = 'comtrade-plus-kaz-residuals.csv';
const BACI = 'BACI_HS17_Y2022_V202501.csv';

/** Every order of three files. */
const orders = <T>([a, b, c]: readonly [T, T, T]): T[][] => [
  [a, b, c],
  [a, c, b],
  [b, a, c],
  [b, c, a],
  [c, a, b],
  [c, b, a],
];

let db: NodeDuckDB;
beforeAll(async () => {
  db = await openWithCountries();
});
afterAll(() => db.close());

const sum = async (where: string) =>
  Number(
    (await db.query(`SELECT coalesce(sum(value_usd), 0) AS v FROM ingested WHERE ${where}`))[0]?.v,
  );

/** Taiwan's 2023 exports of 8542 (112年) in the annual HS-4 file, to the five partners the
 * by-country file also gives in March: RUS 3,500 + KGZ 60 + TUR 156,000 + HKG 43,100,000 +
 * KAZ 3,100 thousand. */
const YEAR_2023 = (3_500 + 60 + 156_000 + 43_100_000 + 3_100) * 1000;
/** The same five in March 2023 (112年3月): RUS 12.3 + HKG 450 + TUR 30 + KAZ 70 + KGZ 10 +
 * 20.5 thousand (two 11-digit codes of 854231). */
const MARCH_2023 = (12.3 + 450 + 30 + 70 + 10 + 20.5) * 1000;

describe('a month of customs data beside a whole year of it', () => {
  it.each(orders([ANNUAL_HS4, TO_WORLD, BY_COUNTRY]).map((o) => [o.join(' + '), o]))(
    'keeps the whole year whatever the order: %s',
    async (_, order) => {
      const summary = await ingestFiles(db, (order as string[]).map(fixture));
      const twn2023 = "reporter = 'TWN' AND flow = 'X' AND year(period) = 2023";
      expect(await sum(`${twn2023} AND partner = 'HKG'`)).toBe(43_100_000_000);
      expect(await sum(`${twn2023} AND partner = 'RUS'`)).toBe(3_500_000);
      expect(await sum(`${twn2023} AND hs LIKE '8542%' AND partner <> 'CHN'`)).toBeCloseTo(
        // ... and ARE 1,140 and ARM 2,500, which the by-country file does not give in 8542.
        YEAR_2023 + (1_140 + 2_500) * 1000,
        2,
      );
      // China's March memories (800) stay: no other file gives that flow.
      expect(await sum(`${twn2023} AND partner = 'CHN'`)).toBe(800_000);
      const year = summary.overlaps.find((o) => o.year === 2023);
      expect(year).toMatchObject({
        reporter: 'TWN',
        family: '8542',
        partners: 5,
        reason: 'partial_year',
        kept: { file: ANNUAL_HS4, level: 4, freq: 'A', months: 12, valueUsd: YEAR_2023 },
        dropped: { file: BY_COUNTRY, level: 6, freq: 'M', months: 1 },
        rowsDropped: 5,
      });
      expect(year?.dropped.valueUsd).toBeCloseTo(MARCH_2023, 4);
      // Both files give Kyrgyzstan's 2022 as a whole year: the finer wins, as before
      // (1,234.5 + 265.5 at HS-6 against 500 at HS-4).
      expect(summary.overlaps.find((o) => o.year === 2022)).toMatchObject({
        partner: 'KGZ',
        reason: 'finer',
        kept: { file: BY_COUNTRY, level: 6, valueUsd: 1_500_000 },
        dropped: { file: ANNUAL_HS4, level: 4, valueUsd: 500_000 },
      });
    },
  );

  it('says a month was dropped against the year, not how many percent apart they are', async () => {
    const summary = await ingestFiles(db, [ANNUAL_HS4, TO_WORLD, BY_COUNTRY].map(fixture));
    const text = formatSummary(summary);
    expect(text).toContain(
      `TWN X 2023 HS 8542 (5 partners): kept tw-customs HS-4 annual US$43,262,660,000 (${ANNUAL_HS4}); dropped tw-customs HS-6 monthly, 1 of 12 months US$592,800 (${BY_COUNTRY}): the dropped rows cover 1 of the year's 12 months: a part of the year, not another figure for it`,
    );
    expect(text).not.toMatch(/TWN X 2023 .* apart/);
  });
});

describe('a month and a year at the same HS level', () => {
  it.each([
    [PARTNERS, BY_COUNTRY],
    [BY_COUNTRY, PARTNERS],
  ])('keeps the year whichever file comes first: %s + %s', async (first, second) => {
    await ingestFiles(db, [fixture(first), fixture(second)]);
    // 112年 in the partners file: RUS 300, HKG 500, KGZ 250 (thousand); March is left out.
    const y2023 = "reporter = 'TWN' AND flow = 'X' AND year(period) = 2023 AND hs = '854231'";
    expect(await sum(`${y2023} AND partner = 'RUS'`)).toBe(300_000);
    expect(await sum(`${y2023} AND partner = 'HKG'`)).toBe(500_000);
    expect(await sum(`${y2023} AND partner = 'KGZ'`)).toBe(250_000);
    // Every 2023 partner row of the partners file: 6,547,600 (test/fixtures/README.md).
    expect(await sum("year(period) = 2023 AND freq = 'A' AND partner <> 'WLD'")).toBe(6_547_600);
  });
});

describe('a subheading beside its heading, from the same source', () => {
  it.each([
    [KAZ, TO_WORLD],
    [TO_WORLD, KAZ],
  ])('keeps the heading total whichever file comes first: %s + %s', async (first, second) => {
    const summary = await ingestFiles(db, [fixture(first), fixture(second)]);
    // Kazakhstan → World 2022: 8542 US$19,000,000 in one file, 854231 US$5,000,000 in the other.
    expect(
      await db.query(`SELECT hs, value_usd FROM ingested
        WHERE reporter = 'KAZ' AND partner = 'WLD' AND year(period) = 2022`),
    ).toEqual([{ hs: '8542', value_usd: 19_000_000 }]);
    expect(summary.overlaps).toMatchObject([
      {
        reporter: 'KAZ',
        partner: 'WLD',
        reason: 'partial_goods',
        kept: { file: TO_WORLD, level: 4, valueUsd: 19_000_000 },
        dropped: { file: KAZ, level: 6, valueUsd: 5_000_000 },
      },
    ]);
    // 5,000,000 / 19,000,000 = 26 %.
    expect(formatSummary(summary)).toContain(
      'the dropped rows give only some of the subheadings of HS 8542 (26 % of the heading total)',
    );
  });
});

describe('a whole year given month by month beside an annual file', () => {
  /**
   * Loaded before: Kyrgyzstan's 2022 exports of 854231 month by month, as a Comtrade monthly
   * download gives them: to Russia every month (US$1,000 × month, 78,000 in all), to Kazakhstan
   * only in March (US$2,000), as a source leaves out months without trade.
   */
  const load = async (source: string) => {
    for (const sql of tradeTableFromSql(
      `SELECT make_date(2022, m::INT, 1) AS period, 'M' AS freq, 'KGZ' AS reporter,
         'RUS' AS partner, 'X' AS flow, '854231' AS hs, 1000.0 * m AS value_usd,
         '${source}' AS source
       FROM range(1, 13) t(m)
       UNION ALL SELECT DATE '2022-03-01', 'M', 'KGZ', 'KAZ', 'X', '854231', 2000.0, '${source}'`,
      'loaded',
    ))
      await db.query(sql);
  };

  it('keeps the more authoritative of the two, as both cover the year', async () => {
    await load('comtrade');
    const summary = await ingestFiles(db, [fixture(BACI)], {
      base: { table: 'loaded', name: 'loaded before' },
    });
    // Comtrade ranks above BACI (1,850.3 and 10 thousand): its months stay, Kazakhstan's too,
    // since the download covers all twelve months of Kyrgyzstan's 2022.
    expect(await sum("reporter = 'KGZ' AND partner = 'RUS' AND hs = '854231'")).toBe(78_000);
    expect(await sum("reporter = 'KGZ' AND partner = 'KAZ'")).toBe(2000);
    // Both partners in one line: same files, same reason (the KAZ month is no partial year).
    expect(summary.overlaps.map((o) => [o.partners, o.reason, o.dropped.file])).toEqual([
      [2, 'authority', BACI],
    ]);
  });

  it('keeps the annual file when it is the more authoritative', async () => {
    await load('sample');
    await ingestFiles(db, [fixture(BACI)], { base: { table: 'loaded', name: 'loaded before' } });
    expect(await sum("reporter = 'KGZ' AND partner = 'RUS' AND hs = '854231'")).toBe(1_850_300);
    expect(await sum("reporter = 'KGZ' AND partner = 'KAZ'")).toBe(10_000);
  });
});
