import { WORLD } from '../../schema';
import { nameKeySql } from '../names';
import { quoteIdent, quoteLiteral } from '../quote';
import { blank } from './columns';
import type { CountryResolution } from './countries';

/**
 * SQL pieces of a user's column mapping (src/data/ingest/user-mapping.ts; the reader is
 * formats/user-mapping.ts): numbers written by spreadsheets, periods in the ways Taiwanese and
 * international tables write them, flows in words, and countries by code or name.
 */

/**
 * A number as spreadsheets write it: thousands separators (`1,234,500`), spaces and a leading
 * `$` or `US$` removed. NULL when empty or not a number.
 */
export const spreadsheetNumber = (expr: string) =>
  `TRY_CAST(regexp_replace(${blank(expr)}, '^(US)?\\$|[,\\s\\x{00A0}]', '', 'g') AS DOUBLE)`;

/** True when the text is present but not a number (see {@link spreadsheetNumber}). */
export const notSpreadsheetNumber = (expr: string) =>
  `(${blank(expr)} IS NOT NULL AND ${spreadsheetNumber(expr)} IS NULL)`;

/** Words for each trade flow, compared in lower case with spaces and underscores as '-'. */
const FLOW_WORDS: readonly [flow: string, words: readonly string[]][] = [
  ['X', ['x', 'export', 'exports', 'exp']],
  ['M', ['m', 'import', 'imports', 'imp']],
  ['RX', ['rx', 're-export', 're-exports', 'reexport', 'reexports']],
  ['RM', ['rm', 're-import', 're-imports', 'reimport', 'reimports']],
];

/**
 * Chinese flow labels, matched at the start so that the portal's 出口總值(含復出口) is an export;
 * re-exports and re-imports first, since they contain the shorter words. Simplified forms too.
 */
const FLOW_PREFIXES: readonly [prefix: string, flow: string][] = [
  ['復出口', 'RX'],
  ['复出口', 'RX'],
  ['復進口', 'RM'],
  ['复进口', 'RM'],
  ['出口', 'X'],
  ['進口', 'M'],
  ['进口', 'M'],
];

const flowKey = (text: string) =>
  text
    .trim()
    .toLowerCase()
    .replace(/[\s_]+/g, '-');

/** The canonical flow (X, M, RX, RM) a text names, or null: the same rules as {@link flowSql}. */
export function flowCode(text: string): string | null {
  const key = flowKey(text);
  const word = FLOW_WORDS.find(([, words]) => words.includes(key));
  if (word) return word[0];
  const prefix = FLOW_PREFIXES.find(([p]) => text.trim().startsWith(p));
  return prefix ? prefix[1] : null;
}

/** SQL giving the canonical flow a text names, or NULL. */
export function flowSql(expr: string): string {
  const text = blank(expr);
  const key = `lower(regexp_replace(${text}, '[\\s_]+', '-', 'g'))`;
  const words = FLOW_WORDS.map(
    ([flow, list]) => `WHEN ${key} IN (${list.map(quoteLiteral).join(', ')}) THEN '${flow}'`,
  );
  const prefixes = FLOW_PREFIXES.map(
    ([prefix, flow]) => `WHEN starts_with(${text}, ${quoteLiteral(prefix)}) THEN '${flow}'`,
  );
  return `CASE ${[...words, ...prefixes].join('\n    ')} END`;
}

/**
 * A country given by ISO-3 code, numeric code (UN/Comtrade or ISO), or Chinese or English name
 * or alias (the names table, matched as the customs reader matches them). 0, W00, WLD and "World" are the
 * world; so are the Chinese labels of a total that the names table carries. `alias` must be
 * unique within the query.
 */
export function resolveCountry(
  alias: string,
  expr: string,
  tables: { countries: string; codes: string; names: string },
): CountryResolution {
  const text = blank(expr);
  const countries = quoteIdent(tables.countries);
  return {
    join: `LEFT JOIN ${countries} ${alias}_i ON ${alias}_i.iso3 = upper(${text})
  LEFT JOIN ${quoteIdent(tables.codes)} ${alias}_c ON ${alias}_c.code = TRY_CAST(${text} AS INTEGER)
  LEFT JOIN ${quoteIdent(tables.names)} ${alias}_n ON ${alias}_n.name = ${nameKeySql(text)}`,
    iso3: `CASE WHEN upper(${text}) IN ('W00', '${WORLD}', 'WORLD') OR TRY_CAST(${text} AS INTEGER) = 0
      THEN '${WORLD}' ELSE coalesce(${alias}_i.iso3, ${alias}_c.iso3, ${alias}_n.iso3) END`,
  };
}

