import { quoteIdent } from '../../quote';
import { blank, notNum } from '../columns';
import { resolveByName } from '../countries';
import { normalizeName } from '../../../ingest/head';
import { plural } from '../../../ingest/reasons';
import type { FormatReader, MapContext, MappingSpec, SkipRule } from '../mapping';

/** Value columns of a customs export and what one unit is worth in US dollars. */
const VALUE_COLUMNS: readonly [name: string, scale: number][] = [
  ['美元(千元)', 1000],
  ['美元(元)', 1],
  ['美元(百萬元)', 1_000_000],
];

/**
 * Names of the country column in by-country exports. The portal's documentation does not name it; 國家 is the
 * portal's label, the others are variants seen in the Ministry of Finance's tables.
 */
const COUNTRY_COLUMNS = ['國家', '國家別', '國別', '國家/地區', '國家(地區)', '地區'];

/** The value column of a customs export header and its scale, or undefined. */
export function customsValueColumn(header: readonly string[]) {
  for (const [name, scale] of VALUE_COLUMNS) {
    const found = header.find((h) => normalizeName(h) === normalizeName(name));
    if (found !== undefined) return { column: found, scale };
  }
  return undefined;
}

/** A capture of the single-period (`date_one`) or range (`date_range`) pattern. */
const one = (group: string) => `struct_extract(date_one, '${group}')`;
const range = (group: string) => `struct_extract(date_range, '${group}')`;

/** ROC year (112 → 2023) from text; years written in full (2023) are kept. */
const gregorian = (year: string) =>
  `CASE WHEN TRY_CAST(${year} AS INTEGER) >= 1911 THEN TRY_CAST(${year} AS INTEGER)
    ELSE TRY_CAST(${year} AS INTEGER) + 1911 END`;

/** A DATE from a year number and a month number (NULL if the month is not 1–12). */
const monthStart = (year: string, month: string) =>
  `CAST(try_strptime(CAST(${year} AS VARCHAR) || '-' || ${month}, '%Y-%m') AS DATE)`;

/**
 * Taiwan customs statistics portal export: 進出口別, 日期, 貨品號列, 中文貨名,
 * 英文貨名, a US-dollar value column, and for by-country exports a country column. Reporter is
 * TWN; `112年` is the year 2023 (freq 'A'), `112年3月` March 2023 (freq 'M'); a range from
 * January of one year, `114年1月~114年7月(初步值)`, is that year's first months: an annual row
 * with `months` 7, a partial year (January–December is the whole year). Any other range (from
 * another month, or across years) is skipped: it is neither a year nor a month. 11-digit CCC codes become their HS-6 (first six digits) and are summed per key
 * afterwards; 美元(千元) is multiplied by 1000. Without a country column the partner is 'WLD'.
 */
