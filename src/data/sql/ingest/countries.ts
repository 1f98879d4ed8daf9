import { RESIDUAL_PARTNERS } from '../../residuals';
import { WORLD } from '../../schema';
import { nameKeySql } from '../names';
import { quoteIdent, quoteLiteral } from '../quote';
import { residualListSql } from '../residuals';
import { blank, intCode } from './columns';

/** UN code of "Other Asia, nes", under which the UN files Taiwan's trade. */
export const TAIWAN_UN_CODE = 490;

/**
 * Reporters known to file their exports to unknown destinations under 490 as well, so that their
 * "Taiwan" rows may include other countries. Saudi Arabia is documented to; add a reporter here
 * only with a source that shows it.
 */
export const MIXED_490_REPORTERS: readonly string[] = ['SAU'];

/**
 * Numeric codes some sources use that the reference table does not carry, each for one of
 * today's countries: Italy is 381 in legacy Comtrade and older BACI country files
 * (data/reference/README.md); 280, the Federal Republic of Germany before 1991, is the same
 * state as Germany; 849, the US Miscellaneous Pacific Islands, became part of the US Minor
 * Outlying Islands. Codes that mean no one country are residual partners (src/data/residuals.ts).
 */
const EXTRA_CODES: readonly [number, string][] = [
  [381, 'ITA'],
  [280, 'DEU'],
  [849, 'UMI'],
];

/**
 * Labels of a total over all countries (Taiwan customs exports, English tables): the world.
 * Matched as country names are ({@link countryNamesSql}).
 */
export const WORLD_NAMES: readonly string[] = [
  '合計',
  '總計',
  '全球',
  '全部國家',
  '世界',
  'World',
  'Total',
  'World total',
  'All countries',
];

const values = (rows: readonly (readonly [string | number, string, number])[]) =>
  rows
    .map(
      ([a, b, priority]) =>
        `(${typeof a === 'number' ? a : quoteLiteral(a)}, ${quoteLiteral(b)}, ${priority})`,
    )
    .join(', ');

/**
 * SQL creating `out (code INTEGER, iso3 VARCHAR)`: every numeric code that means a country or a
 * residual partner. The UN/Comtrade code wins (490 → TWN, 842 → USA), then the residuals'
 * codes (899 → XNS, 58 → XHG, ...), which mean no one country, then {@link EXTRA_CODES}, then
 * the ISO numeric code (250 → FRA). The UN code system takes precedence over ISO's where they
 * differ: its 492 is "Europe EU, nes", Monaco's ISO code, since it counts Monaco with France.
 */
export function countryCodesSql(countries: string, out: string): string {
  const extras = values(EXTRA_CODES.map(([code, iso3]) => [code, iso3, 3] as const));
  const residuals = values(
    RESIDUAL_PARTNERS.flatMap((r) => r.unCodes.map((code) => [code, r.code, 2] as const)),
  );
  return `CREATE OR REPLACE TEMP TABLE ${quoteIdent(out)} AS
SELECT code, arg_min(iso3, priority) AS iso3 FROM (
  SELECT un_code AS code, iso3, 1 AS priority FROM ${quoteIdent(countries)} WHERE un_code IS NOT NULL
  UNION ALL SELECT iso_num, iso3, 4 FROM ${quoteIdent(countries)} WHERE iso_num IS NOT NULL
  UNION ALL SELECT e.* FROM (VALUES ${extras}) e(code, iso3, priority)
    WHERE e.iso3 IN (SELECT iso3 FROM ${quoteIdent(countries)})
  UNION ALL SELECT * FROM (VALUES ${residuals}) r(code, iso3, priority)
) GROUP BY code`;
}

/** A names table's list of names of one column, `|`-separated, as rows (name, iso3, priority). */
const aliasRows = (countries: string, column: string, priority: number) =>
  `SELECT unnest(string_split(${column}, '|')), iso3, ${priority} FROM ${quoteIdent(countries)}
    WHERE ${column} IS NOT NULL`;

