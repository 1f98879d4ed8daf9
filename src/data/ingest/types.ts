import type { SqlRunner } from '../sql-runner';
import type { ConvertedEncoding, Unpacking } from './unpack';
import type { UserMapping } from './user-mapping';

/** The file formats the ingest reads (described in test/fixtures/README.md). */
export const INGEST_FORMATS = [
  'comtrade-plus',
  'comtrade-legacy',
  'baci',
  'baci-countries',
  'tw-customs',
  'canonical-csv',
  'canonical-parquet',
] as const;

/** One of {@link INGEST_FORMATS}, or a file read through the user's column mapping. */
export type IngestFormat = (typeof INGEST_FORMATS)[number] | 'user-mapping';

/** Text encodings DuckDB's CSV reader decodes without an extension (browser included). */
export type TextEncoding = 'utf-8' | 'latin-1';

/** Values that fill a message's `{name}` placeholders (counts, file names, codes...). */
export type MessageParams = Record<string, string | number>;

/**
 * Something to tell the user: a stable code, what fills its placeholders, and the English text
 * (the CLI prints it). The app shows the message `warning.<code>` (or `ingestError.<code>`) of
 * its dictionaries with `params` when there is one, else `message`. A param named `format`
 * holds an {@link IngestFormat}, which the app shows by its translated name.
 */
export interface IngestMessage {
  code: string;
  params: MessageParams;
  message: string;
}

/** What the first bytes of a file say about it. */
export interface Detection {
  format: IngestFormat | 'unknown';
  encoding: TextEncoding;
  /** The head is plain ASCII: UTF-8 is a guess that the full read confirms or overturns. */
  encodingGuessed: boolean;
  /** The file starts with a UTF-8 byte-order mark. */
  bom: boolean;
  delimiter: string;
  /** Column names, unique and non-empty, one per field of a data row (trailing comma included). */
  columns: string[];
  /** The header as written (BOM and quotes removed). */
  header: string[];
  /** Why the format is unknown, in words a user can act on. */
  reason?: string | undefined;
  /** {@link reason} with its code and params (the message without the file name). */
  problem?: IngestMessage | undefined;
  /**
   * Things worth telling the user even though the file can be read; `message` follows the file
   * name ("x.csv starts with ..."), and `params` lack the file.
   */
  notes: IngestMessage[];
}

/** A file handed to the ingest. */
export interface IngestFile {
  /** Name shown to the user (and used to recognise BACI file names). */
  name: string;
  /** Where DuckDB reads it: a path in Node, a registered file name in the browser. */
  path: string;
  /** Its first bytes (64 KiB is plenty), for format and encoding detection. */
  head: Uint8Array;
  /** Read through this column mapping instead of a detected format (see user-mapping.ts). */
  mapping?: UserMapping | undefined;
  /** What was done to the file before (see unpack.ts): `path` and `head` are the result. */
  unpacking?: Unpacking | undefined;
  /** The ZIP archive it was found in: a member of no known layout is left out, not refused. */
  archive?: string | undefined;
}

/** Loads a Parquet file into `table` (all its columns, in file order). */
export type ParquetStager = (db: SqlRunner, file: IngestFile, table: string) => Promise<void>;

/** Choices the user can make; every default is the safe one. */
export interface IngestOptions {
  /** Force this format for every file instead of detecting it. */
  format?: IngestFormat | undefined;
  /** Force this encoding for every CSV file instead of detecting it. */
  encoding?: TextEncoding | undefined;
  /** Keep partner 'WLD' (world total) rows (default) or drop them. */
  world?: 'keep' | 'drop' | undefined;
  /** Rows under UN code 490 from reporters known to mix other countries in: keep (default) or drop. */
  mixed490?: 'keep' | 'drop' | undefined;
  /**
   * Table with the reference countries (iso3, iso_num, un_code, name_en, name_zh, aliases_zh,
   * aliases_en).
   */
  countriesTable?: string;
  /** Table that receives the result. */
  outputTable?: string;
  /** How many example rows to give per skip reason. */
  exampleLimit?: number;
  /**
   * Canonical rows already loaded, to merge the files into (the browser's "add to current
   * data"). They rank after the files among rows of equal source precedence, and are not
   * counted as read.
   */
  base?: { table: string; name: string };
  /** Reads canonical Parquet files; the default uses DuckDB's read_parquet (Node only). */
  stageParquet?: ParquetStager;
  /** Told as each step starts, for a progress display. */
  onStage?: (stage: IngestStage) => void;
}

/**
 * A step of the ingest: reading a file (DuckDB's reader), mapping its rows to the canonical
 * schema, then merging and checking every file's rows together. `index` counts from 1.
 */
export type IngestStage =
  | { step: 'reading' | 'mapping'; file: string; index: number; files: number }
  | { step: 'merging'; rows: number };

/** Where a skipped row was: file, 1-based line (header = line 1) or Parquet row, and a value. */
export interface RowExample {
  file: string;
  line: number;
  value: string;
}

/** Rows left out for one reason. */
export interface SkipReason {
  /** Stable code (e.g. 'partner_unmapped', 'invalid:hs_invalid', 'unreadable_row'). */
  code: string;
  /** English text (CLI); the app shows `skip.<code>` or `validation.<kind>` with `params`. */
  message: string;
  /** What fills the message's placeholders (e.g. `type` for rows DuckDB could not read). */
  params: MessageParams;
  count: number;
  /**
   * US$ value of these rows, summed over those whose value could be read as a non-negative
   * number (a row DuckDB could not parse has none); null when none could.
   */
  valueUsd: number | null;
  examples: RowExample[];
}

