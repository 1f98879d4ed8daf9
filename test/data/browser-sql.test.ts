import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { lastMonthSql, naiveQueriesSql, type NaiveFilter } from '../../src/data/sql/bench';
import { moveIntoTable, rowsTable } from '../../src/data/move-table';
import { canonicalPreviewSql, extentSql } from '../../src/data/sql/dataset';
import { copyTableSql, countRowsSql, dropSql, tableExistsSql } from '../../src/data/sql/statements';
import { createTradeTableSql } from '../../src/data/sql/trade';

let db: NodeDuckDB;

beforeAll(async () => {
  db = await openNodeDuckDB();
  await db.query(`CREATE TABLE hs_codes AS SELECT * FROM (VALUES
    ('854231', 6, '1'), ('847130', 6, '2'), ('030490', 6, NULL)) t(hs, level, chpl_tier)`);
  await db.query(createTradeTableSql('trade'));
  await db.query(`INSERT INTO trade (period, freq, reporter, partner, flow, hs, value_usd, source)
    VALUES
    ('2024-01-01', 'M', 'TWN', 'KGZ', 'X', '854231', 100, 's'),
    ('2024-02-01', 'M', 'TWN', 'KGZ', 'X', '854231', 200, 's'),
    ('2024-03-01', 'M', 'TWN', 'O''X', 'X', '847130', 50, 's'),
    ('2024-03-01', 'M', 'KGZ', 'RUS', 'X', '854231', 70, 's'),
    ('2024-03-01', 'M', 'TWN', 'KGZ', 'X', '030490', 999, 's'),
    ('2023-12-01', 'M', 'KGZ', 'RUS', 'X', '854231', 5, 's')`);
});
afterAll(() => db?.close());

describe('the naive queries of the bench', () => {
  const filter: NaiveFilter = {
    origin: 'TWN',
    destinations: ['RUS', 'BLR'],
    source: 'reported',
    products: [],
    windowMonths: 2,
  };
  const run = async (f: NaiveFilter, end: string) => {
    const results = [];
    for (const { sql, params } of naiveQueriesSql(f, end))
      results.push(await db.query(sql, params));
    return results;
  };

  it('answer the flows, months and second legs of a window from the raw table', async () => {
    const [last] = await db.query(lastMonthSql);
    expect(last?.month).toBe('2024-03-01');
    const [flows, months, legs] = await run(filter, '2024-03-01');
    const sum = (rows: typeof flows) => rows?.reduce((n, r) => n + Number(r.v), 0);
    // February and March, CHPL products only.
    expect(sum(flows)).toBe(250);
    expect(sum(months)).toBe(350);
    expect(legs).toEqual([{ via: 'KGZ', to: 'RUS', v: 70 }]);
  });

  it('bind every value, so quotes in codes are data, not SQL', async () => {
    const [flows] = await run({ ...filter, origin: "O'X", products: ["CHPL-1'"] }, '2024-03-01');
    expect(flows).toEqual([]);
    const [tier2] = await run({ ...filter, products: ['CHPL-2', '8542'] }, '2024-03-01');
    expect(tier2?.reduce((n, r) => n + Number(r.v), 0)).toBe(250);
    for (const { sql } of naiveQueriesSql({ ...filter, origin: "O'X" }, "2024-03-01'"))
      expect(sql).not.toContain("O'X");
  });

  it('read an empty list of destinations as none', async () => {
    const [, , legs] = await run({ ...filter, destinations: [] }, '2024-03-01');
    expect(legs).toEqual([]);
  });
});

describe('the statements of a browser load', () => {
  it('move a new table in, read its extent and preview, and tell whether a table exists', async () => {
    await db.query(copyTableSql('trade', 'trade_copy'));
    await db.query(copyTableSql('trade', 'trade_next'));
    await db.query(`DELETE FROM trade_next WHERE reporter = 'KGZ'`);
    await moveIntoTable(db, 'trade_next', 'trade_copy', false);
    expect(await db.query(extentSql('trade_copy'))).toEqual([
      { rows: 4, start: '2024-01-01', end: '2024-03-01' },
    ]);
    expect(await db.query(countRowsSql('trade_copy'))).toEqual([{ n: 4 }]);
    const preview = await db.query(canonicalPreviewSql('trade_copy', 2));
    expect(preview).toHaveLength(2);
    expect(typeof preview[0]?.period).toBe('string');
    const exists = async (table: string, temporary?: boolean) => {
      const { sql, params } = tableExistsSql(table, temporary);
      return Number((await db.query(sql, params))[0]?.n);
    };
    expect(await exists('trade_next')).toBe(0);
    expect(await exists(rowsTable('trade_copy'), false)).toBe(1);
    expect(await exists(rowsTable('trade_copy'), true)).toBe(0);
    await db.query('DROP VIEW trade_copy');
    await db.query(dropSql(rowsTable('trade_copy')));
    expect(await exists(rowsTable('trade_copy'))).toBe(0);
  });
});
