import { TRADE_COLUMNS } from '../schema';
import type { SqlQuery } from './query';
import { quoteIdent } from './quote';

/** SQL dropping a table (or a view), if it exists. */
export const dropSql = (name: string, kind: 'TABLE' | 'VIEW' = 'TABLE') =>
  `DROP ${kind} IF EXISTS ${quoteIdent(name)}`;

/** SQL counting a table's rows (`n`, a double). */
export const countRowsSql = (table: string) =>
  `SELECT count(*)::DOUBLE AS n FROM ${quoteIdent(table)}`;

/** SQL listing a table's columns (`column_name`, `column_type`). */
export const describeSql = (table: string) => `DESCRIBE ${quoteIdent(table)}`;

/**
 * SQL counting the tables named `table` (`n`): persistent ones only when `temporary` is false,
 * either kind when it is left out.
 */
export function tableExistsSql(table: string, temporary?: boolean): SqlQuery {
  const kind = temporary === undefined ? '' : ` AND ${temporary ? '' : 'NOT '}temporary`;
  return {
    sql: `SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = ?${kind}`,
    params: [table],
  };
}

/** SQL counting the persistent tables (`tables`) and views (`views`) named `name`. */
export function relationKindSql(name: string): SqlQuery {
  return {
    sql: `SELECT (SELECT count(*) FROM duckdb_tables() WHERE table_name = ? AND NOT temporary) AS tables,
      (SELECT count(*) FROM duckdb_views() WHERE view_name = ? AND NOT internal) AS views`,
    params: [name, name],
  };
}

/** SQL creating (or replacing) `table` from the rows of a SELECT; temporary when `temp`. */
export const createTableAsSql = (table: string, select: string, temp = false) =>
  `CREATE OR REPLACE ${temp ? 'TEMP ' : ''}TABLE ${quoteIdent(table)} AS ${select}`;

/** SQL copying every row of `from` into a new (or replaced) `table`; temporary when `temp`. */
export const copyTableSql = (from: string, table: string, temp = false) =>
  createTableAsSql(table, `SELECT * FROM ${quoteIdent(from)}`, temp);

/** SQL creating an empty temporary table of the canonical columns (see schema.ts). */
export function createTempTradeTableSql(table: string): string {
  const columns = TRADE_COLUMNS.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ');
  return `CREATE TEMP TABLE ${quoteIdent(table)} (${columns})`;
}

/** SQL reading whether DuckDB keeps rows in insertion order (`on`), which line numbers rely on. */
export const insertionOrderSql = `SELECT current_setting('preserve_insertion_order') AS on`;
