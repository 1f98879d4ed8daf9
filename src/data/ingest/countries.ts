import { WORLD } from '../schema';
import { quoteIdent, quoteLiteral } from '../sql';
import { blank, intCode } from './columns';

/** UN code of "Other Asia, nes", under which the UN files Taiwan's trade (FORMATS.md §3). */
export const TAIWAN_UN_CODE = 490;

/**
 * Reporters known to file their exports to unknown destinations under 490 as well, so that their
 * "Taiwan" rows may include other countries. FORMATS.md §3 names Saudi Arabia; add a reporter here
 * only with a source that shows it.
 */
export const MIXED_490_REPORTERS: readonly string[] = ['SAU'];

/**
 * Numeric codes some sources use that the reference table does not carry: Italy is 381 in legacy
 * Comtrade and older BACI country files (data/reference/README.md).
 */
const EXTRA_CODES: readonly [number, string][] = [[381, 'ITA']];

/** Chinese labels of a total over all countries in Taiwan customs exports: the world. */
const WORLD_NAMES_ZH: readonly string[] = ['合計', '總計', '全球', '全部國家', '世界'];

/**
 * SQL creating `out (code INTEGER, iso3 VARCHAR)`: every numeric code that means a country. The
 * UN/Comtrade code wins over the ISO numeric code when both exist (490 → TWN, 842 → USA), then
 * {@link EXTRA_CODES}.
 */
export function countryCodesSql(countries: string, out: string): string {
  const extras = EXTRA_CODES.map(([code, iso3]) => `(${code}, ${quoteLiteral(iso3)}, 3)`).join(', ');
  return `CREATE OR REPLACE TEMP TABLE ${quoteIdent(out)} AS
SELECT code, arg_min(iso3, priority) AS iso3 FROM (
  SELECT un_code AS code, iso3, 1 AS priority FROM ${quoteIdent(countries)} WHERE un_code IS NOT NULL
  UNION ALL SELECT iso_num, iso3, 2 FROM ${quoteIdent(countries)} WHERE iso_num IS NOT NULL
  UNION ALL SELECT e.* FROM (VALUES ${extras}) e(code, iso3, priority)
    WHERE e.iso3 IN (SELECT iso3 FROM ${quoteIdent(countries)})
) GROUP BY code`;
}

/**
 * SQL creating `out (name VARCHAR, iso3 VARCHAR)`: each Traditional Chinese name or alias of a
 * country (中國大陸, 中國, 大陸 → CHN), plus the labels of a world total → 'WLD'.
 */
export function countryNamesSql(countries: string, out: string): string {
  const world = WORLD_NAMES_ZH.map((n) => `(${quoteLiteral(n)})`).join(', ');
  return `CREATE OR REPLACE TEMP TABLE ${quoteIdent(out)} AS
SELECT name, arg_min(iso3, priority) AS iso3 FROM (
  SELECT trim(name_zh) AS name, iso3, 1 AS priority FROM ${quoteIdent(countries)} WHERE name_zh IS NOT NULL
  UNION ALL
  SELECT trim(unnest(string_split(aliases_zh, '|'))), iso3, 2 FROM ${quoteIdent(countries)}
    WHERE aliases_zh IS NOT NULL
  UNION ALL SELECT w.name, '${WORLD}', 0 FROM (VALUES ${world}) w(name)
) WHERE name <> '' GROUP BY name`;
}

/** A join that resolves one country column, and the iso3 expression it yields. */
export interface CountryResolution {
  join: string;
  iso3: string;
}

/**
 * Resolves a UN/BACI numeric code (with the file's ISO column as a fallback): 0 or ISO
 * W00/WLD is the world, 490 is Taiwan, anything else goes through the codes table. `alias` must
 * be unique within the query.
 */
export function resolveByCode(
  alias: string,
  code: string,
  iso: string,
  tables: { codes: string; countries: string },
): CountryResolution {
  const isoText = `upper(${blank(iso)})`;
  return {
    join: `LEFT JOIN ${quoteIdent(tables.codes)} ${alias}_c ON ${alias}_c.code = ${intCode(code)}
  LEFT JOIN ${quoteIdent(tables.countries)} ${alias}_i ON ${alias}_i.iso3 = ${isoText}`,
    iso3: `CASE WHEN ${intCode(code)} = 0 OR ${isoText} IN ('W00', '${WORLD}') THEN '${WORLD}'
      ELSE coalesce(${alias}_c.iso3, ${alias}_i.iso3) END`,
  };
}

/** Resolves a Chinese country name through the names table. */
export function resolveByName(alias: string, name: string, names: string): CountryResolution {
  return {
    join: `LEFT JOIN ${quoteIdent(names)} ${alias}_n ON ${alias}_n.name = ${blank(name)}`,
    iso3: `${alias}_n.iso3`,
  };
}

/** SQL list of the mixed-490 reporters, for `IN (...)`. */
export const mixed490List = () => `(${MIXED_490_REPORTERS.map(quoteLiteral).join(', ')})`;
