/**
 * Files as publishers ship them, made readable before the ingest sees them: a ZIP archive
 * (BACI's) gives its members, gzip-compressed downloads (Comtrade's bulk files) are
 * decompressed, text in an encoding DuckDB's CSV reader does not know (Big5 from Taiwan's
 * government portals, UTF-16 from a spreadsheet's "Unicode text", Shift-JIS) is converted to
 * UTF-8, and lines that end in more than one way are made to end alike. All in streams, in the
 * browser and in Node alike; the caller decides where the result is kept (a Blob, a temporary
 * file). The browser gives a limit: a file that would not fit in its memory is refused by the
 * size it declares, or as soon as it gives more (see budget.ts).
 */
import { checkDeclared, TEXT_FACTOR } from './budget';
import { classifyUtf8, isParquet, KIND_SAMPLE_BYTES, utf16ByNuls } from './head';
import { IngestError } from './types';
import { isZip, memberDataStart, zipMembers } from './zip';

/** Encodings read by converting them to UTF-8 first (DuckDB reads only UTF-8 and Latin-1). */
export const CONVERTED_ENCODINGS = ['utf-16le', 'utf-16be', 'big5', 'shift_jis'] as const;

/** One of {@link CONVERTED_ENCODINGS}, by its WHATWG label. */
export type ConvertedEncoding = (typeof CONVERTED_ENCODINGS)[number];

/** What was done to a file before the ingest read it. */
export interface Unpacking {
  gzip: boolean;
  /** The encoding it was converted from, or null when it was read as it is. */
  encoding: ConvertedEncoding | null;
  /** Its lines ended in more than one way (CRLF, LF, CR) and now all end in LF. */
  lineEnds: boolean;
}

/** Where a file's bytes are kept, and how to read them again: a Blob, a path... */
export interface ByteStore<S> {
  head(source: S): Promise<Uint8Array>;
  size(source: S): Promise<number>;
  /** Bytes `start` to `end` (exclusive), or the whole file. */
  stream(source: S, start?: number, end?: number): ReadableStream<Uint8Array>;
  /** Keeps what `stream` gives, and returns where (rejecting if the stream fails). */
  keep(stream: ReadableStream<Uint8Array>): Promise<S>;
}

/** What {@link unpack} and {@link unpackAll} may give. */
export interface UnpackLimit {
  /**
   * The most bytes of text a file (or all of an archive's members) may give once decompressed
   * and converted; none by default. Past it the file is refused as `too_big`, against a memory
   * budget of `maxBytes` × {@link TEXT_FACTOR}.
   */
  maxBytes?: number | undefined;
}

/** Refuses `name` as too big when `bytes` of text pass `maxBytes` (see budget.ts). */
function checkSize(name: string, bytes: number, maxBytes: number | undefined): void {
  if (maxBytes !== undefined) checkDeclared(name, { kind: 'text', bytes }, maxBytes * TEXT_FACTOR);
}

/**
 * Keeps `stream` in `store`, stopped with the `too_big` refusal as soon as it gives more than
 * `maxBytes`: a compressed file may declare less than it holds. The store never gets the chunk
 * that passes the limit.
 */
async function keepWithin<S>(
  name: string,
  stream: ReadableStream<Uint8Array>,
  store: ByteStore<S>,
  maxBytes: number | undefined,
): Promise<S> {
  if (maxBytes === undefined) return store.keep(stream);
  let given = 0;
  let refusal: unknown;
  const counted = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      given += chunk.length;
      try {
        checkSize(name, given, maxBytes);
      } catch (error) {
        refusal = error;
        throw error; // errors the stream, which cancels the decompression behind it
      }
      controller.enqueue(chunk);
    },
  });
  try {
    return await store.keep(stream.pipeThrough(counted));
  } catch (error) {
    // The store may report the stream's failure in its own words.
    throw refusal ?? error;
  }
}

/** True for the two bytes that start every gzip stream. */
export function isGzip(head: Uint8Array): boolean {
  return head[0] === 0x1f && head[1] === 0x8b;
}

/**
 * UTF-16 by its byte-order mark, or without one by NUL bytes on every other position (text
 * that is mostly ASCII, as a table's digits and commas are); null for anything else.
 */
function utf16Of(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (head[0] === 0xff && head[1] === 0xfe) return 'utf-16le';
  if (head[0] === 0xfe && head[1] === 0xff) return 'utf-16be';
  return utf16ByNuls(head);
}

/** Han ideographs and kana. */
const isCjk = (c: number) => (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3040 && c <= 0x30ff);

/**
 * How plausible a decoded text is as a Chinese or Japanese table: one point per Han ideograph
 * or kana in a run of two or more (words; a Latin-1 "ô" and the letter after it make one
 * lone ideograph when read as Big5), minus two per half-width katakana (what Big5 bytes become
 * when read as Shift-JIS) and per character outside the common planes (what Shift-JIS becomes
 * when read as Big5).
 */
