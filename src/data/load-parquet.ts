import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { IngestError } from './ingest/types';
import { LoadError } from './load-error';
import { declaredOf, findMetadataProblem, type ParquetDeclared } from './parquet-metadata';
import type { ParquetReply, ParquetRequest } from './parquet-worker';

export type { ParquetDeclared } from './parquet-metadata';

/** Progress of reading bytes: how many arrived and how many are expected (null if unknown). */
export type ByteProgress = (loaded: number, total: number | null) => void;

/**
 * Fetches a file from the app's own origin, reporting bytes as they arrive. The bytes become a
 * Blob as they come, never one array in the page's memory: the browser may keep a Blob's bytes
 * outside the tab.
 */
export async function fetchBlob(url: string, onProgress: ByteProgress): Promise<Blob> {
  const response = await fetch(url).catch(() => {
    throw new LoadError('error.unreachable');
  });
  if (!response.ok) {
    throw new LoadError('error.http', { status: response.status, statusText: response.statusText });
  }
  // A static host that answers an address where nothing is with its web page, as a
  // single-page site's fallback does: no data file is ever served as HTML.
  if (/^text\/html\b/i.test(response.headers.get('content-type') ?? ''))
    throw new LoadError('error.webPage', { url: response.url || url });
  const header = Number(response.headers.get('content-length'));
  const total = Number.isFinite(header) && header > 0 ? header : null;
  if (!response.body) return response.blob();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read().catch(() => {
      throw new LoadError('error.transferBroken', { loaded });
    });
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress(loaded, total);
  }
  return new Blob(chunks as BlobPart[]);
}

/** Progress of inserting row groups. */
export type RowGroupProgress = (done: number, total: number, rows: number) => void;

/** What may stop a Parquet load before its end. */
export interface InsertParquetOptions {
  /** Checked between row groups; when it aborts, the decoding under way stops too. */
  signal?: AbortSignal;
  /** Called with what the footer declares before any row group is decoded; throws to refuse. */
  check?: (declared: ParquetDeclared) => void;
  /** Add the rows to the existing `table` instead of creating it. */
  append?: boolean;
}

/**
 * A worker of its own that decodes one Parquet file, one request at a time. A request fails
 * when the worker itself fails and when `signal` aborts; `stop` ends the worker.
 */
function startParquetWorker(signal: AbortSignal | undefined) {
  const worker = new Worker(new URL('./parquet-worker.ts', import.meta.url), { type: 'module' });
  let fail: (error: unknown) => void = () => undefined;
  const abort = () => fail(signal?.reason);
  signal?.addEventListener('abort', abort);
  worker.onerror = (event) => {
    event.preventDefault();
    fail(new Error(event.message || 'the Parquet worker stopped'));
  };
  return {
    ask: (request: ParquetRequest) =>
      new Promise<ParquetReply>((resolve, reject) => {
        fail = reject;
        worker.onmessage = (event: MessageEvent<ParquetReply>) => resolve(event.data);
        worker.postMessage(request);
      }),
    stop() {
      signal?.removeEventListener('abort', abort);
      worker.terminate();
    },
  };
}

/** The worker's words when it did not give what was asked. */
const failure = (reply: ParquetReply) => (reply.type === 'failed' ? reply.detail : reply.type);

/**
 * A damaged row group (`index` 0-based) or its damaged description in the footer; `reason`,
 * parquet-wasm's words or the footer's impossible sums, is kept apart for the Details.
 */
export function rowGroupError(
  key: 'error.parquetRowGroup' | 'error.parquetMetadata',
  index: number,
  total: number,
  reason: string,
): LoadError {
  return new LoadError(key, { index: index + 1, total }, [], null, null, reason);
}

/**
 * Decodes a Parquet file (fetched bytes or a file the user dropped) in a worker with
 * parquet-wasm, so that the page keeps drawing, and inserts it into a new DuckDB table (or,
 * with `options.append`, the existing one), on `connection`, one row group at a time, so that memory stays bounded and progress can be
 * shown. A footer that cannot be true of the file, or a row group that fails to decode, is
 * refused, naming the row group; `options.check` sees what the footer declares first.
 */
export async function insertParquet(
  connection: AsyncDuckDBConnection,
  blob: Blob,
  table: string,
  onProgress: RowGroupProgress,
  { signal, check, append = false }: InsertParquetOptions = {},
): Promise<number> {
  signal?.throwIfAborted();
  const worker = startParquetWorker(signal);
  try {
    const opened = await worker.ask({ type: 'open', blob });
    if (opened.type !== 'opened') {
      throw new LoadError('error.notParquet', {}, [], null, null, failure(opened));
    }
    const groups = opened.summary.rowGroups;
    const problem = findMetadataProblem(opened.summary);
    if (problem) {
      throw rowGroupError('error.parquetMetadata', problem.rowGroup, groups.length, problem.reason);
    }
    check?.(declaredOf(opened.summary));
    let rows = 0;
    for (const [index, group] of groups.entries()) {
      signal?.throwIfAborted();
      const decoded = await worker.ask({ type: 'read', index });
      if (decoded.type !== 'batch') {
        throw rowGroupError('error.parquetRowGroup', index, groups.length, failure(decoded));
      }
      await connection.insertArrowFromIPCStream(decoded.ipc, {
        name: table,
        create: index === 0 && !append,
      });
      rows += group.rows;
      onProgress(index + 1, groups.length, rows);
    }
    return rows;
  } finally {
    worker.stop();
  }
}

/**
 * parquet-wasm's failure to read `file` as the ingest refuses it: a damaged row group or footer
 * is named (`parquet_row_group`, `parquet_metadata`); any other failure is the ingest's
 * "unreadable", with parquet-wasm's words as the detail.
 */
export function parquetRefusal(error: LoadError, file: string): Error {
  const { index = 0, total = 0, detail } = error.params;
  const where = `row group ${index} of ${total}`;
  const engine = error.engine ?? '';
  const params = { index, total, engine };
  if (error.key === 'error.parquetRowGroup')
    return new IngestError(
      `${where} is damaged (${engine}): export or download the file again`,
      file,
      { code: 'parquet_row_group', params },
    );
  if (error.key === 'error.parquetMetadata')
    return new IngestError(
      `is damaged: its footer describes ${where} in a way that cannot be true (${engine}), so nothing was read; export or download the file again`,
      file,
      { code: 'parquet_metadata', params },
    );
  return new Error(String(detail ?? error.engine ?? error.key));
}