/**
 * An HS code from text: its digits (`8542.31` → 854231); a code of odd length below 11 lost its
 * leading zero to a number-typed cell (30490 → 030490); 8 to 11 digits (national tariff lines,
 * Taiwan's 11-digit CCC codes) become their HS-6, the first six digits.
 */
export function hsSql(expr: string): string {
  const digits = `regexp_replace(coalesce(${expr}, ''), '[^0-9]', '', 'g')`;
  const padded = `CASE WHEN length(${digits}) % 2 = 1 AND length(${digits}) < 11 THEN '0' || ${digits} ELSE ${digits} END`;
  return `nullif(CASE WHEN length(${padded}) >= 8 THEN left(${padded}, 6) ELSE ${padded} END, '')`;
}

/** Labels of an all-goods total in an HS column. */
export const TOTAL_CODES = ['TOTAL', 'ALL', '合計', '總計', '总计'];

/** A way of writing a period, after {@link periodText}: a pattern and what its groups hold. */
interface PeriodForm {
  pattern: string;
  groups: readonly ('y' | 'm' | 'y2' | 'm2')[];
  /** A range of months (year to date). */
  range?: boolean;
}

/**
 * The periods a mapping reads. A year of 2 or 3 digits (or any with 年) below 1911 is a year of
 * the Republic of China (114 → 2025). Ranges are year-to-date figures: they must start in
 * January and stay in one year.
 */
const PERIOD_FORMS: readonly PeriodForm[] = [
  // 2025, 114, 114年
  { pattern: '^([0-9]{2,4})年?$', groups: ['y'] },
  // 2025-03, 2025/3, 2025.03
  { pattern: '^([0-9]{4})[-/.]([0-9]{1,2})$', groups: ['y', 'm'] },
  // 2025-03-01, 2025/3/1: the first day of a month
  { pattern: '^([0-9]{4})[-/]([0-9]{1,2})[-/]0?1$', groups: ['y', 'm'] },
  // 202503
  { pattern: '^([0-9]{4})([0-9]{2})$', groups: ['y', 'm'] },
  // 112年3月
  { pattern: '^([0-9]{2,4})年([0-9]{1,2})月$', groups: ['y', 'm'] },
  // 2025-01~2025-08
  {
    pattern: '^([0-9]{4})[-/.]([0-9]{1,2})~([0-9]{4})[-/.]([0-9]{1,2})$',
    groups: ['y', 'm', 'y2', 'm2'],
    range: true,
  },
  // 114年1月~114年8月
  {
    pattern: '^([0-9]{2,4})年([0-9]{1,2})月~([0-9]{2,4})年([0-9]{1,2})月$',
    groups: ['y', 'm', 'y2', 'm2'],
    range: true,
  },
  // 2025 (1-8月), 2025(1月-8月), 114年(1~8月)
  {
    pattern: '^([0-9]{2,4})年?\\(([0-9]{1,2})月?[-~]([0-9]{1,2})月?\\)$',
    groups: ['y', 'm', 'm2'],
    range: true,
  },
  // 2025年1-8月, 114年1月-8月
  {
    pattern: '^([0-9]{2,4})年([0-9]{1,2})月?[-~]([0-9]{1,2})月$',
    groups: ['y', 'm', 'm2'],
    range: true,
  },
];

/**
 * A period as written, made comparable: full-width brackets and tildes made ASCII, dashes made
 * '-', spaces and a `(初步值)` (preliminary) mark removed.
 */
export const periodText = (expr: string) =>
  `regexp_replace(regexp_replace(translate(${blank(expr)}, '（）～〜–—', '()~~--'), '\\s', '', 'g'), '\\(初步值\\)$', '')`;

/** A year number from text: years of the Republic of China (below 1911) are converted. */
const gregorian = (text: string) =>
  `CASE WHEN TRY_CAST(${text} AS INTEGER) >= 1911 THEN TRY_CAST(${text} AS INTEGER)
    ELSE TRY_CAST(${text} AS INTEGER) + 1911 END`;

/** English month names by their first three letters. */
const MONTHS_EN = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
];

/** A month number (1–12 not checked) from `3`, `03`, `3月` or an English name (`Mar`, `March`). */
export const monthNumber = (expr: string) =>
  `coalesce(TRY_CAST(regexp_extract(${blank(expr)}, '^([0-9]{1,2})月?$', 1) AS INTEGER),
    CASE WHEN regexp_matches(${blank(expr)}, '^[A-Za-z]{3,}\\.?$')
      THEN list_position([${MONTHS_EN.map(quoteLiteral).join(', ')}], lower(left(${blank(expr)}, 3))) END)`;

