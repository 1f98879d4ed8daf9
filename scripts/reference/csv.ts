import { DuckDBInstance } from '@duckdb/node-api';

/** A CSV field value; `null` is written as an empty field. */
export type CsvCell = string | number | null;

const NEEDS_QUOTES = /[",\r\n]/;

/** Formats one field as RFC 4180 asks: quoted, with inner quotes doubled, only when needed. */
export function formatCsvField(value: CsvCell): string {
  if (value === null) return '';
  const text = String(value);
  return NEEDS_QUOTES.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Formats a header and rows as CSV text: LF line endings and a trailing newline. */
export function formatCsv(
  header: readonly string[],
  rows: readonly (readonly CsvCell[])[],
): string {
  const lines = [header, ...rows].map((row) => row.map(formatCsvField).join(','));
  return `${lines.join('\n')}\n`;
}

/** A CSV row read as text: column name → value, `null` for an empty field. */
export type CsvRow = Record<string, string | null>;

/** Reads a CSV file with DuckDB's reader, every column as text. */
export async function readCsvWithDuckDB(path: string): Promise<CsvRow[]> {
  const instance = await DuckDBInstance.create(':memory:');
  const connection = await instance.connect();
  try {
    const reader = await connection.runAndReadAll(
      'SELECT * FROM read_csv($path, header = true, all_varchar = true)',
      { path },
    );
    return reader.getRowObjectsJson() as CsvRow[];
  } finally {
    connection.closeSync();
    instance.closeSync();
  }
}
