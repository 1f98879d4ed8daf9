import type { ProductLevel } from '../../../analysis/params';
import { quoteLiteral } from '../quote';
import type { SqlQuery } from '../query';
import { EXCESS_RAMP } from '../../../analysis/signals';
import { PEAK_WINDOW_MONTHS } from './legs';
import { PREFERRED_ROWS_SQL, storeRowsSql, type CorridorTables } from './tables';

function smoothedSurge(leg: string): string {
  return `(${leg}.post_level + p.floor_usd) / (${leg}.base_mean + p.floor_usd)`;
}

/**
 * SQL true for a first leg that rose by many times the noise of its monthly baseline, however
 * small its rise as a ratio: a hub's large, steady flow that carries a diversion of a few
 * percent. Scoring then weighs the rise against the trend (see the first-leg excess signal).
 */
function absoluteRise(leg: string): string {
  return `${leg}.post_level - ${leg}.base_mean >= ${EXCESS_RAMP.low} * ${leg}.base_sd / sqrt(${PEAK_WINDOW_MONTHS})
    AND ${leg}.post_level - ${leg}.base_mean >= p.min_value / ${PEAK_WINDOW_MONTHS}`;
}

/**
 * Discovery: every origin → intermediary → destination × product whose two legs both carry
 * at least the minimum value after the cut-off and both rise past the point where the surge
 * strength starts. Every economy in the reference table is a possible intermediary, except the
 * origins and destinations themselves.
 */
export function candidatesSql(tables: CorridorTables): SqlQuery {
  return {
    sql: `CREATE OR REPLACE TABLE ${tables.candidates} AS
SELECT CAST(row_number() OVER (ORDER BY f.a, f.b, s.b, f.product) AS INTEGER) AS cid,
  f.a AS origin, f.b AS via, s.b AS destination, f.product,
  f.peak_t AS peak_t1, s.peak_t AS peak_t2
FROM ${tables.series} f
JOIN ${tables.series} s ON s.a = f.b AND s.product = f.product
JOIN countries c ON c.iso3 = f.b
CROSS JOIN ${tables.params} p
WHERE list_contains(p.origins, f.a) AND list_contains(p.destinations, s.b)
  AND NOT list_contains(p.origins, f.b) AND NOT list_contains(p.destinations, f.b)
  AND f.post_total >= p.min_value AND s.post_total >= p.min_value
  AND (${smoothedSurge('f')} > p.min_surge OR ${absoluteRise('f')})
  AND ${smoothedSurge('s')} > p.min_surge`,
    params: [],
  };
}

/**
 * One level's rows of the store's world table for intermediaries `vias` (ISO3 codes): their
 * monthly exports to and imports from the world, per product, every month of the data: their
 * 'WLD' rows where they give them, else the sum over their partners. Any earlier rows of
 * theirs at that level (a build stopped half way) are dropped first.
 */
export function worldSql(
  tables: CorridorTables,
  level: ProductLevel,
  mixedRows: boolean,
  vias: readonly string[],
): SqlQuery[] {
  const list = vias.map(quoteLiteral).join(', ');
  const world = tables.store.world;
  return [
    {
      sql: `DELETE FROM ${world} WHERE level = ${quoteLiteral(level)} AND reporter IN (${list})`,
      params: [],
    },
    {
      sql: `INSERT INTO ${world}
WITH rows AS (${storeRowsSql(level, tables.params, `t.reporter IN (${list})`)}),
best AS (
  SELECT month, reporter, partner, dir, product, sum(value_usd) AS value
  FROM rows GROUP BY month, reporter, partner, dir, product, re, len
  ${mixedRows ? PREFERRED_ROWS_SQL : ''}
)
SELECT ${quoteLiteral(level)} AS level, month, reporter, dir, product,
  coalesce(sum(value) FILTER (WHERE partner = 'WLD'), sum(value)) AS value
FROM best GROUP BY month, reporter, dir, product`,
      params: [],
    },
  ];
}

/**
 * The candidates' intermediaries' monthly exports to and imports from the world, per
 * candidate product, from the store, over the window's months.
 */
export function candidateWorldSql(tables: CorridorTables): SqlQuery {
  return {
    sql: `CREATE OR REPLACE TABLE ${tables.world} AS
SELECT w.month, w.reporter, w.dir, w.product, w.value
FROM ${tables.store.world} w CROSS JOIN ${tables.params} p
WHERE list_contains(p.levels, w.level) AND w.month BETWEEN p.base_start AND p.post_end
  AND (w.reporter, w.product) IN (SELECT (via, product) FROM ${tables.candidates})`,
    params: [],
  };
}

/**
 * Monthly benchmarks from the legs: for each origin and candidate product, its exports to
 * every partner but the destinations (kind 'origin'); for each candidate intermediary, its
 * exports to all the destinations together (kind 'destinations'), which are taken out of its
 * world exports so that the benchmark of a leg to Belarus is not Russia's surge.
 */
export function totalsSql(tables: CorridorTables): SqlQuery {
  return {
    sql: `CREATE OR REPLACE TABLE ${tables.totals} AS
SELECT CASE WHEN list_contains(p.origins, l.a) THEN 'origin' ELSE 'destinations' END AS kind,
  l.a, l.product, l.month, sum(l.value) AS value
FROM ${tables.legs} l CROSS JOIN ${tables.params} p
WHERE l.product IN (SELECT product FROM ${tables.candidates}) AND (
  (list_contains(p.origins, l.a) AND NOT list_contains(p.destinations, l.b))
  OR (l.a IN (SELECT via FROM ${tables.candidates}) AND list_contains(p.destinations, l.b)))
GROUP BY ALL`,
    params: [],
  };
}