/** How the period of each row is given. */
export interface PeriodSource {
  /** SQL of the period text (a year column, a period column or a constant). */
  text: string;
  /** SQL of the month text when a month column (or constant) goes with a year, else null. */
  month: string | null;
  /** SQL of the months an annual row covers, when given, else null. */
  months: string | null;
}

/** Named SQL expressions computed together; each layer reads the layers before it. */
export type Layer = [name: string, sql: string][];

/**
 * The layers that read a period, ending in `period_date` (DATE, NULL when unreadable),
 * `period_freq` ('A' or 'M'), `months_covered` (1–11 for a partial year, NULL for a whole year
 * or a month), `period_range` (true for a range of months), `months_text` (the months given, as
 * written) and `months_given` (their number, NULL when not a whole number: `8`, `8月` and
 * `8個月` are 8). Layers, not one list of fields: DuckDB copies a field's expression wherever a
 * later field names it, and these nest deep enough to take seconds to plan.
 */
export function periodLayers(source: PeriodSource): Layer[] {
  const form = (test: (f: PeriodForm) => boolean) =>
    PERIOD_FORMS.flatMap((f, i) => (test(f) ? [i + 1] : []));
  const group = (name: PeriodForm['groups'][number]) => {
    const cases = PERIOD_FORMS.flatMap((f, i) => {
      const g = f.groups.indexOf(name);
      return g < 0
        ? []
        : [`WHEN ${i + 1} THEN regexp_extract(period_clean, '${f.pattern}', ${g + 1})`];
    });
    return `CASE period_form ${cases.join(' ')} END`;
  };
  const ranges = form((f) => f.range === true).join(', ');
  const yearOnly = form((f) => f.groups.length === 1).join(', ');
  return [
    [
      ['period_clean', periodText(source.text)],
      ['month_given', source.month ? blank(source.month) : 'CAST(NULL AS VARCHAR)'],
      ['months_text', source.months ? blank(source.months) : 'CAST(NULL AS VARCHAR)'],
    ],
    [
      [
        'period_form',
        `CASE ${PERIOD_FORMS.map((f, i) => `WHEN regexp_matches(period_clean, '${f.pattern}') THEN ${i + 1}`).join(' ')} END`,
      ],
      [
        'months_given',
        `TRY_CAST(regexp_extract(months_text, '^([0-9]{1,2})(個月|月)?$', 1) AS INTEGER)`,
      ],
    ],
    [
      ['period_range', `coalesce(period_form IN (${ranges}), false)`],
      ['period_year_only', `coalesce(period_form IN (${yearOnly}), false)`],
      ['period_y', gregorian(group('y'))],
      ['period_y2', gregorian(group('y2'))],
      ['period_m', `TRY_CAST(${group('m')} AS INTEGER)`],
      ['period_m2', `TRY_CAST(${group('m2')} AS INTEGER)`],
    ],
    [
      [
        // 0 for a year; a month column turns a year into that month, an empty one leaves it whole.
        'period_month',
        `CASE WHEN month_given IS NOT NULL THEN
            CASE WHEN period_year_only THEN ${monthNumber('month_given')} END
          WHEN period_range THEN
            CASE WHEN coalesce(period_y2, period_y) = period_y AND period_m = 1
              AND period_m2 BETWEEN 1 AND 12 THEN 0 END
          WHEN period_year_only THEN 0
          ELSE period_m END`,
      ],
    ],
    [
      [
        'period_date',
        `CASE WHEN period_month = 0 THEN make_date(period_y, 1, 1)
          WHEN period_month BETWEEN 1 AND 12 THEN make_date(period_y, period_month, 1) END`,
      ],
      [
        'period_freq',
        `CASE WHEN period_month = 0 THEN 'A' WHEN period_month BETWEEN 1 AND 12 THEN 'M' END`,
      ],
      [
        // A range says how many months it covers; a months column speaks for plain years.
        'months_covered',
        `CASE WHEN period_month IS DISTINCT FROM 0 THEN NULL
          WHEN period_range THEN nullif(period_m2, 12)
          ELSE nullif(months_given, 12) END`,
      ],
    ],
  ];
}

/** A table with the fields of each layer added to its columns, as a subquery aliased `s`. */
export function withLayers(table: string, layers: readonly Layer[]): string {
  return layers.reduce((from, layer) => {
    const fields = layer.map(([name, sql]) => `${sql} AS ${quoteIdent(name)}`).join(',\n    ');
    return `(SELECT s.*,\n    ${fields}\n  FROM ${from} s)`;
  }, quoteIdent(table));
}
