import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileStore, readHead } from '../../scripts/lib/file-store';
import type { NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { ingestFiles } from '../../src/data/ingest/ingest';
import { IngestError, type IngestFile } from '../../src/data/ingest/types';
import { encodingToConvert, unpack, type ByteStore } from '../../src/data/ingest/unpack';
import { readableFile } from '../../src/data/unpack-file';
import { FIXTURES, ingestedRow, ingestedRows, openWithCountries } from './helpers';

// The fixtures are described in test/fixtures/README.md; the figures below are read off them.

let db: NodeDuckDB;
let dir: string;
beforeAll(async () => {
  db = await openWithCountries();
  dir = mkdtempSync(join(tmpdir(), 'unpack-test-'));
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const bytesOf = (name: string) => new Uint8Array(readFileSync(FIXTURES + name));

/** A fixture as the command line hands it to the ingest: made readable first. */
async function readable(name: string, path = FIXTURES + name): Promise<IngestFile> {
  const { source, unpacking } = await unpack(name, path, fileStore(dir));
  return { name, path: source, head: readHead(source), unpacking };
}

async function ingest(name: string) {
  const summary = await ingestFiles(db, [await readable(name)]);
  return { summary, rows: await ingestedRows(db) };
}

/** The ingested rows without the column that names the file they came from. */
const withoutSource = (rows: Record<string, unknown>[]) =>
  rows.map((row) => ({ ...row, source: null }));

/** The value of one ingested export, in US$. */
async function exported(period: string, reporter: string, partner: string, hs: string) {
  return (await ingestedRow(db, { period, reporter, partner, flow: 'X', hs }))?.value_usd;
}

describe('the encoding a file is converted from', () => {
  it('is read from the bytes of real exports', () => {
    expect(encodingToConvert(bytesOf('tw-customs-8542-2021-big5.csv'))).toBe('big5');
    expect(encodingToConvert(bytesOf('tw-customs-by-country-unicode.txt'))).toBe('utf-16le');
    expect(encodingToConvert(bytesOf('bad-japanese-sjis.csv'))).toBe('shift_jis');
  });

  it('is UTF-16 without a byte-order mark, little- or big-endian, by its NUL bytes', () => {
    const le = bytesOf('tw-customs-by-country-unicode.txt').subarray(2);
    const be = le.map((_, i) => le[i % 2 === 0 ? i + 1 : i - 1] ?? 0);
    expect(encodingToConvert(le)).toBe('utf-16le');
    expect(encodingToConvert(be)).toBe('utf-16be');
    expect(encodingToConvert(bytesOf('tw-customs-by-country-unicode.txt').subarray(0, 1))).toBe(
      null,
    );
  });

  it('is none for UTF-8 and for Latin-1, which DuckDB reads as they are', () => {
    expect(encodingToConvert(bytesOf('tw-customs-8542-2021.csv'))).toBe(null);
    expect(encodingToConvert(bytesOf('comtrade-plus-tur.csv'))).toBe(null); // "Côte d'Ivoire"
    expect(encodingToConvert(bytesOf('comtrade-plus-kaz-residuals.csv'))).toBe(null); // "Curaçao"
  });
});

describe('line ends', () => {
  /** Bytes in memory, streamed one byte at a time: every line end falls across chunks. */
  const bytewise: ByteStore<Uint8Array> = {
    head: (bytes) => Promise.resolve(bytes),
    stream: (bytes) =>
      new ReadableStream({
        start(controller) {
          for (const b of bytes) controller.enqueue(Uint8Array.of(b));
          controller.close();
        },
      }),
    keep: async (stream) => new Uint8Array(await new Response(stream).arrayBuffer()),
  };

  it('all become LF when they are mixed, however the bytes are split', async () => {
    const text = 'a,b\r\n1,2\n3,4\r5,6\r\n7,8\r';
    const { source, unpacking } = await unpack('x.csv', new TextEncoder().encode(text), bytewise);
    expect(new TextDecoder().decode(source)).toBe('a,b\n1,2\n3,4\n5,6\n7,8\n');
    expect(unpacking.lineEnds).toBe(true);
  });

  it('are left alone when they are all of one kind', async () => {
    const bytes = new TextEncoder().encode('a,b\r\n1,2\r\n');
    expect((await unpack('x.csv', bytes, bytewise)).source).toBe(bytes);
  });
});

describe('files as publishers ship them', () => {
  it('reads a Big5 customs export as the same rows as its UTF-8 copy, and says so', async () => {
    const utf8 = await ingest('tw-customs-8542-2021.csv');
    const big5 = await ingest('tw-customs-8542-2021-big5.csv');
    expect(big5.summary.files[0]).toMatchObject({ format: 'tw-customs', encoding: 'big5' });
    expect(withoutSource(big5.rows)).toEqual(withoutSource(utf8.rows));
    expect(big5.summary.warnings.map((w) => w.code)).toContain('encoding_converted');
    // 中國大陸, 85423100002, "1,000,000" thousand US$ in 110 (2021).
    expect(await exported('2021-01-01', 'TWN', 'CHN', '854231')).toBe(1_000_000_000);
  });

  it('reads a spreadsheet\'s "Unicode text" (UTF-16, tabs) as the same rows as the CSV', async () => {
    const csv = await ingest('tw-customs-by-country.csv');
    const unicode = await ingest('tw-customs-by-country-unicode.txt');
    expect(unicode.summary.files[0]).toMatchObject({ encoding: 'utf-16le', rowsRead: 15 });
    expect(withoutSource(unicode.rows)).toEqual(withoutSource(csv.rows));
    // 吉爾吉斯 in 111 (2022): 1,234.5 + 265.5 thousand US$ under 854231.
    expect(await exported('2022-01-01', 'TWN', 'KGZ', '854231')).toBe(1_500_000);
  });

  it('reads a gzip-compressed Comtrade download as the file inside it', async () => {
    const plain = await ingest('comtrade-plus-8542-to-world.csv');
    const gzip = await ingest('comtrade-plus-8542-to-world.csv.gz');
    expect(gzip.summary.files[0]).toMatchObject({ format: 'comtrade-plus', rowsRead: 11 });
    expect(withoutSource(gzip.rows)).toEqual(withoutSource(plain.rows));
    expect(await exported('2023-01-01', 'KGZ', 'WLD', '8542')).toBe(13_600_000);
  });

  it('refuses a cut-off gzip file with what to do, and names it', async () => {
    const whole = bytesOf('comtrade-plus-8542-to-world.csv.gz');
    const cut = join(dir, 'cut.csv.gz');
    writeFileSync(cut, whole.subarray(0, whole.length / 2));
    const error = await readable('cut.csv.gz', cut).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe('gzip_damaged');
    expect((error as IngestError).message).toMatch(/^cut\.csv\.gz: .*download it again/);
  });

  it('reads a file whose lines end in CRLF and LF by turns, every row whole', async () => {
    const { summary, rows } = await ingest('canonical-mixed-line-ends.csv');
    expect(summary.files[0]?.rowsRead).toBe(3);
    expect(rows.map((r) => [r.period, r.value_usd, r.source])).toEqual([
      ['2022-01-01', 1000, 'customs'],
      ['2022-02-01', 2000, 'customs'],
      ['2022-03-01', 3000, 'customs'],
    ]);
  });

  it('refuses a file whose line ends change only past its first part, saying what to do', async () => {
    const header = 'period,freq,reporter,partner,flow,hs,value_usd,source\r\n';
    const row = (month: string, end: string) => `2022-${month}-01,M,TWN,KGZ,X,854231,5,x${end}`;
    const path = join(dir, 'late-mix.csv');
    writeFileSync(
      path,
      header + row('01', '\r\n').repeat(3000) + row('02', '\n') + row('03', '\r\n'),
    );
    const error = await ingestFiles(db, [await readable('late-mix.csv', path)]).catch(
      (e: unknown) => e,
    );
    expect((error as IngestError).code).toBe('line_ends_mixed');
    expect((error as IngestError).message).toMatch(/^late-mix\.csv: .*save it again as CSV/);
  });

  it('names the columns of a Shift-JIS table it does not know in their own script', async () => {
    const error = await ingestFiles(db, [await readable('bad-japanese-sjis.csv')]).catch(
      (e: unknown) => e,
    );
    expect((error as IngestError).message).toContain(
      'header: 年月, 国名, 品目番号, 品名, 金額(千円)',
    );
  });
});

describe("the browser's copy of a file the user chose", () => {
  const chosen = (name: string) => new File([bytesOf(name)], name);

  it('is the text in UTF-8 under the same name, made once for the dialog and the loads', async () => {
    const file = chosen('tw-customs-8542-2021-big5.csv');
    const readable = await readableFile(file);
    const utf8 = readFileSync(FIXTURES + 'tw-customs-8542-2021.csv', 'utf8').replace(/^\uFEFF/, '');
    expect(readable.file.name).toBe('tw-customs-8542-2021-big5.csv');
    expect(await readable.file.text()).toBe(utf8);
    expect(new TextDecoder().decode(readable.head)).toBe(utf8);
    expect(readable.unpacking).toEqual({ gzip: false, encoding: 'big5', lineEnds: false });
    expect(readableFile(file)).toBe(readableFile(file));
  });

  it('is the file itself when it needs nothing, and the content of a gzip file', async () => {
    const plain = chosen('tw-customs-8542-2021.csv');
    expect((await readableFile(plain)).file).toBe(plain);
    const gzip = await readableFile(chosen('comtrade-plus-8542-to-world.csv.gz'));
    expect(gzip.unpacking).toEqual({ gzip: true, encoding: null, lineEnds: false });
    expect(new Uint8Array(await gzip.file.arrayBuffer())).toEqual(
      bytesOf('comtrade-plus-8542-to-world.csv'),
    );
  });
});
