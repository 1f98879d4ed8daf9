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
 * different levels or frequencies describe the same goods twice, and one layer is kept, by
 * these tests in turn:
 *
 * 1. The whole year. A layer covers the months its files give for that reporter and year (a
 *    monthly download of March covers one month, whichever partners and codes had trade in it;
 *    a month a file gives for other partners but not this one is a month without trade, as
 *    sources leave such rows out); an annual row covers its `months` (12 unless the source says
 *    otherwise). One month is not another figure for the year but a part of it, so a layer
 *    covering fewer months never wins, whatever its source or detail.
 * 2. The most authoritative source (`rank`: customs, then Comtrade, then BACI, then others).
 * 3. The whole family. Within one source, frequency and span of months, a heading total and its
 *    subheadings come from the same records, so finer rows adding up to less than the coarsest
 *    layer (by more than {@link WHOLE_SHARE} allows for rounding) leave out goods: one subheading
 *    is not the heading. Across sources a shortfall may just be the sources disagreeing, so this
 *    test comes after the source's authority.
 * 4. The finest detail.
 * 5. The file given first: only layers equally complete, authoritative and fine get here.
 *
 * Every other layer's rows are dropped, and what was kept and why is reported (a layer is named
 * by its first file and that file's source). A file's own annual and monthly rows at one level
 * (a customs file with January–July and July) rank together and stay together: the summary
 * warns about them, and every view adds up one frequency at a time.
 */

/**
 * How much of the coarsest layer's value finer rows of the same source must reach to count as
 * the whole family: customs values are rounded per 11-digit code, so a complete breakdown may
 * fall a little short of the heading.
 */
export const WHOLE_SHARE = 0.99;

/** The columns naming a flow (reporter, partner, trade flow, year, family). */
const FLOW = 'reporter, partner, flow, _year, _family';

/**
 * SQL of the months each file gives monthly rows for, by reporter and year, over every row of
 * `picks` (also those another file replaced): what the file was downloaded for.
 */
const spansSql = (picks: string) =>
  `SELECT DISTINCT _file, reporter, year(period) AS _year, month(period) AS _month
  FROM ${quoteIdent(picks)} WHERE freq = 'M'`;

/**
 * SQL of the layers of `families` with what ranks them: `_cover` (months of the year),
 * `_best` (source), `_whole` (the family's goods), `_level` and `_first` (file).
 */
function rankedLayersSql(families: string, spans: string, rank: string): string {
  return `layer AS (
  SELECT ${FLOW}, length(hs) AS _level, freq, min(${rank}) AS _best, min(_file) AS _first,
    sum(value_usd) AS _value, max(coalesce(months, 12)) AS _annual_months
  FROM ${families} GROUP BY ALL
),
monthly AS (
  SELECT f.reporter, f.partner, f.flow, f._year, f._family, f._level,
    count(DISTINCT s._month) AS _months
  FROM (SELECT DISTINCT ${FLOW}, length(hs) AS _level, _file FROM ${families} WHERE freq = 'M') f
  JOIN ${spans} s ON s._file = f._file AND s.reporter = f.reporter AND s._year = f._year
  GROUP BY ALL
),
covered AS (
  SELECT l.*, max(CASE WHEN l.freq = 'M' THEN m._months ELSE l._annual_months END)
    OVER (PARTITION BY ${FLOW}, _level, _first) AS _cover
  FROM layer l LEFT JOIN monthly m USING (${FLOW}, _level)
),
ranked AS (
  SELECT *, _value >= ${WHOLE_SHARE} * first_value(_value) OVER (
      PARTITION BY ${FLOW}, _best, freq, _cover ORDER BY _level) AS _whole
  FROM covered
)`;
}

