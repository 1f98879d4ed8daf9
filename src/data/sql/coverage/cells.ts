import type { SqlQuery } from '../query';
import { WORLD } from '../../schema';
import { quoteIdent } from '../quote';

/** What the coverage is computed for: one origin, its intermediaries, the destinations, years. */
export interface CoverageScopeSql {
  origin: string;
  intermediaries: readonly string[];
  destinations: readonly string[];
  firstYear: number;
  lastYear: number;
}

/** The distinct CHPL HS-6 codes and HS-4 headings of a group of rows. */
const CHPL_LISTS = `list(DISTINCT chpl6) FILTER (WHERE chpl6 IS NOT NULL) AS chpl6,
    list(DISTINCT chpl4) FILTER (WHERE chpl4 IS NOT NULL) AS chpl4`;

/**
 * What a reporter filed in a direction and year: the months of its monthly rows, whether it
 * filed whole-year annual rows, and the months of its partial-year ones.
 */
const FILED = `reporter, dir, year,
    CAST(bit_or(CAST(1 AS INTEGER) << CAST(month - 1 AS INTEGER)) FILTER (WHERE freq = 'M') AS INTEGER) AS mask,
    bool_or(freq = 'A' AND coalesce(months, 12) >= 12) AS annual,
    CAST(max(months) FILTER (WHERE freq = 'A' AND months < 12) AS INTEGER) AS partial`;

/** The exporter's side of a leg and the importer's: what each files, and the pair's rows. */
const sideColumns = (side: 'reported' | 'mirror', filed: string, pair: string) => `
  coalesce(${filed}.mask, 0) AS ${side}_mask,
  coalesce(${filed}.annual, false) AS ${side}_annual,
  ${filed}.partial AS ${side}_partial,
  ${pair}.reporter IS NOT NULL AS ${side}_rows,
  ${pair}.sources AS ${side}_sources`;

/**
 * The coverage of every leg of every route, year by year: one row per leg × year with
 *
 * - `leg` ('first' origin → intermediary, 'second' intermediary → destination, 'world'
 *   intermediary → world total, 'direct' origin → destination), `a` (exporter), `b`
 *   (importer, or 'WLD'), `year`;
 * - per side, the exporter's own exports ('reported': reporter a, flow X or RX) and the
 *   importer's imports of the same flow ('mirror': reporter b, flow M or RM; none for the
 *   world): `*_mask`, the months (bit 0 = January) in which that reporter filed monthly rows of
 *   that direction with any partner, as the analysis reads a month (a reporter that files is
 *   taken to file everything, so a pair without a row that month is zero). For a leg to a
 *   partner only rows by partner count: a download of a reporter's exports to the World says
 *   nothing of its exports to Russia, which stay unknown. For a leg to the world any row counts,
 *   as the analysis sums a reporter's partners where it gives no World row; `*_annual`, it filed
 *   whole-year annual rows; `*_partial`, the months of its partial-year rows; `*_rows`, the
 *   pair itself has rows that year; `*_sources`, the sources of those rows ('comtrade,sample');
 * - `mask`, the months known from either side; the pair's HS code lengths (`levels`, '4,6'),
 *   and how many CHPL HS-6 codes (`chpl6`) and CHPL HS-4 headings (`chpl4`) its rows hold,
 *   that year and over every year of the data (`leg_chpl6`, `leg_chpl4`).
 *
 * Needs the `hs_codes` reference table. The same text runs in duckdb-wasm and in Node.
 */
