import type { Corridor } from '../../analysis/corridor';
import { corridorsToCsv, csvField } from '../../analysis/export';
import type { Locale } from '../../i18n';

/** A cell of an exported table: text, a plain number, or null for an empty cell. */
export type CsvCell = string | number | null;

/**
 * The UTF-8 byte order mark. Excel reads a CSV without it in the system's legacy code page and
 * garbles Chinese names; with it, every spreadsheet program reads UTF-8.
 */
export const BOM = '\uFEFF';

/** Text that a spreadsheet would run as a formula (OWASP "CSV injection"). */
const FORMULA_START = /^[=+\-@\t\r]/;

/** A cell as written: numbers plain (no separators; not finite → empty), formulas defused. */
function cellText(value: CsvCell): string {
  if (typeof value === 'number') return Number.isFinite(value) ? csvField(value) : '';
  if (value !== null && FORMULA_START.test(value)) return csvField(`'${value}`);
  return csvField(value);
}

/**
 * A table as CSV for download: a UTF-8 BOM, then RFC 4180 — fields quoted only when they hold
 * a comma, quote or line break, and every line (the last too) ending in CRLF, as the CLI's
 * corridors.csv does. Text starting with `= + - @` gets a leading `'` so that a spreadsheet
 * shows it instead of running it.
 */
export function csvText(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header.map(cellText), ...rows.map((row) => row.map(cellText))];
  return BOM + lines.map((cells) => cells.join(',') + '\r\n').join('');
}

/** One flow drawn on the map: a leg between two countries summed over a period. */
export interface FlowRow {
  /** ISO-3 codes of the exporting and the importing country. */
  from: string;
  /** Country names in the current language. */
  fromName: string;
  to: string;
  toName: string;
  /** Taiwan → intermediary ('first') or intermediary → destination ('second'). */
  leg: 'first' | 'second';
  /** The period summed, 'YYYY-MM'. */
  firstMonth: string;
  lastMonth: string;
  valueUsd: number;
  /** The exporter's own report, or the importer's mirror figure. */
  source: 'reported' | 'mirror';
}

/** The language tag of name columns, as the CLI's corridors.csv writes it (`product_zh`). */
const NAME_LANGUAGE: Record<Locale, string> = { en: 'en', 'zh-TW': 'zh' };

/**
 * The flows as CSV. The header is English snake_case in every language, for scripts:
 * `from, from_name_<lang>, to, to_name_<lang>, leg, first_month, last_month, value_usd, source`,
 * where `<lang>` (`en` or `zh`) says which language the names are in. Values are plain US$
 * (no separators, no rounding); `leg` is `first` / `second`, `source` `reported` / `mirror`.
 */
export function flowsCsv(rows: readonly FlowRow[], locale: Locale): string {
  const lang = NAME_LANGUAGE[locale];
  const header = [
    'from',
    `from_name_${lang}`,
    'to',
    `to_name_${lang}`,
    'leg',
    'first_month',
    'last_month',
    'value_usd',
    'source',
  ];
  return csvText(
    header,
    rows.map((row) => [
      row.from,
      row.fromName,
      row.to,
      row.toName,
      row.leg,
      row.firstMonth,
      row.lastMonth,
      row.valueUsd,
      row.source,
    ]),
  );
}

/** The ranked corridors as the CLI writes corridors.csv (both languages), with a BOM. */
export function corridorsCsv(corridors: readonly Corridor[]): string {
  return BOM + corridorsToCsv(corridors);
}
