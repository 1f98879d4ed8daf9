import { freshValue } from './coordinator';
import { coordinator, type BrowserConnection } from './duckdb-browser';
import { IngestError, type IngestStage, type IngestSummary, type UserMapping } from './ingest';
import { LoadError } from './load-error';
import { copyPrebuiltTable, isDuckDBFile } from './load-duckdb';
import { sha256 } from './checksum';
import { fetchBlob, insertParquet } from './load-parquet';
import { fetchManifest, insertParts, type PartsLeft } from './load-parts';
import { loadReferenceTables } from './reference-tables';
import { isManifestPath, type PartsToLoad } from './manifest';
import { moveIntoTable } from './move-table';
import { extentSql } from './sql/dataset';
import type { SqlRunner } from './sql-runner';
import { dropSql } from './sql/statements';
import { ingestFailure, parquetOptions, stageFiles } from './stage-files';
import { makeCanonical, validateTradeTable, type ValidationIssue } from './validate';

/** Where a dataset comes from: a canonical Parquet file of the app's own, or the user's files. */
export type DatasetSource =
  | {
      kind: 'url';
      /** Shown to the user. */
      name: string;
      url: string;
      /** Synthetic demonstration data, to be labelled as such. */
      isSample: boolean;
      /** For a data set in parts: the parts its default view needs (the default), or all. */
      parts?: PartsToLoad;
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
   * SHA-256 of the dataset's file (hex), or of the manifest of a data set in parts, for citing
   * it; null for the user's files and where the browser offers no hashing (pages not served
   * from a secure origin).
   */
  checksum: string | null;
  /** For a data set in parts: the parts the view does not need, left on the server. */
  partsLeft?: PartsLeft;
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
/**
 * What every query reads: the canonical trade flows of the current dataset (a view over its
 * rows, see {@link moveIntoTable}).
 */
export const TRADE = 'trade';

/** Progress of inserting rows into the staging table, for the status line. */
const inserting = (onProgress: OnProgress) => (done: number, total: number, rows: number) =>
  onProgress({ step: 'inserting', done, total, rows });

/**
 * Fetches a data set (a file, or the parts of it a manifest lists that the default view
 * needs) and stages it (see {@link validateStaged}), with its checksum: the file's, or the
 * manifest's, which pins each part by its own. Of a data set in parts whose groups `has` are
 * loaded already, only the other parts are staged, to be added (`add`: see insertParts).
 */
async function stageUrl(
  c: BrowserConnection,
  { url, parts = 'default' }: { url: string; parts?: PartsToLoad },
  has: readonly string[],
  onProgress: OnProgress,
  signal: AbortSignal,
) {
  const downloading = (loaded: number, total: number | null) =>
    onProgress({ step: 'downloading', loaded, total });
  if (!isManifestPath(url)) {
    const blob = await fetchBlob(url, downloading);
    // Hashed now, while DuckDB holds no copy of the rows: the bytes are read once more, briefly.
    const checksum = await sha256(blob);
    const name = url.split('/').pop() ?? url;
    return { ...(await stageBlob(c, blob, name, onProgress, signal)), checksum };
  }
  const { text } = await fetchManifest(url);
  const checksum = await sha256(new Blob([text]));
  await c.sql.query(dropSql(STAGING));
  const { rows, add, left } = await insertParts(
    c.connection,
    { url, parts, has },
    STAGING,
    { bytes: downloading, rowGroups: inserting(onProgress) },
    (name) => parquetOptions(name, signal),
  ).catch(asIngestFailure);
  signal.throwIfAborted();
  return { ...(await validateStaged(c, rows, onProgress)), checksum, partsLeft: left, add };
}

/** A refusal of the ingest's, told as a failed load; anything else as it is. */
const asIngestFailure = (error: unknown): never => {
  throw error instanceof IngestError ? ingestFailure(error, 1) : error;
};

/**
 * Stages a canonical Parquet file, or a prebuilt DuckDB database holding a `trade` table (told
 * apart by their first bytes): see {@link validateStaged}.
 */
async function stageBlob(
  c: BrowserConnection,
  blob: Blob,
  name: string,
  onProgress: OnProgress,
  signal: AbortSignal,
) {
  await c.sql.query(dropSql(STAGING));
  const rows = (await isDuckDBFile(blob))
    ? await copyPrebuiltTable(c, blob, STAGING)
    : await insertParquet(
        c.connection,
        blob,
        STAGING,
        inserting(onProgress),
        parquetOptions(name, signal),
      ).catch(asIngestFailure);
  signal.throwIfAborted();
  return validateStaged(c, rows, onProgress);
}

