import { UNNAMED_PARTNERS } from '../../../analysis/corridor';
import type { ProductLevel } from '../../../analysis/params';
import type { SqlQuery } from '../query';
import { MIRROR_GAP_SQL, gapSumsSql } from './result';
import { linksCte } from './year-candidates';
import { quoteLiteral } from '../quote';
import { storeInto } from './prepare';
import { scopeOf } from './store';
import {
  PRODUCT_COLUMNS_SQL,
  PRODUCT_JOINS_SQL,
  productDetailSql,
  storeYearRowsSql,
  type CorridorTables,
} from './tables';

/**
 * The yearly analysis: what real downloads often are. Annual files, an intermediary whose
 * exports are known only to the World, a reporter that stops reporting. Where the months
 * cannot score a route, whole years can: annual rows, or the twelve months of a year a
 * reporter gave in full (a partial year is left out, never compared with a full one, and
 * annual figures are never spread over months). Years a reporter did not give are unknown,
 * never zero.
 */

/**
 * One level's rows of the store's yearly cube: per exporter a → importer b (either may be
 * 'WLD', the World), product and year, a's exports (x) and b's imports (m), from the
 * reporter's annual rows where it gives them, else from its twelve months; one kind of row per
 * flow (exports before re-exports, the coarsest code). Rows touching an origin or a
 * destination, and every World row; and, for a reporter that gives its partners and a world
 * total, its exports to importer {@link UNNAMED_PARTNERS}: the world total less every named
 * partner but the destinations. `create`: the statement makes the table anew, else it adds the
 * level's rows.
 */
export function yearCubeSql(
  tables: CorridorTables,
  level: ProductLevel,
  create: boolean,
): SqlQuery {
  const touches = (t: string) => `${t}.partner = 'WLD' OR list_contains(p.origins, ${t}.reporter)
    OR list_contains(p.origins, ${t}.partner) OR list_contains(p.destinations, ${t}.reporter)
    OR list_contains(p.destinations, ${t}.partner)`;
  // Every export row of a reporter that gives a world total: its named partners' sum.
  const withWorld = `t.flow IN ('X', 'RX') AND t.reporter IN (
    SELECT DISTINCT reporter FROM ${tables.store.worldYears})`;
  const coverage = tables.store.yearCoverage;
  return {
    sql: `${storeInto(tables.store.yearCube, create)}
WITH rows AS (${storeYearRowsSql(level, tables.params, `${touches('t')} OR (${withWorld})`)}),
grouped AS (
  SELECT year, freq, reporter, partner, dir, product, re, len, sum(value_usd) AS value
  FROM rows GROUP BY ALL
),
covered AS (
  SELECT g.* FROM grouped g
  JOIN ${coverage} c ON c.reporter = g.reporter AND c.dir = g.dir AND c.year = g.year
    AND c.scope = ${scopeOf('g.partner')}
  WHERE g.freq = 'A' OR c.months = 12
  QUALIFY row_number() OVER (
    PARTITION BY g.year, g.reporter, g.partner, g.dir, g.product ORDER BY g.re, g.len, g.freq) = 1
),
sides AS (
  SELECT g.year, g.product, g.dir, g.value,
    CASE WHEN g.dir = 'X' THEN g.reporter ELSE g.partner END AS a,
    CASE WHEN g.dir = 'X' THEN g.partner ELSE g.reporter END AS b
  FROM covered g CROSS JOIN ${tables.params} p WHERE ${touches('g')}
),
named AS (
  SELECT g.year, g.reporter, g.product, max(g.value) FILTER (WHERE g.partner = 'WLD') AS world,
    sum(g.value) FILTER (WHERE g.partner IN (SELECT iso3 FROM countries)
      AND NOT list_contains(p.destinations, g.partner)) AS named
  FROM covered g CROSS JOIN ${tables.params} p WHERE g.dir = 'X' GROUP BY ALL
),
-- Years a reporter gave both its partners and a world total: what it did not attribute.
unnamed AS (
  SELECT n.reporter AS a, '${UNNAMED_PARTNERS}' AS b, n.product, n.year,
    -- No named partner that year (it gave its partners): all of the world total is unnamed.
    greatest(n.world - coalesce(n.named, 0), 0) AS x, CAST(NULL AS DOUBLE) AS m
  FROM named n JOIN ${coverage} k ON k.reporter = n.reporter AND k.dir = 'X'
    AND k.scope = 'partners' AND k.year = n.year AND k.detail >= ${productDetailSql('n.product')}
  WHERE n.world IS NOT NULL
)
SELECT ${quoteLiteral(level)} AS level, a, b, product, year,
  sum(value) FILTER (WHERE dir = 'X') AS x, sum(value) FILTER (WHERE dir = 'M') AS m
FROM sides GROUP BY a, b, product, year
UNION ALL SELECT ${quoteLiteral(level)}, * FROM unnamed`,
    params: [],
  };
}

