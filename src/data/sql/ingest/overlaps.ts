import { quoteIdent } from '../quote';

/**
 * One flow, one number. Two sources often describe the same flow at different detail: Taiwan's
 * customs give HS-6 rows (its 11-digit codes summed), while a Comtrade download gives the same
 * exports as one HS-4 row; a Comtrade monthly file and a BACI annual file give the same year.
 * Summed side by side they count the flow twice.
 *
 * A flow here is a reporter, partner, trade flow, calendar year and HS family: the coarsest
 * code any row of that reporter, partner, flow and year gives for the goods (8542 when one file
 * has 8542 and another 854231). Within a flow, the rows at one HS level and one frequency are a
 * layer: they cannot count anything twice, since rows with the same key were already resolved
 * one by one (a file giving a few months again replaces those months and no others). Layers at
 * different levels or frequencies describe the same goods twice; the one layer kept is the one
 * holding the most authoritative source (`rank`: customs, then Comtrade, then BACI, then
 * others), then the finest, then the one holding the file given first. Every other layer's rows
 * are dropped, and the discrepancy between what was kept and what was dropped is reported (a
 * layer is named by its first file and that file's source).
 *
 * A file's own annual and monthly rows at one level rank together and stay together (the
 * summary warns about them, and every view adds up one frequency at a time).
 */

/**
 * SQL creating `out` from the rows of `picks` kept so far (`_pick = 1`): the same columns plus
 * `_year`, `_family` and `_layer` (1 for the layer kept). `rank` is the SQL ranking a row's
 * source (lower wins). Only the reporter × partner × flow × year keys that two files, or two HS
 * levels, give are worked through; every other row is its flow's only layer (adding a small
 * file to a large dataset touches a few keys).
 */
export function layersSql(picks: string, out: string, rank: string): string {
  const same = (alias: string) =>
    `${alias}.reporter = k.reporter AND ${alias}.partner = k.partner AND ${alias}.flow = k.flow AND ${alias}.y = k._year`;
  return `CREATE OR REPLACE TEMP TABLE ${quoteIdent(out)} AS
WITH kept AS (SELECT *, year(period) AS _year FROM ${quoteIdent(picks)} WHERE _pick = 1),
shared AS (
  SELECT reporter, partner, flow, _year FROM kept GROUP BY ALL
  HAVING count(DISTINCT _file) > 1 OR count(DISTINCT length(hs)) > 1
),
marked AS (
  SELECT k.*, s._year IS NOT NULL AS _shared FROM kept k
  LEFT JOIN shared s ON s.reporter = k.reporter AND s.partner = k.partner AND s.flow = k.flow
    AND s._year = k._year
),
codes AS (SELECT DISTINCT reporter, partner, flow, _year AS y, hs FROM marked WHERE _shared),
families AS (
  SELECT k.* EXCLUDE (_shared),
    CASE WHEN c2.hs IS NOT NULL THEN c2.hs WHEN c4.hs IS NOT NULL THEN c4.hs ELSE k.hs END AS _family
  FROM marked k
  LEFT JOIN codes c2 ON ${same('c2')} AND length(k.hs) > 2 AND c2.hs = left(k.hs, 2)
  LEFT JOIN codes c4 ON ${same('c4')} AND length(k.hs) > 4 AND c4.hs = left(k.hs, 4)
  WHERE k._shared
)
SELECT * EXCLUDE (_best, _first), dense_rank() OVER (
    PARTITION BY reporter, partner, flow, _year, _family
    ORDER BY _best, length(hs) DESC, _first) AS _layer
FROM (
  SELECT *, min(${rank}) OVER l AS _best, min(_file) OVER l AS _first FROM families
  WINDOW l AS (PARTITION BY reporter, partner, flow, _year, _family, length(hs), freq)
)
UNION ALL BY NAME
SELECT * EXCLUDE (_shared), hs AS _family, 1 AS _layer FROM marked WHERE NOT _shared`;
}

/**
 * SQL listing the resolved overlaps, summed over partners: per reporter, flow, year, family and
 * pair of layers (kept, dropped), the value and rows of each and how many partners it concerns;
 * largest first. `_rows` of the dropped layer is what the merge removed.
 */
export function overlapsSql(layers: string): string {
  return `WITH layer AS (
  SELECT reporter, partner, flow, _year, _family, _layer, min(_file) AS _file,
    arg_min(source, _file) AS source, length(hs) AS level, sum(value_usd) AS value_usd, count(*) AS n
  FROM ${quoteIdent(layers)} GROUP BY reporter, partner, flow, _year, _family, _layer, level
),
flows AS (SELECT reporter, partner, flow, _year, _family FROM layer GROUP BY ALL HAVING max(_layer) > 1)
SELECT * FROM (
  SELECT d.reporter, d.flow, d._year AS year, d._family AS family,
    k._file AS kept_file, k.source AS kept_source, k.level AS kept_level,
    d._file AS dropped_file, d.source AS dropped_source, d.level AS dropped_level,
    sum(k.value_usd)::DOUBLE AS kept_usd, sum(d.value_usd)::DOUBLE AS dropped_usd,
    sum(d.n)::DOUBLE AS dropped_rows, count(*)::DOUBLE AS partners, min(d.partner) AS partner
  FROM flows f
  JOIN layer k ON k.reporter = f.reporter AND k.partner = f.partner AND k.flow = f.flow
    AND k._year = f._year AND k._family = f._family AND k._layer = 1
  JOIN layer d ON d.reporter = f.reporter AND d.partner = f.partner AND d.flow = f.flow
    AND d._year = f._year AND d._family = f._family AND d._layer > 1
  GROUP BY d.reporter, d.flow, d._year, d._family, k._file, k.source, k.level, d._file, d.source, d.level
)
ORDER BY greatest(kept_usd, dropped_usd) DESC, reporter, flow, year, family, dropped_file`;
}
