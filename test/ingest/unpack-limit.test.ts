import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { HEAD_BYTES, detectFormat } from '../../src/data/ingest/detect';
import { ingestFiles } from '../../src/data/ingest/ingest';
import { IngestError } from '../../src/data/ingest/types';
import { unpack, unpackAll, type ByteStore } from '../../src/data/ingest/unpack';
import { FIXTURES } from './helpers';

// Big inputs are made here, a MiB at a time, never committed; the limit is 1 MiB, so that the
// tests stay fast and light (the browser's is hundreds of MiB; see budget.ts).

const MIB = 1_048_576;
const LIMIT = MIB;
/** Bytes per chunk read from a stored file. */
const CHUNK = 1024;

/** Files in memory, read a KiB at a time, counting what was read and what was kept. */
function memoryStore() {
  const counts = { read: 0, kept: [] as number[] };
  const store: ByteStore<Uint8Array> = {
    head: (bytes) => Promise.resolve(bytes.subarray(0, HEAD_BYTES)),
    size: (bytes) => Promise.resolve(bytes.length),
    stream: (bytes, start = 0, end = bytes.length) =>
      new ReadableStream({
        pull(controller) {
          if (start >= end) return controller.close();
          const chunk = bytes.slice(start, Math.min(end, start + CHUNK));
          start += chunk.length;
          counts.read += chunk.length;
          controller.enqueue(chunk);
        },
      }),
    async keep(stream) {
      const index = counts.kept.push(0) - 1;
      const parts: Uint8Array[] = [];
      const reader = stream.getReader();
      for (let next = await reader.read(); !next.done; next = await reader.read()) {
        parts.push(next.value);
        counts.kept[index] = (counts.kept[index] ?? 0) + next.value.length;
      }
      return Buffer.concat(parts);
    },
  };
  return { store, counts };
}

/** `mib` MiB of zeros compressed as `format`, a MiB at a time. */
async function compressedZeros(format: CompressionFormat, mib: number): Promise<Uint8Array> {
  const zeros = new Uint8Array(MIB);
  const source = new ReadableStream<Uint8Array>({
    start(controller) {
      for (let i = 0; i < mib; i++) controller.enqueue(zeros);
      controller.close();
    },
  });
  const compress = new CompressionStream(format) as unknown as ReadableWritablePair<
    Uint8Array,
    Uint8Array
  >;
  return new Uint8Array(await new Response(source.pipeThrough(compress)).arrayBuffer());
}

/** The same bytes, with the last four (a gzip file's ISIZE) saying `size`. */
function withIsize(gzip: Uint8Array, size: number): Uint8Array {
  const lying = gzip.slice();
  new DataView(lying.buffer).setUint32(lying.length - 4, size, true);
  return lying;
}

