import { WORLD } from '../../schema';
import { quoteIdent } from '../quote';
import { residualListSql } from '../residuals';
import { mixed490List } from './countries';

/** SQL true for an annual row that covers fewer than twelve months (see schema.ts, `months`). */
const PARTIAL_YEAR = "(freq = 'A' AND months < 12)";

/**
 * SQL: period range, row count and partner count of a canonical table (countries only: not the
 * world nor the residual partners).
 */
export const rangeSql = (table: string) =>
  `SELECT CAST(min(period) AS VARCHAR) AS first, CAST(max(period) AS VARCHAR) AS last,
  count(*)::DOUBLE AS n, (count(DISTINCT partner) FILTER (
    WHERE partner <> '${WORLD}' AND partner NOT IN ${residualListSql()}))::DOUBLE AS partners
FROM ${quoteIdent(table)}`;

/** SQL of a row's HS level (2, 4 or 6 digits), for {@link distinctSql}. */
export const HS_LEVEL_SQL = 'length(hs)';

/** SQL: the distinct values of one column (or expression), sorted. */
export const distinctSql = (table: string, expr: string) =>
  `SELECT DISTINCT ${expr} AS v FROM ${quoteIdent(table)} WHERE ${expr} IS NOT NULL ORDER BY v`;

/**
 * SQL: value by year and frequency, counting each flow once. Exports (flow X) as the reporters
 * declared them, to partner countries and residual partners; imports (flow M) apart, as much of
 * them is the partners' mirror of the same trade (Taiwan's exports to Turkey and Turkey's
 * imports from Taiwan); exports to the world apart, as they contain the partner rows.
 * Re-exports and re-imports are parts of exports and imports where a source gives both, so they
 * are left out. Levels may differ between flows, never within one (the merge keeps one layer).
 */
export const valueByYearSql = (table: string) =>
  `SELECT year(period)::DOUBLE AS year, freq,
  (CASE WHEN ${PARTIAL_YEAR} THEN months END)::DOUBLE AS months,
  coalesce(sum(value_usd) FILTER (WHERE flow = 'X' AND partner <> '${WORLD}'), 0)::DOUBLE AS exports_usd,
  coalesce(sum(value_usd) FILTER (WHERE flow = 'M' AND partner <> '${WORLD}'), 0)::DOUBLE AS imports_usd,
  coalesce(sum(value_usd) FILTER (WHERE flow = 'X' AND partner = '${WORLD}'), 0)::DOUBLE AS world_usd
FROM ${quoteIdent(table)} GROUP BY ALL ORDER BY year, freq, months NULLS FIRST`;

/** SQL: series (reporter, partner, flow, hs, year) present both as annual and monthly rows. */
export const annualAndMonthlySql = (table: string) =>
  `SELECT count(*)::DOUBLE AS n, min(concat_ws(' ', reporter, flow, partner, hs, y)) AS example FROM (
  SELECT reporter, flow, partner, hs, year(period) AS y FROM ${quoteIdent(table)}
  GROUP BY ALL HAVING count(DISTINCT freq) > 1)`;

/** SQL: rows with Taiwan as partner from UN-coded sources (code 490), by reporter. */
export const taiwan490Sql = (table: string) =>
  `SELECT count(*)::DOUBLE AS n, (count(*) FILTER (WHERE reporter IN ${mixed490List()}))::DOUBLE AS mixed,
  string_agg(DISTINCT reporter, ', ' ORDER BY reporter) FILTER (WHERE reporter IN ${mixed490List()}) AS mixed_reporters
FROM ${quoteIdent(table)} WHERE source IN ('comtrade', 'baci') AND (partner = 'TWN' OR reporter = 'TWN')`;

/** SQL: rows and value per residual partner ('XNS', ...), in code order. */
export const residualsSql = (table: string) =>
  `SELECT partner, count(*)::DOUBLE AS n, coalesce(sum(value_usd), 0)::DOUBLE AS v
FROM ${quoteIdent(table)} WHERE partner IN ${residualListSql()} GROUP BY partner ORDER BY partner`;
