import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { parseSampleArgs } from '../../scripts/sample/args';
import { DEFAULT_OUT, DEFAULT_SEED, generateSample } from '../../scripts/sample/generate';
import { TRADE_COLUMNS } from '../../src/data/schema';
import { createReferenceTableSql } from '../../src/data/sql/reference';
import { validateTradeTable } from '../../src/data/validate';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const IC = ['854231', '854232', '854233', '854239'];
const MACHINE_TOOLS = ['845710', '845811', '845891', '845961', '846693'];

/** A range of months, first days: ['2019-01-01', '2021-12-01']. */
type Period = readonly [from: string, to: string];
/** Which rows: reporter, partner, HS codes, flow (exports unless said). */
type Selection = readonly [
  reporter: string,
  partner: string,
  hs: readonly string[],
  flow?: 'X' | 'M',
];

const BASELINE: Period = ['2019-01-01', '2021-12-01'];
const POST: Period = ['2022-03-01', '2025-06-01'];
const ALL: Period = ['2018-01-01', '2025-06-01'];
const year = (y: number): Period => [`${y}-01-01`, `${y}-12-01`];
const monthsIn = ([from, to]: Period) =>
  (new Date(to).getUTCFullYear() - new Date(from).getUTCFullYear()) * 12 +
  new Date(to).getUTCMonth() -
  new Date(from).getUTCMonth() +
  1;

let dir: string;
let db: NodeDuckDB;
const files = { cli: '', same: '', other: '' };
const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

/** Sum of value_usd over a selection and period. */
async function total([reporter, partner, hs, flow = 'X']: Selection, [from, to]: Period) {
  const [row] = await db.query(
    `SELECT coalesce(sum(value_usd), 0)::DOUBLE AS v FROM trade WHERE reporter = ? AND partner = ?
     AND flow = ? AND list_contains(string_split(?, ','), hs) AND period BETWEEN ?::DATE AND ?::DATE`,
    [reporter, partner, flow, hs.join(','), from, to],
  );
  return Number(row?.v);
}

/** Mean monthly value (months without a row count as zero). */
const mean = async (selection: Selection, period: Period) =>
  (await total(selection, period)) / monthsIn(period);

/** Asserts calendar-year totals within ±25% of the published figures (US$ M). */
async function expectAnnual(selection: Selection, figures: Record<number, number>) {
  for (const [y, published] of Object.entries(figures)) {
    const value = (await total(selection, year(Number(y)))) / 1e6;
    expect(Math.abs(value / published - 1), `${y}: ${value} vs ${published}`).toBeLessThanOrEqual(
      0.25,
    );
  }
}

/** Correlation of Taiwan → via with via → RUS `lag` months later, monthly from 2021. */
async function legCorrelation(via: string, hs: string, lag: number) {
  const [row] = await db.query(
    `WITH months AS (SELECT DISTINCT period FROM trade WHERE period >= DATE '2021-01-01'),
     leg AS (SELECT * FROM trade WHERE flow = 'X' AND hs = ?)
     SELECT corr(coalesce(a.value_usd, 0), coalesce(b.value_usd, 0))::DOUBLE AS c FROM months m
     LEFT JOIN leg a ON a.period = m.period AND a.reporter = 'TWN' AND a.partner = ?
     LEFT JOIN leg b ON b.period = m.period + to_months(?) AND b.reporter = ? AND b.partner = 'RUS'
     WHERE m.period + to_months(?) <= DATE '2025-06-01'`,
    [hs, via, lag, via, lag],
  );
  return Number(row?.c);
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'sample-'));
  Object.assign(files, {
    cli: join(dir, 'cli.parquet'),
    same: join(dir, 'same.parquet'),
    other: join(dir, 'other.parquet'),
  });
  const tsx = join(ROOT, 'node_modules/.bin/tsx');
  execFileSync(tsx, ['scripts/generate-sample.ts', '--out', files.cli], {
    cwd: ROOT,
    stdio: 'pipe',
  });
  await generateSample(DEFAULT_SEED, files.same);
  await generateSample(7, files.other);
  db = await openNodeDuckDB();
  await db.query(`CREATE TABLE trade AS SELECT * FROM read_parquet('${files.cli}')`);
  await db.query(createReferenceTableSql('countries', join(ROOT, 'data/reference/countries.csv')));
}, 120_000);

