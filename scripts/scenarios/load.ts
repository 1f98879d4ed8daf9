import { quoteIdent } from '../../src/data/sql';
import { createTradeTableSql } from '../../src/data/trade-sql';
import type { SqlRunner } from '../../src/data/sql-runner';
import type { ScenarioRow } from './book';

const ROWS_PER_INSERT = 20_000;

const COLUMNS = ['period', 'reporter', 'partner', 'flow', 'hs', 'value_usd', 'net_kg'] as const;

/**
 * Loads scenario rows into a fresh canonical `trade` table through any {@link SqlRunner}, so
 * that the same data goes into @duckdb/node-api and duckdb-wasm alike. Each column travels
 * as one comma-separated text parameter that DuckDB splits and unnests side by side: one
 * statement per 20,000 rows instead of one placeholder per value.
 */
export async function loadScenarioRows(
  db: SqlRunner,
  rows: readonly ScenarioRow[],
  table = 'trade',
): Promise<void> {
  await db.query(createTradeTableSql(table));
  const unnested = COLUMNS.map((c) => `unnest(string_split(?, ',')) AS ${c}`).join(', ');
  const sql = `INSERT INTO ${quoteIdent(table)}
SELECT CAST(period AS DATE), 'M', reporter, partner, flow, hs, CAST(value_usd AS DOUBLE),
  CAST(nullif(net_kg, '') AS DOUBLE), NULL, NULL, 'scenario', NULL
FROM (SELECT ${unnested})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const chunk = rows.slice(start, start + ROWS_PER_INSERT);
    const params = COLUMNS.map((c) => chunk.map((r) => r[c] ?? '').join(','));
    await db.query(sql, params);
  }
}
