import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import initParquetWasm, { ParquetFile } from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { LoadError } from './load-error';

/** Calls `start` on the first call only, and gives every call its promise. */
function once<T>(start: () => Promise<T>): () => Promise<T> {
  let started: Promise<T> | null = null;
  return () => (started ??= start());
}

/** Starts parquet-wasm once. duckdb-wasm cannot read Parquet offline (it would download an extension). */
const initParquet = once(() => initParquetWasm({ module_or_path: parquetWasmUrl }));

/** Progress of reading bytes: how many arrived and how many are expected (null if unknown). */
export type ByteProgress = (loaded: number, total: number | null) => void;

/** Fetches a file from the app's own origin, reporting bytes as they arrive. */
export async function fetchBytes(url: string, onProgress: ByteProgress): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) {
    throw new LoadError('error.http', { status: response.status, statusText: response.statusText });
  }
  const header = Number(response.headers.get('content-length'));
  const total = Number.isFinite(header) && header > 0 ? header : null;
  if (!response.body) return new Uint8Array(await response.arrayBuffer());
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.length;
    onProgress(loaded, total);
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.length;
  }
  return bytes;
}

/** Progress of inserting row groups. */
export type RowGroupProgress = (done: number, total: number, rows: number) => void;

/** Opens a Parquet file lazily, or says plainly that it is not Parquet. */
async function openParquet(blob: Blob): Promise<ParquetFile> {
  try {
    return await ParquetFile.fromFile(blob);
  } catch (error) {
    throw new LoadError('error.notParquet', {
      detail: error instanceof Error ? error.message : String(error),
    });
  }
}

/**
 * Decodes a Parquet file (fetched bytes or a file the user dropped) with parquet-wasm and
 * inserts it into a new DuckDB table, on `connection`, one row group at a time, so that memory
 * stays bounded and progress can be shown.
 */
export async function insertParquet(
  connection: AsyncDuckDBConnection,
  blob: Blob,
  table: string,
  onProgress: RowGroupProgress,
): Promise<number> {
  await initParquet();
  const file = await openParquet(blob);
  try {
    const sizes = file
      .metadata()
      .rowGroups()
      .map((group) => group.numRows());
    let rows = 0;
    for (const [index, size] of sizes.entries()) {
      const decoded = await file.read({ rowGroups: [index] });
      await connection.insertArrowFromIPCStream(decoded.intoIPCStream(), {
        name: table,
        create: index === 0,
      });
      rows += size;
      onProgress(index + 1, sizes.length, rows);
    }
    return rows;
  } finally {
    file.free();
  }
}
