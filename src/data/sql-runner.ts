/** A row returned by a query: column name → value, numbers as JS numbers. */
export type Row = Record<string, unknown>;

/**
 * The one thing the SQL builders need from a database: run a statement and get its rows.
 * duckdb-wasm (browser) and @duckdb/node-api (CLI, tests) both implement it, so the same
 * SQL text runs in both.
 */
export interface SqlRunner {
  /** Runs one statement with positional `?` parameters and returns its rows. */
  query(sql: string, params?: readonly SqlValue[]): Promise<Row[]>;
}

/** A value that can be bound to a `?` parameter. */
export type SqlValue = string | number | boolean | null;
