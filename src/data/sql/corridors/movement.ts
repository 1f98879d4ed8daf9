import type { SqlQuery } from '../query';
import { PEAK_WINDOW_MONTHS } from './legs';
import { productDetailSql, type CorridorTables } from './tables';

/**
 * Each candidate's two legs in every month the leg is known (a missing row is zero), with
 * `others`: the same exporter's exports of the product to everyone else that month (for the
 * first leg the origin's to all but the destinations; for the second the intermediary's
 * world exports, when it reports them, less its exports to all the destinations).
 */
export function candidateMonthsSql(tables: CorridorTables): SqlQuery {
  const leg = (n: 1 | 2, from: string, to: string, others: string, joins: string) => `
SELECT c.cid, ${n} AS leg, pm.t, pm.phase, coalesce(l.value, 0) AS v,
  greatest(${others} - coalesce(l.value, 0), 0) AS others
FROM ${tables.candidates} c
JOIN ${tables.pairMonths} pm ON pm.a = c.${from} AND pm.b = c.${to} AND pm.source IS NOT NULL
  AND pm.need = ${productDetailSql('c.product')}
LEFT JOIN ${tables.legs} l
  ON l.a = pm.a AND l.b = pm.b AND l.month = pm.month AND l.product = c.product
${joins}`;
  const total = (alias: string, kind: string, who: string) =>
    `LEFT JOIN ${tables.totals} ${alias} ON ${alias}.kind = '${kind}' AND ${alias}.a = c.${who}
  AND ${alias}.product = c.product AND ${alias}.month = pm.month`;
  const world = `LEFT JOIN ${tables.world} w ON w.reporter = c.via AND w.dir = 'X'
  AND w.product = c.product AND w.month = pm.month`;
  const first = leg(1, 'origin', 'via', 'coalesce(o.value, 0)', total('o', 'origin', 'origin'));
  const second = leg(
    2,
    'via',
    'destination',
    'coalesce(w.value, 0) - coalesce(d.value, 0) + coalesce(l.value, 0)',
    `${world}\n${total('d', 'destinations', 'via')}`,
  );
  return {
    sql: `CREATE OR REPLACE TABLE ${tables.candidateMonths} AS ${first}\nUNION ALL ${second}`,
    params: [],
  };
}

/**
 * Per candidate leg, the 12-month post window (the whole post period if it is shorter) where
 * the leg rose most against what a boom of the product everywhere would explain:
 * (level + floor) / (baseline × B + floor), with B = the exporter's exports of the product to
 * everyone else in the window over the baseline (smoothed, at least 1). Returns the window's
 * level (capped months, as in the series) and the benchmark's baseline and window means.
 */
export function benchmarksSql(tables: CorridorTables): SqlQuery {
  const legSeries = `(m.leg = 1 AND s.a = c.origin AND s.b = c.via
    OR m.leg = 2 AND s.a = c.via AND s.b = c.destination)`;
  return {
    sql: `CREATE OR REPLACE TABLE ${tables.benchmarks} AS
WITH capped AS (
  SELECT m.cid, m.leg, m.t, m.phase, least(m.v, s.post_cap) AS v, m.others, s.base_mean, s.post_n
  FROM ${tables.candidateMonths} m JOIN ${tables.candidates} c ON c.cid = m.cid
  JOIN ${tables.series} s ON ${legSeries} AND s.product = c.product
), base AS (
  SELECT cid, leg, avg(others) FILTER (WHERE phase = 'base') AS others_base
  FROM capped GROUP BY cid, leg
), windows AS (
  SELECT cid, leg, t, base_mean, post_n, avg(v) OVER w AS level,
    avg(others) OVER w AS others_window, count(*) OVER w AS n
  FROM capped WHERE phase = 'post'
  WINDOW w AS (PARTITION BY cid, leg ORDER BY t
    RANGE BETWEEN CURRENT ROW AND ${PEAK_WINDOW_MONTHS - 1} FOLLOWING)
), scored AS (
  SELECT w.cid, w.leg, w.t, w.level, w.others_window, b.others_base,
    (w.level + p.floor_usd) / (w.base_mean * coalesce(greatest(1,
      (w.others_window + p.floor_usd) / (b.others_base + p.floor_usd)), 1) + p.floor_usd) AS rel
  FROM windows w JOIN base b ON b.cid = w.cid AND b.leg = w.leg CROSS JOIN ${tables.params} p
  WHERE w.n >= least(${PEAK_WINDOW_MONTHS}, w.post_n)
)
SELECT cid, leg, first(level ORDER BY rel DESC, t) AS level,
  first(others_window ORDER BY rel DESC, t) AS others_window, any_value(others_base) AS others_base
FROM scored GROUP BY cid, leg`,
    params: [],
  };
}

/**
 * For each candidate, the best Pearson correlation between its legs month by month, trying
 * the second leg 0 to max_lag months behind. Each leg is ln(value + floor) − ln(others +
 * floor): its share of the exporter's trade in the product, so that a boom of the product
 * everywhere does not look like co-movement; then its linear trend is removed, so that two
 * legs that merely both grow do not either. The log and the floor keep one big month or tiny
 * lumps from dominating. At least 12 shared months are needed.
 */
export function comovementSql(tables: CorridorTables): SqlQuery {
  return {
    sql: `CREATE OR REPLACE TABLE ${tables.comovement} AS
WITH dense AS (
  SELECT m.cid, m.leg, m.t, ln(m.v + p.floor_usd) - ln(m.others + p.floor_usd) AS y
  FROM ${tables.candidateMonths} m CROSS JOIN ${tables.params} p
), resid AS (
  SELECT cid, leg, t, y - regr_intercept(y, t) OVER w - regr_slope(y, t) OVER w * t AS r
  FROM dense WINDOW w AS (PARTITION BY cid, leg)
), lags AS (SELECT unnest(range(0, max_lag + 1)) AS lag FROM ${tables.params}),
lagged AS (
  SELECT a.cid, g.lag, corr(a.r, b.r) AS rho, count(*) AS n
  FROM resid a CROSS JOIN lags g
  JOIN resid b ON b.cid = a.cid AND b.leg = 2 AND b.t = a.t + g.lag
  WHERE a.leg = 1
  GROUP BY a.cid, g.lag
), valid AS (
  SELECT cid, lag, rho FROM lagged WHERE n >= 12 AND rho IS NOT NULL AND NOT isnan(rho)
)
SELECT cid, max(rho) AS rho, CAST(first(lag ORDER BY rho DESC, lag) AS INTEGER) AS lag
FROM valid GROUP BY cid`,
    params: [],
  };
}
