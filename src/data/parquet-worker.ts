import initParquetWasm, { ParquetFile } from 'parquet-wasm/esm';
import parquetWasmUrl from 'parquet-wasm/esm/parquet_wasm_bg.wasm?url';
import { dataBytesOf, summarizeParquet, type ParquetSummary } from './parquet-metadata';

/**
 * What the page asks of the Parquet worker, one request at a time: open a file (a Blob or File,
 * shared with the worker, not copied) and read its footer, then decode one row group.
 */
export type ParquetRequest = { type: 'open'; blob: Blob } | { type: 'read'; index: number };

/** The worker's answer to a request: the footer, a row group as an Arrow IPC stream, or why not. */
export type ParquetReply =
  | { type: 'opened'; summary: ParquetSummary }
  | { type: 'batch'; ipc: Uint8Array }
  | { type: 'failed'; detail: string };

let file: ParquetFile | null = null;

async function answer(request: ParquetRequest): Promise<ParquetReply> {
  if (request.type === 'open') {
    // The wasm comes from the app's own folder: the app works offline.
    await initParquetWasm({ module_or_path: parquetWasmUrl });
    file = await ParquetFile.fromFile(request.blob);
    const last8 = new Uint8Array(await request.blob.slice(-8).arrayBuffer());
    const summary = summarizeParquet(file, dataBytesOf(request.blob.size, last8));
    return { type: 'opened', summary };
  }
  if (!file) throw new Error('no file is open');
  const decoded = await file.read({ rowGroups: [request.index] });
  return { type: 'batch', ipc: decoded.intoIPCStream() };
}

const reply = (message: ParquetReply) =>
  self.postMessage(message, { transfer: message.type === 'batch' ? [message.ipc.buffer] : [] });

self.addEventListener('message', (event: MessageEvent<ParquetRequest>) => {
  answer(event.data).then(reply, (error: unknown) =>
    reply({ type: 'failed', detail: error instanceof Error ? error.message : String(error) }),
  );
});

// parquet-wasm's reader stops on a damaged page with a trap ("unreachable") thrown outside the
// promise it returned, which then never settles: it is the failure of the request under way.
self.addEventListener('error', (event) => {
  event.preventDefault();
  reply({ type: 'failed', detail: event.message.replace(/^Uncaught /, '') });
});
