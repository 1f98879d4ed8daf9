import { PEAK_WINDOW_MONTHS } from './legs';
import type { SqlQuery } from '../query';
import {
  PRODUCT_COLUMNS_SQL,
  PRODUCT_JOINS_SQL,
  productDetailSql,
  type CorridorTables,
} from './tables';

const LEG_COLUMNS = [
  'source',
  'base_mean',
  'base_sd',
  'post_mean',
  'post_level',
  'post_total',
  'base_n',
  'post_n',
  'late_value',
  'early_mean',
];

function legColumns(alias: string, prefix: string): string {
  return LEG_COLUMNS.map((column) => `${alias}.${column} AS ${prefix}_${column}`).join(', ');
}

/**
 * Sums over the periods both sides of the first leg report, by their phase (`phase`, an SQL
 * expression): the origin's exports (x) and the intermediary's imports (m) after the cut-off,
 * and before it.
 */
export function gapSumsSql(phase: string): string {
  // Both sides report in these periods, so a side without a figure recorded none (0).
  const sum = (side: string, which: string) =>
    `sum(coalesce(r.${side}, 0)) FILTER (WHERE ${phase} = '${which}')`;
  return `${sum('x', 'post')} AS x, ${sum('m', 'post')} AS m,
  ${sum('x', 'base')} AS x_base, ${sum('m', 'base')} AS m_base`;
}

/**
 * The missing imports (from the sums of gapSumsSql as `g`): the share of the origin's
 * exports after the cut-off that the intermediary does not record, against the pair's own
 * ratio of imports to exports before it (`mirror_margin`: its CIF/FOB margin and whatever it
 * left out already), or the CIF/FOB factor where the baseline holds too little of the flow.
 * Only where the origin's exports after the cut-off reach the minimum value.
 */
export const MIRROR_GAP_SQL = `CASE WHEN g.x_base >= p.min_value AND g.m_base > 0
    THEN g.m_base / g.x_base END AS mirror_margin,
  CASE WHEN g.x >= p.min_value THEN (g.x - g.m / CASE WHEN g.x_base >= p.min_value
    AND g.m_base > 0 THEN g.m_base / g.x_base ELSE p.cif END) / g.x END AS mirror_gap`;

/**
 * world_means: each candidate intermediary's mean monthly exports ('X') and imports ('M') of
 * each candidate product from the world over the months it reports, by partner or as a world
 * total, at the product's detail (zero when it reports at that detail but not that product).
 */
function worldMeansCte(tables: CorridorTables): string {
  return `world_sums AS (
  SELECT w.reporter, w.dir, w.product,
    sum(w.value) FILTER (WHERE g.phase = 'base') AS base_sum,
    sum(w.value) FILTER (WHERE g.phase = 'post') AS post_sum
  FROM ${tables.world} w JOIN ${tables.months} g ON g.month = w.month
  GROUP BY w.reporter, w.dir, w.product
), reported AS (
  -- The months known at each detail a product may need (see productDetailSql).
  SELECT c.reporter, c.dir, c.need, count(*) FILTER (WHERE g.phase = 'base') AS base_n,
    count(*) FILTER (WHERE g.phase = 'post') AS post_n
  FROM (
    SELECT v.reporter, v.dir, v.month, d.need FROM ${tables.coverage} v
    CROSS JOIN (VALUES (2), (4), (6)) d(need)
    WHERE v.reporter IN (SELECT via FROM ${tables.candidates}) AND v.detail >= d.need
    UNION SELECT reporter, dir, month, ${productDetailSql('product')} FROM ${tables.world}
  ) c JOIN ${tables.months} g ON g.month = c.month
  GROUP BY c.reporter, c.dir, c.need
), world_means AS (
  SELECT k.reporter, k.dir, v.product,
    coalesce(s.base_sum, 0) / nullif(k.base_n, 0) AS base_mean,
    coalesce(s.post_sum, 0) / nullif(k.post_n, 0) AS post_mean
  FROM (SELECT DISTINCT via, product FROM ${tables.candidates}) v
  JOIN reported k ON k.reporter = v.via AND k.need = ${productDetailSql('v.product')}
  LEFT JOIN world_sums s ON s.reporter = k.reporter AND s.dir = k.dir AND s.product = v.product
)`;
}

function namesColumns(alias: string, who: string): string {
  return `${alias}.name_en AS ${who}_en, ${alias}.name_zh AS ${who}_zh`;
}

