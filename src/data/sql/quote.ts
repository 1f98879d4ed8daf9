/** Quotes an SQL identifier (table or column name) so that any name is safe to splice. */
export function quoteIdent(name: string): string {
  return `"${name.replaceAll('"', '""')}"`;
}

/**
 * Quotes a string literal. Only for places where DuckDB accepts no parameter (file names in
 * table functions, DDL); values in queries go in as `?` parameters.
 */
export function quoteLiteral(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}
