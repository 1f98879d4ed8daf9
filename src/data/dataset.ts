import { DuckDBDataProtocol } from '@duckdb/duckdb-wasm';
import countriesCsv from '../../data/reference/countries.csv?raw';
import hsConcordanceCsv from '../../data/reference/hs-concordance.csv?raw';
import hsCsv from '../../data/reference/hs.csv?raw';
import { isMessageKey } from '../i18n';
import { trackWork } from './activity';
import { browserSql, getDuckDB, runnerOn, withConnection } from './duckdb-browser';
import {
  IngestError,
  NoRowsError,
  ingestFiles,
  type IngestFile,
  type IngestStage,
  type IngestSummary,
  type ParquetStager,
  type UserMapping,
} from './ingest';
import { LoadError } from './load-error';
import { fetchBytes, insertParquet } from './load-parquet';
import { REFERENCE_TABLES, referenceTablesSql, type ReferenceTable } from './reference';
import { readableFiles } from './unpack-file';
import { canonicalRowsSql, validateTradeTable, type ValidationIssue } from './validate';

/** Where a dataset comes from: a canonical Parquet file of the app's own, or the user's files. */
export type DatasetSource =
  | {
      kind: 'url';
      /** Shown to the user. */
      name: string;
      url: string;
      /** Synthetic demonstration data, to be labelled as such. */
      isSample: boolean;
    }
  | {
      kind: 'files';
      name: string;
      files: readonly File[];
      /** Join the files to the current dataset instead of replacing it. */
      add: boolean;
      /** Files of no known layout, each with the column mapping the user gave it. */
      mappings?: ReadonlyMap<File, UserMapping>;
    };

/** What is loaded: the `trade` table's extent and what was left out. */
export interface DatasetSummary {
  source: DatasetSource;
  isSample: boolean;
  rows: number;
  /** First and last month, as ISO dates. */
  start: string;
  end: string;
  skippedRows: number;
  issues: ValidationIssue[];
  /** What the ingest read, skipped and merged (for the user's files). */
  ingest: IngestSummary | null;
  /**
   * SHA-256 of the dataset's file (hex), for citing it; null for the user's files and where
   * the browser offers no hashing (pages not served from a secure origin).
   */
  checksum: string | null;
}

/** A step of loading, for the status line. */
export type LoadProgress =
  | { step: 'starting' }
  | { step: 'reference' }
  | { step: 'downloading'; loaded: number; total: number | null }
  | { step: 'inserting'; done: number; total: number; rows: number }
  /** The ingest of the user's files, at `stage`, since `startedAt` (performance.now()). */
  | { step: 'ingesting'; stage: IngestStage; startedAt: number }
  | { step: 'validating'; rows: number };

type OnProgress = (progress: LoadProgress) => void;

const STAGING = 'trade_staging';
const NEXT = 'trade_next';
/** The table every query reads: the canonical trade flows of the current dataset. */
export const TRADE = 'trade';

const REFERENCE_CSV: Record<ReferenceTable, string> = {
  countries: countriesCsv,
  hs_codes: hsCsv,
  hs_concordance: hsConcordanceCsv,
};
let referenceLoaded: Promise<void> | null = null;

/** Loads the reference tables (countries, HS codes, concordance) once, with DuckDB's CSV reader. */
export function loadReferenceTables(): Promise<void> {
  referenceLoaded ??= (async () => {
    const db = await getDuckDB();
    for (const table of Object.keys(REFERENCE_TABLES) as ReferenceTable[])
      await db.registerFileText(REFERENCE_TABLES[table].file, REFERENCE_CSV[table]);
    for (const sql of referenceTablesSql((file) => file)) await browserSql.query(sql);
  })().catch((error: unknown) => {
    referenceLoaded = null;
    throw error;
  });
  return referenceLoaded;
}