/** Something the user should know about the data that was written. */
export type IngestWarning = IngestMessage;

/** What happened to one input file. */
export interface FileReport {
  name: string;
  format: IngestFormat;
  /** The encoding of the file as given (null for Parquet). */
  encoding: TextEncoding | ConvertedEncoding | null;
  /** Data rows in the file (header excluded). */
  rowsRead: number;
  /** Rows that passed mapping and validation. */
  rowsValid: number;
  rowsSkipped: number;
  /** 'line' for CSV files, 'row' for Parquet. */
  position: 'line' | 'row';
}

/** One side of an {@link Overlap}: a file's rows at one HS level, summed. */
export interface OverlapLayer {
  file: string;
  source: string;
  /** HS digits: 2, 4 or 6. */
  level: number;
  /** 'A' or 'M' ('A+M' for a file's own annual and monthly rows kept together). */
  freq: string;
  /** Months of the year the layer covers (12 for a whole year). */
  months: number;
  valueUsd: number;
}

/**
 * Why one layer of a flow was kept over another, the first difference that decided:
 * - `partial_year`: the dropped one covers fewer months of the year (a part, not a figure for
 *   the year);
 * - `authority`: the kept one is from a more authoritative source;
 * - `partial_goods`: the dropped one gives only some of the family's subheadings (its rows add
 *   up to less than the heading total of the same source);
 * - `finer`: the kept one gives finer detail, as complete;
 * - `first`: both equally complete and detailed, from equal sources: the file given first.
 */
export type OverlapReason = 'partial_year' | 'authority' | 'partial_goods' | 'finer' | 'first';

/**
 * Two files that gave the same flow (reporter, trade flow, year, HS family; summed over the
 * partners both give) at different detail or from different sources: one was kept, the other
 * dropped, so that the flow is counted once. E.g. Taiwan's 2021 exports of HS 8542: customs
 * US$155.50 bn (HS-6), Comtrade US$155.92 bn (HS-4); kept customs, the more authoritative.
 */
export interface Overlap {
  reporter: string;
  flow: string;
  year: number;
  /** The coarsest code either gives (8542 when one has 8542 and the other 854231). */
  family: string;
  /** How many partners the overlap concerns, and which when it is one (WLD for world totals). */
  partners: number;
  partner: string | null;
  reason: OverlapReason;
  kept: OverlapLayer;
  dropped: OverlapLayer;
  rowsDropped: number;
}

/**
 * Value of one year and frequency, each flow counted once: exports as the reporters declared
 * them to partners, imports from partners apart (largely the mirror of the same trade), and
 * exports to the world apart. Rows of a partial year (annual rows covering fewer than 12
 * months) are a line of their own.
 */
export interface YearValue {
  year: number;
  freq: string;
  /** Months covered, for a partial year (1–11); null for whole years and monthly rows. */
  months: number | null;
  /** Exports (flow X) to partner countries and residual partners. */
  exportsUsd: number;
  /** Imports (flow M) from partner countries and residual partners. */
  importsUsd: number;
  /** Exports (flow X) to the world (partner WLD). */
  worldUsd: number;
}

/** Everything the CLI prints and the browser panel shows after an ingest. */
export interface IngestSummary {
  files: FileReport[];
  rowsRead: number;
  rowsWritten: number;
  rowsSkipped: number;
  /**
   * Rows summed into others: customs rows (11-digit codes) into HS-6 rows, and rows of one file
   * whose partners became the same residual partner (58 and 711 → XHG) into one.
   */
  rowsCombined: number;
  /** Rows identical in every column to a row of another (or the same) file. */
  duplicatesRemoved: number;
  /** Rows dropped because another file gave the same key (see merge precedence). */
  conflictsDropped: number;
  /** Rows dropped because a finer or more authoritative source gave the same flow. */
  overlapsDropped: number;
  /** Each flow two files both gave, and which was kept; largest first. */
  overlaps: Overlap[];
  skipped: SkipReason[];
  warnings: IngestWarning[];
  periods: { first: string | null; last: string | null; freqs: string[] };
  reporters: string[];
  /** Distinct partner countries (not 'WLD' nor the residual partners such as 'XNS'). */
  partners: number;
  hsLevels: number[];
  valueByYear: YearValue[];
}

/**
 * A problem that stops the ingest: nothing is written. `code` and `params` let the app say it
 * in the user's language (`ingestError.<code>`; the params include `file` when there is one).
 */
export class IngestError extends Error {
  readonly code: string;
  readonly params: MessageParams;

  constructor(
    /** What is wrong, in English, without the file name. */
    readonly reason: string,
    readonly file?: string,
    problem: { code: string; params?: MessageParams } = { code: 'failed' },
  ) {
    super(file ? `${file}: ${reason}` : reason);
    this.name = 'IngestError';
    this.code = problem.code;
    this.params = { ...problem.params, ...(file === undefined ? {} : { file }) };
  }

  /** An error from a message (a detection problem, say) about `file`. */
  static of(problem: IngestMessage, file?: string): IngestError {
    return new IngestError(problem.message, file, problem);
  }
}