function cjkScore(text: string): number {
  let [score, run] = [0, 0];
  const endRun = () => {
    if (run >= 2) score += run;
    run = 0;
  };
  for (const ch of text) {
    const c = ch.codePointAt(0) ?? 0;
    if (isCjk(c)) {
      run += 1;
      continue;
    }
    endRun();
    if ((c >= 0xff61 && c <= 0xff9f) || c > 0xffff || (c >= 0xe000 && c <= 0xf8ff)) score -= 2;
  }
  endRun();
  return score;
}

/** Decodes `bytes` strictly, or null if they are not valid in `encoding`. */
function decodeStrictly(bytes: Uint8Array, encoding: string): string | null {
  try {
    // `stream` so that a character cut off by the end of the head is no error.
    return new TextDecoder(encoding, { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return null;
  }
}

/**
 * The encoding a file's first bytes must be converted from, or null when DuckDB reads it as it
 * is (UTF-8, binary data, or other text, which the ingest reads as Latin-1). Bytes that are not UTF-8
 * are Big5 or Shift-JIS when they decode as such into more Han characters and kana than noise.
 */
export function encodingToConvert(head: Uint8Array): ConvertedEncoding | null {
  const utf16 = utf16Of(head);
  if (utf16) return utf16;
  // NUL bytes (besides UTF-16's) mark binary data: Parquet, images, archives. Not text.
  if (head.includes(0) || classifyUtf8(head) !== 'invalid') return null;
  let best: { encoding: ConvertedEncoding; score: number } | null = null;
  for (const encoding of ['big5', 'shift_jis'] as const) {
    const text = decodeStrictly(head, encoding);
    const score = text === null ? 0 : cjkScore(text);
    if (score > 0 && (!best || score > best.score)) best = { encoding, score };
  }
  return best?.encoding ?? null;
}

/** A transform that takes bytes (lib.dom types its input as any BufferSource, bytes included). */
function takingBytes<T>(transform: {
  readable: ReadableStream<T>;
  writable: WritableStream<BufferSource>;
}): ReadableWritablePair<T, Uint8Array> {
  return transform as unknown as ReadableWritablePair<T, Uint8Array>;
}

function gunzip(stream: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  return stream.pipeThrough(takingBytes(new DecompressionStream('gzip')));
}

/**
 * Deflate gives at most 1,032 bytes per byte: a match of 258 bytes takes at least 2 bits (a
 * 1-bit length code and a 1-bit distance code). A size past that is no real size.
 */
const MAX_DEFLATE_RATIO = 1032;

/**
 * The size a gzip file declares for its content, which is at least that big: its last 4 bytes
 * (ISIZE) hold the size modulo 2^32, of the last stream when several are joined. 0 when the
 * figure cannot be right (a file cut off ends in other bytes): decompressing will tell.
 */
async function gzipDeclaredSize<S>(source: S, store: ByteStore<S>): Promise<number> {
  const size = await store.size(source);
  if (size < 4) return 0;
  const tail = await bytesOf(store.stream(source, size - 4, size));
  const declared = new DataView(tail.buffer, tail.byteOffset, 4).getUint32(0, true);
  return declared <= size * MAX_DEFLATE_RATIO ? declared : 0;
}

/**
 * Whether text's lines end in more than one way: CRLF and LF (files pasted together, a sheet
 * edited on two systems) or a lone CR. DuckDB's CSV reader expects one kind throughout, and a
 * change may come anywhere, so the whole stream is read, chunk by chunk, until a second kind
 * shows (a CR at a chunk's end is judged by the next chunk's first byte).
 */
export async function mixesLineEnds(stream: ReadableStream<Uint8Array>): Promise<boolean> {
  const kinds = new Set<string>();
  let lastWasCr = false;
  const reader = stream.getReader();
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      for (const b of next.value) {
        if (b === 0x0a) kinds.add(lastWasCr ? 'crlf' : 'lf');
        else if (lastWasCr) kinds.add('cr');
        lastWasCr = b === 0x0d;
      }
      if (kinds.size > 1) return true;
    }
    if (lastWasCr) kinds.add('cr');
    return kinds.size > 1;
  } finally {
    await reader.cancel().catch(() => undefined);
  }
}

/** Ends every line in LF: CRLF loses its CR, a lone CR becomes LF (across chunks too). */
function toLf(stream: ReadableStream<Uint8Array>): ReadableStream<Uint8Array> {
  let pendingCr = false;
  return stream.pipeThrough(
    new TransformStream<Uint8Array, Uint8Array>({
      transform(chunk, controller) {
        // A CR held from the chunk before may add one byte.
        const out = new Uint8Array(chunk.length + 1);
        let n = 0;
        for (const b of chunk) {
          if (pendingCr && b !== 0x0a) out[n++] = 0x0a;
          pendingCr = b === 0x0d;
          if (!pendingCr) out[n++] = b;
        }
        controller.enqueue(out.subarray(0, n));
      },
      flush(controller) {
        if (pendingCr) controller.enqueue(Uint8Array.of(0x0a));
      },
    }),
  );
}