/**
 * SQL creating `out (name VARCHAR, iso3 VARCHAR)`: under the key of each name
 * ({@link nameKeySql}: full- and half-width forms, 臺 and 台, case, accents, spaces and
 * punctuation do not matter), the country it names, in Chinese or English (中國大陸, 中國, 大陸,
 * "Mainland China" → CHN; "Korea, Republic of" → KOR), the residual partner (其他國家 → XNS)
 * or the world (合計 → 'WLD'). The reference build makes sure that no key names two of them;
 * should a user's table do so, the world, then residuals, then main names win over aliases.
 */
export function countryNamesSql(countries: string, out: string): string {
  const special = values([
    ...WORLD_NAMES.map((name) => [name, WORLD, 0] as const),
    ...RESIDUAL_PARTNERS.flatMap((r) =>
      [...r.namesZh, ...r.namesEn].map((name) => [name, r.code, 1] as const),
    ),
  ]);
  return `CREATE OR REPLACE TEMP TABLE ${quoteIdent(out)} AS
SELECT name, arg_min(iso3, priority) AS iso3 FROM (
  SELECT ${nameKeySql('raw')} AS name, iso3, priority FROM (
    SELECT name_zh AS raw, iso3, 2 AS priority FROM ${quoteIdent(countries)}
    UNION ALL SELECT name_en, iso3, 2 FROM ${quoteIdent(countries)}
    UNION ALL ${aliasRows(countries, 'aliases_zh', 3)}
    UNION ALL ${aliasRows(countries, 'aliases_en', 3)}
    UNION ALL SELECT * FROM (VALUES ${special}) s(raw, iso3, priority)
  )
) WHERE name <> '' GROUP BY name`;
}

/** A join that resolves one country column, and the iso3 expression it yields. */
export interface CountryResolution {
  join: string;
  iso3: string;
}

/**
 * SQL condition on a codes-table alias: true unless `role` is a reporter and the code is a
 * residual partner's (a reporter is always one country).
 */
export const codeFits = (alias: string, role: 'reporter' | 'partner') =>
  role === 'partner' ? 'true' : `${alias}.iso3 NOT IN ${residualListSql()}`;

/**
 * Resolves a UN/BACI numeric code (with the file's ISO column as a fallback): 0 or ISO
 * W00/WLD is the world, 490 is Taiwan, anything else goes through the codes table; a partner
 * may be a residual (899 → XNS), a reporter may not. `alias` must be unique within the query.
 */
export function resolveByCode(
  alias: string,
  code: string,
  iso: string,
  tables: { codes: string; countries: string },
  role: 'reporter' | 'partner' = 'partner',
): CountryResolution {
  const isoText = `upper(${blank(iso)})`;
  return {
    join: `LEFT JOIN ${quoteIdent(tables.codes)} ${alias}_c ON ${alias}_c.code = ${intCode(code)}
    AND ${codeFits(`${alias}_c`, role)}
  LEFT JOIN ${quoteIdent(tables.countries)} ${alias}_i ON ${alias}_i.iso3 = ${isoText}`,
    iso3: `CASE WHEN ${intCode(code)} = 0 OR ${isoText} IN ('W00', '${WORLD}') THEN '${WORLD}'
      ELSE coalesce(${alias}_c.iso3, ${alias}_i.iso3) END`,
  };
}

/**
 * Resolves a country name, Chinese or English, through the names table (see
 * {@link countryNamesSql}): to a country, a residual partner, 'WLD' or NULL.
 */
export function resolveByName(alias: string, name: string, names: string): CountryResolution {
  return {
    join: `LEFT JOIN ${quoteIdent(names)} ${alias}_n ON ${alias}_n.name = ${nameKeySql(blank(name))}`,
    iso3: `${alias}_n.iso3`,
  };
}

/** SQL list of the mixed-490 reporters, for `IN (...)`. */
export const mixed490List = () => `(${MIXED_490_REPORTERS.map(quoteLiteral).join(', ')})`;
