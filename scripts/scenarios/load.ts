import { quoteIdent } from '../../src/data/sql/quote';
import { createTradeTableSql } from '../../src/data/sql/trade';
import type { SqlRunner } from '../../src/data/sql-runner';
import type { ScenarioRow } from './book';

/**
 * Rows per statement. duckdb-wasm 1.32 corrupted its memory (a trap when the database was
 * closed) with ten lists of 20,000 values in one statement; 5,000 is well clear of it.
 */
const ROWS_PER_INSERT = 5_000;

const COLUMNS = [
  'period',
  'freq',
  'reporter',
  'partner',
  'flow',
  'hs',
  'value_usd',
  'net_kg',
  'months',
  'source',
] as const;

/** A row's text for each loaded column, with the defaults of an unmarked row filled in. */
function fields(row: ScenarioRow): Record<(typeof COLUMNS)[number], string> {
  return {
    period: row.period,
    freq: row.freq ?? 'M',
    reporter: row.reporter,
    partner: row.partner,
    flow: row.flow,
    hs: row.hs,
    value_usd: String(row.value_usd),
    net_kg: row.net_kg === null ? '' : String(row.net_kg),
    months: row.months == null ? '' : String(row.months),
    source: row.source ?? 'scenario',
  };
}

/**
 * Loads scenario rows into a fresh canonical `trade` table through any {@link SqlRunner}, so
 * that the same data goes into @duckdb/node-api and duckdb-wasm alike. Each column travels
 * as one comma-separated text parameter that DuckDB splits and unnests side by side: one
 * statement per 5,000 rows instead of one placeholder per value. Rows keep their frequency
 * ('M' unless marked 'A') and, for an annual row of part of a year, its `months`.
 */
export async function loadScenarioRows(
  db: SqlRunner,
  rows: readonly ScenarioRow[],
  table = 'trade',
): Promise<void> {
  await db.query(createTradeTableSql(table));
  const unnested = COLUMNS.map((c) => `unnest(string_split(?, ',')) AS ${c}`).join(', ');
  const sql = `INSERT INTO ${quoteIdent(table)}
SELECT CAST(period AS DATE), freq, reporter, partner, flow, hs, CAST(value_usd AS DOUBLE),
  CAST(nullif(net_kg, '') AS DOUBLE), NULL, NULL, source, CAST(nullif(months, '') AS INTEGER)
FROM (SELECT ${unnested})`;
  for (let start = 0; start < rows.length; start += ROWS_PER_INSERT) {
    const chunk = rows.slice(start, start + ROWS_PER_INSERT).map(fields);
    const params = COLUMNS.map((c) => chunk.map((r) => r[c]).join(','));
    await db.query(sql, params);
  }
}
