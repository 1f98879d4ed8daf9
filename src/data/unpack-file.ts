import { HEAD_BYTES, unpack, type ByteStore, type Unpacking } from './ingest';

/** A file the ingest can read: decompressed and in UTF-8 where it was not, with its first bytes. */
export interface ReadableFile {
  file: File;
  head: Uint8Array;
  unpacking: Unpacking;
}

/** The browser keeps what it decompresses or converts in a Blob (which it may hold on disk). */
const BLOBS: ByteStore<Blob> = {
  head: async (blob) => new Uint8Array(await blob.slice(0, HEAD_BYTES).arrayBuffer()),
  stream: (blob) => blob.stream(),
  keep: (stream) => new Response(stream).blob(),
};

const unpacked = new WeakMap<File, Promise<ReadableFile>>();

/**
 * The user's file as the ingest reads it (see src/data/ingest/unpack.ts), under its own name.
 * Done once per file: the column-mapping dialog and the loads after it share the result.
 */
export function readableFile(file: File): Promise<ReadableFile> {
  let result = unpacked.get(file);
  if (!result) {
    result = (async () => {
      const { source, unpacking } = await unpack(file.name, file as Blob, BLOBS);
      const readable = source === file ? file : new File([source], file.name);
      return { file: readable, head: await BLOBS.head(readable), unpacking };
    })();
    // A failure is not kept: the same file may be chosen again once the cause is fixed.
    result.catch(() => unpacked.delete(file));
    unpacked.set(file, result);
  }
  return result;
}
