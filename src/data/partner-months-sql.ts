import type { SqlQuery } from './flows-sql';

/**
 * The exports of `origin` of CHPL goods, summed by partner × month × CHPL tier over the whole
 * dataset, with each partner's map anchor and names: everything a time playback of the map
 * needs, in one query. Rows are ordered by partner, period and tier.
 *
 * Each flow is counted once:
 * - monthly rows only (`freq` 'M'); annual rows only when the origin has no monthly CHPL export
 *   at all (column `freq` says which), since a year's row repeats its months' sum;
 * - exports (`X`) only, not re-exports (`RX`), which exports already include;
 * - HS-6 rows only: CHPL tiers belong to HS-6 codes, so an HS-4 heading's total, which would
 *   repeat its subheadings, never joins a tier.
 */
export function partnerMonthsSql(origin: string): SqlQuery {
  return {
    sql: `WITH chpl AS (
  SELECT t.period, t.freq, t.partner, h.chpl_tier AS tier, t.value_usd
  FROM trade t
  JOIN hs_codes h ON h.hs = t.hs AND h.level = 6 AND h.chpl_tier IS NOT NULL
  WHERE t.reporter = ? AND t.flow = 'X' AND t.freq IN ('M', 'A')
    AND t.partner <> 'WLD' AND t.partner <> t.reporter AND t.value_usd > 0
), chosen AS (
  SELECT CASE WHEN bool_or(freq = 'M') THEN 'M' ELSE 'A' END AS freq FROM chpl
)
SELECT c.partner, CAST(c.period AS VARCHAR) AS period, c.tier,
       CAST(sum(c.value_usd) AS DOUBLE) AS value_usd,
       c.freq, p.lon AS partner_lon, p.lat AS partner_lat, p.name_en, p.name_zh,
       o.lon AS origin_lon, o.lat AS origin_lat
FROM chpl c
JOIN chosen USING (freq)
JOIN countries p ON p.iso3 = c.partner
JOIN countries o ON o.iso3 = ?
GROUP BY ALL
ORDER BY c.partner, period, c.tier`,
    params: [origin, origin],
  };
}
