import { columnLookup } from '../sql/ingest/columns';
import { flowCode } from '../sql/ingest/user-mapping';
import { detectFormat } from './detect';
import { decodeText, firstLines, normalizeName, splitFields } from './head';
import {
  IngestError,
  type Detection,
  type IngestFile,
  type MessageParams,
  type TextEncoding,
} from './types';

/**
 * The fields a column mapping fills: the canonical columns (src/data/schema.ts), with the period
 * given as `year` (annual rows), `year` + `month` (monthly rows) or `period` (any form), and
 * `months` for the months an annual row covers (a partial year).
 */
export const MAPPING_FIELDS = [
  'year',
  'month',
  'period',
  'months',
  'reporter',
  'partner',
  'flow',
  'hs',
  'value_usd',
  'net_kg',
  'qty',
  'qty_unit',
] as const;

/** One of {@link MAPPING_FIELDS}. */
export type MappingField = (typeof MAPPING_FIELDS)[number];

/** Figures summed into totals: they come from a column, never from a constant. */
export const NUMERIC_FIELDS: readonly MappingField[] = ['value_usd', 'net_kg', 'qty'];

/** What one unit of the value column is worth in US dollars. */
export const VALUE_UNITS = { usd: 1, thousand_usd: 1000 } as const;

/** A key of {@link VALUE_UNITS}. */
export type ValueUnit = keyof typeof VALUE_UNITS;

/**
 * A user's description of a file's layout, the JSON that `npm run ingest -- --map` reads and
 * the app's mapping dialog saves: which header holds each field, fixed values for the rest.
 */
export interface UserMapping {
  columns: Partial<Record<MappingField, string>>;
  constants: Partial<Record<MappingField, string>>;
  value_unit: ValueUnit;
  /** 'auto' detects it (UTF-8 or Latin-1). */
  encoding: 'auto' | TextEncoding;
}

const KEYS = ['columns', 'constants', 'value_unit', 'encoding'];

/** Encoding names a mapping may give, and how DuckDB reads each (Windows-1252 as Latin-1). */
const ENCODINGS: Readonly<Record<string, 'auto' | TextEncoding>> = {
  auto: 'auto',
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'latin-1': 'latin-1',
  latin1: 'latin-1',
  'iso-8859-1': 'latin-1',
  'windows-1252': 'latin-1',
  cp1252: 'latin-1',
};

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isField = (name: string): name is MappingField =>
  (MAPPING_FIELDS as readonly string[]).includes(name);

/** What a complete mapping lacks, as field names ('year/period' for the period). */
function missingFields(m: Pick<UserMapping, 'columns' | 'constants'>): string[] {
  const has = (field: MappingField) => field in m.columns || field in m.constants;
  const needed: [string, boolean][] = [
    ['year/period', has('year') || has('period')],
    ['reporter', has('reporter')],
    ['partner', has('partner')],
    ['flow', has('flow')],
    ['hs', has('hs')],
    ['value_usd', has('value_usd')],
  ];
  return needed.filter(([, ok]) => !ok).map(([name]) => name);
}

/**
 * Checks a parsed JSON value and returns it as a {@link UserMapping} (`value_unit` 'usd' and
 * `encoding` 'auto' when left out; numbers given as constants become text). Throws an
 * {@link IngestError} naming what is wrong: an unknown key or field, a field given twice, a
 * constant for a figure, a bad unit or encoding, a period given two ways, a missing field, a flow
 * or months constant that means nothing. `source` names the mapping's file in the message.
 */
