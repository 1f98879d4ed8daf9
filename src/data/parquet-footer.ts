/**
 * The key–value metadata of a Parquet file, read from its footer alone: a few bytes fetched
 * from the end of the file, decoded without DuckDB or any WebAssembly, so that the page can
 * read what the file says of itself (its stored first view) while the database still starts.
 *
 * A Parquet file ends with its metadata (a Thrift compact-protocol `FileMetaData` struct), the
 * metadata's length (4 bytes, little-endian) and the magic `PAR1`. Field 5 of `FileMetaData` is
 * a list of `KeyValue` structs (1: key, 2: value, both strings).
 */

const MAGIC = 'PAR1';
/** Footers longer than this are not read here (a first view is kilobytes, not megabytes). */
const MAX_FOOTER_BYTES = 16 * 1024 * 1024;
/** The bytes asked for first: most footers, first view included, fit in them. */
const FIRST_ASK = 512 * 1024;

/** Thrift compact-protocol type codes. */
const enum T {
  True = 1,
  False = 2,
  Byte = 3,
  I16 = 4,
  I32 = 5,
  I64 = 6,
  Double = 7,
  Binary = 8,
  List = 9,
  Set = 10,
  Map = 11,
  Struct = 12,
  Uuid = 13,
}

/** Reads Thrift compact-protocol values from `bytes`; throws on reading past the end. */
class CompactReader {
  private pos = 0;
  constructor(private readonly bytes: Uint8Array) {}

  private byte(): number {
    const b = this.bytes[this.pos++];
    if (b === undefined) throw new RangeError('Parquet footer ends early');
    return b;
  }

  /** An unsigned varint, as a number (exact below 2^53; only lengths and ids are used). */
  varint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const b = this.byte();
      value += (b & 0x7f) * scale;
      if ((b & 0x80) === 0) return value;
      scale *= 128;
    }
  }

  binary(): Uint8Array {
    const length = this.varint();
    const end = this.pos + length;
    if (end > this.bytes.length) throw new RangeError('Parquet footer ends early');
    const value = this.bytes.subarray(this.pos, end);
    this.pos = end;
    return value;
  }

  /** A list's (or set's) element count and element type. */
  listHeader(): { size: number; type: number } {
    const head = this.byte();
    const size = head >> 4 === 15 ? this.varint() : head >> 4;
    return { size, type: head & 0x0f };
  }

  /**
   * Calls `onField(id, type)` for each field of a struct; `onField` reads the value or
   * returns false to have it skipped.
   */
  struct(onField: (id: number, type: number) => boolean = () => false): void {
    let id = 0;
    for (;;) {
      const head = this.byte();
      if (head === 0) return;
      const delta = head >> 4;
      const type = head & 0x0f;
      if (delta === 0) {
        const zigzag = this.varint();
        id = zigzag % 2 === 0 ? zigzag / 2 : -(zigzag + 1) / 2;
      } else id += delta;
      if (!onField(id, type)) this.skip(type, false);
    }
  }

  /** Skips a value of `type` (in a list, a boolean takes a byte of its own). */
  skip(type: number, inList: boolean): void {
    switch (type) {
      case T.True:
      case T.False:
        if (inList) this.byte();
        return;
      case T.Byte:
        this.byte();
        return;
      case T.I16:
      case T.I32:
      case T.I64:
        this.varint();
        return;
      case T.Double:
        this.advance(8);
        return;
      case T.Uuid:
        this.advance(16);
        return;
      case T.Binary:
        this.binary();
        return;
      case T.List:
      case T.Set: {
        const { size, type: element } = this.listHeader();
        for (let i = 0; i < size; i++) this.skip(element, true);
        return;
      }
      case T.Map: {
        const size = this.varint();
        if (size === 0) return;
        const types = this.byte();
        for (let i = 0; i < size; i++) {
          this.skip(types >> 4, true);
          this.skip(types & 0x0f, true);
        }
        return;
      }
      case T.Struct:
        this.struct();
        return;
      default:
        throw new RangeError(`Parquet footer has an unknown Thrift type ${type}`);
    }
  }

  private advance(count: number): void {
    if (this.pos + count > this.bytes.length) throw new RangeError('Parquet footer ends early');
    this.pos += count;
  }
}

