import { UNNAMED_PARTNERS } from '../../../analysis/corridor';
import type { SqlQuery } from '../query';
import { productDetailSql, type CorridorTables } from './tables';

/**
 * Which routes the yearly analysis scores (see yearly.ts): full corridors by year where the
 * months cannot score them, and partial ones whose onward leg is the intermediary's exports to
 * the World or to no named partner.
 */

/** SQL: the smoothed yearly surge of a leg (best post year against the baseline mean). */
const yearSurge = (leg: string) =>
  `(${leg}.post_max + 12 * p.floor_usd) / (${leg}.base_mean + 12 * p.floor_usd)`;

/**
 * SQL of a CTE `links (via, destination)`: the intermediaries with a documented link to a
 * destination: the country group of intermediaries of concern (named by alerts on Russia and
 * Belarus), and any intermediary that traded with the destination in the baseline (any
 * product, from either side's reports, e.g. Russia's imports before 2022).
 */
export function linksCte(tables: CorridorTables): string {
  return `links AS (
  SELECT DISTINCT v.via, d.destination FROM ${tables.params} p,
    (SELECT unnest(linked) AS via FROM ${tables.params}) v,
    (SELECT unnest(destinations) AS destination FROM ${tables.params}) d
  UNION
  SELECT DISTINCT l.a, l.b FROM ${tables.yearLegs} l CROSS JOIN ${tables.params} p
  WHERE list_contains(p.destinations, l.b) AND l.phase = 'base' AND l.value > 0
  UNION
  SELECT DISTINCT s.a, s.b FROM ${tables.series} s CROSS JOIN ${tables.params} p
  WHERE list_contains(p.destinations, s.b) AND s.base_mean > 0
)`;
}

/** The share of the rise in unattributed exports that must have gone to no named partner. */
const UNNAMED_SHARE = 0.5;

/** SQL: a yearly leg known in both periods. */
const bothPeriods = (leg: string) => `${leg}.base_n > 0 AND ${leg}.post_n > 0`;

/**
 * Corridors the yearly analysis scores: routes the months cannot score (a leg not known month
 * by month in both periods), whose yearly legs are both known in both periods, carry the
 * minimum value and rise past the surge threshold. Evidence is 'full' when the onward leg to
 * the destination is known, 'partial' when only the intermediary's exports to the World are
 * (the onward leg by partner is not known in both periods), and then only towards a
 * destination the intermediary has a documented link to (see {@link linksCte}): the one that
 * took most of its exports of the goods in the baseline; not when the intermediary named its
 * partners after the cut-off and the destination got less than the minimum value from it
 * (the rise went elsewhere). A by-partner figure for a year or two after the cut-off, with no
 * baseline to compare it with, leaves the World stand-in in place.
 * An intermediary that names its partners may also give a partial corridor whose onward leg is
 * its unattributed exports ({@link UNNAMED_PARTNERS}), when most of their rise went to no
 * named partner.
 */