/**
 * Each pair × product × year in which the leg is known: the exporter's own figure when it
 * gives that year at the product's detail (a missing row is then zero, unless the importer
 * recorded the flow), else the importer's (mirror, divided by the CIF/FOB factor; a
 * reporter's own imports from the World are taken as they are). A year neither side gives
 * at that detail (a subheading, in a year given by headings only) is not in the table: unknown.
 */
export function yearLegsSql(tables: CorridorTables): SqlQuery {
  // A cell the exporter left out of a year it gave is unknown: the importer's figure stands in.
  const own = 'ca.reporter IS NOT NULL AND (r.x IS NOT NULL OR r.m IS NULL)';
  return {
    sql: `CREATE OR REPLACE TABLE ${tables.yearLegs} AS
WITH pairs AS (SELECT DISTINCT a, b, product FROM ${tables.yearCube}),
grid AS (
  SELECT pr.a, pr.b, pr.product, CAST(y.year AS INTEGER) AS year
  FROM pairs pr CROSS JOIN (
    SELECT unnest(range(base_first_year, post_last_year + 1)) AS year FROM ${tables.params}) y
)
SELECT g.a, g.b, g.product, g.year,
  CASE WHEN g.year BETWEEN p.base_first_year AND p.base_last_year THEN 'base'
       WHEN g.year BETWEEN p.post_first_year AND p.post_last_year THEN 'post' END AS phase,
  CASE WHEN ${own} THEN 'reported' ELSE 'mirror' END AS source,
  CASE WHEN ${own} THEN coalesce(r.x, 0)
       WHEN g.a = 'WLD' THEN coalesce(r.m, 0)
       ELSE coalesce(r.m, 0) / p.cif END AS value
FROM grid g CROSS JOIN ${tables.params} p
LEFT JOIN ${tables.yearCube} r ON r.a = g.a AND r.b = g.b AND r.product = g.product AND r.year = g.year
LEFT JOIN ${tables.yearCoverage} ca ON ca.reporter = g.a AND ca.dir = 'X' AND ca.year = g.year
  AND ca.scope = ${scopeOf('g.b')} AND ca.detail >= ${productDetailSql('g.product')}
LEFT JOIN ${tables.yearCoverage} cb ON cb.reporter = g.b AND cb.dir = 'M' AND cb.year = g.year
  AND cb.scope = ${scopeOf('g.a')} AND cb.detail >= ${productDetailSql('g.product')}
WHERE (ca.reporter IS NOT NULL OR cb.reporter IS NOT NULL)
  -- Unattributed exports are known only in years with a world total.
  AND (g.b <> '${UNNAMED_PARTNERS}' OR r.x IS NOT NULL)`,
    params: [],
  };
}

/**
 * Per yearly leg: known baseline and post years, the baseline mean, the mean of the baseline
 * years before the last one (`early_mean`) and the last one (`late_value`: 2021 by default,
 * for the pre-trend test), the best post year and its value, the post mean and total.
 */