/**
 * Validates the `rows` staged, and leaves the valid ones in `NEXT`: the staged table itself
 * where its columns are canonical (see {@link makeCanonical}).
 */
async function validateStaged(c: BrowserConnection, rows: number, onProgress: OnProgress) {
  if (rows === 0) throw new LoadError('error.empty');
  onProgress({ step: 'validating', rows });
  const report = await validateTradeTable(c.sql, STAGING);
  if (report.schemaIssues.length > 0) throw new LoadError('error.schema', {}, report.schemaIssues);
  if (report.invalidRows === report.rows) {
    throw new LoadError('error.allInvalid', {}, report.rowIssues);
  }
  await makeCanonical(c.sql, STAGING, NEXT, report);
  return { skippedRows: report.invalidRows, issues: report.rowIssues, ingest: null };
}

/**
 * The prebuilt DuckDB database among the user's files, if one is: it holds a whole data set,
 * so it is opened alone and replaces the data shown.
 */
async function chosenDatabase(files: readonly File[], adding: boolean): Promise<File | null> {
  const databases = [];
  for (const file of files) if (await isDuckDBFile(file)) databases.push(file);
  const [database] = databases;
  if (!database) return null;
  if (files.length > 1 || adding) throw new LoadError('error.duckdbAlone', { name: database.name });
  return database;
}

/**
 * Reads the user's files with the same ingest as the command line, into `NEXT`, on `c`.
 * DuckDB reads each file from the browser's own file handle: nothing is uploaded, and a file of
 * hundreds of megabytes is never held whole in memory. `base` names the rows already loaded, to
 * join the files to them (null to replace them).
 */
/**
 * How long a cancelled load may run on before the database is stopped under it: long enough to
 * reach its next statement or row group, short enough to feel like an answer to the click.
 */
const CANCEL_GRACE_MS = 1500;

/** `c`, each of whose statements first checks that the load was not cancelled. */
function cancellable(c: BrowserConnection, signal: AbortSignal): BrowserConnection {
  const query: SqlRunner['query'] = (sql, params) => {
    signal.throwIfAborted();
    return c.sql.query(sql, params);
  };
  return { ...c, sql: { query } };
}

/** What a load staged, for the summary; `add`: its rows are added to those of `trade`. */
type Staged = Omit<DatasetSummary, 'source' | 'isSample' | 'rows' | 'start' | 'end'> & {
  add?: boolean;
};

/** Loads datasets into the `trade` table, and remembers the names of the files behind it. */
class DatasetLoader {
  /** The names of the files behind the `trade` table, to name its rows in the ingest summary. */
  private loadedName = '';
  /**
   * How the next load fails on purpose (the bench's fault injection): as a WebAssembly trap
   * would, or by waiting for ever as a statement DuckDB never finishes would.
   */
  fault: 'trap' | 'stall' | null = null;
  /**
   * The parts behind the `trade` table when a data set in parts was the last load, on the
   * database instance that holds them, and what their validation left out: a load of more of
   * its parts adds theirs (a database started afresh has none of them).
   */
  private parts: {
    db: BrowserConnection['db'];
    url: string;
    groups: string[];
    skippedRows: number;
    issues: ValidationIssue[];
  } | null = null;

  /**
   * Loads `source` on `c` (see {@link loadDataset}). When `signal` aborts, the load stops at
   * its next statement or row group; one that is still running a long statement a moment later
   * is stopped with the database itself (the dataset store then reads the data shown again).
   */
  async load(
    c: BrowserConnection,
    source: DatasetSource,
    onProgress: OnProgress,
    signal: AbortSignal,
  ): Promise<DatasetSummary> {
    let late: ReturnType<typeof setTimeout> | undefined;
    const stopLate = () => (late = setTimeout(() => c.abandon(), CANCEL_GRACE_MS));
    signal.addEventListener('abort', stopLate, { once: true });
    const checked: OnProgress = (progress) => {
      signal.throwIfAborted();
      onProgress(progress);
    };
    try {
      return await Promise.race([
        this.read(cancellable(c, signal), source, checked, signal),
        c.stopped,
      ]);
    } finally {
      signal.removeEventListener('abort', stopLate);
      clearTimeout(late);
      // Cleanup must not hide the error that brought us here.
      await c.sql.query(dropSql(STAGING)).catch(() => undefined);
      await c.sql.query(dropSql(NEXT)).catch(() => undefined);
    }
  }