export const TW_CUSTOMS: FormatReader = {
  format: 'tw-customs',
  label: 'Taiwan customs portal export',
  required: ['進出口別', '日期', '貨品號列|貨品分類號列', VALUE_COLUMNS.map(([n]) => n).join('|')],
  sumsToKey: true,
  mapping(ctx: MapContext): MappingSpec {
    const col = (...names: string[]) => ctx.columns.sql(...names);
    const value = customsValueColumn(ctx.header);
    if (!value) throw new Error('No US-dollar value column');
    const valueText = `replace(${blank(ctx.columns.sql(value.column))}, ',', '')`;
    const countryColumn = ctx.columns.actual(...COUNTRY_COLUMNS);
    const country = countryColumn
      ? resolveByName('c', ctx.columns.sql(countryColumn), ctx.names)
      : { join: '', iso3: "'WLD'" };
    const skips: SkipRule[] = [
      { code: 'flow_other', when: 'flow_canon IS NULL', detail: blank(col('進出口別')) },
      {
        code: 'month_range',
        when: `${range('y1')} <> '' AND period_date IS NULL`,
        detail: 'date_text',
      },
      { code: 'period_unreadable', when: 'period_date IS NULL', detail: 'date_text' },
      {
        code: 'partner_unmapped',
        when: 'partner_iso3 IS NULL',
        detail: countryColumn ? blank(ctx.columns.sql(countryColumn)) : "''",
      },
    ];
    if (ctx.world === 'drop')
      skips.push({ code: 'world_dropped', when: `partner_iso3 = 'WLD'`, detail: 'partner_iso3' });
    skips.push({ code: 'value_not_number', when: notNum(valueText), detail: blank(valueText) });
    return {
      from: `${quoteIdent(ctx.stage)} s\n  ${country.join}`,
      fields: [
        [
          'flow_canon',
          `CASE WHEN starts_with(${blank(col('進出口別'))}, '復出口') THEN 'RX'
          WHEN starts_with(${blank(col('進出口別'))}, '復進口') THEN 'RM'
          WHEN starts_with(${blank(col('進出口別'))}, '出口') THEN 'X'
          WHEN starts_with(${blank(col('進出口別'))}, '進口') THEN 'M' END`,
        ],
        // Full-width brackets and tildes, and spaces, are written both ways.
        [
          'date_text',
          `replace(replace(replace(replace(replace(${blank(col('日期'))}, '（', '('), '）', ')'), '～', '~'), '〜', '~'), ' ', '')`,
        ],
        [
          'date_one',
          `regexp_extract(date_text, '^([0-9]+)年(([0-9]{1,2})月)?(\\((初步值)\\))?$', ['y', 'x', 'm', 'p', 'prelim'])`,
        ],
        [
          'date_range',
          `regexp_extract(date_text, '^([0-9]+)年([0-9]{1,2})月~([0-9]+)年([0-9]{1,2})月(\\((初步值)\\))?$', ['y1', 'm1', 'y2', 'm2', 'p', 'prelim'])`,
        ],
        [
          'freq_canon',
          `CASE WHEN ${one('y')} <> '' THEN (CASE WHEN ${one('m')} <> '' THEN 'M' ELSE 'A' END)
          WHEN ${range('y1')} = ${range('y2')} AND TRY_CAST(${range('m1')} AS INTEGER) = 1
            AND TRY_CAST(${range('m2')} AS INTEGER) BETWEEN 1 AND 12 THEN 'A' END`,
        ],
        [
          'months_covered',
          `CASE WHEN ${range('y1')} <> '' AND TRY_CAST(${range('m2')} AS INTEGER) < 12
            THEN TRY_CAST(${range('m2')} AS INTEGER) END`,
        ],
        [
          'period_date',
          `CASE WHEN ${one('y')} <> '' THEN ${monthStart(gregorian(one('y')), `coalesce(nullif(${one('m')}, ''), '1')`)}
          WHEN freq_canon = 'A' THEN ${monthStart(gregorian(range('y1')), "'1'")} END`,
        ],
        ['partner_iso3', country.iso3],
        [
          'code_digits',
          `regexp_replace(${blank(col('貨品號列', '貨品分類號列'))}, '[^0-9]', '', 'g')`,
        ],
      ],
      columns: {
        period: 'period_date',
        freq: 'freq_canon',
        reporter: "'TWN'",
        partner: 'partner_iso3',
        flow: 'flow_canon',
        hs: 'CASE WHEN length(code_digits) >= 8 THEN left(code_digits, 6) ELSE code_digits END',
        value_usd: `CAST(TRY_CAST(${valueText} AS DOUBLE) * ${value.scale} AS DOUBLE)`,
        net_kg: 'CAST(NULL AS DOUBLE)',
        qty: 'CAST(NULL AS DOUBLE)',
        qty_unit: 'CAST(NULL AS VARCHAR)',
        source: "'tw-customs'",
        months: 'CAST(months_covered AS INTEGER)',
      },
      skips,
      notes: [
        {
          code: 'partial_year',
          when: 'months_covered IS NOT NULL',
          message: (n, file) =>
            `${plural(n, 'row')} of ${file} ${n === 1 ? 'covers' : 'cover'} only the first months of a year (a range such as 114年1月~114年7月): kept as a partial year, never compared with a full one.`,
        },
        {
          code: 'preliminary',
          when: `${one('prelim')} <> '' OR ${range('prelim')} <> ''`,
          message: (n, file) =>
            `${plural(n, 'row')} of ${file} ${n === 1 ? 'is a preliminary figure' : 'are preliminary figures'} (初步值), which may be revised.`,
        },
      ],
    };
  },
};