/** Swaps the new table in, in one transaction: `trade` is never missing or half-made. */
function replaceTradeTable(): Promise<void> {
  return withConnection(async (connection) => {
    await connection.query('BEGIN TRANSACTION');
    try {
      await connection.query(`DROP TABLE IF EXISTS ${TRADE}`);
      await connection.query(`ALTER TABLE ${NEXT} RENAME TO ${TRADE}`);
      await connection.query('COMMIT');
    } catch (error) {
      await connection.query('ROLLBACK');
      throw error;
    }
  });
}

/** Fetches a canonical Parquet file, validates it, and leaves its valid rows in `NEXT`. */
async function stageUrl(url: string, onProgress: OnProgress) {
  const bytes = await fetchBytes(url, (loaded, total) =>
    onProgress({ step: 'downloading', loaded, total }),
  );
  await browserSql.query(`DROP TABLE IF EXISTS ${STAGING}`);
  const rows = await insertParquet(new Blob([bytes as BlobPart]), STAGING, (done, total, sum) =>
    onProgress({ step: 'inserting', done, total, rows: sum }),
  );
  if (rows === 0) throw new LoadError('error.empty');
  onProgress({ step: 'validating', rows });
  const report = await validateTradeTable(browserSql, STAGING);
  if (report.schemaIssues.length > 0) throw new LoadError('error.schema', {}, report.schemaIssues);
  if (report.invalidRows === report.rows) {
    throw new LoadError('error.allInvalid', {}, report.rowIssues);
  }
  await browserSql.query(
    `CREATE OR REPLACE TABLE ${NEXT} AS ${await canonicalRowsSql(browserSql, STAGING)}`,
  );
  const checksum = await sha256(bytes);
  return { skippedRows: report.invalidRows, issues: report.rowIssues, ingest: null, checksum };
}