afterAll(() => {
  db?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('the sample file', () => {
  it('is byte-identical for the same seed, in the CLI and in process, and differs for another', () => {
    expect(sha256(files.same)).toBe(sha256(files.cli));
    expect(sha256(files.other)).not.toBe(sha256(files.cli));
  });

  it('is committed as the default seed generates it (run `npm run data:sample` after changes)', () => {
    expect(sha256(join(ROOT, DEFAULT_OUT))).toBe(sha256(files.cli));
  });

  it('passes the validator with no issues', async () => {
    const report = await validateTradeTable(db, 'trade');
    expect(report).toMatchObject({ invalidRows: 0, schemaIssues: [], rowIssues: [] });
    expect(report.rows).toBeGreaterThanOrEqual(200_000);
    expect(report.rows).toBeLessThanOrEqual(400_000);
  });

  it('has exactly the canonical column types, without months (every row is monthly)', async () => {
    const described = await db.query(`DESCRIBE SELECT * FROM read_parquet('${files.cli}')`);
    expect(described.map((c) => [c.column_name, c.column_type])).toEqual(
      TRADE_COLUMNS.filter((c) => c.name !== 'months').map((c) => [c.name, c.type]),
    );
  });

  it('loads in several row groups and stays small', async () => {
    const [meta] = await db.query(
      `SELECT count(DISTINCT row_group_id)::DOUBLE AS groups FROM parquet_metadata('${files.cli}')`,
    );
    expect(Number(meta?.groups)).toBeGreaterThanOrEqual(4);
    expect(readFileSync(files.cli).length).toBeLessThanOrEqual(6e6);
  });

  it('spans January 2018 to June 2025, monthly, with whole dollars and a weight on every row', async () => {
    const [row] =
      await db.query(`SELECT min(period)::VARCHAR AS first, max(period)::VARCHAR AS last,
      count(DISTINCT period)::DOUBLE AS months, count(*) FILTER (WHERE freq <> 'M' OR source <> 'sample'
        OR value_usd <= 0 OR value_usd <> round(value_usd) OR net_kg IS NULL OR net_kg <= 0)::DOUBLE AS bad,
      count(*) FILTER (WHERE (qty IS NULL) <> (qty_unit IS NULL) OR (qty IS NOT NULL
        AND (qty_unit <> 'u' OR NOT list_contains(['845710','845811','845891','845961'], hs))))::DOUBLE AS bad_qty
      FROM trade`);
    expect(row).toEqual({
      first: '2018-01-01',
      last: '2025-06-01',
      months: 90,
      bad: 0,
      bad_qty: 0,
    });
  });

  it('covers the 50 CHPL codes and the 5 look-alikes', async () => {
    const chpl =
      await db.query(`SELECT hs6 FROM read_csv('${join(ROOT, 'data/reference/chpl.csv')}',
      types = {'hs6': 'VARCHAR'}) EXCEPT SELECT hs FROM trade`);
    const [row] = await db.query(`SELECT count(DISTINCT hs)::DOUBLE AS n FROM trade`);
    expect(chpl).toEqual([]);
    expect(row?.n).toBe(55);
  });

  it('has Russia and Belarus reporting up to December 2021 and never after', async () => {
    const [row] =
      await db.query(`SELECT count(*) FILTER (WHERE period > DATE '2021-12-01')::DOUBLE AS late,
      count(DISTINCT reporter || partner) FILTER (WHERE period <= DATE '2021-12-01')::DOUBLE AS routes
      FROM trade WHERE reporter IN ('RUS', 'BLR')`);
    expect(row?.late).toBe(0);
    expect(Number(row?.routes)).toBeGreaterThan(20);
  });

  it("keeps every intermediary's world totals at least its Russia + Belarus and Taiwan parts", async () => {
    const [row] = await db.query(`SELECT count(*)::DOUBLE AS n FROM (SELECT reporter, hs, period,
      sum(value_usd) FILTER (WHERE flow = 'X' AND partner = 'WLD') AS xw,
      sum(value_usd) FILTER (WHERE flow = 'X' AND partner IN ('RUS', 'BLR')) AS xrb,
      sum(value_usd) FILTER (WHERE flow = 'M' AND partner = 'WLD') AS mw,
      sum(value_usd) FILTER (WHERE flow = 'M' AND partner = 'TWN') AS mt
      FROM trade WHERE reporter IN (SELECT reporter FROM trade WHERE partner = 'WLD') GROUP BY ALL)
      WHERE coalesce(xrb, 0) > coalesce(xw, 0) OR coalesce(mt, 0) > coalesce(mw, 0)`);
    expect(row?.n).toBe(0);
  });

  it('records mirror imports at about CIF = FOB × 1.06', async () => {
    const ratio =
      (await total(['USA', 'TWN', IC, 'M'], ALL)) / (await total(['TWN', 'USA', IC], ALL));
    expect(ratio).toBeGreaterThan(1.0);
    expect(ratio).toBeLessThan(1.12);
  });
});

/** Published annual figures (US$ M, data/sample/README.md) that the monthly rows must add up to, ±25%. */
// prettier-ignore
const PUBLISHED: [string, Selection, Record<number, number>][] = [
  ['b: Taiwan ICs to Russia collapse', ['TWN', 'RUS', IC],
    { 2019: 27.4, 2020: 25.3, 2021: 21.6, 2022: 10.6, 2023: 3.5, 2024: 0.6 }],
  ['b: Taiwan machine tools to Russia before the ban', ['TWN', 'RUS', MACHINE_TOOLS], { 2023: 45 }],
  ['a: Taiwan ICs to Kyrgyzstan', ['TWN', 'KGZ', IC], { 2022: 0.5 }],
  ['a: Kyrgyzstan ICs to the world', ['KGZ', 'WLD', IC], { 2022: 0.66, 2023: 13.6, 2024: 1.36 }],
  ['a: Armenia ICs to the world', ['ARM', 'WLD', IC], { 2022: 13.5, 2023: 20.0, 2024: 0.69 }],
  ['a: Kazakhstan ICs to the world', ['KAZ', 'WLD', IC], { 2022: 19.0, 2023: 17.3 }],
  ['a: Taiwan ICs to the UAE', ['TWN', 'ARE', IC], { 2019: 0.63, 2021: 1.66, 2022: 2.12, 2023: 1.14, 2024: 2.81 }],
  ['c: Taiwan ICs to Hong Kong', ['TWN', 'HKG', IC], { 2019: 26_700, 2021: 44_700, 2022: 49_200, 2023: 43_100 }],
  ['c: Taiwan ICs to Turkey grow', ['TWN', 'TUR', IC], { 2019: 102, 2021: 128, 2022: 146, 2023: 156, 2024: 130 }],
];

/** Mean monthly value from March 2022 over the 2019–2021 mean: [story, selection, min, max]. */
// prettier-ignore
const SURGES: [string, Selection, number, number][] = [
  ['a: TWN→KGZ processors', ['TWN', 'KGZ', ['854231']], 10, Infinity],
  ['a: KGZ→RUS processors', ['KGZ', 'RUS', ['854231']], 10, Infinity],
  ['a: TWN→KGZ processing units', ['TWN', 'KGZ', ['847150']], 10, Infinity],
  ['a: KGZ→RUS processing units', ['KGZ', 'RUS', ['847150']], 5, Infinity],
  ['a: TWN→KAZ ICs', ['TWN', 'KAZ', IC], 10, Infinity],
  ['a: TWN→ARE navigation', ['TWN', 'ARE', ['852691', '901420']], 2.5, Infinity],
  ['a: TWN→TUR machining centres', ['TWN', 'TUR', ['845710']], 2, Infinity],
  ['a: TUR→RUS machining centres', ['TUR', 'RUS', ['845710']], 5, Infinity],
  ['a: HKG→RUS ICs', ['HKG', 'RUS', ['854231', '854232']], 2.5, Infinity],
  ['d: KAZ→BLR processing units', ['KAZ', 'BLR', ['847150']], 10, Infinity],
  ['b: TWN→RUS processing units collapse', ['TWN', 'RUS', ['847150']], 0, 0.35],
  ['b: TWN→RUS networking gear collapses', ['TWN', 'RUS', ['851762']], 0, 0.35],
  ['c: TUR→RUS ICs do not surge', ['TUR', 'RUS', IC], 0.67, 1.5],
  ['c: UZB→RUS 847150 surges...', ['UZB', 'RUS', ['847150']], 4, Infinity],
  ['c: ...but TWN→UZB 847150 stays flat', ['TWN', 'UZB', ['847150']], 0.5, 2],
];

/** Taiwan → via and via → RUS, `lag` months later: [via, code, lag]. */
// prettier-ignore
const CORRIDORS: [string, string, number][] = [
  ['KGZ', '847150', 1], ['KGZ', '854231', 1], ['KAZ', '854231', 1], ['KAZ', '851762', 1], ['ARM', '854231', 1],
  ['ARE', '852691', 2], ['ARE', '901420', 2], ['TUR', '845710', 1], ['TUR', '848210', 1],
];

describe('planted stories', () => {
  it.each(PUBLISHED)('%s: annual totals as published', async (_, selection, figures) => {
    await expectAnnual(selection, figures);
  });

  it.each(SURGES)('%s', async (_, selection, min, max) => {
    const post = await mean(selection, POST);
    const ratio = post / (await mean(selection, BASELINE));
    expect(post).toBeGreaterThan(3000);
    expect(ratio).toBeGreaterThanOrEqual(min);
    expect(ratio).toBeLessThanOrEqual(max);
  });

  it.each(CORRIDORS)('a: TWN→%s %s and its onward leg move together', async (via, hs, lag) => {
    expect(await legCorrelation(via, hs, lag)).toBeGreaterThan(0.7);
  });

  it('c: the look-alikes do not co-move: Turkey ICs, Uzbekistan 847150', async () => {
    expect(await legCorrelation('TUR', '854231', 1)).toBeLessThan(0.4);
    expect(await legCorrelation('UZB', '847150', 0)).toBeLessThan(0.4);
  });

  it('b: direct machine tools to Russia collapse after the March 2024 ban', async () => {
    const after = await mean(['TWN', 'RUS', MACHINE_TOOLS], ['2024-05-01', '2025-06-01']);
    expect(after).toBeLessThan((45e6 / 12) * 0.1);
  });

  it.each([
    ['KGZ', '854231'],
    ['KGZ', '854232'],
    ['KGZ', '847150'],
    ['ARM', '854231'],
    ['ARM', '854232'],
  ])(
    'a: %s records about half of the %s Taiwan ships it, at higher unit values',
    async (via, hs) => {
      const recorded = (await total([via, 'TWN', [hs], 'M'], POST)) / 1.06;
      const ratio = recorded / (await total(['TWN', via, [hs]], POST));
      expect(ratio).toBeGreaterThan(0.4);
      expect(ratio).toBeLessThan(0.6);
      // Unit value of Taiwan's exports to `via` against its exports of the same code elsewhere.
      const [uv] = await db.query(
        `SELECT (sum(value_usd) FILTER (WHERE partner = ?) / sum(net_kg) FILTER (WHERE partner = ?))
        / (sum(value_usd) FILTER (WHERE partner <> ?) / sum(net_kg) FILTER (WHERE partner <> ?)) AS r
      FROM trade WHERE reporter = 'TWN' AND flow = 'X' AND hs = ? AND period >= DATE '2022-03-01'`,
        [via, via, via, via, hs],
      );
      expect(Number(uv?.r)).toBeGreaterThan(1.3);
    },
  );

  it('a: Armenia forwards most of the ICs it imports to Russia', async () => {
    const exported = await total(['ARM', 'RUS', ['854231']], POST);
    expect(exported / (await total(['ARM', 'WLD', ['854231'], 'M'], POST))).toBeGreaterThan(0.6);
  });

  it('c: Taiwan → Mongolia 880730 is a single month of 2023', async () => {
    const rows = await db.query(`SELECT period::VARCHAR AS period FROM trade
      WHERE reporter = 'TWN' AND partner = 'MNG' AND hs = '880730'`);
    expect(rows).toEqual([{ period: '2023-08-01' }]);
  });

  it('c: Taiwan → Vietnam batteries peak every autumn', async () => {
    const [row] = await db.query(`SELECT avg(value_usd) FILTER (WHERE month(period) IN (8, 9, 10))
      / avg(value_usd) FILTER (WHERE month(period) IN (2, 3, 4)) AS r FROM trade
      WHERE reporter = 'TWN' AND partner = 'VNM' AND hs = '850760' AND flow = 'X'`);
    expect(Number(row?.r)).toBeGreaterThan(2);
  });

  it('c: the large hubs move smoothly, month to month', async () => {
    const [row] = await db.query(`SELECT max(abs(v / previous - 1)) AS jump FROM (SELECT v,
      lag(v) OVER (PARTITION BY partner ORDER BY period) AS previous FROM (SELECT partner, period,
      sum(value_usd) AS v FROM trade WHERE reporter = 'TWN' AND flow = 'X' AND partner IN ('HKG', 'SGP')
      AND hs LIKE '8542%' GROUP BY ALL))`);
    expect(Number(row?.jump)).toBeLessThan(0.2);
  });

  it('d: the Belarus corridor is smaller than the Russian one through the same country', async () => {
    const belarus = await mean(['KAZ', 'BLR', ['847150', '854231']], POST);
    expect(belarus).toBeLessThan((await mean(['KAZ', 'RUS', ['854231']], POST)) / 3);
  });
});

describe('parseSampleArgs', () => {
  it('reads --seed and --out and rejects anything else', () => {
    expect(parseSampleArgs([])).toEqual({ seed: DEFAULT_SEED, out: DEFAULT_OUT });
    const parsed = parseSampleArgs(['--seed', '7', '--out=x.parquet']);
    expect(parsed).toEqual({ seed: 7, out: 'x.parquet' });
    expect(() => parseSampleArgs(['--seed', 'abc'])).toThrow(/integer/);
    expect(() => parseSampleArgs(['--rows', '5'])).toThrow(/unknown option/);
    expect(() => parseSampleArgs(['--out'])).toThrow(/needs a value/);
  });
});