/**
 * SQL creating `out` from the rows of `picks` kept so far (`_pick = 1`): the same columns plus
 * `_year`, `_family`, `_layer` (1 for the layer kept) and what ranked the row's layer
 * (`_cover`, `_best`, `_whole`). `rank` is the SQL ranking a row's source (lower wins). Only
 * the reporter × partner × flow × year keys that two files, or two HS levels, give are worked
 * through; every other row is its flow's only layer (adding a small file to a large dataset
 * touches a few keys).
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
),
spans AS (${spansSql(picks)}),
${rankedLayersSql('families', 'spans', rank)}
SELECT f.*, r._cover, r._best, r._whole, dense_rank() OVER (
    PARTITION BY f.reporter, f.partner, f.flow, f._year, f._family
    ORDER BY r._cover DESC, r._best, r._whole DESC, r._level DESC, r._first) AS _layer
FROM families f JOIN ranked r ON r.reporter = f.reporter AND r.partner = f.partner
  AND r.flow = f.flow AND r._year = f._year AND r._family = f._family
  AND r._level = length(f.hs) AND r.freq = f.freq
UNION ALL BY NAME
SELECT * EXCLUDE (_shared), hs AS _family, 1 AS _layer FROM marked WHERE NOT _shared`;
}

/**
 * SQL of why the kept layer `k` won over the dropped layer `d`, the first test of
 * {@link layersSql} that tells them apart: 'partial_year', 'authority', 'partial_goods',
 * 'finer' or 'first'.
 */
const reasonSql = `CASE WHEN d.cover < k.cover THEN 'partial_year'
    WHEN d.best > k.best THEN 'authority'
    WHEN NOT d.whole THEN 'partial_goods'
    WHEN d.level < k.level THEN 'finer'
    ELSE 'first' END`;

/**
 * SQL listing the resolved overlaps, summed over partners: per reporter, flow, year, family,
 * pair of layers (kept, dropped) and reason, the value, frequency and months of each, the rows
 * dropped and how many partners it concerns; largest first. `_rows` of the dropped layer is
 * what the merge removed.
 */
export function overlapsSql(layers: string): string {
  return `WITH layer AS (
  SELECT reporter, partner, flow, _year, _family, _layer, min(_file) AS _file,
    arg_min(source, _file) AS source, length(hs) AS level,
    string_agg(DISTINCT freq, '+' ORDER BY freq) AS freq, max(_cover) AS cover,
    min(_best) AS best, bool_and(_whole) AS whole, sum(value_usd) AS value_usd, count(*) AS n
  FROM ${quoteIdent(layers)} GROUP BY reporter, partner, flow, _year, _family, _layer, level
),
flows AS (SELECT reporter, partner, flow, _year, _family FROM layer GROUP BY ALL HAVING max(_layer) > 1),
pairs AS (
  SELECT d.*, k._file AS kept_file, k.source AS kept_source, k.level AS kept_level,
    k.freq AS kept_freq, k.cover AS kept_months, k.value_usd AS kept_value, ${reasonSql} AS reason
  FROM flows f
  JOIN layer k ON k.reporter = f.reporter AND k.partner = f.partner AND k.flow = f.flow
    AND k._year = f._year AND k._family = f._family AND k._layer = 1
  JOIN layer d ON d.reporter = f.reporter AND d.partner = f.partner AND d.flow = f.flow
    AND d._year = f._year AND d._family = f._family AND d._layer > 1
)
SELECT * FROM (
  SELECT reporter, flow, _year AS year, _family AS family, reason,
    kept_file, kept_source, kept_level, kept_freq, kept_months::DOUBLE AS kept_months,
    _file AS dropped_file, source AS dropped_source, level AS dropped_level,
    freq AS dropped_freq, cover::DOUBLE AS dropped_months,
    sum(kept_value)::DOUBLE AS kept_usd, sum(value_usd)::DOUBLE AS dropped_usd,
    sum(n)::DOUBLE AS dropped_rows, count(*)::DOUBLE AS partners, min(partner) AS partner
  FROM pairs GROUP BY ALL
)
ORDER BY greatest(kept_usd, dropped_usd) DESC, reporter, flow, year, family, dropped_file, reason`;
}