export function yearSeriesSql(tables: CorridorTables): SqlQuery {
  return {
    sql: `CREATE OR REPLACE TABLE ${tables.yearSeries} AS
SELECT l.a, l.b, l.product,
  CASE WHEN bool_and(l.source = 'reported') THEN 'reported'
       WHEN bool_and(l.source = 'mirror') THEN 'mirror' ELSE 'mixed' END AS source,
  CAST(count(*) FILTER (WHERE l.phase = 'base') AS INTEGER) AS base_n,
  CAST(count(*) FILTER (WHERE l.phase = 'post') AS INTEGER) AS post_n,
  avg(l.value) FILTER (WHERE l.phase = 'base') AS base_mean,
  avg(l.value) FILTER (WHERE l.phase = 'base' AND l.year < p.base_last_year) AS early_mean,
  max(l.value) FILTER (WHERE l.year = p.base_last_year) AS late_value,
  avg(l.value) FILTER (WHERE l.phase = 'post') AS post_mean,
  max(l.value) FILTER (WHERE l.phase = 'post') AS post_max,
  CAST(arg_max(l.year, l.value) FILTER (WHERE l.phase = 'post') AS INTEGER) AS post_max_year,
  coalesce(sum(l.value) FILTER (WHERE l.phase = 'post'), 0) AS post_total
FROM ${tables.yearLegs} l CROSS JOIN ${tables.params} p
GROUP BY l.a, l.b, l.product`,
    params: [],
  };
}

/** The columns of one yearly leg as the corridor rows give them (see read-row.ts). */
function yearLegColumns(alias: string, prefix: string): string {
  return `${alias}.source AS ${prefix}_source, ${alias}.base_mean AS ${prefix}_base_mean,
  CAST(NULL AS DOUBLE) AS ${prefix}_base_sd,
  ${alias}.post_mean AS ${prefix}_post_mean, ${alias}.post_max AS ${prefix}_post_level,
  ${alias}.post_total AS ${prefix}_post_total, ${alias}.base_n AS ${prefix}_base_n,
  ${alias}.post_n AS ${prefix}_post_n, ${alias}.early_mean AS ${prefix}_early_mean,
  ${alias}.late_value AS ${prefix}_late_value, ${alias}.post_max_year AS ${prefix}_peak_year`;
}

/**
 * One row per yearly candidate with what scoring needs, in the shape of the monthly rows:
 * the legs (levels per year; the post level is the best post year), the benchmarks (the
 * origin's exports of the product to everyone but the intermediary and the destinations; the
 * intermediary's exports to the World less those to the destinations), the co-movement of the
 * legs year by year (Pearson correlation of log(value + floor) over at least four shared years,
 * else null), re-export ratio and destination share where the onward leg is bilateral, and
 * the mirror gap over post years both sides give.
 */
