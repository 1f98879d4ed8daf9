/** Files on disk as the ingest reads them (see src/data/ingest/unpack.ts). */
import {
  closeSync,
  createReadStream,
  createWriteStream,
  openSync,
  readSync,
  statSync,
} from 'node:fs';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type { ReadableStream as NodeReadableStream } from 'node:stream/web';
import { HEAD_BYTES, type ByteStore } from '../../src/data/ingest';

/** The first bytes of a file. */
export function readHead(path: string): Uint8Array {
  const fd = openSync(path, 'r');
  try {
    const buffer = new Uint8Array(HEAD_BYTES);
    return buffer.subarray(0, readSync(fd, buffer, 0, HEAD_BYTES, 0));
  } finally {
    closeSync(fd);
  }
}

/** Files on disk; what is decompressed or converted is written to files in `dir`. */
export function fileStore(dir: string): ByteStore<string> {
  let written = 0;
  return {
    head: (path) => Promise.resolve(readHead(path)),
    size: (path) => Promise.resolve(statSync(path).size),
    stream: (path, start, end) =>
      Readable.toWeb(
        createReadStream(path, end === undefined ? { start } : { start, end: end - 1 }),
      ) as ReadableStream<Uint8Array>,
    async keep(stream) {
      const path = join(dir, `unpacked-${++written}`);
      await pipeline(
        Readable.fromWeb(stream as NodeReadableStream<Uint8Array>),
        createWriteStream(path),
      );
      return path;
    },
  };
}
