/**
 * The benchmark's own SQL (`npm run bench`), loaded only with the bench (src/app/bench-api.ts, which main.tsx imports for `?bench=1` only):
 * the naive path, what the workspace's views would cost if every filter change queried the raw
 * `trade` table instead of the flow cube, and DuckDB's memory.
 */
import { TIER_PREFIX } from '../../analysis/products';
import type { SqlValue } from '../sql-runner';
import type { SqlQuery } from './query';

/** The view's filters, as the naive queries read them. */
export interface NaiveFilter {
  origin: string;
  /** ISO-3 codes of the destinations. */
  destinations: readonly string[];
  /** Whose figures: the exporter's (`reported`) or the importer's (`mirror`). */
  source: 'reported' | 'mirror';
  /** Product filter: HS code prefixes, or CHPL tiers written with {@link TIER_PREFIX}. */
  products: readonly string[];
  /** Months in the window, ending with its last month. */
  windowMonths: number;
}

/** SQL: the last month of monthly rows (`month`, 'YYYY-MM-DD'). */
export const lastMonthSql =
  "SELECT CAST(max(period) AS VARCHAR) AS month FROM trade WHERE freq = 'M'";

/** SQL: the memory DuckDB holds, in bytes (`bytes`). */
export const memorySql =
  'SELECT CAST(sum(memory_usage_bytes) AS DOUBLE) AS bytes FROM duckdb_memory()';

/** The product filter as a SQL condition on `t.hs` and the joined `h.chpl_tier`. */
function productCondition(products: readonly string[]): SqlQuery {
  if (products.length === 0) return { sql: 'h.chpl_tier IS NOT NULL', params: [] };
  const tier = (code: string) => code.startsWith(TIER_PREFIX);
  const parts = products.map((code) => (tier(code) ? 'h.chpl_tier = ?' : 'starts_with(t.hs, ?)'));
  const params = products.map((code) => (tier(code) ? code.slice(TIER_PREFIX.length) : code));
  return { sql: `(${parts.join(' OR ')})`, params };
}

/**
 * The naive queries of a view whose window ends with the month `end` ('YYYY-MM-DD'), each one
 * SQL query over the raw `trade` table: the map's flows from the origin in the window, the
 * timeline's months, and the Sankey's second legs into the destinations in the window.
 */
export function naiveQueriesSql(filter: NaiveFilter, end: string): SqlQuery[] {
  const [exporter, importer, flow] =
    filter.source === 'reported' ? ['reporter', 'partner', 'X'] : ['partner', 'reporter', 'M'];
  const products = productCondition(filter.products);
  const rows = `FROM trade t JOIN hs_codes h ON h.hs = t.hs AND h.level = 6
    WHERE t.freq = 'M' AND t.flow = ? AND ${products.sql}`;
  const rowParams: SqlValue[] = [flow, ...products.params];
  const window = `t.period BETWEEN CAST(? AS DATE) - to_months(CAST(? AS INTEGER))
    AND CAST(? AS DATE)`;
  const windowParams: SqlValue[] = [end, filter.windowMonths - 1, end];
  const destinations = filter.destinations.length > 0 ? filter.destinations : [''];
  return [
    {
      sql: `SELECT t.${importer} AS partner, h.chpl_tier, sum(t.value_usd) AS v
    ${rows} AND t.${exporter} = ? AND ${window} GROUP BY ALL`,
      params: [...rowParams, filter.origin, ...windowParams],
    },
    {
      sql: `SELECT t.period, sum(t.value_usd) AS v
    ${rows} AND t.${exporter} = ? GROUP BY ALL`,
      params: [...rowParams, filter.origin],
    },
    {
      sql: `SELECT t.${exporter} AS via, t.${importer} AS "to", sum(t.value_usd) AS v
    ${rows} AND t.${importer} IN (${destinations.map(() => '?').join(', ')})
    AND t.${exporter} <> ? AND ${window} GROUP BY ALL`,
      params: [...rowParams, ...destinations, filter.origin, ...windowParams],
    },
  ];
}