export function coverageCellsSql(scope: CoverageScopeSql, table = 'trade'): SqlQuery {
  return {
    sql: `WITH p AS (
  SELECT CAST(? AS VARCHAR) AS origin, string_split(?, ',') AS vias, string_split(?, ',') AS dests,
    CAST(? AS INTEGER) AS y0, CAST(? AS INTEGER) AS y1
), legs AS (
  SELECT 'first' AS leg, origin AS a, unnest(vias) AS b FROM p
  UNION ALL SELECT 'second', v, unnest(dests) FROM (SELECT unnest(vias) AS v, dests FROM p)
  UNION ALL SELECT 'world', unnest(vias), '${WORLD}' FROM p
  UNION ALL SELECT 'direct', origin, unnest(dests) FROM p
), years AS (
  SELECT CAST(unnest(range(y0, y1 + 1)) AS INTEGER) AS year FROM p
), chpl AS (
  SELECT hs FROM hs_codes WHERE level = 6 AND chpl_tier IS NOT NULL
), headings AS (
  SELECT DISTINCT left(hs, 4) AS h4 FROM chpl
), r AS MATERIALIZED (
  SELECT t.reporter, t.partner, CASE WHEN t.flow IN ('X', 'RX') THEN 'X' ELSE 'M' END AS dir,
    t.freq, CAST(year(t.period) AS INTEGER) AS year, month(t.period) AS month, t.months,
    t.source, length(t.hs) AS len, c.hs AS chpl6, h.h4 AS chpl4
  FROM ${quoteIdent(table)} t CROSS JOIN p
  LEFT JOIN chpl c ON c.hs = t.hs
  LEFT JOIN headings h ON h.h4 = left(t.hs, 4)
  WHERE year(t.period) BETWEEN p.y0 AND p.y1
    AND (t.reporter = p.origin OR list_contains(p.vias, t.reporter)
      OR list_contains(p.dests, t.reporter))
), filed AS (
  SELECT 'partners' AS grain, ${FILED} FROM r WHERE partner <> '${WORLD}' GROUP BY reporter, dir, year
  UNION ALL SELECT 'world', ${FILED} FROM r GROUP BY reporter, dir, year
), sides AS (
  SELECT a AS reporter, b AS partner, 'X' AS dir FROM legs
  UNION SELECT b, a, 'M' FROM legs WHERE b <> '${WORLD}'
), pair_rows AS MATERIALIZED (
  SELECT DISTINCT reporter, partner, dir, year, source, len, chpl6, chpl4
  FROM r JOIN sides USING (reporter, partner, dir)
), pairs AS (
  SELECT reporter, partner, dir, year, string_agg(DISTINCT source, ',' ORDER BY source) AS sources,
    list(DISTINCT len) AS levels, ${CHPL_LISTS}
  FROM pair_rows GROUP BY reporter, partner, dir, year
), spans AS (
  SELECT reporter, partner, dir, ${CHPL_LISTS} FROM pair_rows GROUP BY reporter, partner, dir
)
SELECT l.leg, l.a, l.b, y.year,
  CAST(coalesce(fa.mask, 0) | coalesce(fb.mask, 0) AS INTEGER) AS mask,${sideColumns('reported', 'fa', 'pa')},${sideColumns('mirror', 'fb', 'pb')},
  array_to_string(list_sort(list_distinct(list_concat(pa.levels, pb.levels))), ',') AS levels,
  CAST(coalesce(len(list_distinct(list_concat(pa.chpl6, pb.chpl6))), 0) AS INTEGER) AS chpl6,
  CAST(coalesce(len(list_distinct(list_concat(pa.chpl4, pb.chpl4))), 0) AS INTEGER) AS chpl4,
  CAST(coalesce(len(list_distinct(list_concat(sa.chpl6, sb.chpl6))), 0) AS INTEGER) AS leg_chpl6,
  CAST(coalesce(len(list_distinct(list_concat(sa.chpl4, sb.chpl4))), 0) AS INTEGER) AS leg_chpl4
FROM legs l CROSS JOIN years y
LEFT JOIN filed fa ON fa.reporter = l.a AND fa.dir = 'X' AND fa.year = y.year
  AND fa.grain = CASE WHEN l.b = '${WORLD}' THEN 'world' ELSE 'partners' END
LEFT JOIN filed fb ON fb.reporter = l.b AND fb.dir = 'M' AND fb.year = y.year
  AND fb.grain = 'partners'
LEFT JOIN pairs pa ON pa.reporter = l.a AND pa.partner = l.b AND pa.dir = 'X' AND pa.year = y.year
LEFT JOIN pairs pb ON pb.reporter = l.b AND pb.partner = l.a
  AND pb.dir = 'M' AND pb.year = y.year
LEFT JOIN spans sa ON sa.reporter = l.a AND sa.partner = l.b AND sa.dir = 'X'
LEFT JOIN spans sb ON sb.reporter = l.b AND sb.partner = l.a AND sb.dir = 'M'
ORDER BY CASE l.leg WHEN 'first' THEN 1 WHEN 'second' THEN 2 WHEN 'world' THEN 3 ELSE 4 END,
  l.a, l.b, y.year`,
    params: [
      scope.origin,
      scope.intermediaries.join(','),
      scope.destinations.join(','),
      scope.firstYear,
      scope.lastYear,
    ],
  };
}