/**
 * The key–value metadata of a Parquet footer (the `FileMetaData` bytes, without the length and
 * magic that follow them). Throws a RangeError on a damaged footer.
 */
export function parquetKeyValues(footer: Uint8Array): Map<string, string> {
  const reader = new CompactReader(footer);
  const text = new TextDecoder();
  const pairs = new Map<string, string>();
  reader.struct((id, type) => {
    if (id !== 5 || type !== T.List) return false;
    const { size, type: element } = reader.listHeader();
    for (let i = 0; i < size; i++) {
      if (element !== T.Struct) {
        reader.skip(element, true);
        continue;
      }
      let key: string | null = null;
      let value: string | null = null;
      reader.struct((field, fieldType) => {
        if (fieldType !== T.Binary || (field !== 1 && field !== 2)) return false;
        const decoded = text.decode(reader.binary());
        if (field === 1) key = decoded;
        else value = decoded;
        return true;
      });
      if (key !== null && value !== null) pairs.set(key, value);
    }
    return true;
  });
  return pairs;
}

/**
 * Bytes of the file at `url` from one range request (`range` as in `bytes=…`), where they start
 * and the file's size, as the answer's Content-Range gives them; null when the server does not
 * answer ranges (it sent the whole file instead, which is not read).
 */
async function fetchRange(url: string, range: string) {
  const response = await fetch(url, { headers: { Range: `bytes=${range}` } });
  const match = /^bytes (\d+)-(\d+)\/(\d+)$/.exec(response.headers.get('Content-Range') ?? '');
  if (response.status !== 206 || !match) {
    await response.body?.cancel();
    return null;
  }
  const bytes = new Uint8Array(await response.arrayBuffer());
  const start = Number(match[1]);
  const size = Number(match[3]);
  return bytes.length === Number(match[2]) - start + 1 ? { bytes, start, size } : null;
}

/**
 * The last `count` bytes of the file at `url` (all of it if shorter): asked for as a suffix
 * range, then by position from a server that answered with another part of the file (some
 * static servers read `-n` as `0-n`). Null when the server does not answer ranges.
 */
async function fetchTail(url: string, count: number) {
  const isTail = (part: { bytes: Uint8Array; start: number; size: number } | null) =>
    part !== null && part.start + part.bytes.length === part.size;
  const first = await fetchRange(url, `-${count}`);
  if (!first) return null;
  const wanted = Math.max(0, first.size - count);
  if (isTail(first) && first.start <= wanted) return first.bytes.subarray(wanted - first.start);
  const again = await fetchRange(url, `${wanted}-${first.size - 1}`);
  return again && isTail(again) && again.start === wanted ? again.bytes : null;
}

/**
 * The key–value metadata of the Parquet file at `url`, from the end of the file: one range
 * request, or more when the footer is longer than the first ask or the server answers
 * another part. Null when the server does not
 * answer range requests, the file is not Parquet, or its footer cannot be read or fetched.
 * Never throws.
 */
export async function fetchParquetKeyValues(url: string): Promise<Map<string, string> | null> {
  try {
    let tail = await fetchTail(url, FIRST_ASK);
    if (!tail || tail.length < 8) return null;
    const end = tail.subarray(tail.length - 8);
    if (new TextDecoder().decode(end.subarray(4)) !== MAGIC) return null;
    const length = new DataView(end.buffer, end.byteOffset).getUint32(0, true);
    if (length === 0 || length > MAX_FOOTER_BYTES) return null;
    if (tail.length < length + 8) tail = await fetchTail(url, length + 8);
    if (!tail || tail.length < length + 8) return null;
    return parquetKeyValues(tail.subarray(tail.length - 8 - length, tail.length - 8));
  } catch {
    return null;
  }
}