export function parseUserMapping(value: unknown, source?: string): UserMapping {
  const fail = (code: string, reason: string, params: MessageParams = {}) =>
    new IngestError(reason, source, { code: `mapping_${code}`, params });
  if (!isObject(value))
    throw fail(
      'not_object',
      'is not a column mapping: expected a JSON object such as {"columns": {"year": "Year", …}}',
    );
  const unknown = Object.keys(value).find((key) => !KEYS.includes(key));
  if (unknown !== undefined)
    throw fail(
      'unknown_key',
      `has an unknown key "${unknown}" (a mapping has ${KEYS.join(', ')})`,
      {
        key: unknown,
        allowed: KEYS.join(', '),
      },
    );

  const section = (name: 'columns' | 'constants') => {
    const entries = value[name] ?? {};
    if (!isObject(entries))
      throw fail('section', `"${name}" must be an object of field names and values`, {
        section: name,
      });
    const out: Partial<Record<MappingField, string>> = {};
    for (const [field, given] of Object.entries(entries)) {
      if (!isField(field))
        throw fail(
          'unknown_field',
          `names an unknown field "${field}" in "${name}" (fields: ${MAPPING_FIELDS.join(', ')})`,
          { field, section: name, fields: MAPPING_FIELDS.join(', ') },
        );
      const text = typeof given === 'number' && name === 'constants' ? String(given) : given;
      if (typeof text !== 'string' || text.trim() === '')
        throw name === 'columns'
          ? fail(
              'column_not_text',
              `gives ${field} the column ${JSON.stringify(given)}: name the column by its header, as text`,
              { field },
            )
          : fail(
              'constant_not_text',
              `gives ${field} the constant ${JSON.stringify(given)}: a constant is text or a number`,
              { field },
            );
      out[field] = name === 'columns' ? text : text.trim();
    }
    return out;
  };
  const columns = section('columns');
  const constants = section('constants');

  const both = MAPPING_FIELDS.find((f) => f in columns && f in constants);
  if (both)
    throw fail('both', `gives ${both} both a column and a constant: keep one`, { field: both });
  const figure = NUMERIC_FIELDS.find((f) => f in constants);
  if (figure)
    throw fail('constant_figure', `gives ${figure} a constant: figures must come from a column`, {
      field: figure,
    });

  const unit = value.value_unit ?? 'usd';
  if (typeof unit !== 'string' || !(unit in VALUE_UNITS))
    throw fail(
      'value_unit',
      `has value_unit ${JSON.stringify(unit)}: use "usd" (US dollars) or "thousand_usd" (thousands of US dollars)`,
      { value: String(unit) },
    );
  const encodingName = value.encoding ?? 'auto';
  const encoding =
    typeof encodingName === 'string' ? ENCODINGS[encodingName.trim().toLowerCase()] : undefined;
  if (!encoding)
    throw fail(
      'encoding',
      `has encoding ${JSON.stringify(encodingName)}, which cannot be read: use "auto", "utf-8" or "latin-1" (Windows-1252 is read as Latin-1); save a file in another encoding (Big5, say) as CSV UTF-8`,
      { value: String(encodingName) },
    );

  const has = (field: MappingField) => field in columns || field in constants;
  if (has('period') && (has('year') || has('month')))
    throw fail(
      'period_and_year',
      'gives both a period and a year or month: a period holds the whole date, so give one or the other',
    );
  if (has('month') && !has('year'))
    throw fail('month_without_year', 'gives a month but no year: a month goes with a year');
  const missing = missingFields({ columns, constants });
  if (missing.length > 0)
    throw fail(
      'missing_fields',
      `lacks ${missing.join(', ')}: a mapping needs a period (year, year and month, or period), reporter (a column or a constant), partner, flow (a column or a constant), hs and value_usd`,
      { missing: missing.join(', ') },
    );
  if (constants.flow !== undefined && flowCode(constants.flow) === null)
    throw fail(
      'bad_flow',
      `gives flow the constant "${constants.flow}", which is not a trade flow: use X (export), M (import), RX (re-export) or RM (re-import)`,
      { value: constants.flow },
    );
  if (constants.months !== undefined && !/^(1[0-2]|[1-9])$/.test(constants.months))
    throw fail(
      'bad_months',
      `gives months the constant "${constants.months}": the months an annual row covers are a whole number from 1 to 12`,
      { value: constants.months },
    );
  return { columns, constants, value_unit: unit as ValueUnit, encoding };
}

/** Parses a mapping file's text (JSON) with {@link parseUserMapping}. */
export function parseMappingJson(text: string, source?: string): UserMapping {
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    const detail = error instanceof Error ? error.message : String(error);
    throw new IngestError(`is not valid JSON (${detail})`, source, {
      code: 'mapping_json',
      params: { detail },
    });
  }
  return parseUserMapping(value, source);
}

/** The mapping as the JSON file the CLI reads, fields in a stable order. */
export function mappingToJson(mapping: UserMapping): string {
  const ordered = (entries: Partial<Record<MappingField, string>>) =>
    Object.fromEntries(MAPPING_FIELDS.filter((f) => f in entries).map((f) => [f, entries[f]]));
  const json = {
    columns: ordered(mapping.columns),
    constants: ordered(mapping.constants),
    value_unit: mapping.value_unit,
    encoding: mapping.encoding,
  };
  return `${JSON.stringify(json, null, 2)}\n`;
}

/** Throws when a column the mapping names is not in the file, listing the columns it has. */
export function checkHeader(mapping: UserMapping, detection: Detection, file?: string): void {
  const lookup = columnLookup(detection.columns);
  for (const field of MAPPING_FIELDS) {
    const column = mapping.columns[field];
    if (column === undefined || lookup.has(column)) continue;
    const headers = detection.header.join(', ');
    throw new IngestError(
      `has no column "${column}" (mapped to ${field}); its columns are: ${headers}`,
      file,
      { code: 'mapping_header_missing', params: { column, field, headers } },
    );
  }
}

/** Detection problems of a readable text table whose layout is simply not a known one. */
const LAYOUT_PROBLEMS = new Set(['unknown_header', 'lacks_columns', 'values_in_twd']);

/**
 * Whether the app offers a column mapping for a file refused with this problem code: a text
 * table of no known layout. Not for files that are no tables (images, workbooks, empty files),
 * nor for customs exports in New Taiwan dollars: their figures are not US dollars, whatever the
 * mapping says.
 */
export const offersMapping = (code: string) =>
  code === 'unknown_header' || code === 'lacks_columns';