export function yearCorridorRowsSql(tables: CorridorTables): SqlQuery {
  const others = (alias: string, where: string) => `${alias} AS (
  SELECT c.cid, l.year, l.phase, sum(l.value) AS value
  FROM ${tables.yearCandidates} c JOIN ${tables.yearLegs} l ON l.product = c.product AND ${where}
  GROUP BY c.cid, l.year, l.phase)`;
  const benchmark = (alias: string, series: string) => `${alias}_b AS (
  SELECT o.cid, avg(o.value) FILTER (WHERE o.phase = 'base') AS base,
    max(o.value) FILTER (WHERE o.year = ${series}.post_max_year) AS peak
  FROM ${alias} o JOIN ${tables.yearCandidates} c ON c.cid = o.cid
  JOIN ${tables.yearSeries} ${series} ON ${series}.a = ${alias === 'o1' ? 'c.origin' : 'c.via'}
    AND ${series}.b = ${alias === 'o1' ? 'c.via' : 'c.onward'} AND ${series}.product = c.product
  GROUP BY o.cid)`;
  return {
    sql: `WITH ${others(
      'o1',
      `l.a = c.origin AND l.b NOT IN (c.via, 'WLD') AND NOT list_contains((SELECT destinations FROM ${tables.params}), l.b)`,
    )},
${others('o2', `l.a = c.via AND l.b = 'WLD' AND c.evidence = 'full'`)},
${others('o2d', `l.a = c.via AND list_contains((SELECT destinations FROM ${tables.params}), l.b) AND c.evidence = 'full'`)},
o2n AS (
  SELECT w.cid, w.year, w.phase, greatest(w.value - coalesce(d.value, 0), 0) AS value
  FROM o2 w LEFT JOIN o2d d ON d.cid = w.cid AND d.year = w.year
),
${benchmark('o1', 'f')},
${benchmark('o2n', 's')},
shared AS (
  SELECT c.cid, corr(ln(a.value + 12 * p.floor_usd), ln(b.value + 12 * p.floor_usd)) AS rho,
    count(*) AS n
  FROM ${tables.yearCandidates} c CROSS JOIN ${tables.params} p
  JOIN ${tables.yearLegs} a ON a.a = c.origin AND a.b = c.via AND a.product = c.product
  JOIN ${tables.yearLegs} b ON b.a = c.via AND b.b = c.onward AND b.product = c.product
    AND b.year = a.year
  GROUP BY c.cid
),
world_in AS (
  SELECT c.cid, avg(l.value) FILTER (WHERE l.phase = 'base') AS base,
    avg(l.value) FILTER (WHERE l.phase = 'post') AS post
  FROM ${tables.yearCandidates} c
  JOIN ${tables.yearLegs} l ON l.a = 'WLD' AND l.b = c.via AND l.product = c.product
  GROUP BY c.cid
),
world_out AS (
  SELECT c.cid, avg(l.value) FILTER (WHERE l.phase = 'base') AS base,
    avg(l.value) FILTER (WHERE l.phase = 'post') AS post
  FROM ${tables.yearCandidates} c
  JOIN ${tables.yearLegs} l ON l.a = c.via AND l.b = 'WLD' AND l.product = c.product
  GROUP BY c.cid
),
gap AS (
  SELECT c.cid, ${gapSumsSql(`CASE
    WHEN ca.year BETWEEN p.base_first_year AND p.base_last_year THEN 'base'
    WHEN ca.year BETWEEN p.post_first_year AND p.post_last_year THEN 'post' END`)}
  FROM ${tables.yearCandidates} c CROSS JOIN ${tables.params} p
  JOIN ${tables.yearCoverage} ca ON ca.reporter = c.origin AND ca.dir = 'X' AND ca.scope = 'partners'
    AND ca.year BETWEEN p.base_first_year AND p.post_last_year
    AND ca.detail >= ${productDetailSql('c.product')}
  JOIN ${tables.yearCoverage} cb ON cb.reporter = c.via AND cb.dir = 'M' AND cb.scope = 'partners'
    AND cb.year = ca.year AND cb.detail >= ${productDetailSql('c.product')}
  LEFT JOIN ${tables.yearCube} r ON r.a = c.origin AND r.b = c.via AND r.product = c.product
    AND r.year = ca.year
  GROUP BY c.cid
)
SELECT c.cid, c.origin, c.via, c.destination, c.onward, c.product, c.evidence, 'annual' AS frequency,
  CAST(p.post_first_year AS VARCHAR) || '-01' AS post_start,
  CAST(p.post_last_year AS VARCHAR) || '-12' AS post_end,
  ${PRODUCT_COLUMNS_SQL},
  co.name_en AS origin_en, co.name_zh AS origin_zh, cv.name_en AS via_en, cv.name_zh AS via_zh,
  cd.name_en AS destination_en, cd.name_zh AS destination_zh,
  ${yearLegColumns('f', 'l1')}, ${yearLegColumns('s', 'l2')}, ${yearLegColumns('d', 'd')},
  f.post_max AS l1_relative_level, b1.base AS l1_others_base, b1.peak AS l1_others_window,
  s.post_max AS l2_relative_level, b2.base AS l2_others_base, b2.peak AS l2_others_window,
  CASE WHEN sh.n >= 4 THEN sh.rho END AS co_movement, CAST(NULL AS INTEGER) AS lag_months,
  wi.base AS imports_base, wi.post AS imports_post,
  CASE WHEN c.evidence = 'full' THEN s.post_mean / (wi.post + 12 * p.floor_usd) END AS reexport_post,
  CASE WHEN c.evidence = 'full' THEN s.base_mean / (wi.base + 12 * p.floor_usd) END AS reexport_base,
  CASE WHEN c.evidence = 'full' THEN s.post_mean / (wo.post + 12 * p.floor_usd) END AS share_post,
  CASE WHEN c.evidence = 'full' THEN s.base_mean / (wo.base + 12 * p.floor_usd) END AS share_base,
  ${MIRROR_GAP_SQL},
  CAST(NULL AS DOUBLE) AS uv_post, CAST(NULL AS DOUBLE) AS uv_base, CAST(NULL AS DOUBLE) AS uv_others
FROM ${tables.yearCandidates} c CROSS JOIN ${tables.params} p
JOIN ${tables.yearSeries} f ON f.a = c.origin AND f.b = c.via AND f.product = c.product
JOIN ${tables.yearSeries} s ON s.a = c.via AND s.b = c.onward AND s.product = c.product
LEFT JOIN ${tables.yearSeries} d ON d.a = c.origin AND d.b = c.destination AND d.product = c.product
LEFT JOIN o1_b b1 ON b1.cid = c.cid
LEFT JOIN o2n_b b2 ON b2.cid = c.cid
LEFT JOIN shared sh ON sh.cid = c.cid
LEFT JOIN world_in wi ON wi.cid = c.cid
LEFT JOIN world_out wo ON wo.cid = c.cid
LEFT JOIN gap g ON g.cid = c.cid
${PRODUCT_JOINS_SQL}
LEFT JOIN countries co ON co.iso3 = c.origin
LEFT JOIN countries cv ON cv.iso3 = c.via
LEFT JOIN countries cd ON cd.iso3 = c.destination
ORDER BY c.cid`,
    params: [],
  };
}

