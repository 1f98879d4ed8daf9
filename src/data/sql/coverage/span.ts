import { WORLD } from '../../schema';
import type { SqlQuery } from '../query';
import { quoteIdent } from '../quote';
import { residualListSql } from '../residuals';

/**
 * The data's extent: the years it holds ('2019,2020', in order), and its last month
 * ('YYYY-MM'), counting an annual row as reaching the last month it covers (December, or month
 * `months` of a partial year). Rows with a residual partner are left out: trade put to no
 * country (a former economy such as Belgium-Luxembourg, "areas nes") is on no route, so it
 * must not stretch the years the coverage and the download plan cover.
 */
export function coverageSpanSql(table = 'trade'): SqlQuery {
  return {
    sql: `SELECT string_agg(DISTINCT CAST(year(period) AS VARCHAR), ',' ORDER BY CAST(year(period) AS VARCHAR)) AS years,
  strftime(max(CASE WHEN freq = 'M' THEN period
    ELSE period + to_months(coalesce(months, 12) - 1) END), '%Y-%m') AS last_month
FROM ${quoteIdent(table)} WHERE partner NOT IN ${residualListSql()}`,
    params: [],
  };
}

/**
 * The economies the data itself treats as intermediaries: every reporter of exports (or
 * re-exports) to one of the destinations, other than the origin and the destinations. A
 * destination's imports from a country do not make it one (Russia imported from everyone).
 */
export function presentIntermediariesSql(
  origin: string,
  destinations: readonly string[],
  table = 'trade',
): SqlQuery {
  return {
    sql: `SELECT DISTINCT reporter AS iso3 FROM ${quoteIdent(table)}
WHERE flow IN ('X', 'RX') AND list_contains(string_split(?, ','), partner)
  AND reporter <> ? AND NOT list_contains(string_split(?, ','), reporter) AND reporter <> '${WORLD}'
ORDER BY iso3`,
    params: [destinations.join(','), origin, destinations.join(',')],
  };
}

/** The CHPL's HS-6 codes, from the `hs_codes` reference table, in code order. */
export function chplCodesSql(): SqlQuery {
  return {
    sql: `SELECT hs FROM hs_codes WHERE level = 6 AND chpl_tier IS NOT NULL ORDER BY hs`,
    params: [],
  };
}

/**
 * Codes and names of the given economies from the `countries` reference table: ISO-3, the
 * UN code that UN Comtrade uses (490 for Taiwan), English and Chinese names.
 */
export function countryCodesSql(codes: readonly string[]): SqlQuery {
  return {
    sql: `SELECT iso3, un_code, name_en, name_zh FROM countries
WHERE list_contains(string_split(?, ','), iso3) ORDER BY iso3`,
    params: [codes.join(',')],
  };
}
