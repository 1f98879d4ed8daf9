import { quoteIdent } from './quote';

/**
 * The one-row table holding the identity (`id`) of `table`'s rows, new at each load (see
 * moveIntoTable in move-table.ts). Work built from the rows may be kept while it stays the same; a table
 * made any other way (the command line's) has none, and nothing built from it is kept.
 */
export const versionTable = (table: string) => `${table}_version`;

/** SQL giving `table`'s rows a new identity (see {@link versionTable}). */
export const newIdentitySql = (table: string) =>
  `CREATE OR REPLACE TABLE ${quoteIdent(versionTable(table))} AS
  SELECT CAST(uuid() AS VARCHAR) AS id`;

/** SQL: a canonical table's rows (`rows`) and its first and last month (`start`, `end`, text). */
export const extentSql = (table: string) =>
  `SELECT count(*) AS rows, CAST(min(period) AS VARCHAR) AS start,
  CAST(max(period) AS VARCHAR) AS "end" FROM ${quoteIdent(table)}`;

/** SQL: the first `limit` rows of a canonical table, the period as text. */
export const canonicalPreviewSql = (table: string, limit: number) =>
  `SELECT CAST(period AS VARCHAR) AS period, freq, months, reporter, partner, flow, hs, value_usd
FROM ${quoteIdent(table)} LIMIT ${Math.floor(limit)}`;
