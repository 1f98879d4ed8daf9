import { quoteIdent, quoteLiteral } from '../quote';
import type { TextEncoding } from '../../ingest/types';

/** Names of the tables one file passes through. */
export interface StageTables {
  /** Rows as DuckDB read them, in file order. */
  read: string;
  /** DuckDB's record of the rows it could not read (line, error type, message). */
  rejects: string;
  rejectScans: string;
  /** Rows with their 1-based line (or Parquet row) and the first line they repeat. */
  raw: string;
}

/** The temporary tables for the file at `index`. */
export function stageTables(index: number): StageTables {
  return {
    read: `ingest_read_${index}`,
    rejects: `ingest_rejects_${index}`,
    rejectScans: `ingest_reject_scans_${index}`,
    raw: `ingest_raw_${index}`,
  };
}

/** How to read one CSV file. */
export interface CsvRead {
  path: string;
  encoding: TextEncoding;
  delimiter: string;
  /** One name per field of a data row (a trailing comma adds one). */
  columns: readonly string[];
}

/**
 * SQL reading a CSV file into `tables.read` with DuckDB's reader, every column as text and
 * nothing sniffed: the header line is skipped and the names come from detection, so a BOM, a
 * trailing comma or a Latin-1 header cannot confuse it. Rows DuckDB cannot read (wrong number of
 * fields, unclosed quote, bytes invalid in the encoding) are recorded in `tables.rejects` with
 * their line and left out instead of failing the whole file. The file is plain text by now (see
 * unpack.ts): a name ending in `.gz` must not make DuckDB decompress it again.
 */
export function readCsvSql(csv: CsvRead, tables: StageTables): string {
  const columns = csv.columns.map((c) => `${quoteLiteral(c)}: 'VARCHAR'`).join(', ');
  return `CREATE OR REPLACE TEMP TABLE ${quoteIdent(tables.read)} AS
SELECT * FROM read_csv(${quoteLiteral(csv.path)},
  auto_detect = false, header = false, skip = 1,
  delim = ${quoteLiteral(csv.delimiter)}, quote = '"', escape = '"',
  encoding = ${quoteLiteral(csv.encoding)},
  compression = 'none',
  columns = {${columns}},
  store_rejects = true, rejects_table = ${quoteLiteral(tables.rejects)},
  rejects_scan = ${quoteLiteral(tables.rejectScans)})`;
}

/** SQL dropping a file's reject tables (DuckDB appends to them if they exist). */
export function dropRejectsSql(tables: StageTables): string[] {
  return [
    `DROP TABLE IF EXISTS ${quoteIdent(tables.rejects)}`,
    `DROP TABLE IF EXISTS ${quoteIdent(tables.rejectScans)}`,
  ];
}

/**
 * SQL numbering the rows read: `_line` is the 1-based line in the file (header = line 1). Rows
 * keep file order in a table (DuckDB preserves insertion order), so the n-th row read is on line
 * n + 1 plus the rejected lines before it: for the j-th rejected line r_j, the rows after it are
 * those with n > r_j − 1 − j, which an ASOF join finds. `_first_line` is the first line with the
 * same fields (an exact repeat has a smaller one). A quoted field spanning lines would shift the
 * count; trade files have none. Without `rejects` (Parquet), `_line` is the row number.
 */
export function numberRowsSql(tables: StageTables, columns: readonly string[], rejects: boolean) {
  const partition = columns.map(quoteIdent).join(', ');
  const read = `(SELECT rowid + 1 AS _seq, * FROM ${quoteIdent(tables.read)}) s`;
  const numbered = rejects
    ? `WITH rejected AS (
  SELECT line, row_number() OVER (ORDER BY line) AS j
  FROM (SELECT DISTINCT line FROM ${quoteIdent(tables.rejects)})
), gaps AS (SELECT line - 1 - j AS before, j FROM rejected),
numbered AS (
  SELECT s.* EXCLUDE (_seq), s._seq + 1 + coalesce(g.j, 0) AS _line
  FROM ${read} ASOF LEFT JOIN gaps g ON s._seq > g.before
)`
    : `WITH numbered AS (SELECT s.* EXCLUDE (_seq), s._seq AS _line FROM ${read})`;
  return `CREATE OR REPLACE TEMP TABLE ${quoteIdent(tables.raw)} AS
${numbered}
SELECT *, min(_line) OVER (PARTITION BY ${partition}) AS _first_line FROM numbered`;
}

/** SQL listing the rejected lines, one row per line with DuckDB's first error on it. */
export function rejectedLinesSql(tables: StageTables): string {
  return `SELECT line::DOUBLE AS line,
  CAST(first(error_type ORDER BY byte_position, column_idx) AS VARCHAR) AS error_type,
  CAST(first(error_message ORDER BY byte_position, column_idx) AS VARCHAR) AS message
FROM ${quoteIdent(tables.rejects)} GROUP BY line ORDER BY line`;
}

/** A number written with a decimal comma: `2500,5`, `-0,25`, `4,58E+05`. */
const DECIMAL_COMMA = `'^(-?[0-9]+),([0-9]+([eE][+-]?[0-9]+)?)$'`;

/**
 * SQL over the text columns of `table`: `count` gives the cells written with a decimal comma
 * (`n`) and the smallest of them (`example`); `update` rewrites them with a decimal point.
 */
export function decimalCommaSql(table: string, columns: readonly string[]) {
  const cells = columns.map(quoteIdent).join(', ');
  return {
    count: `SELECT count(*)::DOUBLE AS n, min(v) AS example
FROM (SELECT unnest([${cells}]) AS v FROM ${quoteIdent(table)}) WHERE regexp_matches(v, ${DECIMAL_COMMA})`,
    update: `UPDATE ${quoteIdent(table)} SET ${columns
      .map(
        (c) => `${quoteIdent(c)} = regexp_replace(${quoteIdent(c)}, ${DECIMAL_COMMA}, '\\1.\\2')`,
      )
      .join(', ')}`,
  };
}
