import { quoteIdent } from '../quote';
import { normalizeName } from '../../ingest/head';

/**
 * Finds a file's columns by their normalized name ({@link normalizeName}), so that
 * "Trade Flow Code" and "TradeFlow Code" are the same column. `sql` gives the quoted column of
 * the staged table (alias `s`), or NULL for an optional column the file does not have.
 */
export interface ColumnLookup {
  has(name: string): boolean;
  /** The column, or the first of several alternative names that is present. */
  sql(...names: string[]): string;
  /** The column as written in the file, or undefined. */
  actual(...names: string[]): string | undefined;
}

/** Builds a {@link ColumnLookup} over a file's column names. */
export function columnLookup(columns: readonly string[]): ColumnLookup {
  const byName = new Map<string, string>();
  for (const column of columns) {
    const key = normalizeName(column);
    if (!byName.has(key)) byName.set(key, column);
  }
  const actual = (...names: string[]) =>
    names.map((n) => byName.get(normalizeName(n))).find((c) => c !== undefined);
  return {
    has: (name) => byName.has(normalizeName(name)),
    actual,
    sql(...names) {
      const found = actual(...names);
      return found === undefined ? 'CAST(NULL AS VARCHAR)' : `s.${quoteIdent(found)}`;
    },
  };
}

/** Trimmed text, NULL when empty. */
export const blank = (expr: string) => `nullif(trim(${expr}), '')`;

/** A number from text (decimal or exponent form, e.g. '4.58e+05'), NULL when empty or not a number. */
export const num = (expr: string) => `TRY_CAST(${blank(expr)} AS DOUBLE)`;

/** True when the text is present but not a number. */
export const notNum = (expr: string) => `(${blank(expr)} IS NOT NULL AND ${num(expr)} IS NULL)`;

/** An integer code from text ('0490' → 490), NULL when not an integer. */
export const intCode = (expr: string) => `TRY_CAST(${blank(expr)} AS INTEGER)`;

/** A DATE from text in a strptime format, NULL when it does not parse (e.g. month 13). */
export const parseDate = (expr: string, format: string) =>
  `CAST(try_strptime(${blank(expr)}, '${format}') AS DATE)`;