function toUtf8(stream: ReadableStream<Uint8Array>, encoding: ConvertedEncoding) {
  // The decoder drops a byte-order mark; bytes invalid in the encoding become U+FFFD.
  return stream
    .pipeThrough(takingBytes(new TextDecoderStream(encoding)))
    .pipeThrough(new TextEncoderStream());
}

/**
 * Decompresses and converts a file as its first bytes require, keeping each result in
 * `store`; returns where the readable bytes are and what was done. A damaged gzip stream, and
 * a file past `maxBytes` (a Parquet file is left to the check of its declared size), are
 * refused with an {@link IngestError} naming the file.
 */
export async function unpack<S>(
  name: string,
  source: S,
  store: ByteStore<S>,
  { maxBytes }: UnpackLimit = {},
): Promise<{ source: S; unpacking: Unpacking }> {
  const unpacking: Unpacking = { gzip: false, encoding: null, lineEnds: false };
  let head = await store.head(source);
  if (isGzip(head)) {
    if (maxBytes !== undefined) checkSize(name, await gzipDeclaredSize(source, store), maxBytes);
    try {
      source = await keepWithin(name, gunzip(store.stream(source)), store, maxBytes);
    } catch (error) {
      if (error instanceof IngestError) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new IngestError(
        `is gzip-compressed but cannot be decompressed (${detail}): it may be cut off or damaged; download it again`,
        name,
        { code: 'gzip_damaged', params: { engine: detail } },
      );
    }
    unpacking.gzip = true;
    head = await store.head(source);
  } else if (maxBytes !== undefined && !isParquet(head))
    checkSize(name, await store.size(source), maxBytes);
  const encoding = encodingToConvert(head);
  if (encoding) {
    source = await keepWithin(name, toUtf8(store.stream(source), encoding), store, maxBytes);
    unpacking.encoding = encoding;
    head = await store.head(source);
  }
  // Binary data (Parquet, archives) has NUL bytes where detection looks for them; text never
  // has, once converted from UTF-16. Ending lines in LF never makes text longer: no limit.
  const binary = head.subarray(0, KIND_SAMPLE_BYTES).includes(0);
  if (!binary && (await mixesLineEnds(store.stream(source)))) {
    source = await store.keep(toLf(store.stream(source)));
    unpacking.lineEnds = true;
  }
  return { source, unpacking };
}

/** A file the ingest can read, named as the user knows it. */
export interface Unpacked<S> {
  /** The file's name, or `archive.zip/member.csv` for a member of an archive. */
  name: string;
  source: S;
  unpacking: Unpacking;
  /** The archive it was found in. */
  archive?: string;
}

/** Bytes of a stream, for the small reads of an archive's directory. */
async function bytesOf(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/**
 * Like {@link unpack}, but a ZIP archive (not an Excel workbook, which is one too) gives each
 * of its members, extracted into `store` and made readable in turn. The members of an archive
 * are loaded together: the sizes its directory declares for them must fit `limit` together.
 */
export async function unpackAll<S>(
  name: string,
  source: S,
  store: ByteStore<S>,
  limit: UnpackLimit = {},
): Promise<Unpacked<S>[]> {
  if (!isZip(await store.head(source)) || /\.xlsx?$/i.test(name))
    return [{ name, ...(await unpack(name, source, store, limit)) }];
  const read = (start: number, end: number) => bytesOf(store.stream(source, start, end));
  const members = await zipMembers(name, await store.size(source), read);
  const declared = members.reduce((sum, member) => sum + member.size, 0);
  checkSize(name, declared, limit.maxBytes);
  const files: Unpacked<S>[] = [];
  for (const member of members) {
    const memberName = `${name}/${member.name}`;
    let extracted: S;
    try {
      const start = await memberDataStart(member, read);
      const stored = store.stream(source, start, start + member.compressedSize);
      extracted = await keepWithin(
        memberName,
        member.method === 8
          ? stored.pipeThrough(takingBytes(new DecompressionStream('deflate-raw')))
          : stored,
        store,
        limit.maxBytes,
      );
    } catch (error) {
      if (error instanceof IngestError) throw error;
      const detail = error instanceof Error ? error.message : String(error);
      throw new IngestError(
        `cannot be extracted from its ZIP archive (${detail}): it may be cut off or damaged; download it again`,
        memberName,
        { code: 'zip_member_damaged', params: { engine: detail } },
      );
    }
    files.push({
      name: memberName,
      ...(await unpack(memberName, extracted, store, limit)),
      archive: name,
    });
  }
  return files;
}