export function yearCandidatesSql(tables: CorridorTables): SqlQuery {
  const monthly = (leg: string, a: string, b: string) =>
    `EXISTS (SELECT 1 FROM ${tables.series} ${leg} WHERE ${leg}.a = ${a} AND ${leg}.b = ${b}
      AND ${leg}.product = f.product AND ${leg}.base_n > 0 AND ${leg}.post_n > 0)`;
  return {
    sql: `CREATE OR REPLACE TABLE ${tables.yearCandidates} AS
WITH ${linksCte(tables)}, gives_partners AS (
  -- The finest detail each reporter gave its exports by partner in after the cut-off.
  SELECT k.reporter, max(k.detail) AS detail FROM ${tables.yearCoverage} k CROSS JOIN ${tables.params} p
  WHERE k.dir = 'X' AND k.scope = 'partners' AND k.year BETWEEN p.post_first_year AND p.post_last_year
  GROUP BY k.reporter
), to_destinations AS (
  -- Each intermediary's named exports to all the destinations together, per year, and their
  -- baseline mean.
  SELECT l.a, l.product, l.year, sum(l.value) AS value,
    avg(CASE WHEN any_value(l.phase) = 'base' THEN sum(l.value) END)
      OVER (PARTITION BY l.a, l.product) AS base_mean
  FROM ${tables.yearLegs} l CROSS JOIN ${tables.params} p
  WHERE list_contains(p.destinations, l.b) GROUP BY l.a, l.product, l.year
), routes AS (
  SELECT f.a AS origin, f.b AS via, d.destination, f.product,
    CASE WHEN s.a IS NOT NULL THEN 'full' ELSE 'partial' END AS evidence,
    coalesce(s.b, w.b) AS onward
  FROM ${tables.yearSeries} f CROSS JOIN ${tables.params} p
  CROSS JOIN (SELECT unnest(destinations) AS destination FROM ${tables.params}) d
  JOIN countries c ON c.iso3 = f.b
  LEFT JOIN ${tables.yearSeries} s ON s.a = f.b AND s.b = d.destination AND s.product = f.product
    AND ${bothPeriods('s')}
  LEFT JOIN links k ON k.via = f.b AND k.destination = d.destination
  LEFT JOIN ${tables.yearSeries} w ON w.a = f.b AND w.b = 'WLD' AND w.product = f.product
    AND ${bothPeriods('w')} AND k.via IS NOT NULL
  LEFT JOIN gives_partners g ON g.reporter = f.b AND g.detail >= ${productDetailSql('f.product')}
  LEFT JOIN ${tables.yearSeries} h ON h.a = f.b AND h.b = d.destination AND h.product = f.product
  WHERE list_contains(p.origins, f.a) AND ${bothPeriods('f')}
    AND NOT list_contains(p.origins, f.b) AND NOT list_contains(p.destinations, f.b)
    -- Where the intermediary gave its partners at the product's detail after the cut-off, a
    -- destination without a row then took none of it: its missing leg is a known zero.
    AND (s.a IS NOT NULL
      OR (w.a IS NOT NULL AND (g.reporter IS NULL OR coalesce(h.post_total, 0) >= p.min_value)))
    AND NOT (${monthly('mf', 'f.a', 'f.b')} AND ${monthly('ms', 'f.b', 'd.destination')})
  -- Exports to the World cannot tell one destination from another: a partial corridor is
  -- listed once, towards the linked destination that took most of the goods in the baseline
  -- (from either side's reports: Russia's imports before 2022); where no side reported it the
  -- amount is unknown, not 0, and the settings' order decides.
  QUALIFY evidence = 'full' OR row_number() OVER (PARTITION BY f.a, f.b, f.product, evidence
    ORDER BY h.base_mean DESC NULLS LAST, list_position(p.destinations, d.destination)) = 1
UNION ALL
  -- An intermediary that names its partners, but whose exports named to none of them but the
  -- destinations rose by far more than its named exports to the destination: most of the rise
  -- went to a partner it did not name (a confidential cell). A partial corridor, towards the
  -- linked destination as above, whether or not the months score the route.
  SELECT f.a, f.b, d.destination, f.product, 'partial', u.b
  FROM ${tables.yearSeries} f CROSS JOIN ${tables.params} p
  CROSS JOIN (SELECT unnest(destinations) AS destination FROM ${tables.params}) d
  JOIN countries c ON c.iso3 = f.b
  JOIN links k ON k.via = f.b AND k.destination = d.destination
  JOIN ${tables.yearSeries} u ON u.a = f.b AND u.b = '${UNNAMED_PARTNERS}' AND u.product = f.product
    AND ${bothPeriods('u')}
  LEFT JOIN ${tables.yearSeries} h ON h.a = f.b AND h.b = d.destination AND h.product = f.product
  -- A year of unattributed exports is a year the intermediary gave its partners: a destination
  -- with no row then took none (0), as anywhere a reporter gives its partners.
  LEFT JOIN to_destinations n ON n.a = f.b AND n.product = f.product AND n.year = u.post_max_year
  WHERE list_contains(p.origins, f.a) AND ${bothPeriods('f')}
    AND NOT list_contains(p.origins, f.b) AND NOT list_contains(p.destinations, f.b)
    AND (u.post_max - u.base_mean) - (coalesce(n.value, 0) - coalesce(n.base_mean, 0))
      >= greatest(p.min_value, ${UNNAMED_SHARE} * (u.post_max - u.base_mean))
  QUALIFY row_number() OVER (PARTITION BY f.a, f.b, f.product
    ORDER BY h.base_mean DESC NULLS LAST, list_position(p.destinations, d.destination)) = 1
)
SELECT CAST(row_number() OVER (ORDER BY r.origin, r.via, r.destination, r.product) AS INTEGER) AS cid,
  r.*
FROM routes r CROSS JOIN ${tables.params} p
JOIN ${tables.yearSeries} f ON f.a = r.origin AND f.b = r.via AND f.product = r.product
JOIN ${tables.yearSeries} s ON s.a = r.via AND s.b = r.onward AND s.product = r.product
WHERE f.post_total >= p.min_value AND s.post_total >= p.min_value
  AND ${yearSurge('f')} > p.min_surge AND ${yearSurge('s')} > p.min_surge`,
    params: [],
  };
}
