import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TRADE_COLUMNS } from '../../src/data/schema';
import { canonicalRowsSql, makeCanonical, validateTradeTable } from '../../src/data/validate';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';

let db: NodeDuckDB;

const GOOD = `(DATE '2022-03-01', 'M', 'TWN', 'KGZ', 'X', '854231', 1000.0, 2.5, NULL, NULL, 'test')`;

/** Creates table `t` holding one good row plus the given rows, in that order. */
async function tableWith(...rows: string[]) {
  await db.query(`CREATE OR REPLACE TABLE t (period DATE, freq VARCHAR, reporter VARCHAR,
    partner VARCHAR, flow VARCHAR, hs VARCHAR, value_usd DOUBLE, net_kg DOUBLE, qty DOUBLE,
    qty_unit VARCHAR, source VARCHAR)`);
  await db.query(`INSERT INTO t VALUES ${[GOOD, ...rows].join(', ')}`);
}

beforeAll(async () => {
  db = await openNodeDuckDB();
  await db.query(
    `CREATE TABLE countries AS SELECT * FROM (VALUES ('TWN'), ('KGZ'), ('RUS')) c(iso3)`,
  );
});
afterAll(() => db.close());

describe('validateTradeTable', () => {
  it('accepts a clean table', async () => {
    await tableWith(`(DATE '2019-01-01', 'A', 'KGZ', 'WLD', 'M', '85', 0, NULL, 3, 'u', 'test')`);
    const report = await validateTradeTable(db, 't');
    expect(report).toMatchObject({ rows: 2, invalidRows: 0, schemaIssues: [], rowIssues: [] });
  });

  // Each bad row is row 2 (row 1 is the good one), so the report must point there.
  const cases: [string, string, string][] = [
    [
      'period_not_month_start',
      `(DATE '2022-03-15', 'M', 'TWN', 'KGZ', 'X', '854231', 1, NULL, NULL, NULL, 's')`,
      '2022-03-15',
    ],
    [
      'freq_invalid',
      `(DATE '2022-03-01', 'Q', 'TWN', 'KGZ', 'X', '854231', 1, NULL, NULL, NULL, 's')`,
      'Q',
    ],
    [
      'annual_not_january',
      `(DATE '2022-03-01', 'A', 'TWN', 'KGZ', 'X', '854231', 1, NULL, NULL, NULL, 's')`,
      '2022-03-01',
    ],
    [
      'reporter_unknown',
      `(DATE '2022-03-01', 'M', 'XXX', 'KGZ', 'X', '854231', 1, NULL, NULL, NULL, 's')`,
      'XXX',
    ],
    [
      'partner_unknown',
      `(DATE '2022-03-01', 'M', 'TWN', 'S19', 'X', '854231', 1, NULL, NULL, NULL, 's')`,
      'S19',
    ],
    [
      'flow_invalid',
      `(DATE '2022-03-01', 'M', 'TWN', 'KGZ', 'DX', '854231', 1, NULL, NULL, NULL, 's')`,
      'DX',
    ],
    [
      'hs_invalid',
      `(DATE '2022-03-01', 'M', 'TWN', 'KGZ', 'X', '85423', 1, NULL, NULL, NULL, 's')`,
      '85423',
    ],
    [
      'hs_invalid',
      `(DATE '2022-03-01', 'M', 'TWN', 'KGZ', 'X', '85423100000', 1, NULL, NULL, NULL, 's')`,
      '85423100000',
    ],
    [
      'value_missing',
      `(DATE '2022-03-01', 'M', 'TWN', 'KGZ', 'X', '854231', NULL, NULL, NULL, NULL, 's')`,
      '',
    ],
    [
      'value_negative',
      `(DATE '2022-03-01', 'M', 'TWN', 'KGZ', 'X', '854231', -5, NULL, NULL, NULL, 's')`,
      '-5.0',
    ],
    [
      'net_kg_invalid',
      `(DATE '2022-03-01', 'M', 'TWN', 'KGZ', 'X', '854231', 1, -1, NULL, NULL, 's')`,
      '-1.0',
    ],
    [
      'qty_invalid',
      `(DATE '2022-03-01', 'M', 'TWN', 'KGZ', 'X', '854231', 1, NULL, 'inf', NULL, 's')`,
      'inf',
    ],
    [
      'source_missing',
      `(DATE '2022-03-01', 'M', 'TWN', 'KGZ', 'X', '854231', 1, NULL, NULL, NULL, ' ')`,
      ' ',
    ],
    ['period_invalid', `(NULL, 'M', 'TWN', 'KGZ', 'X', '854231', 1, NULL, NULL, NULL, 's')`, ''],
    [
      'period_out_of_range',
      `(DATE '1987-12-01', 'M', 'TWN', 'KGZ', 'X', '854231', 1, NULL, NULL, NULL, 's')`,
      '1987-12-01',
    ],
    [
      'period_out_of_range',
      `(DATE '2031-01-01', 'A', 'TWN', 'KGZ', 'X', '854231', 1, NULL, NULL, NULL, 's')`,
      '2031-01-01',
    ],
    [
      'hs_unknown_chapter',
      `(DATE '2022-03-01', 'M', 'TWN', 'KGZ', 'X', '00', 1, NULL, NULL, NULL, 's')`,
      '00',
    ],
    [
      'hs_unknown_chapter',
      `(DATE '2022-03-01', 'M', 'TWN', 'KGZ', 'X', '7701', 1, NULL, NULL, NULL, 's')`,
      '7701',
    ],
    [
      'hs_unknown_chapter',
      `(DATE '2022-03-01', 'M', 'TWN', 'KGZ', 'X', '980100', 1, NULL, NULL, NULL, 's')`,
      '980100',
    ],
    [
      'hs_unknown_chapter',
      `(DATE '2022-03-01', 'M', 'TWN', 'KGZ', 'X', '9999', 1, NULL, NULL, NULL, 's')`,
      '9999',
    ],
    [
      'value_implausible',
      `(DATE '2022-03-01', 'M', 'TWN', 'KGZ', 'X', '854231', 1.5e13, NULL, NULL, NULL, 's')`,
      '15000000000000.0',
    ],
    [
      'net_kg_implausible',
      `(DATE '2022-03-01', 'M', 'TWN', 'KGZ', 'X', '854231', 1, 2e13, NULL, NULL, 's')`,
      '20000000000000.0',
    ],
  ];
  it.each(cases)('reports %s with the row and value', async (kind, row, value) => {
    await tableWith(row);
    const report = await validateTradeTable(db, 't', { lastYear: 2030 });
    expect(report.invalidRows).toBe(1);
    expect(report.rowIssues.map((i) => i.kind)).toEqual([kind]);
    expect(report.rowIssues[0]).toMatchObject({ count: 1, examples: [{ row: 2, value }] });
  });

  it('accepts the edges: 1988, next year, chapters 01 and 97, and exactly US$10 trillion', async () => {
    const next = new Date().getFullYear() + 1;
    await tableWith(
      `(DATE '1988-01-01', 'A', 'TWN', 'KGZ', 'X', '01', 1e13, 1e13, NULL, NULL, 's')`,
      `(DATE '${next}-12-01', 'M', 'TWN', 'KGZ', 'X', '970600', 1, NULL, NULL, NULL, 's')`,
      `(DATE '2022-03-01', 'M', 'TWN', 'KGZ', 'X', '7601', 1, NULL, NULL, NULL, 's')`,
    );
    const report = await validateTradeTable(db, 't');
    expect(report).toMatchObject({ rows: 4, invalidRows: 0, rowIssues: [] });
  });

  it('takes the last valid year from the options, and canonicalRowsSql too', async () => {
    await tableWith(
      `(DATE '2026-01-01', 'A', 'TWN', 'KGZ', 'X', '854231', 1, NULL, NULL, NULL, 's')`,
    );
    expect((await validateTradeTable(db, 't', { lastYear: 2025 })).invalidRows).toBe(1);
    expect((await validateTradeTable(db, 't', { lastYear: 2026 })).invalidRows).toBe(0);
    const kept = await db.query(
      `SELECT count(*)::DOUBLE AS n FROM (${await canonicalRowsSql(db, 't', 'countries', 2025)})`,
    );
    expect(kept[0]?.n).toBe(1);
  });

  it('reports missing columns and unusable types before looking at rows', async () => {
    await db.query(`CREATE OR REPLACE TABLE t AS SELECT DATE '2022-01-01' AS period, 'M' AS freq,
      'TWN' AS reporter, 'KGZ' AS partner, 'X' AS flow, 854231 AS hs, 'lots' AS value_usd`);
    const report = await validateTradeTable(db, 't');
    expect(report.schemaIssues).toEqual([
      { kind: 'wrong_type', column: 'hs', count: 0, examples: [], found: 'INTEGER' },
      { kind: 'missing_column', column: 'source', count: 0, examples: [] },
    ]);
  });

  it('counts every bad row but shows only the first few', async () => {
    const bad = `(DATE '2022-03-01', 'M', 'TWN', 'KGZ', 'X', '8542', -1, NULL, NULL, NULL, 's')`;
    await tableWith(...Array.from({ length: 8 }, () => bad));
    const [issue] = (await validateTradeTable(db, 't', { exampleLimit: 3 })).rowIssues;
    expect(issue?.count).toBe(8);
    expect(issue?.examples.map((e) => e.row)).toEqual([2, 3, 4]);
  });
});