/** {@link offersMapping} for a detection. */
export const needsMapping = (detection: Detection): boolean =>
  detection.format === 'unknown' && offersMapping(detection.problem?.code ?? '');

/**
 * Detects a file that is to be read with a mapping: the CSV's encoding (the mapping's, else
 * `encoding`, else detected), delimiter and header, whatever its layout. Throws when the file is
 * no text table (an image, an empty file, Parquet) or lacks a column the mapping names.
 */
export function detectMapped(
  file: IngestFile,
  mapping: UserMapping,
  encoding?: TextEncoding,
): Detection & { format: 'user-mapping' } {
  const forced = mapping.encoding === 'auto' ? encoding : mapping.encoding;
  const detection = detectFormat(file.head, file.name, forced ? { encoding: forced } : {});
  if (detection.format === 'canonical-parquet')
    throw new IngestError(
      'is a Parquet file: a column mapping reads CSV files (a Parquet file must be in the canonical schema)',
      file.name,
      { code: 'mapping_not_csv' },
    );
  const problem = detection.problem;
  if (detection.format === 'unknown' && problem && !LAYOUT_PROBLEMS.has(problem.code))
    throw IngestError.of(problem, file.name);
  checkHeader(mapping, detection, file.name);
  return { ...detection, format: 'user-mapping', reason: undefined, problem: undefined };
}

/** The source recorded on rows read through a mapping (ranked after the known sources). */
export const MAPPED_SOURCE = 'user-mapping';

/** Header names that say which field a column is, after {@link guessKey}. */
const GUESSES: readonly [MappingField, RegExp][] = [
  ['period', /^(period|date|refperiod|日期|期間|資料期間)$/],
  ['year', /^(year|yr|refyear|年|年份|年度|年別)$/],
  ['month', /^(month|refmonth|月|月份|月別)$/],
  ['reporter', /^(reporter|reportercountry|reporteriso|reportercode|申報國|報告國)$/],
  [
    'partner',
    /^(partner|partnercountry|partneriso|partnercode|country|destination|國家|國別|國家別|國家地區|地區|夥伴國|目的地)$/,
  ],
  ['flow', /^(flow|tradeflow|flowcode|direction|進出口別|貿易別)$/],
  [
    'hs',
    /^(hs|hscode|hs6|hs6code|commodity|commoditycode|cmdcode|productcode|ccc|ccccode|貨品號列|貨品分類號列|稅則號別)$/,
  ],
  [
    'value_usd',
    /^((export|import|trade)?value(usd|us|inusd|usd000|usdthousand|thousandusd)?|美元.*|金額.*)$/,
  ],
  ['net_kg', /^(netweight|netweightkg|netwgt|netkg|weightkg|淨重.*)$/],
  ['qty', /^(qty|quantity|數量)$/],
  ['qty_unit', /^(qtyunit|quantityunit|unit|數量單位|單位)$/],
];

/** A header name as {@link GUESSES} compares it: normalized, brackets and `$` dropped. */
const guessKey = (name: string) => normalizeName(name).replace(/[()]/g, '');

/**
 * A first mapping for a header, from common column names (Year, Country, HS Code, Value...):
 * a suggestion the user checks, never applied without them. The value unit is thousands when
 * the value column's name says so (千, thousand, 000).
 */
export function guessMapping(header: readonly string[]): UserMapping {
  const columns: Partial<Record<MappingField, string>> = {};
  for (const [field, pattern] of GUESSES) {
    const found = header.find(
      (h) => pattern.test(guessKey(h)) && !Object.values(columns).includes(h),
    );
    if (found !== undefined) columns[field] = found;
  }
  const value = columns.value_usd ?? '';
  const thousands = /千|thousand|000/i.test(value);
  return {
    columns,
    constants: {},
    value_unit: thousands ? 'thousand_usd' : 'usd',
    encoding: 'auto',
  };
}

/** The first data rows of a file's head, split into fields (for showing sample values). */
export function sampleRows(head: Uint8Array, detection: Detection, count: number): string[][] {
  const body = detection.bom ? head.subarray(3) : head;
  return firstLines(decodeText(body, detection.encoding), count + 1)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => splitFields(line, detection.delimiter));
}

/**
 * The header and the first `lines` data lines of a file's bytes, ending at a line end: what a
 * preview reads. When `whole` (the bytes are the whole file), a last line without a line end is
 * kept.
 */
export function firstLinesBytes(bytes: Uint8Array, lines: number, whole: boolean): Uint8Array {
  let seen = 0;
  for (let i = 0; i < bytes.length; i++)
    if (bytes[i] === 0x0a && ++seen === lines + 1) return bytes.subarray(0, i + 1);
  if (whole) return bytes;
  const last = bytes.lastIndexOf(0x0a);
  return last < 0 ? bytes : bytes.subarray(0, last + 1);
}

/** A key equal for two headers with the same column names in the same order (case, spaces aside). */
export const headerKey = (header: readonly string[]) => header.map(normalizeName).join('\u0001');