/**
 * One row per candidate corridor with every aggregate that scoring needs (see CorridorRow):
 * the three legs, each candidate leg's benchmark (the same exporter's exports of the product
 * to everyone else, baseline and peak window), co-movement, re-export ratio and destination share (intermediary's exports
 * to d over its imports from, and exports to, the world, with the floor added below), the
 * mirror gap over the post months where both sides report (only when the origin's reported
 * exports reach the minimum value), and unit values, with names in both languages.
 */
export function corridorRowsSql(tables: CorridorTables): SqlQuery {
  return {
    sql: `WITH ${worldMeansCte(tables)}, origin_uv AS (
  SELECT a, product, sum(kv_post) AS kv, sum(kg_post) AS kg FROM ${tables.series}
  WHERE a IN (SELECT origin FROM ${tables.candidates}) GROUP BY a, product
), gap AS (
  SELECT c.cid, ${gapSumsSql('pm.phase')}
  FROM ${tables.candidates} c
  JOIN ${tables.pairMonths} pm ON pm.a = c.origin AND pm.b = c.via
    AND pm.need = ${productDetailSql('c.product')}
    AND pm.phase IN ('base', 'post') AND pm.a_reports AND pm.b_reports
  JOIN ${tables.cube} r
    ON r.a = pm.a AND r.b = pm.b AND r.month = pm.month AND r.product = c.product
  GROUP BY c.cid
)
SELECT c.cid, c.origin, c.via, c.destination, c.product,
  CAST(p.post_start AS VARCHAR) AS post_start, CAST(p.post_end AS VARCHAR) AS post_end,
  ${PRODUCT_COLUMNS_SQL},
  ${namesColumns('co', 'origin')}, ${namesColumns('cv', 'via')}, ${namesColumns('cd', 'destination')},
  ${legColumns('f', 'l1')}, ${legColumns('s', 'l2')}, ${legColumns('d', 'd')},
  f.base_mean + f.base_slope * (coalesce(f.peak_t + ${(PEAK_WINDOW_MONTHS - 1) / 2},
    (SELECT avg(t) FROM ${tables.months} WHERE phase = 'post')) - f.base_t) AS l1_trend_level,
  b1.level AS l1_relative_level, b1.others_base AS l1_others_base,
  b1.others_window AS l1_others_window, b2.level AS l2_relative_level,
  b2.others_base AS l2_others_base, b2.others_window AS l2_others_window,
  m.rho AS co_movement, m.lag AS lag_months,
  wm.base_mean AS imports_base, wm.post_mean AS imports_post,
  s.post_mean / (wm.post_mean + p.floor_usd) AS reexport_post,
  s.base_mean / (wm.base_mean + p.floor_usd) AS reexport_base,
  s.post_mean / (wx.post_mean + p.floor_usd) AS share_post,
  s.base_mean / (wx.base_mean + p.floor_usd) AS share_base,
  ${MIRROR_GAP_SQL},
  f.uv_post, f.uv_base,
  CASE WHEN ou.kv - coalesce(f.kv_post, 0) >= 6 * p.floor_usd
        AND ou.kg - coalesce(f.kg_post, 0) > 0
       THEN (ou.kv - coalesce(f.kv_post, 0)) / (ou.kg - coalesce(f.kg_post, 0)) END AS uv_others
FROM ${tables.candidates} c CROSS JOIN ${tables.params} p
JOIN ${tables.series} f ON f.a = c.origin AND f.b = c.via AND f.product = c.product
JOIN ${tables.series} s ON s.a = c.via AND s.b = c.destination AND s.product = c.product
LEFT JOIN ${tables.series} d ON d.a = c.origin AND d.b = c.destination AND d.product = c.product
LEFT JOIN ${tables.comovement} m ON m.cid = c.cid
LEFT JOIN ${tables.benchmarks} b1 ON b1.cid = c.cid AND b1.leg = 1
LEFT JOIN ${tables.benchmarks} b2 ON b2.cid = c.cid AND b2.leg = 2
LEFT JOIN world_means wm ON wm.reporter = c.via AND wm.dir = 'M' AND wm.product = c.product
LEFT JOIN world_means wx ON wx.reporter = c.via AND wx.dir = 'X' AND wx.product = c.product
LEFT JOIN gap g ON g.cid = c.cid
LEFT JOIN origin_uv ou ON ou.a = c.origin AND ou.product = c.product
${PRODUCT_JOINS_SQL}
LEFT JOIN countries co ON co.iso3 = c.origin
LEFT JOIN countries cv ON cv.iso3 = c.via
LEFT JOIN countries cd ON cd.iso3 = c.destination
ORDER BY c.cid`,
    params: [],
  };
}
