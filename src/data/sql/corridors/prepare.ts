import {
  levelsOf,
  monthToDate,
  type AnalysisParams,
  type ProductLevel,
} from '../../../analysis/params';
import { SURGE_RAMP } from '../../../analysis/signals';
import type { SqlQuery } from '../query';
import { quoteLiteral } from '../quote';
import { PREFERRED_ROWS_SQL, storeRowsSql, type CorridorTables } from './tables';

/**
 * The one-row parameter table. The post period ends at the given month or at the data's last
 * monthly row, whichever is earlier. `min_surge` is where a leg's surge strength starts: a
 * corridor below it on either leg cannot score, so it is not even a candidate.
 */
export function paramsSql(tables: CorridorTables, params: AnalysisParams): SqlQuery {
  return {
    sql: `CREATE OR REPLACE TABLE ${tables.params} AS
WITH given AS (
  SELECT string_split(?, ',') AS origins, string_split(?, ',') AS destinations,
    CAST(? AS DATE) AS base_start, CAST(? AS DATE) AS base_end, CAST(? AS DATE) AS post_start,
    CAST(? AS DATE) AS post_end_given, CAST(? AS DOUBLE) AS floor_usd, CAST(? AS DOUBLE) AS cif,
    CAST(? AS DOUBLE) AS min_value, CAST(? AS DOUBLE) AS min_surge, CAST(? AS INTEGER) AS max_lag,
    string_split(?, ',') AS linked, string_split(?, ',') AS levels
), data_end AS (SELECT * FROM ${tables.store.extent})
SELECT g.* EXCLUDE (post_end_given),
  least(coalesce(g.post_end_given, d.last_month), d.last_month) AS post_end,
  year(g.base_start) AS base_first_year, year(g.base_end) AS base_last_year,
  year(g.post_start) AS post_first_year,
  least(coalesce(year(g.post_end_given), d.last_year), d.last_year) AS post_last_year
FROM given g CROSS JOIN data_end d`,
    params: [
      params.origins.join(','),
      params.destinations.join(','),
      monthToDate(params.baseline.start),
      monthToDate(params.baseline.end ?? params.baseline.start),
      monthToDate(params.post.start),
      params.post.end === null ? null : monthToDate(params.post.end),
      params.floorUsd,
      params.cifFobFactor,
      params.minValueUsd,
      SURGE_RAMP.low,
      params.maxLagMonths,
      params.linkedIntermediaries.join(','),
      levelsOf(params.level).join(','),
    ],
  };
}

/** Every month of the window: its date, its index t from 0, and its phase ('base', 'post'). */
export function monthsSql(tables: CorridorTables): SqlQuery {
  return {
    sql: `CREATE OR REPLACE TABLE ${tables.months} AS
WITH grid AS (
  SELECT CAST(unnest(generate_series(base_start, post_end, INTERVAL 1 MONTH)) AS DATE) AS month
  FROM ${tables.params}
)
SELECT g.month, CAST(datediff('month', p.base_start, g.month) AS INTEGER) AS t,
  CASE WHEN g.month BETWEEN p.base_start AND p.base_end THEN 'base'
       WHEN g.month BETWEEN p.post_start AND p.post_end THEN 'post' END AS phase
FROM grid g CROSS JOIN ${tables.params} p`,
    params: [],
  };
}

/**
 * One level's rows of the store's monthly cube, every bilateral flow that can be a leg
 * (exporter a is an origin, or importer b a destination): month × a × b × product → a's
 * reported exports to b (x: value, kg, value of the rows with a weight) and b's reported CIF
 * imports from a (m: the same). Both sides of a flow sit in one row, so a leg can take either.
 * World totals are left out. With `mixedRows`, one kind of row is kept per reporter's flow
 * first. `create`: the statement makes the table anew, else it adds the level's rows.
 */
export function cubeSql(
  tables: CorridorTables,
  level: ProductLevel,
  mixedRows: boolean,
  create: boolean,
): SqlQuery {
  const touches = `t.partner <> 'WLD' AND (list_contains(p.origins, t.reporter)
    OR list_contains(p.origins, t.partner) OR list_contains(p.destinations, t.reporter)
    OR list_contains(p.destinations, t.partner))`;
  const side = (s: 'X' | 'M', name: string) => `sum(value) FILTER (WHERE dir = '${s}') AS ${name},
    sum(kg) FILTER (WHERE dir = '${s}') AS ${name}_kg,
    sum(kg_value) FILTER (WHERE dir = '${s}') AS ${name}_kv`;
  // With one kind of row, summing straight into the cube gives the same result in one pass.
  const grouped = mixedRows
    ? `SELECT month, reporter, partner, dir, product, re, len,
    sum(value_usd) AS value, sum(net_kg) FILTER (WHERE net_kg > 0) AS kg,
    sum(value_usd) FILTER (WHERE net_kg > 0) AS kg_value
  FROM rows GROUP BY month, reporter, partner, dir, product, re, len
  ${PREFERRED_ROWS_SQL}`
    : `SELECT month, reporter, partner, dir, product, value_usd AS value,
    CASE WHEN net_kg > 0 THEN net_kg END AS kg, CASE WHEN net_kg > 0 THEN value_usd END AS kg_value
  FROM rows`;
  return {
    sql: `${storeInto(tables.store.cube, create)}
WITH rows AS (${storeRowsSql(level, tables.params, touches)}),
grouped AS (${grouped}),
sides AS (
  SELECT month, product, dir, value, kg, kg_value,
    CASE WHEN dir = 'X' THEN reporter ELSE partner END AS a,
    CASE WHEN dir = 'X' THEN partner ELSE reporter END AS b
  FROM grouped
)
SELECT ${quoteLiteral(level)} AS level, s.a, s.b, s.product, s.month, ${side('X', 'x')}, ${side('M', 'm')}
FROM sides s CROSS JOIN ${tables.params} p
WHERE list_contains(p.origins, s.a) OR list_contains(p.destinations, s.b)
GROUP BY s.a, s.b, s.product, s.month`,
    params: [],
  };
}

/** The head of a statement writing a store table: anew (`create`), or adding rows to it. */
export const storeInto = (table: string, create: boolean) =>
  create ? `CREATE OR REPLACE TABLE ${table} AS` : `INSERT INTO ${table}`;
