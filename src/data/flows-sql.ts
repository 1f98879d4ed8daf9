import type { SqlValue } from './sql-runner';

/** SQL text and its `?` parameters. */
export interface SqlQuery {
  sql: string;
  params: SqlValue[];
}

/**
 * The exports of `origin` of CHPL goods, summed by partner over the last `months` months of
 * the data, with each partner's map anchor and names. One row per partner, largest first.
 */
export function partnerFlowsSql(origin: string, months: number): SqlQuery {
  return {
    sql: `WITH last AS (
  SELECT max(period) AS last_period FROM trade WHERE reporter = ? AND flow = 'X'
), span AS (
  SELECT last_period, CAST(last_period - INTERVAL (? - 1) MONTH AS DATE) AS first_period FROM last
)
SELECT t.partner, sum(t.value_usd) AS value_usd,
       p.lon AS partner_lon, p.lat AS partner_lat, p.name_en, p.name_zh,
       o.lon AS origin_lon, o.lat AS origin_lat,
       CAST(w.first_period AS VARCHAR) AS first_period,
       CAST(w.last_period AS VARCHAR) AS last_period
FROM trade t
JOIN span w ON t.period BETWEEN w.first_period AND w.last_period
JOIN hs_codes h ON h.hs = left(t.hs, 6) AND h.chpl_tier IS NOT NULL
JOIN countries p ON p.iso3 = t.partner
JOIN countries o ON o.iso3 = t.reporter
WHERE t.reporter = ? AND t.flow = 'X' AND t.value_usd > 0
GROUP BY ALL
ORDER BY value_usd DESC, t.partner`,
    params: [origin, months, origin],
  };
}
