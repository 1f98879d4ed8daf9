import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { moveIntoTable, rowsTable } from '../../src/data/move-table';
import { TRADE_COLUMNS } from '../../src/data/schema';
import { versionTable } from '../../src/data/sql/dataset';
import { tradeTableFromSql } from '../../src/data/sql/trade';

/**
 * The data set's rows are a view over a table that stores only the columns holding more than
 * one value. Checked against the rows as read from the file by plain SQL: the view must give
 * the same rows, column for column and type for type, after a load, after rows are added
 * (which may bring a column back), and after a failed addition.
 */

const SAMPLE = "read_parquet('public/sample/trade-sample.parquet')";
const TAIWAN = `(SELECT * FROM ${SAMPLE} WHERE reporter = 'TWN' AND flow = 'X')`;
const KYRGYZ = `(SELECT * FROM ${SAMPLE} WHERE reporter = 'KGZ')`;

let db: NodeDuckDB;
beforeAll(async () => {
  db = await openNodeDuckDB();
});
afterAll(() => db?.close());

async function stage(from: string) {
  for (const sql of tradeTableFromSql(`SELECT * FROM ${from}`, 'trade_next')) await db.query(sql);
}

const stored = async () =>
  (await db.query(`DESCRIBE ${rowsTable('trade')}`)).map((row) => String(row.column_name));

/** Rows in one and not the other, both ways (the sample's files have no `months`: NULL). */
async function differences(expected: string): Promise<number> {
  const rows = `(SELECT *, CAST(NULL AS INTEGER) AS months FROM ${expected})`;
  const [row] = await db.query(`SELECT
    (SELECT count(*) FROM (FROM trade EXCEPT ALL FROM ${rows}))
    + (SELECT count(*) FROM (FROM ${rows} EXCEPT ALL FROM trade)) AS n`);
  return Number(row?.n);
}

const identity = async () =>
  String((await db.query(`SELECT id FROM ${versionTable('trade')}`))[0]?.id);

describe('the data set moved into the page', () => {
  it("stores a single reporter's exports without the columns that hold one value", async () => {
    await stage(TAIWAN);
    await moveIntoTable(db, 'trade_next', 'trade', false);
    expect(await stored()).toEqual([
      'period',
      'partner',
      'hs',
      'value_usd',
      'net_kg',
      'qty',
      'qty_unit',
    ]);
    // The view still has every canonical column, in order, with its type.
    const columns = await db.query('DESCRIBE trade');
    expect(columns.map((c) => [c.column_name, c.column_type])).toEqual(
      TRADE_COLUMNS.map((c) => [c.name, c.type]),
    );
    expect(await differences(TAIWAN)).toBe(0);
    const [{ n } = {}] = await db.query(`SELECT count(*) AS n FROM ${TAIWAN}`);
    expect(await db.query('SELECT count(*) AS n FROM trade')).toEqual([{ n }]);
  });

  it('brings a column back when added rows hold another value in it, and keeps the rest', async () => {
    const before = await identity();
    await stage(KYRGYZ);
    await moveIntoTable(db, 'trade_next', 'trade', true);
    // Kyrgyzstan reports imports too: reporter and flow are stored again, freq and source not.
    expect(await stored()).toEqual(
      expect.arrayContaining(['reporter', 'flow', 'partner', 'hs', 'value_usd']),
    );
    expect(await stored()).not.toContain('freq');
    expect(await differences(`(FROM ${TAIWAN} UNION ALL FROM ${KYRGYZ})`)).toBe(0);
    expect(await identity()).not.toBe(before);
  });

  it('adds rows holding the same values without storing those columns', async () => {
    await stage(TAIWAN);
    await moveIntoTable(db, 'trade_next', 'trade', false);
    await stage(`(SELECT * FROM ${TAIWAN} WHERE partner = 'RUS')`);
    await moveIntoTable(db, 'trade_next', 'trade', true);
    expect(await stored()).not.toContain('reporter');
    expect(
      await differences(`(FROM ${TAIWAN} UNION ALL FROM ${TAIWAN} WHERE partner = 'RUS')`),
    ).toBe(0);
  });

  it('leaves the data set as it was when rows cannot be added', async () => {
    await stage(TAIWAN);
    await moveIntoTable(db, 'trade_next', 'trade', false);
    const before = await identity();
    await expect(moveIntoTable(db, 'no_such_table', 'trade', true)).rejects.toThrow();
    expect(await differences(TAIWAN)).toBe(0);
    expect(await identity()).toBe(before);
  });

  it('replaces the rows at the next load', async () => {
    await stage(KYRGYZ);
    await moveIntoTable(db, 'trade_next', 'trade', false);
    expect(await differences(KYRGYZ)).toBe(0);
    expect(
      await db.query(`SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = 'trade_next'`),
    ).toEqual([{ n: 0 }]);
  });
});
