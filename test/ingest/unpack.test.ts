import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileStore, readHead } from '../../scripts/lib/file-store';
import type { NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { ingestFiles } from '../../src/data/ingest/ingest';
import { IngestError, type IngestFile } from '../../src/data/ingest/types';
import { encodingToConvert, unpack, unpackAll, type ByteStore } from '../../src/data/ingest/unpack';
import { readableFiles } from '../../src/data/unpack-file';
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
async function readableAll(name: string, path = FIXTURES + name): Promise<IngestFile[]> {
  const files = await unpackAll(name, path, fileStore(dir));
  return files.map(({ name, source, unpacking, archive }) => ({
    name,
    path: source,
    head: readHead(source),
    unpacking,
    archive,
  }));
}

async function readable(name: string, path = FIXTURES + name): Promise<IngestFile> {
  const [file] = await readableAll(name, path);
  if (!file) throw new Error(`${name}: nothing readable`);
  return file;
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
    size: (bytes) => Promise.resolve(bytes.length),
    stream: (bytes, start, end) =>
      new ReadableStream({
        start(controller) {
          for (const b of bytes.subarray(start, end)) controller.enqueue(Uint8Array.of(b));
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

  it('reads a file whose line ends change only far past its first part, every row whole', async () => {
    const header = 'period,freq,reporter,partner,flow,hs,value_usd,source\r\n';
    const row = (month: string, end: string) => `2022-${month}-01,M,TWN,KGZ,X,854231,5,x${end}`;
    const path = join(dir, 'late-mix.csv');
    // 3,000 CRLF lines (well past the 64 KiB the ingest first looks at), then LF, then CRLF.
    const text = header + row('01', '\r\n').repeat(3000) + row('02', '\n') + row('03', '\r\n');
    expect(text.indexOf('x\n')).toBeGreaterThan(64 * 1024);
    writeFileSync(path, text);
    const summary = await ingestFiles(db, [await readable('late-mix.csv', path)]);
    expect(summary.files[0]?.rowsRead).toBe(3002);
    const rows = await ingestedRows(db);
    expect(rows.filter((r) => r.period === '2022-02-01')).toHaveLength(1);
    expect(rows.filter((r) => r.period === '2022-03-01')).toHaveLength(1);
  });

  it("reads BACI's archive as its data and country files, leaving the rest out with a note", async () => {
    const loose = await ingestFiles(db, [
      await readable('BACI_HS17_Y2022_V202501.csv'),
      await readable('country_codes_V202401.csv'),
    ]);
    const looseRows = await ingestedRows(db);
    const zipped = await ingestFiles(db, await readableAll('BACI_HS17_V202501.zip'));
    expect(withoutSource(await ingestedRows(db))).toEqual(withoutSource(looseRows));
    expect(zipped.rowsWritten).toBe(loose.rowsWritten);
    // 1,850.3 thousand US$ of 854231 from Kyrgyzstan (417) to Russia (643), line 2.
    expect(await exported('2022-01-01', 'KGZ', 'RUS', '854231')).toBe(1_850_300);
    expect(
      zipped.warnings.filter((w) => w.code === 'archive_member_left_out').map((w) => w.message),
    ).toEqual([
      'BACI_HS17_V202501.zip/product_codes_HS17_V202501.csv is not a trade file: left out of what BACI_HS17_V202501.zip holds.',
      'BACI_HS17_V202501.zip/Readme.txt is not a trade file: left out of what BACI_HS17_V202501.zip holds.',
    ]);
  });

  it('refuses a cut-off archive, and one that holds no trade file, saying why', async () => {
    const whole = bytesOf('BACI_HS17_V202501.zip');
    const cut = join(dir, 'cut.zip');
    writeFileSync(cut, whole.subarray(0, whole.length - 40));
    const damaged = await readableAll('cut.zip', cut).catch((e: unknown) => e);
    expect((damaged as IngestError).code).toBe('zip_damaged');
    const readmeOnly = (await readableAll('BACI_HS17_V202501.zip')).slice(3);
    const refused = await ingestFiles(db, readmeOnly).catch((e: unknown) => e);
    expect((refused as IngestError).message).toMatch(
      /^BACI_HS17_V202501\.zip\/Readme\.txt: not a known trade file/,
    );
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
  /** The one readable file a file gives. */
  async function only(file: File) {
    const files = await readableFiles(file);
    expect(files).toHaveLength(1);
    return files[0] as NonNullable<(typeof files)[0]>;
  }

  it('is the text in UTF-8 under the same name, made once for the dialog and the loads', async () => {
    const file = chosen('tw-customs-8542-2021-big5.csv');
    const readable = await only(file);
    const utf8 = readFileSync(FIXTURES + 'tw-customs-8542-2021.csv', 'utf8').replace(/^\uFEFF/, '');
    expect(readable.file.name).toBe('tw-customs-8542-2021-big5.csv');
    expect(await readable.file.text()).toBe(utf8);
    expect(new TextDecoder().decode(readable.head)).toBe(utf8);
    expect(readable.unpacking).toEqual({ gzip: false, encoding: 'big5', lineEnds: false });
    expect(readableFiles(file)).toBe(readableFiles(file));
  });

  it('is the file itself when it needs nothing, and the content of a gzip file', async () => {
    const plain = chosen('tw-customs-8542-2021.csv');
    expect((await only(plain)).file).toBe(plain);
    const gzip = await only(chosen('comtrade-plus-8542-to-world.csv.gz'));
    expect(gzip.unpacking).toEqual({ gzip: true, encoding: null, lineEnds: false });
    expect(new Uint8Array(await gzip.file.arrayBuffer())).toEqual(
      bytesOf('comtrade-plus-8542-to-world.csv'),
    );
  });

  it('is each member of a ZIP archive, byte for byte, named inside it', async () => {
    const members = await readableFiles(chosen('BACI_HS17_V202501.zip'));
    expect(members.map((m) => [m.file.name, m.archive])).toEqual([
      ['BACI_HS17_V202501.zip/BACI_HS17_Y2022_V202501.csv', 'BACI_HS17_V202501.zip'],
      ['BACI_HS17_V202501.zip/country_codes_V202501.csv', 'BACI_HS17_V202501.zip'],
      ['BACI_HS17_V202501.zip/product_codes_HS17_V202501.csv', 'BACI_HS17_V202501.zip'],
      ['BACI_HS17_V202501.zip/Readme.txt', 'BACI_HS17_V202501.zip'],
    ]);
    expect(new Uint8Array((await members[1]?.file.arrayBuffer()) ?? new ArrayBuffer(0))).toEqual(
      bytesOf('country_codes_V202401.csv'),
    );
  });
});
