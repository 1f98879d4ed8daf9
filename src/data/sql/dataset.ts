import { quoteIdent } from './quote';

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
    ],
    commit: 'COMMIT',
    rollback: 'ROLLBACK',
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

/** SQL: every economy's map anchor, names and Chinese aliases (`|`-separated). */
export const placesSql = 'SELECT iso3, lon, lat, name_en, name_zh, aliases_zh FROM countries';
