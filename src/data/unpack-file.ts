import {
  HEAD_BYTES,
  memoryBudget,
  TEXT_FACTOR,
  unpackAll,
  type ByteStore,
  type Unpacking,
} from './ingest';

/** A file the ingest can read: decompressed and in UTF-8 where it was not, with its first bytes. */
export interface ReadableFile {
  /** Named as the user knows it: the file's name, or `archive.zip/member.csv`. */
  file: File;
  head: Uint8Array;
  unpacking: Unpacking;
  /** The archive it was found in. */
  archive?: string | undefined;
}

/** The browser keeps what it decompresses or converts in a Blob (which it may hold on disk). */
const BLOBS: ByteStore<Blob> = {
  head: async (blob) => new Uint8Array(await blob.slice(0, HEAD_BYTES).arrayBuffer()),
  size: (blob) => Promise.resolve(blob.size),
  stream: (blob, start, end) => blob.slice(start, end).stream(),
  keep: (stream) => new Response(stream).blob(),
};

/**
 * The bytes one load may use in this browser (see {@link memoryBudget}). `deviceMemory` is
 * Chromium's, so not in the DOM's types; Node, which runs the tests, has no `navigator` before
 * version 21.
 */
export function browserBudget(): number {
  const device =
    typeof navigator === 'undefined'
      ? undefined
      : (navigator as { deviceMemory?: number }).deviceMemory;
  return memoryBudget(device);
}

const unpacked = new WeakMap<File, Promise<ReadableFile[]>>();

/**
 * The user's file as the ingest reads it (see src/data/ingest/unpack.ts): one file, or each
 * member of a ZIP archive; refused before it is read when it would not fit in this browser's
 * memory. Done once per file: the column-mapping dialog and the loads after it share the result.
 */
export function readableFiles(file: File): Promise<ReadableFile[]> {
  let result = unpacked.get(file);
  if (!result) {
    result = (async () => {
      const files = await unpackAll(file.name, file as Blob, BLOBS, {
        maxBytes: Math.floor(browserBudget() / TEXT_FACTOR),
      });
      return Promise.all(
        files.map(async ({ name, source, unpacking, archive }) => {
          const readable = source === file ? file : new File([source], name);
          const head = await BLOBS.head(readable);
          return { file: readable, head, unpacking, archive };
        }),
      );
    })();
    // A failure is not kept: the same file may be chosen again once the cause is fixed.
    result.catch(() => unpacked.delete(file));
    unpacked.set(file, result);
  }
  return result;
}