/** A ZIP archive whose directory declares `size` for each member (its CRCs are not checked). */
function zipOf(members: { name: string; data: Uint8Array; method: 0 | 8; size: number }[]) {
  const encoder = new TextEncoder();
  const locals: Uint8Array[] = [];
  const centrals: Uint8Array[] = [];
  let offset = 0;
  for (const { name, data, method, size } of members) {
    const nameBytes = encoder.encode(name);
    const local = new Uint8Array(30 + nameBytes.length + data.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(8, method, true);
    l.setUint32(18, data.length, true);
    l.setUint32(22, size, true);
    l.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    local.set(data, 30 + nameBytes.length);
    const central = new Uint8Array(46 + nameBytes.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(10, method, true);
    c.setUint32(20, data.length, true);
    c.setUint32(24, size, true);
    c.setUint16(28, nameBytes.length, true);
    c.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    locals.push(local);
    centrals.push(central);
    offset += local.length;
  }
  const dirSize = centrals.reduce((sum, c) => sum + c.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, members.length, true);
  e.setUint16(10, members.length, true);
  e.setUint32(12, dirSize, true);
  e.setUint32(16, offset, true);
  return new Uint8Array(Buffer.concat([...locals, ...centrals, end]));
}

/** What a promise rejects with, as an IngestError. */
async function refusal(promise: Promise<unknown>): Promise<IngestError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(IngestError);
  return error as IngestError;
}

let gzip64: Uint8Array;
let deflate64: Uint8Array;
beforeAll(async () => {
  gzip64 = await compressedZeros('gzip', 64);
  deflate64 = await compressedZeros('deflate-raw', 64);
});

describe('a gzip file past the limit', () => {
  it('is refused by the size it declares, before anything is decompressed', async () => {
    // 64 MiB of zeros: its ISIZE says 67,108,864 bytes; × 5 = 320 MiB, past 5 MiB.
    expect(gzip64.length).toBeLessThan(LIMIT / 8);
    const { store, counts } = memoryStore();
    const error = await refusal(unpack('zeros.csv.gz', gzip64, store, { maxBytes: LIMIT }));
    expect(error.code).toBe('too_big');
    expect(error.params).toMatchObject({ needs: 335_544_320, budget: 5_242_880 });
    expect(error.message).toMatch(/^zeros\.csv\.gz: needs at least 320 MB in the browser, /);
    expect(counts.kept).toEqual([]);
    expect(counts.read).toBe(4); // its ISIZE
  });

  it('is stopped as soon as it gives more, when its ISIZE lies small (as it wraps past 4 GiB)', async () => {
    const { store, counts } = memoryStore();
    const lying = withIsize(gzip64, 1000);
    const error = await refusal(unpack('bomb.csv.gz', lying, store, { maxBytes: LIMIT }));
    expect(error.code).toBe('too_big');
    expect(error.message).toMatch(/^bomb\.csv\.gz: needs at least /);
    expect(counts.kept).toHaveLength(1);
    // The store got no more than the limit: decompression stopped there. (Node's
    // DecompressionStream takes in all of a file this small at once, so what was read says
    // nothing; it inflates only as its output is read.)
    expect(counts.kept[0]).toBeLessThanOrEqual(LIMIT);
  });

  it('that is cut off is still told as damaged, its last bytes being no size', async () => {
    const whole = new Uint8Array(readFileSync(FIXTURES + 'comtrade-plus-8542-to-world.csv.gz'));
    // The cut file's last four bytes read 135,856,227: more than its 302 bytes could inflate to.
    const cut = whole.slice(0, whole.length / 2);
    const { store } = memoryStore();
    const error = await refusal(unpack('cut.csv.gz', cut, store, { maxBytes: LIMIT }));
    expect(error.code).toBe('gzip_damaged');
  });
});

describe('a ZIP archive past the limit', () => {
  it('is refused by the size its directory declares, before anything is extracted', async () => {
    // 3,000,000,000 bytes declared for 13 stored bytes.
    const data = new TextEncoder().encode('a,b\n1,2\n3,4\n');
    const zip = zipOf([{ name: 'data.csv', data, method: 0, size: 3_000_000_000 }]);
    const { store, counts } = memoryStore();
    const error = await refusal(unpackAll('huge.zip', zip, store, { maxBytes: LIMIT }));
    expect(error.code).toBe('too_big');
    expect(error.params).toMatchObject({ file: 'huge.zip', needs: 15_000_000_000 });
    expect(counts.kept).toEqual([]);
  });

  it('is refused when its members together declare more than the limit', async () => {
    // Two members of 600,000 bytes each: 1,200,000 > 1,048,576.
    const data = new Uint8Array(0);
    const zip = zipOf([
      { name: 'a.csv', data, method: 0, size: 600_000 },
      { name: 'b.csv', data, method: 0, size: 600_000 },
    ]);
    const { store } = memoryStore();
    const error = await refusal(unpackAll('two.zip', zip, store, { maxBytes: LIMIT }));
    expect(error.params).toMatchObject({ file: 'two.zip', needs: 6_000_000 });
  });

  it('is stopped as soon as a member gives more than its directory declared', async () => {
    const zip = zipOf([{ name: 'data.csv', data: deflate64, method: 8, size: 1000 }]);
    const { store, counts } = memoryStore();
    const error = await refusal(unpackAll('bomb.zip', zip, store, { maxBytes: LIMIT }));
    expect(error.code).toBe('too_big');
    expect(error.message).toMatch(/^bomb\.zip\/data\.csv: needs at least /);
    expect(error.params.command).toBe('npm run ingest -- bomb.zip --out data.parquet');
    expect(counts.kept).toHaveLength(1);
    expect(counts.kept[0]).toBeLessThanOrEqual(LIMIT);
  });
});

describe('a plain file past the limit', () => {
  it('is refused by its size, before it is read', async () => {
    // 2 MiB of text × 5 = 10 MiB, past 1 MiB × 5 = 5 MiB.
    const text = new TextEncoder().encode('a,b\n'.repeat(MIB / 2));
    const { store, counts } = memoryStore();
    const error = await refusal(unpack('big.csv', text, store, { maxBytes: LIMIT }));
    expect(error.params).toEqual({
      file: 'big.csv',
      needs: 10_485_760,
      budget: 5_242_880,
      command: 'npm run ingest -- big.csv --out data.parquet',
    });
    expect(error.message).toBe(
      'big.csv: needs at least 10 MB in the browser, more than the 5 MB this device allows a load; the command-line ingest reads it in a streaming pass: npm run ingest -- big.csv --out data.parquet, then open data.parquet',
    );
    expect(counts.read).toBe(0);
  });

  it('is stopped when converting it to UTF-8 makes it longer than the limit', async () => {
    // The Big5 customs export, repeated: 892 bytes that become 1,060 in UTF-8 (each of its 168
    // Chinese characters takes 3 bytes instead of 2), 1,000 times: 892,000 bytes within the
    // limit (1,048,576), 1,060,000 past it.
    const big5 = readFileSync(FIXTURES + 'tw-customs-8542-2021-big5.csv');
    expect(new TextEncoder().encode(new TextDecoder('big5').decode(big5)).length).toBe(1060);
    const repeated = new Uint8Array(Buffer.concat(Array.from({ length: 1000 }, () => big5)));
    const { store, counts } = memoryStore();
    const error = await refusal(unpack('big5.csv', repeated, store, { maxBytes: LIMIT }));
    expect(error.code).toBe('too_big');
    expect(counts.kept[0]).toBeLessThanOrEqual(LIMIT);
  });

  it('is left to the check of its declared size when it is Parquet', async () => {
    const parquet = new Uint8Array(readFileSync(FIXTURES + 'canonical-trade.parquet'));
    const { store } = memoryStore();
    expect((await unpack('trade.parquet', parquet, store, { maxBytes: 100 })).source).toBe(parquet);
  });
});

describe('a file within the limit', () => {
  it.each([
    ['comtrade-plus-8542-to-world.csv.gz', ['comtrade-plus-8542-to-world.csv']],
    [
      'BACI_HS17_V202501.zip',
      [
        'BACI_HS17_Y2022_V202501.csv',
        'country_codes_V202401.csv',
        'product_codes_HS17_V202501.csv',
        'Readme.txt',
      ],
    ],
  ])('%s unpacks as it does without one', async (name, expected) => {
    const { store } = memoryStore();
    const bytes = new Uint8Array(readFileSync(FIXTURES + name));
    const bounded = await unpackAll(name, bytes, store, { maxBytes: LIMIT });
    const free = await unpackAll(name, bytes, store);
    expect(bounded.map((f) => f.source)).toEqual(free.map((f) => f.source));
    // Members the fixtures hold loose too are the same bytes.
    const loose = expected[0] ?? '';
    expect(Buffer.from(bounded[0]?.source ?? [])).toEqual(readFileSync(FIXTURES + loose));
    expect(bounded).toHaveLength(expected.length);
  });
});

describe('a CSV with more columns than a trade file could have', () => {
  const header = (columns: number) =>
    Array.from({ length: columns }, (_, i) => `c${i + 1}`).join(',') + '\n';

  it('is refused when its header is split, naming the count', () => {
    // 10,000 names of 2 to 6 characters and their commas: 58,894 bytes, within the 64 KiB head.
    const head = new TextEncoder().encode(header(10_000));
    expect(head.length).toBe(58_894);
    const detection = detectFormat(head, 'wide.csv');
    expect(detection.format).toBe('unknown');
    expect(detection.problem).toMatchObject({
      code: 'too_many_columns',
      params: { columns: 10_000, limit: 1000 },
    });
    expect(detectFormat(new TextEncoder().encode(header(1000)), 'x.csv').problem?.code).toBe(
      'unknown_header',
    );
  });

  it('stops the ingest (the browser and the command line alike) before DuckDB reads it', async () => {
    const queries: string[] = [];
    const db = { query: (sql: string) => Promise.resolve((queries.push(sql), [])) };
    const head = new TextEncoder().encode(header(10_000) + '1,'.repeat(10_000));
    const error = await refusal(
      ingestFiles(db, [{ name: 'wide.csv', path: 'wide.csv', head: head.subarray(0, HEAD_BYTES) }]),
    );
    expect(error.code).toBe('too_many_columns');
    expect(error.message).toMatch(/^wide\.csv: has 10000 columns, more than the 1000 /);
    expect(queries).toEqual([]);
  });
});