  private async read(
    c: BrowserConnection,
    source: DatasetSource,
    onProgress: OnProgress,
    signal: AbortSignal,
  ): Promise<DatasetSummary> {
    onProgress({ step: 'starting' });
    onProgress({ step: 'reference' });
    await loadReferenceTables(c);
    performance.mark('tdc:load-start');
    const fault = this.fault;
    this.fault = null;
    if (fault === 'trap')
      throw new WebAssembly.RuntimeError('unreachable (a trap simulated on purpose)');
    if (fault === 'stall') await new Promise<never>(() => undefined);
    const adding = source.kind === 'files' && source.add && this.loadedName !== '';
    const database = source.kind === 'files' ? await chosenDatabase(source.files, adding) : null;
    const url = source.kind === 'url' ? source.url : null;
    // The parts of this data set already in the table, on this database instance.
    const kept = this.parts?.db === c.db && this.parts.url === url ? this.parts : null;
    const { add = false, ...staged }: Staged =
      source.kind === 'url'
        ? await stageUrl(c, source, kept?.groups ?? [], onProgress, signal)
        : database
          ? {
              ...(await stageBlob(c, database, database.name, onProgress, signal)),
              checksum: null,
            }
          : await stageFiles(
              c,
              {
                files: source.files,
                mappings: source.mappings ?? new Map(),
                base: source.add ? this.loadedName : null,
              },
              { output: NEXT, current: TRADE },
              onProgress,
              signal,
            );
    await moveIntoTable(c.sql, NEXT, TRADE, add);
    this.loadedName = adding ? `${this.loadedName}, ${source.name}` : source.name;
    const [extent] = await c.sql.query(extentSql(TRADE));
    performance.mark('tdc:data-ready', { detail: { rows: Number(extent?.rows) } });
    const summary: DatasetSummary = {
      source,
      isSample: source.kind === 'url' && source.isSample,
      rows: Number(extent?.rows),
      start: String(extent?.start),
      end: String(extent?.end),
      ...staged,
      // Rows added to those of the parts loaded before: what was left out of those is still.
      ...(add && kept
        ? {
            skippedRows: kept.skippedRows + staged.skippedRows,
            issues: [...kept.issues, ...staged.issues],
          }
        : {}),
    };
    const { partsLeft, skippedRows, issues } = summary;
    this.parts =
      url !== null && partsLeft
        ? { db: c.db, url, groups: partsLeft.loaded, skippedRows, issues }
        : null;
    return summary;
  }
}

const loader = new DatasetLoader();

/**
 * Loads a dataset into the `trade` table. The new data replaces the old only once it has been
 * read and validated, so a failed load leaves the previous dataset intact. Rows that fail
 * validation are left out and reported. Loads run one at a time, in the exclusive lane of the
 * coordinator: queries asked meanwhile wait for the new table. `signal` cancels the load (see
 * {@link DatasetLoader.load}); it is not given to the coordinator, whose request goes on to the
 * load's real end, so that nothing reads the database before the load has cleaned up.
 */
export function loadDataset(
  source: DatasetSource,
  onProgress: OnProgress,
  signal: AbortSignal = new AbortController().signal,
): Promise<DatasetSummary> {
  return coordinator.exclusive((c) => loader.load(c, source, onProgress, signal)).then(freshValue);
}

/**
 * Makes the next load stop as a WebAssembly trap in DuckDB would: the database is stopped and
 * started afresh, its tables lost. For the tests and the bench, which check that the data
 * loaded before comes back (see the dataset store).
 */
export function trapNextLoad(): void {
  loader.fault = 'trap';
}

/**
 * Makes the next load wait for ever, as a statement DuckDB never finishes would: only
 * cancelling ends it, by stopping the database (for the tests of Cancel).
 */
export function stallNextLoad(): void {
  loader.fault = 'stall';
}

/** Any error thrown while loading, as a {@link LoadError}. */
export function asLoadError(error: unknown): LoadError {
  if (error instanceof LoadError) return error;
  const engine = error instanceof Error ? error.message : String(error);
  return new LoadError('error.database', {}, [], null, null, engine);
}
