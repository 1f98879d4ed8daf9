import type { SqlQuery } from './query';
import { quoteIdent } from './quote';

/** The pre-aggregated table the workspace's filters are answered from. */
export const FLOW_CUBE_TABLE = quoteIdent('flow_cube');

/**
 * The pre-aggregated cube of the workspace, built once per load (and per origin and set of
 * destinations): every HS-6 flow from exporter `a` to importer `b` per month, where `a` is the
 * origin (the first leg and the map) or `b` a destination (the second leg), with both sides'
 * figures: `reported`, what `a` declared as exports (FOB), and `mirror`, what `b` declared as
 * imports from `a` (CIF).
 *
 * Each flow is counted once: exports (`X`) and imports (`M`) only, not re-exports or
 * re-imports (which they include); HS-6 rows only (a heading's total would repeat its
 * subheadings); monthly rows, or annual ones when the origin has no monthly row at all
 * (column `freq` says which). Only flows between places: both ends are countries with an anchor
 * in the `countries` table, so the world total and the residual partners ('XNS' other
 * countries, 'XBK' bunkers, ..., see src/data/residuals.ts) are neither drawn (there is no
 * point to draw them at) nor counted as partners, intermediaries or destinations.
 */
export function flowCubeSql(origin: string, destinations: readonly string[]): SqlQuery {
  return {
    sql: `CREATE OR REPLACE TABLE ${FLOW_CUBE_TABLE} AS
WITH places AS (
  SELECT iso3 FROM countries WHERE lon IS NOT NULL AND lat IS NOT NULL
), rows AS (
  SELECT t.period, t.freq, t.flow, t.hs, t.value_usd,
    CASE WHEN t.flow = 'X' THEN t.reporter ELSE t.partner END AS a,
    CASE WHEN t.flow = 'X' THEN t.partner ELSE t.reporter END AS b
  FROM trade t
  WHERE t.flow IN ('X', 'M') AND t.freq IN ('M', 'A') AND length(t.hs) = 6
    AND t.partner <> 'WLD' AND t.reporter <> t.partner AND t.value_usd > 0
    AND t.reporter IN (SELECT iso3 FROM places) AND t.partner IN (SELECT iso3 FROM places)
), kept AS (
  SELECT * FROM rows WHERE a = ? OR list_contains(string_split(?, ','), b)
), chosen AS (
  SELECT CASE WHEN coalesce(bool_or(freq = 'M') FILTER (WHERE a = ?), true) THEN 'M' ELSE 'A' END
    AS freq
  FROM kept
)
SELECT k.a, k.b, k.hs, k.period, k.freq,
  CAST(coalesce(sum(k.value_usd) FILTER (WHERE k.flow = 'X'), 0) AS DOUBLE) AS reported,
  CAST(coalesce(sum(k.value_usd) FILTER (WHERE k.flow = 'M'), 0) AS DOUBLE) AS mirror
FROM kept k JOIN chosen USING (freq)
GROUP BY k.a, k.b, k.hs, k.period, k.freq`,
    params: [origin, destinations.join(','), origin],
  };
}

/** The cube's countries (every `a` and `b`), in code order, with names and map anchors. */
export const cubeCountriesSql = `WITH codes AS (
  SELECT a AS code FROM ${FLOW_CUBE_TABLE} UNION SELECT b FROM ${FLOW_CUBE_TABLE}
)
SELECT c.code, coalesce(n.name_en, c.code) AS name_en, coalesce(n.name_zh, c.code) AS name_zh,
  n.lon, n.lat
FROM codes c LEFT JOIN countries n ON n.iso3 = c.code
ORDER BY c.code`;

/** The cube's HS-6 products, in code order, with their CHPL tier ('' for none). */
export const cubeProductsSql = `SELECT p.hs, coalesce(h.chpl_tier, '') AS tier
FROM (SELECT DISTINCT hs FROM ${FLOW_CUBE_TABLE}) p
LEFT JOIN hs_codes h ON h.hs = p.hs AND h.level = 6
ORDER BY p.hs`;

/** The cube's first and last period and its step ('M' or 'A'). */
export const cubeStepsSql = `SELECT CAST(min(period) AS VARCHAR) AS first,
  CAST(max(period) AS VARCHAR) AS last, any_value(freq) AS freq
FROM ${FLOW_CUBE_TABLE}`;

/**
 * The cube's cells as small integers (indexes into the countries, products and steps, as
 * the queries above order them), in no particular order.
 */
export const cubeCellsSql = `WITH codes AS (
  SELECT code, CAST(row_number() OVER (ORDER BY code) - 1 AS INTEGER) AS i
  FROM (SELECT a AS code FROM ${FLOW_CUBE_TABLE} UNION SELECT b FROM ${FLOW_CUBE_TABLE})
), products AS (
  SELECT hs, CAST(row_number() OVER (ORDER BY hs) - 1 AS INTEGER) AS i
  FROM (SELECT DISTINCT hs FROM ${FLOW_CUBE_TABLE})
), first AS (
  SELECT min(period) AS period, any_value(freq) AS freq FROM ${FLOW_CUBE_TABLE}
)
SELECT ca.i AS a, cb.i AS b, p.i AS product,
  CAST(datediff('month', f.period, k.period) // CASE WHEN f.freq = 'A' THEN 12 ELSE 1 END
    AS INTEGER) AS step,
  k.reported, k.mirror
FROM ${FLOW_CUBE_TABLE} k
JOIN codes ca ON ca.code = k.a
JOIN codes cb ON cb.code = k.b
JOIN products p ON p.hs = k.hs
CROSS JOIN first f`;