describe('canonicalRowsSql', () => {
  it('keeps the valid rows, cast to the canonical types', async () => {
    await db.query(`CREATE OR REPLACE TABLE t AS SELECT * FROM (VALUES
      ('2022-03-01', 'M', 'TWN', 'KGZ', 'X', '854231', '12.5', 'test'),
      ('2022-03-01', 'M', 'TWN', 'KGZ', 'X', '854231', 'n/a', 'test')
    ) v(period, freq, reporter, partner, flow, hs, value_usd, source)`);
    const rows = await db.query(
      `SELECT CAST(period AS VARCHAR) AS period, value_usd, net_kg FROM (${await canonicalRowsSql(db, 't')})`,
    );
    expect(rows).toEqual([{ period: '2022-03-01', value_usd: 12.5, net_kg: null }]);
  });
});

describe('makeCanonical', () => {
  const midMonth = `(DATE '2022-03-15', 'M', 'TWN', 'KGZ', 'X', '854231', 1, NULL, NULL, NULL, 's')`;
  const unknown = `(DATE '2022-03-01', 'M', 'XXX', 'KGZ', 'X', '854231', 2, NULL, NULL, NULL, 's')`;
  const negative = `(DATE '2022-03-01', 'M', 'TWN', 'KGZ', 'X', '854231', -3, NULL, NULL, NULL, 's')`;
  const later = `(DATE '2022-04-01', 'M', 'TWN', 'RUS', 'X', '8542', 7, NULL, 4, 'u', 'test')`;
  const read = (table: string) =>
    db.query(`SELECT CAST(period AS VARCHAR) AS period, * EXCLUDE (period) FROM ${table}`);
  const goodRows = [
    { period: '2022-03-01', freq: 'M', reporter: 'TWN', partner: 'KGZ', flow: 'X', hs: '854231' },
    { period: '2022-04-01', freq: 'M', reporter: 'TWN', partner: 'RUS', flow: 'X', hs: '8542' },
  ];

  it('keeps the valid rows in place, in order, when the columns are already canonical', async () => {
    await tableWith(midMonth, unknown, later, negative);
    const report = await validateTradeTable(db, 't');
    expect(report.invalidRows).toBe(3);
    expect(await makeCanonical(db, 't', 'kept', report)).toBe('in place');
    const kept = await read('kept');
    expect(kept).toMatchObject(goodRows);
    expect(kept.map((r) => [r.value_usd, r.qty, r.months])).toEqual([
      [1000, null, null],
      [7, 4, null],
    ]);
    const columns = await db.query('DESCRIBE kept');
    expect(columns.map((c) => [c.column_name, c.column_type])).toEqual(
      TRADE_COLUMNS.map((c) => [c.name, c.type]),
    );
    expect(await db.query(`SELECT * FROM duckdb_tables() WHERE table_name = 't'`)).toEqual([]);
  });

  it('copies the valid rows, as canonicalRowsSql selects them, when a column is not canonical', async () => {
    await tableWith(midMonth, later, negative);
    await db.query(`ALTER TABLE t ALTER period TYPE VARCHAR`);
    const report = await validateTradeTable(db, 't');
    const expected = await db.query(
      `SELECT CAST(period AS VARCHAR) AS period, * EXCLUDE (period) FROM (${await canonicalRowsSql(db, 't')})`,
    );
    expect(await makeCanonical(db, 't', 'kept', report)).toBe('copied');
    const kept = await read('kept');
    expect(kept).toMatchObject(goodRows);
    expect(kept).toEqual(expected);
    expect(await db.query(`SELECT * FROM duckdb_tables() WHERE table_name = 't'`)).toEqual([]);
  });
});