/**
 * Every route considered for a dual-use product (a CHPL code, its revision group, heading,
 * chapter or tier) and how far the data let it be scored. A route is considered when the data hold the
 * product on one of its legs and the intermediary has a documented link to the destinations or
 * appears on both legs. `status`: 'full' or 'partial' (scored: a candidate), 'no_signal' (both legs known,
 * nothing rose past the thresholds), 'unscored' (the data cannot tell), with `reason`:
 * no_first_leg, first_no_baseline, first_no_post, no_onward_leg, onward_no_baseline,
 * onward_unknown_after_cutoff (known from the destination's reports until they stop), or
 * world_only_unlinked (the onward leg is known only to the World, for an intermediary with no
 * documented link to the destinations).
 */
export function routesSql(tables: CorridorTables): SqlQuery {
  const phaseOfYear = (
    y: string,
  ) => `CASE WHEN ${y} BETWEEN p.base_first_year AND p.base_last_year THEN 'base'
    WHEN ${y} BETWEEN p.post_first_year AND p.post_last_year THEN 'post' END`;
  const known = (alias: string, reporter: string, dir: string, phase: string) =>
    `EXISTS (SELECT 1 FROM reports ${alias} WHERE ${alias}.reporter = ${reporter}
      AND ${alias}.dir = '${dir}' AND ${alias}.phase = '${phase}'
      AND ${alias}.detail >= ${productDetailSql('r.product')})`;
  return {
    sql: `CREATE OR REPLACE TABLE ${tables.routes} AS
WITH ${linksCte(tables)}, dual AS (
  SELECT DISTINCT unnest([product6, product4, left(hs6, 2), 'CHPL-' || tier]) AS product
  FROM hs_comparable WHERE group_tier IS NOT NULL
),
reports AS (
  SELECT c.reporter, c.dir, g.phase, max(c.detail) AS detail FROM ${tables.coverage} c
  JOIN ${tables.months} g ON g.month = c.month WHERE g.phase IS NOT NULL GROUP BY ALL
  UNION
  SELECT k.reporter, k.dir, ${phaseOfYear('k.year')} AS phase, max(k.detail) AS detail
  FROM ${tables.yearCoverage} k CROSS JOIN ${tables.params} p WHERE k.scope = 'partners' GROUP BY ALL
),
legs AS (
  SELECT a, b, product FROM ${tables.series} UNION SELECT a, b, product FROM ${tables.yearSeries}
),
considered AS (
  SELECT DISTINCT o.origin, v.via, d.destination, v.product
  FROM (
    SELECT l.b AS via, l.product FROM legs l CROSS JOIN ${tables.params} p
    WHERE list_contains(p.origins, l.a)
    UNION SELECT l.a, l.product FROM legs l CROSS JOIN ${tables.params} p
    WHERE list_contains(p.destinations, l.b) OR l.b = 'WLD'
  ) v
  CROSS JOIN (SELECT unnest(origins) AS origin FROM ${tables.params}) o
  CROSS JOIN (SELECT unnest(destinations) AS destination FROM ${tables.params}) d
  CROSS JOIN ${tables.params} p
  JOIN countries c ON c.iso3 = v.via
  WHERE v.product IN (SELECT product FROM dual)
    AND NOT list_contains(p.origins, v.via) AND NOT list_contains(p.destinations, v.via)
    AND ((v.via, d.destination) IN (SELECT (via, destination) FROM links) OR (
      EXISTS (SELECT 1 FROM legs f WHERE f.a = o.origin AND f.b = v.via AND f.product = v.product)
      AND EXISTS (SELECT 1 FROM legs s WHERE s.a = v.via AND s.product = v.product
        AND (s.b = d.destination OR s.b = 'WLD'))))
),
facts AS (
  SELECT r.*, (r.via, r.destination) IN (SELECT (via, destination) FROM links) AS linked,
    ${known('r1', 'r.origin', 'X', 'base')} OR ${known('r2', 'r.via', 'M', 'base')} AS first_base,
    ${known('r3', 'r.origin', 'X', 'post')} OR ${known('r4', 'r.via', 'M', 'post')} AS first_post,
    ${known('r5', 'r.via', 'X', 'base')} OR ${known('r6', 'r.destination', 'M', 'base')} AS onward_base,
    ${known('r7', 'r.via', 'X', 'post')} OR ${known('r8', 'r.destination', 'M', 'post')} AS onward_post,
    EXISTS (SELECT 1 FROM ${tables.yearSeries} w WHERE w.a = r.via AND w.b = 'WLD'
      AND w.product = r.product AND w.base_n > 0 AND w.post_n > 0) AS world_both,
    EXISTS (SELECT 1 FROM ${tables.candidates} c WHERE c.origin = r.origin AND c.via = r.via
      AND c.destination = r.destination AND c.product = r.product) AS monthly_candidate,
    (SELECT min(y.evidence) FROM ${tables.yearCandidates} y WHERE y.origin = r.origin
      AND y.via = r.via AND y.product = r.product
      AND y.destination = r.destination) AS yearly_evidence,
    EXISTS (SELECT 1 FROM ${tables.yearCandidates} y WHERE y.origin = r.origin
      AND y.via = r.via AND y.product = r.product AND y.evidence = 'partial'
      AND y.destination <> r.destination) AS partial_elsewhere
  FROM considered r CROSS JOIN ${tables.params} p
)
SELECT origin, via, destination, product,
  CASE WHEN monthly_candidate THEN 'full' WHEN yearly_evidence IS NOT NULL THEN yearly_evidence
       WHEN reason IS NULL THEN 'no_signal' ELSE 'unscored' END AS status,
  CASE WHEN monthly_candidate OR yearly_evidence IS NOT NULL THEN NULL ELSE reason END AS reason
FROM (
  SELECT *, CASE
    WHEN NOT first_base AND NOT first_post THEN 'no_first_leg'
    WHEN NOT first_base THEN 'first_no_baseline'
    WHEN NOT first_post THEN 'first_no_post'
    WHEN onward_base AND onward_post THEN NULL
    WHEN world_both AND linked THEN NULL
    WHEN world_both THEN 'world_only_unlinked'
    WHEN onward_base THEN 'onward_unknown_after_cutoff'
    WHEN onward_post THEN 'onward_no_baseline'
    ELSE 'no_onward_leg' END AS reason
  FROM facts
)
-- A partial corridor stands for its route towards every destination (exports to the World
-- cannot tell them apart): it is counted once, under the destination it is listed with.
WHERE NOT (partial_elsewhere AND yearly_evidence IS NULL AND NOT monthly_candidate)
ORDER BY origin, via, destination, product`,
    params: [],
  };
}
