import type { SqlQuery } from '../query';
import { productDetailSql, type CorridorTables } from './tables';

/**
 * Each pair × product detail (`need`, see productDetailSql) × month of the window, and the
 * source its leg takes: the exporter's own figures when it reports exports that month at that
 * detail, else the importer's mirror when it reports imports at that detail, else none (the
 * month is unknown and left out of every mean).
 */
export function pairMonthsSql(tables: CorridorTables): SqlQuery {
  return {
    sql: `CREATE OR REPLACE TABLE ${tables.pairMonths} AS
SELECT pr.a, pr.b, pr.need, g.month, g.t, g.phase,
  ca.reporter IS NOT NULL AS a_reports, cb.reporter IS NOT NULL AS b_reports,
  CASE WHEN ca.reporter IS NOT NULL THEN 'reported'
       WHEN cb.reporter IS NOT NULL THEN 'mirror' END AS source
FROM (SELECT DISTINCT a, b, ${productDetailSql('product')} AS need FROM ${tables.cube}) pr
CROSS JOIN ${tables.months} g
LEFT JOIN ${tables.coverage} ca ON ca.reporter = pr.a AND ca.dir = 'X' AND ca.month = g.month
  AND ca.detail >= pr.need
LEFT JOIN ${tables.coverage} cb ON cb.reporter = pr.b AND cb.dir = 'M' AND cb.month = g.month
  AND cb.detail >= pr.need`,
    params: [],
  };
}

/**
 * The value of each leg in each known month where either side has a row: the exporter's
 * exports (FOB), or the importer's imports divided by the CIF/FOB factor. A cell the exporter
 * left out in a month it reported other partners (a confidential cell) is unknown, not zero:
 * where the importer recorded it, the importer's figure stands in (`source` 'mirror').
 */
export function legsSql(tables: CorridorTables): SqlQuery {
  const pick = (x: string, m: string) => `CASE WHEN own THEN ${x} ELSE ${m} END`;
  return {
    sql: `CREATE OR REPLACE TABLE ${tables.legs} AS
SELECT a, b, product, month, t, phase, CASE WHEN own THEN 'reported' ELSE 'mirror' END AS source,
  ${pick('x', 'm / cif')} AS value,
  ${pick('x_kg', 'm_kg')} AS kg,
  ${pick('x_kv', 'm_kv / cif')} AS kg_value
FROM (
  -- A cube row has x or m: where it is not the exporter's own, the importer's m is there.
  SELECT r.*, pm.t, pm.phase, p.cif, pm.source = 'reported' AND r.x IS NOT NULL AS own
  FROM ${tables.cube} r
  JOIN ${tables.pairMonths} pm ON pm.a = r.a AND pm.b = r.b AND pm.month = r.month
    AND pm.need = ${productDetailSql('r.product')}
  CROSS JOIN ${tables.params} p
  WHERE pm.source IS NOT NULL
)`,
    params: [],
  };
}

/**
 * SQL true for a month in the baseline's last six months (2021-07 to 2021-12 by default): a
 * rise that began before the cut-off shows there, before a year's mean would catch it.
 */
const lateBaseline = (month: string) => `${month} > p.base_end - INTERVAL 6 MONTH`;

/**
 * Per leg (a, b, product): the mean monthly value over the known baseline and post months,
 * the baseline's standard deviation month to month (`base_sd`, a missing row counting as zero)
 * and its linear trend (`base_slope` per month, about month `base_t`),
 * over the baseline's last six months (`late_value`) and the months before (`early_mean`),
 * (a month without a row is zero), the post level (here the post mean with the two largest
 * months capped at the third: a one- or two-month spike is not a surge; {@link peakLevelSql}
 * refines it), the post total, unit values (only where enough value carries a weight to be
 * meaningful), the cap, and the source used over the window.
 */
