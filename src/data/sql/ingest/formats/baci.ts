import { quoteIdent } from '../../quote';
import { blank, intCode, notNum, num, parseDate } from '../columns';
import { codeFits, mixed490List, TAIWAN_UN_CODE } from '../countries';
import type { FormatReader, MapContext, MappingSpec, SkipRule } from '../mapping';

/** BACI writes a missing quantity as NA, sometimes padded with spaces. */
const quantity = (expr: string) =>
  `CASE WHEN upper(${blank(expr)}) = 'NA' THEN NULL ELSE ${expr} END`;

/**
 * The iso3 of a BACI country code: the country file's ISO-3 when it is a known country, else the
 * UN code table (so 490, written `S19` in the country file, is Taiwan, and an importer 58,
 * Belgium-Luxembourg, is a residual partner; an exporter never is).
 */
function baciCountry(ctx: MapContext, alias: string, code: string, role: 'reporter' | 'partner') {
  const viaFile = ctx.baciCountries
    ? `LEFT JOIN ${quoteIdent(ctx.baciCountries)} ${alias}_b ON ${alias}_b.code = ${intCode(code)}
  LEFT JOIN ${quoteIdent(ctx.countries)} ${alias}_k ON ${alias}_k.iso3 = ${alias}_b.iso3`
    : '';
  return {
    join: `${viaFile}
  LEFT JOIN ${quoteIdent(ctx.codes)} ${alias}_c ON ${alias}_c.code = ${intCode(code)}
    AND ${codeFits(`${alias}_c`, role)}`,
    iso3: ctx.baciCountries ? `coalesce(${alias}_k.iso3, ${alias}_c.iso3)` : `${alias}_c.iso3`,
    label: ctx.baciCountries
      ? `concat_ws(' ', 'code', ${blank(code)}, ${alias}_b.name)`
      : `concat_ws(' ', 'code', ${blank(code)})`,
  };
}

/**
 * BACI (CEPII): `t,i,j,k,v,q` = year, exporter, importer, HS-6, value in thousand
 * US dollars, quantity in tonnes. Each row becomes exporter i's export to j: January 1 of t,
 * freq 'A', value × 1000, net_kg = q × 1000. k is read as text and left-padded to six digits,
 * because files written from numbers lose the leading zero (030490 → 30490).
 */
export const BACI: FormatReader = {
  format: 'baci',
  label: 'BACI (CEPII)',
  required: ['t', 'i', 'j', 'k', 'v', 'q'],
  mapping(ctx: MapContext): MappingSpec {
    const col = (name: string) => ctx.columns.sql(name);
    const exporter = baciCountry(ctx, 'e', col('i'), 'reporter');
    const importer = baciCountry(ctx, 'm', col('j'), 'partner');
    const skips: SkipRule[] = [
      { code: 'period_unreadable', when: 'period_date IS NULL', detail: blank(col('t')) },
      { code: 'reporter_unmapped', when: 'exporter_iso3 IS NULL', detail: 'exporter_label' },
      { code: 'partner_unmapped', when: 'importer_iso3 IS NULL', detail: 'importer_label' },
    ];
    if (ctx.mixed490 === 'drop')
      skips.push({
        code: 'mixed_490',
        when: `(${intCode(col('j'))} = ${TAIWAN_UN_CODE} AND exporter_iso3 IN ${mixed490List()})
          OR (${intCode(col('i'))} = ${TAIWAN_UN_CODE} AND importer_iso3 IN ${mixed490List()})`,
        detail: `exporter_iso3 || ' → ' || importer_iso3`,
      });
    skips.push(
      { code: 'value_not_number', when: notNum(col('v')), detail: blank(col('v')) },
      {
        code: 'weight_not_number',
        when: notNum(quantity(col('q'))),
        detail: blank(col('q')),
      },
    );
    return {
      from: `${quoteIdent(ctx.stage)} s\n  ${exporter.join}\n  ${importer.join}`,
      fields: [
        ['period_date', parseDate(col('t'), '%Y')],
        ['exporter_iso3', exporter.iso3],
        ['importer_iso3', importer.iso3],
        ['exporter_label', exporter.label],
        ['importer_label', importer.label],
      ],
      columns: {
        period: 'period_date',
        freq: "'A'",
        reporter: 'exporter_iso3',
        partner: 'importer_iso3',
        flow: "'X'",
        hs: `lpad(${blank(col('k'))}, 6, '0')`,
        value_usd: `CAST(${num(col('v'))} * 1000 AS DOUBLE)`,
        net_kg: `CAST(${num(quantity(col('q')))} * 1000 AS DOUBLE)`,
        qty: 'CAST(NULL AS DOUBLE)',
        qty_unit: 'CAST(NULL AS VARCHAR)',
        source: "'baci'",
      },
      skips,
    };
  },
};

/**
 * BACI's country file (`country_codes_V*.csv`): `country_code,country_name,country_iso2,
 * country_iso3`, or in older releases `country_code,country_name_abbreviation,
 * country_name_full,iso_2digit_alpha,iso_3digit_alpha`. Not trade data: it names BACI's codes.
 */
export const BACI_COUNTRIES: FormatReader = {
  format: 'baci-countries',
  label: 'BACI country codes',
  required: ['country_code', 'country_iso3|iso_3digit_alpha'],
  mapping() {
    throw new Error('The BACI country file is reference data, not trade rows');
  },
};

/** SQL creating `out (code, iso3, name)` from staged BACI country files. */
export function baciCountriesSql(
  stages: { table: string; columns: MapContext['columns'] }[],
  out: string,
) {
  const selects = stages.map(
    ({ table, columns }) =>
      `SELECT ${intCode(columns.sql('country_code'))} AS code,
        upper(${blank(columns.sql('country_iso3', 'iso_3digit_alpha'))}) AS iso3,
        ${blank(columns.sql('country_name', 'country_name_full', 'country_name_abbreviation'))} AS name,
        _line
      FROM ${quoteIdent(table)} s`,
  );
  return `CREATE OR REPLACE TEMP TABLE ${quoteIdent(out)} AS
SELECT code, first(iso3 ORDER BY _line) AS iso3, first(name ORDER BY _line) AS name
FROM (${selects.join('\nUNION ALL\n')}) WHERE code IS NOT NULL GROUP BY code`;
}
