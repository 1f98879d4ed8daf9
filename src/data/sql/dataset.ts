import { quoteIdent } from './quote';

/**
 * The one-row table holding the identity (`id`) of `table`'s rows, new at each swap (see
 * {@link swapTableSql}). Work built from the rows may be kept while it stays the same; a table
 * made any other way (the command line's) has none, and nothing built from it is kept.
 */
export const versionTable = (table: string) => `${table}_version`;

/** SQL giving `table`'s rows a new identity (see {@link versionTable}). */
export const newIdentitySql = (table: string) =>
  `CREATE OR REPLACE TABLE ${quoteIdent(versionTable(table))} AS
  SELECT CAST(uuid() AS VARCHAR) AS id`;

/**
 * The statements that swap `next` in as `table` in one transaction, so that `table` is never
 * missing or half made: `begin`, then each of `swap`, then `commit` (or `rollback` on failure).
 */
export function swapTableSql(next: string, table: string) {
  return {
    begin: 'BEGIN TRANSACTION',
    swap: [
      `DROP TABLE IF EXISTS ${quoteIdent(table)}`,
      `ALTER TABLE ${quoteIdent(next)} RENAME TO ${quoteIdent(table)}`,
      // A new identity for the new rows: what was built from the old ones is not reused.
      newIdentitySql(table),
    ],
    commit: 'COMMIT',
    rollback: 'ROLLBACK',
  };
}

/**
 * The statements that add the rows of `next` to `table` in one transaction, as
 * {@link swapTableSql} swaps it in: `table` keeps its rows (no copy of them is made), gains
 * those of `next` whatever the order of its columns, and gets a new identity.
 */
export function appendTableSql(next: string, table: string) {
  return {
    ...swapTableSql(next, table),
    swap: [
      `INSERT INTO ${quoteIdent(table)} BY NAME SELECT * FROM ${quoteIdent(next)}`,
      `DROP TABLE ${quoteIdent(next)}`,
      newIdentitySql(table),
    ],
  };
}

/** SQL: a canonical table's rows (`rows`) and its first and last month (`start`, `end`, text). */
export const extentSql = (table: string) =>
  `SELECT count(*) AS rows, CAST(min(period) AS VARCHAR) AS start,
  CAST(max(period) AS VARCHAR) AS "end" FROM ${quoteIdent(table)}`;

/** SQL: the first `limit` rows of a canonical table, the period as text. */
export const canonicalPreviewSql = (table: string, limit: number) =>
  `SELECT CAST(period AS VARCHAR) AS period, freq, months, reporter, partner, flow, hs, value_usd
FROM ${quoteIdent(table)} LIMIT ${Math.floor(limit)}`;