export function seriesSql(tables: CorridorTables): SqlQuery {
  const unitValue = (phase: string) => `CASE
    WHEN sum(kg_value) FILTER (WHERE phase = '${phase}' AND kg > 0) >= 6 * any_value(p.floor_usd)
    THEN sum(kg_value) FILTER (WHERE phase = '${phase}' AND kg > 0)
       / sum(kg) FILTER (WHERE phase = '${phase}' AND kg > 0) END`;
  return {
    sql: `CREATE OR REPLACE TABLE ${tables.series} AS
WITH known AS (
  SELECT pm.a, pm.b, pm.need, count(*) FILTER (WHERE pm.phase = 'base') AS base_n,
    count(*) FILTER (WHERE pm.phase = 'post') AS post_n,
    count(*) FILTER (WHERE pm.phase = 'base' AND ${lateBaseline('pm.month')}) AS late_n,
    count(*) FILTER (WHERE pm.phase = 'base' AND NOT ${lateBaseline('pm.month')}) AS early_n,
    CASE WHEN bool_and(pm.source = 'reported') THEN 'reported'
         WHEN bool_and(pm.source = 'mirror') THEN 'mirror' ELSE 'mixed' END AS source
  FROM ${tables.pairMonths} pm CROSS JOIN ${tables.params} p
  WHERE pm.source IS NOT NULL GROUP BY pm.a, pm.b, pm.need
), cap AS (
  SELECT a, b, product, max(value) AS post_cap FROM (
    SELECT a, b, product, value,
      row_number() OVER (PARTITION BY a, b, product ORDER BY value DESC) AS rk
    FROM ${tables.legs} WHERE phase = 'post'
  ) WHERE rk = 3 GROUP BY a, b, product
), sums AS (
  SELECT l.a, l.b, l.product,
    sum(l.value) FILTER (WHERE phase = 'base') AS base_sum,
    sum(l.value * l.value) FILTER (WHERE phase = 'base') AS base_sumsq,
    regr_slope(l.value, l.t) FILTER (WHERE phase = 'base') AS base_slope,
    avg(l.t) FILTER (WHERE phase = 'base') AS base_t,
    sum(l.value) FILTER (WHERE phase = 'base' AND ${lateBaseline('l.month')}) AS late_sum,
    sum(l.value) FILTER (WHERE phase = 'base' AND NOT ${lateBaseline('l.month')}) AS early_sum,
    sum(l.value) FILTER (WHERE phase = 'post') AS post_sum,
    sum(least(l.value, coalesce(c.post_cap, 0))) FILTER (WHERE phase = 'post') AS post_capped,
    ${unitValue('base')} AS uv_base, ${unitValue('post')} AS uv_post,
    sum(kg_value) FILTER (WHERE phase = 'post' AND kg > 0) AS kv_post,
    sum(kg) FILTER (WHERE phase = 'post' AND kg > 0) AS kg_post,
    bool_or(l.source = 'mirror') AS any_mirror
  FROM ${tables.legs} l LEFT JOIN cap c ON c.a = l.a AND c.b = l.b AND c.product = l.product
  CROSS JOIN ${tables.params} p
  GROUP BY l.a, l.b, l.product
)
-- Sums over the months a side is known to have reported (k): a month it reported without a
-- row for the pair is a zero; months no side reported are not counted at all (unknown).
SELECT s.a, s.b, s.product,
  CASE WHEN k.source = 'reported' AND s.any_mirror THEN 'mixed' ELSE k.source END AS source,
  k.base_n, k.post_n,
  CASE WHEN k.base_n > 0 THEN coalesce(s.base_sum, 0) / k.base_n END AS base_mean,
  CASE WHEN k.base_n > 1 THEN sqrt(greatest(coalesce(s.base_sumsq, 0)
    - coalesce(s.base_sum, 0) * coalesce(s.base_sum, 0) / k.base_n, 0) / (k.base_n - 1)) END AS base_sd,
  CASE WHEN k.late_n > 0 THEN coalesce(s.late_sum, 0) / k.late_n END AS late_value,
  CASE WHEN k.early_n > 0 THEN coalesce(s.early_sum, 0) / k.early_n END AS early_mean,
  CASE WHEN k.post_n > 0 THEN coalesce(s.post_sum, 0) / k.post_n END AS post_mean,
  CASE WHEN k.post_n > 0 THEN coalesce(s.post_capped, 0) / k.post_n END AS post_level,
  coalesce(s.post_sum, 0) AS post_total, s.uv_base, s.uv_post, s.kv_post, s.kg_post,
  s.base_slope, s.base_t,
  coalesce(c.post_cap, 0) AS post_cap, CAST(NULL AS INTEGER) AS peak_t
FROM sums s JOIN known k ON k.a = s.a AND k.b = s.b AND k.need = ${productDetailSql('s.product')}
LEFT JOIN cap c ON c.a = s.a AND c.b = s.b AND c.product = s.product`,
    params: [],
  };
}

/** Length of the window over which a leg's post level is taken, in months: a full year. */
export const PEAK_WINDOW_MONTHS = 12;

/**
 * Sets the post level of every leg that reaches the minimum value to its best run of 12
 * consecutive known months (capped values, a missing row counting as zero). A corridor that
 * flared for a year and faded (Kyrgyzstan 2022) is not diluted by the quiet years after it,
 * and a full year holds every season once, so seasonality does not make a peak. With fewer
 * than 12 known post months, the capped post mean stays. `peak_t` is where the best run starts.
 */
export function peakLevelSql(tables: CorridorTables): SqlQuery {
  const span = PEAK_WINDOW_MONTHS - 1;
  return {
    sql: `UPDATE ${tables.series} AS s SET post_level = pk.level, peak_t = pk.peak_t
FROM (
  SELECT a, b, product, max(level) AS level, first(t ORDER BY level DESC, t) AS peak_t FROM (
    SELECT e.a, e.b, e.product, g.t,
      avg(least(coalesce(l.value, 0), e.post_cap)) OVER w AS level, count(*) OVER w AS n
    FROM ${tables.series} e CROSS JOIN ${tables.params} p
    JOIN ${tables.pairMonths} g ON g.a = e.a AND g.b = e.b AND g.phase = 'post'
      AND g.need = ${productDetailSql('e.product')} AND g.source IS NOT NULL
    LEFT JOIN ${tables.legs} l ON l.a = e.a AND l.b = e.b AND l.product = e.product
      AND l.month = g.month
    WHERE e.post_total >= p.min_value
    WINDOW w AS (PARTITION BY e.a, e.b, e.product ORDER BY g.t
      RANGE BETWEEN CURRENT ROW AND ${span} FOLLOWING)
  ) WHERE n >= ${PEAK_WINDOW_MONTHS} GROUP BY a, b, product
) pk
WHERE s.a = pk.a AND s.b = pk.b AND s.product = pk.product`,
    params: [],
  };
}