/** The SHA-256 of `bytes` in hex, or null where the browser offers no hashing. */
async function sha256(bytes: Uint8Array): Promise<string | null> {
  if (!globalThis.crypto?.subtle) return null;
  const digest = await crypto.subtle.digest('SHA-256', bytes as BufferSource);
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

let uploads = 0;

/** The names of the files behind the `trade` table, to name its rows in the ingest summary. */
let loadedName = '';

/**
 * Reads the user's files with the same ingest as the command line, into `NEXT`. DuckDB reads
 * each file from the browser's own file handle: nothing is uploaded, and a file of hundreds
 * of megabytes is never held whole in memory.
 */
async function stageFiles(
  files: readonly File[],
  add: boolean,
  mappings: ReadonlyMap<File, UserMapping>,
  onProgress: OnProgress,
) {
  const db = await getDuckDB();
  uploads += 1;
  const byPath = new Map<string, File>();
  const inputs: IngestFile[] = [];
  for (const given of files) {
    const readable = await readableFiles(given).catch((error: unknown) => {
      throw error instanceof IngestError ? ingestFailure(error, files.length) : error;
    });
    for (const { file, head, unpacking, archive } of readable) {
      const path = `upload-${uploads}-${byPath.size}-${file.name.replaceAll('/', '_')}`;
      byPath.set(path, file);
      await db.registerFileHandle(path, file, DuckDBDataProtocol.BROWSER_FILEREADER, true);
      inputs.push({
        name: file.name,
        path,
        head,
        unpacking,
        archive,
        mapping: mappings.get(given),
      });
    }
  }
  // Parquet goes through parquet-wasm: duckdb-wasm would download its Parquet extension.
  const stageParquet: ParquetStager = async (_db, input, table) => {
    const file = byPath.get(input.path);
    if (!file) return;
    // The ingest says which file and what to do; parquet-wasm's words are the detail.
    await insertParquet(file, table, () => undefined).catch((error: unknown) => {
      const detail =
        error instanceof LoadError
          ? (error.params.detail ?? error.key)
          : error instanceof Error
            ? error.message
            : error;
      throw new Error(String(detail));
    });
  };
  const startedAt = performance.now();
  const onStage = (stage: IngestStage) => onProgress({ step: 'ingesting', stage, startedAt });
  try {
    const hasCurrent = add && (await tradeTableExists());
    const summary = await withConnection((connection) =>
      ingestFiles(runnerOn(connection), inputs, {
        outputTable: NEXT,
        stageParquet,
        onStage,
        ...(hasCurrent ? { base: { table: TRADE, name: loadedName } } : {}),
      }),
    );
    return { skippedRows: summary.rowsSkipped, issues: [], ingest: summary, checksum: null };
  } catch (error) {
    if (error instanceof NoRowsError)
      throw new LoadError('error.noValidRows', {}, [], error.summary);
    if (error instanceof IngestError) throw ingestFailure(error, files.length);
    throw error;
  } finally {
    for (const path of byPath.keys()) await db.dropFile(path).catch(() => undefined);
  }
}

/**
 * Why the ingest refused the files, for the status line: the refusal in the user's language
 * (`ingestError.<code>`) when the dictionaries have it, prefixed with the file name when several
 * files were given (the status line names a single file already).
 */
function ingestFailure(error: IngestError, fileCount: number): LoadError {
  const named = fileCount > 1 && error.file !== undefined;
  const fallback = { detail: named ? error.message : error.reason };
  if (!isMessageKey(`ingestError.${error.code}`)) return new LoadError('error.ingest', fallback);
  const detail = { code: error.code, params: error.params, message: error.reason };
  return named
    ? new LoadError('error.ingestFile', { file: error.file ?? '' }, [], null, detail)
    : new LoadError('error.ingest', {}, [], null, detail);
}

async function tradeTableExists(): Promise<boolean> {
  const rows = await browserSql.query(
    `SELECT count(*) AS n FROM duckdb_tables() WHERE table_name = ? AND NOT temporary`,
    [TRADE],
  );
  return Number(rows[0]?.n) > 0;
}

/**
 * Loads a dataset into the `trade` table. The new data replaces the old only once it has been
 * read and validated, so a failed load leaves the previous dataset intact. Rows that fail
 * validation are left out and reported.
 */
export function loadDataset(
  source: DatasetSource,
  onProgress: OnProgress,
): Promise<DatasetSummary> {
  // One load at a time: two loads would share the staging tables.
  const load = trackWork(loading.then(() => loadNow(source, onProgress)));
  loading = load.catch(() => undefined);
  return load;
}

let loading: Promise<unknown> = Promise.resolve();

async function loadNow(source: DatasetSource, onProgress: OnProgress): Promise<DatasetSummary> {
  onProgress({ step: 'starting' });
  await getDuckDB();
  onProgress({ step: 'reference' });
  await loadReferenceTables();
  performance.mark('tdc:load-start');
  try {
    const staged =
      source.kind === 'url'
        ? await stageUrl(source.url, onProgress)
        : await stageFiles(source.files, source.add, source.mappings ?? new Map(), onProgress);
    await replaceTradeTable();
    const added = source.kind === 'files' && source.add && loadedName !== '';
    loadedName = added ? `${loadedName}, ${source.name}` : source.name;
    const [extent] = await browserSql.query(
      `SELECT count(*) AS rows, CAST(min(period) AS VARCHAR) AS start,
              CAST(max(period) AS VARCHAR) AS "end" FROM ${TRADE}`,
    );
    performance.mark('tdc:data-ready', { detail: { rows: Number(extent?.rows) } });
    return {
      source,
      isSample: source.kind === 'url' && source.isSample,
      rows: Number(extent?.rows),
      start: String(extent?.start),
      end: String(extent?.end),
      ...staged,
    };
  } finally {
    // Cleanup must not hide the error that brought us here.
    await browserSql.query(`DROP TABLE IF EXISTS ${STAGING}`).catch(() => undefined);
    await browserSql.query(`DROP TABLE IF EXISTS ${NEXT}`).catch(() => undefined);
  }
}

/** Any error thrown while loading, as a {@link LoadError}. */
export function asLoadError(error: unknown): LoadError {
  if (error instanceof LoadError) return error;
  const engine = error instanceof Error ? error.message : String(error);
  return new LoadError('error.database', {}, [], null, null, engine);
}
