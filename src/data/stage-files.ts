/**
 * The user's files staged for a load in the browser: each made readable (unpacked, converted
 * to UTF-8), weighed against the memory this browser allows, and read by the ingest into the
 * table that will replace the current one. Also how the ingest's refusals become load errors.
 */
import { DuckDBDataProtocol } from '@duckdb/duckdb-wasm';
import { isMessageKey } from '../i18n';
import type { LoadProgress } from './dataset';
import type { BrowserConnection } from './duckdb-browser';
import {
  checkDeclared,
  checkTotal,
  IngestError,
  NoRowsError,
  ingestFiles,
  type IngestFile,
  type IngestStage,
  type ParquetStager,
  type UserMapping,
} from './ingest';
import { isParquet } from './ingest/head';
import { LoadError } from './load-error';
import {
  insertParquet,
  parquetRefusal,
  type InsertParquetOptions,
  type ParquetDeclared,
  type RowGroupProgress,
} from './load-parquet';
import { relationKindSql } from './sql/statements';
import { browserBudget, readableFiles } from './unpack-file';

/** The files of one load, as the user gave them. */
export interface FilesToStage {
  files: readonly File[];
  /** The column mapping chosen for a file of a layout of its own. */
  mappings: ReadonlyMap<File, UserMapping>;
  /** When the files are added to the data shown: the names of the files behind it. */
  base: string | null;
}

/** Where the files go (`output`), and the table of the data shown (`current`). */
export interface StageTables {
  output: string;
  current: string;
}

/**
 * What to give {@link insertParquet} for `name`: `signal`, and the refusal of a file whose
 * footer declares more than this browser can hold.
 */
export function parquetOptions(name: string, signal: AbortSignal): InsertParquetOptions {
  const check = (declared: ParquetDeclared) =>
    checkDeclared(
      name,
      { ...declared, kind: 'parquet', bytes: declared.uncompressedBytes },
      browserBudget(),
    );
  return { signal, check };
}

/**
 * Reads the user's files into `tables.output` through the ingest (added to `tables.current`
 * when `given.base` says so), and returns what it read and skipped. The files are registered
 * with DuckDB for the ingest only, and let go whatever happens.
 */
export async function stageFiles(
  c: BrowserConnection,
  given: FilesToStage,
  tables: StageTables,
  onProgress: (progress: LoadProgress) => void,
  signal: AbortSignal,
) {
  const { files, mappings, base } = given;
  const upload = c.uniqueName('upload');
  const byPath = new Map<string, File>();
  const inputs: IngestFile[] = [];
  // Parquet goes through parquet-wasm: duckdb-wasm would download its Parquet extension.
  const stageParquet: ParquetStager = async (_db, input, table) => {
    const file = byPath.get(input.path);
    if (!file) return;
    const progress: RowGroupProgress = (done, total, rows) =>
      onProgress({ step: 'inserting', done, total, rows });
    await insertParquet(c.connection, file, table, progress, parquetOptions(input.name, signal))
      // The ingest says which file; a damaged row group is a refusal of its own.
      .catch((error: unknown) => {
        throw error instanceof LoadError ? parquetRefusal(error, input.name) : error;
      });
  };
  const startedAt = performance.now();
  const onStage = (stage: IngestStage) => onProgress({ step: 'ingesting', stage, startedAt });
  try {
    for (const chosen of files) {
      for (const { file, head, unpacking, archive } of await readableFiles(chosen)) {
        const path = `${upload}-${byPath.size}-${file.name.replaceAll('/', '_')}`;
        byPath.set(path, file);
        await c.db.registerFileHandle(path, file, DuckDBDataProtocol.BROWSER_FILEREADER, true);
        inputs.push({
          name: file.name,
          path,
          head,
          unpacking,
          archive,
          mapping: mappings.get(chosen),
        });
      }
    }
    // Parquet files are weighed by their footers as they are read; text files all together.
    const text = inputs.filter((input) => !isParquet(input.head));
    checkTotal(
      text.map((input) => ({ name: input.name, bytes: byPath.get(input.path)?.size ?? 0 })),
      browserBudget(),
    );
    signal.throwIfAborted();
    const hasCurrent = base !== null && (await dataExists(c, tables.current));
    const summary = await ingestFiles(c.sql, inputs, {
      outputTable: tables.output,
      stageParquet,
      onStage,
      ...(hasCurrent ? { base: { table: tables.current, name: base } } : {}),
    });
    return { skippedRows: summary.rowsSkipped, issues: [], ingest: summary, checksum: null };
  } catch (error) {
    if (error instanceof NoRowsError)
      throw new LoadError('error.noValidRows', {}, [], error.summary);
    if (error instanceof IngestError) throw ingestFailure(error, files.length);
    throw error;
  } finally {
    for (const path of byPath.keys()) await c.db.dropFile(path).catch(() => undefined);
  }
}

/**
 * Why the ingest refused the files, for the status line: the refusal in the user's language
 * (`ingestError.<code>`) when the dictionaries have it, prefixed with the file name when several
 * files were given (the status line names a single file already).
 */
export function ingestFailure(error: IngestError, fileCount: number): LoadError {
  const named = fileCount > 1 && error.file !== undefined;
  const fallback = { detail: named ? error.message : error.reason };
  if (!isMessageKey(`ingestError.${error.code}`)) return new LoadError('error.ingest', fallback);
  const detail = { code: error.code, params: error.params, message: error.reason };
  // The words of the engine under the app (zlib, DuckDB, parquet-wasm) go under Details.
  const engine = typeof error.params.engine === 'string' ? error.params.engine : null;
  return named
    ? new LoadError('error.ingestFile', { file: error.file ?? '' }, [], null, detail, engine)
    : new LoadError('error.ingest', {}, [], null, detail, engine);
}

/** Whether the data shown (`name`: a view over its rows, or a table) exists. */
async function dataExists(c: BrowserConnection, name: string): Promise<boolean> {
  const { sql, params } = relationKindSql(name);
  const [kind] = await c.sql.query(sql, params);
  return Number(kind?.tables) + Number(kind?.views) > 0;
}
