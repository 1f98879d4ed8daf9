import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { crc32, gzipSync } from 'node:zlib';
import { ParquetFile, readParquet } from 'parquet-wasm/node';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fileStore, readHead } from '../../scripts/lib/file-store';
import type { NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { checkDeclared, memoryBudget } from '../../src/data/ingest/budget';
import { ingestFiles } from '../../src/data/ingest/ingest';
import {
  IngestError,
  type IngestFile,
  type IngestOptions,
  type IngestSummary,
} from '../../src/data/ingest/types';
import { unpackAll, type ByteStore } from '../../src/data/ingest/unpack';
import type { LoadError } from '../../src/data/load-error';
import { parquetRefusal, rowGroupError } from '../../src/data/load-parquet';
import {
  declaredOf,
  findMetadataProblem,
  dataBytesOf,
  summarizeParquet,
  type ParquetSummary,
} from '../../src/data/parquet-metadata';
import { en } from '../../src/i18n/en';
import { zhTW } from '../../src/i18n/zh-tw';
import { LOCALES } from '../../src/i18n';
import { describeIngestMessage, ingestErrorMessage } from '../../src/ui/describe-ingest';
import { writeConstantParquet, writeDamagedParquet } from '../fixtures/damaged-parquet';
import { FIXTURES, openWithCountries } from './helpers';

// Every error class the ingest can raise (the `ingestError.<code>` messages of the
// dictionaries, the column mapping's `mapping_*` aside: the mapping tests cover those),
// each met from a real input the way a user meets it, then told in both languages.

let db: NodeDuckDB;
let dir: string;
let store: ByteStore<string>;
beforeAll(async () => {
  db = await openWithCountries();
  dir = mkdtempSync(join(tmpdir(), 'ingest-error-classes-'));
  store = fileStore(dir);
});
afterAll(() => {
  db?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** A file the user gives: the name they know it by, and where it is. */
interface Given {
  name: string;
  path: string;
}

const fixture = (name: string): Given => ({ name, path: FIXTURES + name });

/** Writes a file into the temporary folder, as the user's download or export. */
function written(name: string, content: string | Uint8Array): Given {
  const path = join(dir, name);
  writeFileSync(path, content);
  return { name, path };
}

/**
 * Ingests files as the command line does (scripts/ingest.ts): each made readable first by
 * unpackAll (decompressed, converted to UTF-8, a ZIP archive's members extracted), then handed
 * to ingestFiles. The browser does the same with Blobs (src/data/unpack-file.ts).
 */
async function ingestAsUser(given: Given[], options: IngestOptions = {}): Promise<unknown> {
  const files: IngestFile[] = [];
  for (const { name, path } of given)
    for (const { name: shown, source, unpacking, archive } of await unpackAll(name, path, store))
      files.push({ name: shown, path: source, head: readHead(source), unpacking, archive });
  return ingestFiles(db, files, options);
}

const utf8 = (text: string) => new TextEncoder().encode(text);

/** A canonical trade CSV: the app's own columns, one line per row. */
const CANONICAL_HEADER = 'period,freq,reporter,partner,flow,hs,value_usd,source';
const canonicalRow = (month: number, value: number) =>
  `2022-${String(month).padStart(2, '0')}-01,M,TWN,KGZ,X,854231,${value},customs`;
const CANONICAL_CSV = `${CANONICAL_HEADER}\n${canonicalRow(1, 1000)}\n`;

/**
 * A ZIP archive of stored (uncompressed) members, as `zip -0` writes it: local headers, the
 * central directory, its end record. A name ending in '/' is a folder.
 */
function storedZip(members: { name: string; data?: Uint8Array }[]): Uint8Array {
  const parts: Uint8Array[] = [];
  const directory: Uint8Array[] = [];
  let offset = 0;
  for (const { name, data = new Uint8Array(0) } of members) {
    const nameBytes = utf8(name);
    const crc = crc32(data);
    const local = new Uint8Array(30 + nameBytes.length);
    const l = new DataView(local.buffer);
    l.setUint32(0, 0x04034b50, true);
    l.setUint16(4, 10, true); // version needed: 1.0
    l.setUint32(14, crc, true);
    l.setUint32(18, data.length, true);
    l.setUint32(22, data.length, true);
    l.setUint16(26, nameBytes.length, true);
    local.set(nameBytes, 30);
    const central = new Uint8Array(46 + nameBytes.length);
    const c = new DataView(central.buffer);
    c.setUint32(0, 0x02014b50, true);
    c.setUint16(4, 0x031e, true); // made by: Unix, 3.0
    c.setUint16(6, 10, true);
    c.setUint32(16, crc, true);
    c.setUint32(20, data.length, true);
    c.setUint32(24, data.length, true);
    c.setUint16(28, nameBytes.length, true);
    c.setUint32(42, offset, true);
    central.set(nameBytes, 46);
    parts.push(local, data);
    directory.push(central);
    offset += local.length + data.length;
  }
  const size = directory.reduce((sum, entry) => sum + entry.length, 0);
  const end = new Uint8Array(22);
  const e = new DataView(end.buffer);
  e.setUint32(0, 0x06054b50, true);
  e.setUint16(8, members.length, true);
  e.setUint16(10, members.length, true);
  e.setUint32(12, size, true);
  e.setUint32(16, offset, true);
  return new Uint8Array(Buffer.concat([...parts, ...directory, end]));
}

const base64 = (text: string) => new Uint8Array(Buffer.from(text, 'base64'));

// Archives written by real archivers, each holding trade.csv, which is CANONICAL_CSV (97 bytes).
// Kept here as base64: they are small, and made by tools the test cannot count on finding.

/** `zip -X -fz z64.zip trade.csv` (Info-ZIP 3.0): ZIP64 forced, as for an archive past 4 GiB. */
const ZIP64 = base64(
  'UEsDBC0AAAAIAABgL1gJMp0v//////////8JABQAdHJhZGUuY3N2AQAQAGEAAAAAAAAAXQAAAAAAAAANxUEKgzAQBdC9Z/nCJFboDboouhKUbiToSAXrxJmkXl/hwYusq8xYlA8oR9HEihg07ffLJie+hn/YMo/ZZphknbjw5H1J7oYGXd/i/fpgwLN++MrBERGmbEl+VlxQSwECHgMtAAAACAAAYC9YCTKdL10AAAD/////CQAMAAAAAAABAAAApIEAAAAAdHJhZGUuY3N2AQAIAGEAAAAAAAAAUEsGBiwAAAAAAAAAHgMtAAAAAAAAAAAAAQAAAAAAAAABAAAAAAAAAEMAAAAAAAAAmAAAAAAAAABQSwYHAAAAANsAAAAAAAAAAQAAAFBLBQYAAAAAAQABAEMAAAD/////AAA=',
);

/** `zip -X -e -P secret enc.zip trade.csv` (Info-ZIP 3.0): the member encrypted (ZipCrypto). */
const ZIP_ENCRYPTED = base64(
  'UEsDBBQACQAIAABgL1gJMp0vaQAAAGEAAAAJAAAAdHJhZGUuY3N2Ri91emKuJiJJ8Hz39/rw2TcnXCl+D6/oPFbLOr4p1lni/jAJKBRd0xmhrHoox/kTDfSoa+cYHgmtaxnQKbrp9iwD21ymF9Q0Yq6z7tfg6CKstEb95tQGpC17xMRzNM8ZGXs0/yojSGM0UEsHCAkynS9pAAAAYQAAAFBLAQIeAxQACQAIAABgL1gJMp0vaQAAAGEAAAAJAAAAAAAAAAEAAACkgQAAAAB0cmFkZS5jc3ZQSwUGAAAAAAEAAQA3AAAAoAAAAAAA',
);

/**
 * Python's zipfile with `compress_type = ZIP_LZMA`: the member compressed with LZMA (method 14),
 * as 7-Zip writes with `-mm=LZMA`.
 */
const ZIP_LZMA = base64(
  'UEsDBD8AAgAOAABgL1gJMp0vbwAAAGEAAAAJAAAAdHJhZGUuY3N2CQQFAF0AAIAAADgZSqtBBihybWqkI38revQ+AJw/HCq3xuImaeOKvGga2HSx8yFGfF/L41FVinddcxLXXz4izZgV90h2goTdNAcVOSFw3Nrdb+GOyk+gthK8SdMvjqOriiZu6m3NJt8cX/+4REAAUEsBAj8DPwACAA4AAGAvWAkynS9vAAAAYQAAAAkAAAAAAAAAAAAAAKQBAAAAAHRyYWRlLmNzdlBLBQYAAAAAAQABADcAAACWAAAAAAA=',
);

/** `zstd trade.csv` (zstd 1.5.4): trade.csv compressed as a Zstandard frame. */
const ZSTD = base64(
  'KLUv/SRhzQIAEkYVGmBt2oOIEqJXnWppPqIafh0Bi5jVWBcEuQRLaB+qdjE2s/MBMCAYWOEFoeBDAmGDz5QzBdEQJfOl62YXI9ezSLwNT/Rx/ISoL8lPdU15R/KOG3U8UwBJHbF3',
);

/**
 * A minimal PDF document of one blank page, as a PDF writer lays it out: header, the binary
 * comment line every writer puts second, objects, cross-reference table, trailer.
 */
function minimalPdf(): Uint8Array {
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>',
  ];
  let pdf = '%PDF-1.7\n%\u00e2\u00e3\u00cf\u00d3\n';
  const offsets = objects.map((body, i) => {
    const at = pdf.length;
    pdf += `${i + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = pdf.length;
  pdf += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const at of offsets) pdf += `${String(at).padStart(10, '0')} 00000 n \n`;
  pdf += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(pdf, 'latin1'));
}

/**
 * The first 512 bytes of an Excel 97–2003 workbook: the header of the OLE2 compound file
 * (MS-CFB, version 3) that every .xls is, placing its FAT in sector 0 and its directory in
 * sector 1. The sectors themselves are left out: what the app reads of a file it refuses is its
 * first bytes.
 */
function xlsHeader(): Uint8Array {
  const header = new Uint8Array(512).fill(0xff, 76); // DIFAT: free sectors...
  const h = new DataView(header.buffer);
  header.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  h.setUint16(24, 0x003e, true); // minor version
  h.setUint16(26, 0x0003, true); // major version 3: 512-byte sectors
  h.setUint16(28, 0xfffe, true); // byte order: little-endian
  h.setUint16(30, 9, true); // sector shift: 2^9 = 512
  h.setUint16(32, 6, true); // mini sector shift: 2^6 = 64
  h.setUint32(44, 1, true); // one FAT sector
  h.setUint32(48, 1, true); // directory at sector 1
  h.setUint32(56, 0x1000, true); // mini stream cutoff: 4,096 bytes
  h.setUint32(60, 0xfffffffe, true); // no mini FAT
  h.setUint32(68, 0xfffffffe, true); // no more DIFAT sectors
  h.setUint32(76, 0, true); // ...but the first: the FAT is sector 0
  return header;
}

/** A minimal .xlsx workbook of one empty sheet: the parts Excel writes, in a ZIP archive. */
function minimalXlsx(): Uint8Array {
  const ns = 'http://schemas.openxmlformats.org';
  const xml = (body: string) => utf8(`<?xml version="1.0" encoding="UTF-8"?>\n${body}`);
  return storedZip([
    {
      name: '[Content_Types].xml',
      data: xml(
        `<Types xmlns="${ns}/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>`,
      ),
    },
    {
      name: '_rels/.rels',
      data: xml(
        `<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: xml(
        `<workbook xmlns="${ns}/spreadsheetml/2006/main" xmlns:r="${ns}/officeDocument/2006/relationships"><sheets><sheet name="Trade" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: xml(
        `<Relationships xmlns="${ns}/package/2006/relationships"><Relationship Id="rId1" Type="${ns}/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>`,
      ),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: xml(`<worksheet xmlns="${ns}/spreadsheetml/2006/main"><sheetData/></worksheet>`),
    },
  ]);
}

/**
 * A Taiwan customs portal export (BOM, quoted fields, CRLF) of values in thousands of New Taiwan
 * dollars, 新臺幣(千元): the portal's default, where the ingest reads 美元(千元), US dollars.
 */
function customsExportInTwd(): string {
  const rows = [
    ['進出口別', '日期', '國家', '貨品號列', '中文貨名', '英文貨名', '新臺幣(千元)'],
    [
      '出口總值(含復出口)',
      '111年',
      '吉爾吉斯',
      '85423100002',
      '處理器及控制器',
      'Processors',
      '1,234',
    ],
    ['出口總值(含復出口)', '111年', '哈薩克', '85423200005', '記憶體', 'Memories', '567'],
  ];
  return '\ufeff' + rows.map((row) => row.map((f) => `"${f}"`).join(',')).join('\r\n') + '\r\n';
}

/**
 * UTF-16LE text without a byte-order mark (what `bcp -w` and some database exports write): a
 * customs table about half in Chinese. Each ASCII character gives a NUL byte, each Chinese one
 * none: about 57% of its characters are ASCII.
 */
function utf16WithoutBom(): Uint8Array {
  const header = '進出口別,日期,國家,貨品號列,中文貨名,美元(千元)\r\n';
  const row = '出口總值(含復出口),111年1月,吉爾吉斯,85423100002,處理器及控制器,1234\r\n';
  return new Uint8Array(Buffer.from(header + row.repeat(60), 'utf16le'));
}

/**
 * A canonical CSV whose lines end in CRLF, then in LF from row 151 on (two exports pasted
 * together), and whose `source` on row 100, past the first 4 KiB, is padded with a NUL byte (as
 * fixed-width database fields are).
 */
function mixedLineEndsWithNul(): string {
  const lines = [CANONICAL_HEADER];
  for (let i = 1; i <= 160; i++)
    lines.push(canonicalRow(1 + (i % 12), i) + (i === 100 ? '\0' : '') + (i > 150 ? '\n' : '\r\n'));
  return `${lines[0]}\r\n${lines.slice(1).join('')}`;
}

/** A CSV of 1,001 columns: a sheet exported with every column of a wide query. */
function wideCsv(): string {
  const names = Array.from({ length: 1001 }, (_, i) => `c${i + 1}`);
  return `${names.join(',')}\n${names.map((_, i) => i).join(',')}\n`;
}

/** A Comtrade Plus download of the commodity total only: a row the ingest never keeps. */
function comtradeTotalOnly(): Uint8Array {
  const lines = readFileSync(FIXTURES + 'comtrade-plus-tur.csv', 'latin1').split('\r\n');
  const total = lines.find((line) => line.includes('"TOTAL","All Commodities"'));
  return new Uint8Array(Buffer.from(`${lines[0]}\r\n${total}\r\n`, 'latin1'));
}

/** A Parquet file written by a script that stored the HS codes as numbers (854231, not '854231'). */
async function numericHsParquet(): Promise<Given> {
  const path = join(dir, 'numeric-hs.parquet');
  await db.query(`COPY (SELECT DATE '2022-01-01' AS period, 'M' AS freq, 'TWN' AS reporter,
    'KGZ' AS partner, 'X' AS flow, 854231 AS hs, 1000.0 AS value_usd, 'script' AS source)
    TO '${path}' (FORMAT parquet)`);
  return { name: 'numeric-hs.parquet', path };
}

/**
 * A Parquet file's footer as the app's Parquet worker summarizes it before decoding anything
 * (src/data/parquet-worker.ts), read with the same library, parquet-wasm, in its Node build.
 */
async function parquetFooter(bytes: Uint8Array): Promise<ParquetSummary> {
  const opened = await ParquetFile.fromFile(new Blob([bytes as BlobPart]));
  return summarizeParquet(opened, dataBytesOf(bytes.length, bytes.subarray(-8)));
}

/**
 * What insertParquet (src/data/load-parquet.ts) throws for a Parquet file the browser reads:
 * the LoadError of a footer that cannot be true, else of the first row group that fails to
 * decode. insertParquet needs a Web Worker and DuckDB-wasm, so its steps are taken here with
 * parquet-wasm in Node, and its LoadError is built by its own rowGroupError. Row groups are decoded with readParquet: the worker's ParquetFile.read traps
 * outside its promise on a damaged page, which only a worker survives.
 */
async function parquetLoadError(bytes: Uint8Array): Promise<LoadError> {
  const summary = await parquetFooter(bytes);
  const total = summary.rowGroups.length;
  const problem = findMetadataProblem(summary);
  if (problem)
    return rowGroupError('error.parquetMetadata', problem.rowGroup, total, problem.reason);
  for (let index = 0; index < total; index++) {
    try {
      readParquet(bytes, { rowGroups: [index] }).free();
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      return rowGroupError('error.parquetRowGroup', index, total, detail);
    }
  }
  throw new Error('the Parquet file decoded whole: no LoadError');
}

/** What the browser's ingest throws when insertParquet fails on `name` (src/data/dataset.ts). */
async function refuseParquetInBrowser(name: string, bytes: Uint8Array): Promise<never> {
  throw parquetRefusal(await parquetLoadError(bytes), name);
}

/**
 * The error classes: the code, the input (what the user did), the file the refusal must name
 * (null when it concerns no one file), and how the input meets the code that raises it. Each
 * `raise` must reject.
 */
const ERROR_CLASSES: [
  code: string,
  input: string,
  file: string | null,
  raise: () => Promise<unknown>,
][] = [
  [
    // The ingest given no file at all (the command line run with none).
    'no_files',
    'no file',
    null,
    () => ingestAsUser([]),
  ],
  [
    // An archive of an empty folder (zipped before the export was saved into it), with the
    // system files a Mac adds: nothing in it is a file to read.
    'zip_empty',
    'a ZIP archive holding only an empty folder and __MACOSX/ and .DS_Store entries',
    'exports.zip',
    () =>
      ingestAsUser([
        written(
          'exports.zip',
          storedZip([
            { name: 'exports/' },
            { name: '__MACOSX/exports/._x', data: utf8('x') },
            { name: 'exports/.DS_Store', data: utf8('x') },
          ]),
        ),
      ]),
  ],
  [
    // A LibreOffice spreadsheet (.ods) picked instead of a CSV saved from it: a ZIP archive
    // whose first member, stored, is `mimetype`.
    'office_document',
    'an .ods spreadsheet (a ZIP of mimetype and its XML parts)',
    'trade.ods',
    () =>
      ingestAsUser([
        written(
          'trade.ods',
          storedZip([
            { name: 'mimetype', data: utf8('application/vnd.oasis.opendocument.spreadsheet') },
            { name: 'content.xml', data: utf8('<office:document-content/>') },
          ]),
        ),
      ]),
  ],
  [
    // A download that failed and left a file of 0 bytes.
    'empty',
    'a CSV of 0 bytes (bad-empty.csv)',
    'bad-empty.csv',
    () => ingestAsUser([fixture('bad-empty.csv')]),
  ],
  [
    // A spreadsheet saved as CSV with nothing in its cells: only line ends are left.
    'blank',
    'a CSV of three blank CRLF lines',
    'blank.csv',
    () => ingestAsUser([written('blank.csv', '\r\n\r\n\r\n')]),
  ],
  [
    // The user forced the Comtrade Plus reader (--format comtrade-plus) on a Parquet file.
    'parquet_not_format',
    'canonical-trade.parquet with the format forced to comtrade-plus',
    'canonical-trade.parquet',
    () => ingestAsUser([fixture('canonical-trade.parquet')], { format: 'comtrade-plus' }),
  ],
  [
    // The Excel workbook itself, picked instead of a CSV saved from it.
    'xlsx',
    'a minimal .xlsx workbook (a ZIP of its XML parts)',
    'trade.xlsx',
    () => ingestAsUser([written('trade.xlsx', minimalXlsx())]),
  ],
  [
    // An old-style Excel workbook.
    'xls',
    'the OLE2 compound-file header sector of an .xls workbook',
    'trade.xls',
    () => ingestAsUser([written('trade.xls', xlsHeader())]),
  ],
  [
    // A download compressed with zstd, which the app does not decompress.
    'zstd',
    'trade.csv compressed by zstd 1.5 (trade.csv.zst)',
    'trade.csv.zst',
    () => ingestAsUser([written('trade.csv.zst', ZSTD)]),
  ],
  [
    // The tail of an archive lost in a download cut short: no table of contents at its end.
    'zip_damaged',
    "BACI's ZIP archive with its last 40 bytes cut off",
    'cut.zip',
    () => {
      const whole = readFileSync(FIXTURES + 'BACI_HS17_V202501.zip');
      return ingestAsUser([written('cut.zip', whole.subarray(0, whole.length - 40))]);
    },
  ],
  [
    // BACI's ZIP archive whose first member's compressed bytes were damaged in transfer: the
    // archive's directory reads, the member does not inflate.
    'zip_member_damaged',
    "BACI's ZIP archive with noise over its first member's data",
    'damaged.zip/BACI_HS17_Y2022_V202501.csv',
    () => {
      const zip = new Uint8Array(readFileSync(FIXTURES + 'BACI_HS17_V202501.zip'));
      const view = new DataView(zip.buffer);
      // The first local header: 30 bytes, then the name and the extra field, then the data.
      const data = 30 + view.getUint16(26, true) + view.getUint16(28, true);
      for (let i = data; i < data + 24; i++) zip[i] = (i * 151) & 0xff;
      return ingestAsUser([written('damaged.zip', zip)]);
    },
  ],
  [
    // An archive written as ZIP64, as archivers do past 4 GiB or 65,535 members (and some
    // always, when they stream).
    'zip64',
    'an archive written as ZIP64 by zip -fz',
    'big.zip',
    () => ingestAsUser([written('big.zip', ZIP64)]),
  ],
  [
    // An archive protected with a password.
    'zip_encrypted',
    'an archive whose member was encrypted by zip -e',
    'secret.zip',
    () => ingestAsUser([written('secret.zip', ZIP_ENCRYPTED)]),
  ],
  [
    // An archive made with LZMA compression (7-Zip's option for smaller archives).
    'zip_method',
    'an archive whose member is LZMA-compressed (method 14)',
    'lzma.zip',
    () => ingestAsUser([written('lzma.zip', ZIP_LZMA)]),
  ],
  [
    // A ZIP archive zipped again (as some portals and mail clients do): the outer one is
    // extracted, the inner one is not.
    'zip',
    'a ZIP archive holding only another ZIP archive of trade.csv',
    'outer.zip/trade.zip',
    () => {
      const inner = storedZip([{ name: 'trade.csv', data: utf8(CANONICAL_CSV) }]);
      return ingestAsUser([written('outer.zip', storedZip([{ name: 'trade.zip', data: inner }]))]);
    },
  ],
  [
    // A .gz file compressed twice (a server's Content-Encoding: gzip on top of the .gz, saved
    // as it came): one layer is decompressed, the second is left.
    'gzip',
    'trade.csv gzip-compressed twice',
    'trade.csv.gz',
    () => ingestAsUser([written('trade.csv.gz', gzipSync(gzipSync(CANONICAL_CSV)))]),
  ],
  [
    // A Comtrade bulk download interrupted halfway.
    'gzip_damaged',
    'the first half of comtrade-plus-8542-to-world.csv.gz',
    'cut.csv.gz',
    () => {
      const whole = readFileSync(FIXTURES + 'comtrade-plus-8542-to-world.csv.gz');
      return ingestAsUser([written('cut.csv.gz', whole.subarray(0, whole.length / 2))]);
    },
  ],
  [
    // A chart saved with the data and picked by mistake (a real PNG, named .csv).
    'image',
    'a PNG image (bad-image.csv)',
    'bad-image.csv',
    () => ingestAsUser([fixture('bad-image.csv')]),
  ],
  [
    // The portal's PDF report downloaded instead of its CSV.
    'pdf',
    'a one-page PDF document',
    'report.pdf',
    () => ingestAsUser([written('report.pdf', minimalPdf())]),
  ],
  [
    // A file of no known kind that is not text (2 KB of random bytes named .csv).
    'binary',
    'random bytes (bad-random.csv)',
    'bad-random.csv',
    () => ingestAsUser([fixture('bad-random.csv')]),
  ],
  [
    // A Comtrade Plus CSV whose primaryValue column was renamed in a spreadsheet.
    'lacks_columns',
    'a Comtrade Plus CSV without primaryValue (bad-wrong-column.csv)',
    'bad-wrong-column.csv',
    () => ingestAsUser([fixture('bad-wrong-column.csv')]),
  ],
  [
    // The customs portal exports values in New Taiwan dollars unless told otherwise.
    'values_in_twd',
    'a Taiwan customs export with the value column 新臺幣(千元)',
    'customs-twd.csv',
    () => ingestAsUser([written('customs-twd.csv', customsExportInTwd())]),
  ],
  [
    // A CSV that is no trade data at all (weather readings).
    'unknown_header',
    'a CSV of weather readings (bad-unknown.csv)',
    'bad-unknown.csv',
    () => ingestAsUser([fixture('bad-unknown.csv')]),
  ],
  [
    // The user forced the BACI reader (--format baci) on a Comtrade Plus CSV.
    'not_forced_format',
    'comtrade-plus-tur.csv with the format forced to baci',
    'comtrade-plus-tur.csv',
    () => ingestAsUser([fixture('comtrade-plus-tur.csv')], { format: 'baci' }),
  ],
  [
    // BACI's country list given without the BACI data file it describes.
    'only_baci_countries',
    "BACI's country-code file alone (country_codes_V202401.csv)",
    null,
    () => ingestAsUser([fixture('country_codes_V202401.csv')]),
  ],
  [
    // An export of a query that matched nothing: its header, no row.
    'no_data_rows',
    'a Comtrade Plus CSV with a header and no row (bad-header-only.csv)',
    'bad-header-only.csv',
    () => ingestAsUser([fixture('bad-header-only.csv')]),
  ],
  [
    // Two exports of queries that matched nothing.
    'no_data_rows_any',
    'bad-header-only.csv and a canonical CSV with a header and no row',
    null,
    () =>
      ingestAsUser([
        fixture('bad-header-only.csv'),
        written('no-match.csv', `${CANONICAL_HEADER}\n`),
      ]),
  ],
  [
    // A Comtrade download of the commodity total only: read, and every row left out.
    'no_valid_rows',
    'a Comtrade Plus CSV holding only its TOTAL commodity row',
    null,
    () => ingestAsUser([written('only-total.csv', comtradeTotalOnly())]),
  ],
  [
    // A Parquet download cut off after 700 bytes: it has no footer (read by DuckDB, as the
    // command line reads Parquet).
    'parquet_unreadable',
    'the first 700 bytes of a Parquet file (bad-corrupt.parquet)',
    'bad-corrupt.parquet',
    () => ingestAsUser([fixture('bad-corrupt.parquet')]),
  ],
  [
    // A Comtrade download converted to Parquet, keeping Comtrade's columns.
    'parquet_not_canonical',
    'a Parquet file of Comtrade columns (bad-schema.parquet)',
    'bad-schema.parquet',
    () => ingestAsUser([fixture('bad-schema.parquet')]),
  ],
  [
    // A Parquet file written by a script with the HS codes as numbers.
    'column_types',
    'a canonical Parquet file whose hs column is INTEGER',
    'numeric-hs.parquet',
    async () => ingestAsUser([await numericHsParquet()]),
  ],
  [
    // A Parquet file with one row group overwritten by a bad disk block, opened in the
    // browser, which decodes it row group by row group (see parquetLoadError).
    'parquet_row_group',
    'a canonical Parquet file of 2 row groups, the second overwritten with noise',
    'damaged.parquet',
    async () => {
      const path = join(dir, 'damaged.parquet');
      await writeDamagedParquet(path, { rowGroups: 2, damaged: 1 });
      return refuseParquetInBrowser('damaged.parquet', new Uint8Array(readFileSync(path)));
    },
  ],
  [
    // The app's sample Parquet file with 64 KiB lost from its middle (a resumed download that
    // skipped a block), opened in the browser: its footer, intact, describes more bytes than
    // the file holds.
    'parquet_metadata',
    'the sample Parquet file with 64 KiB cut out of its middle',
    'trade-sample.parquet',
    () => {
      const whole = readFileSync(
        new URL('../../public/sample/trade-sample.parquet', import.meta.url),
      );
      const middle = Math.floor(whole.length / 2);
      const cut = Buffer.concat([whole.subarray(0, middle), whole.subarray(middle + 65_536)]);
      return refuseParquetInBrowser('trade-sample.parquet', new Uint8Array(cut));
    },
  ],
  [
    // A small Parquet file of 2,000,000 identical rows, opened in a browser on a device that
    // reports 0.25 GiB of memory (navigator.deviceMemory): the rows its footer declares would
    // not fit. The browser checks the footer so (src/data/dataset.ts, parquetOptions).
    'too_big',
    'a Parquet file of 2,000,000 identical rows on a device of 0.25 GiB',
    'constant.parquet',
    async () => {
      const path = join(dir, 'constant.parquet');
      await writeConstantParquet(path, 2_000_000);
      const declared = declaredOf(await parquetFooter(new Uint8Array(readFileSync(path))));
      const bytes = declared.uncompressedBytes;
      checkDeclared(
        'constant.parquet',
        { ...declared, kind: 'parquet', bytes },
        memoryBudget(0.25),
      );
    },
  ],
  [
    // A sheet exported with every column of a wide query.
    'too_many_columns',
    'a CSV of 1,001 columns',
    'wide.csv',
    () => ingestAsUser([written('wide.csv', wideCsv())]),
  ],
];

/**
 * Codes of the dictionaries that no real input can raise, kept as a last word should a file
 * slip past what makes them unreachable. The completeness check counts them as covered.
 */
const UNREACHABLE: readonly string[] = [
  // Raised (stage-file.ts) when DuckDB cannot split lines that end in more than one way; the
  // unpacker makes every line of a text file end alike first, and a file it leaves alone (NUL
  // bytes in its first 4 KiB) is refused as binary data before DuckDB reads it.
  'line_ends_mixed',
  // Raised by detection for UTF-16 without a byte-order mark; the unpacker converts any file
  // that detection would take for UTF-16 to UTF-8 first, by the same test on the same bytes.
  'utf16',
];

describe('inputs that the ingest reads rather than refuses, which once met those codes', () => {
  it('a canonical CSV with CRLF then LF line ends and a NUL-padded field past 4 KiB', async () => {
    const summary = (await ingestAsUser([
      written('pasted.csv', mixedLineEndsWithNul()),
    ])) as IngestSummary;
    // Every line split where it ends, whichever way: 160 rows read, none left out as unreadable.
    expect([summary.rowsRead, summary.rowsSkipped]).toEqual([160, 0]);
    // One flow a month (TWN → KGZ, 854231), January to December 2022; the rows of a month give
    // it different figures, which the merge settles (its own tests say how).
    const months = await db.query('SELECT count(DISTINCT period) AS n FROM ingested');
    expect([summary.rowsWritten, months[0]?.n]).toEqual([12, 12]);
  });

  it('a Chinese customs table in UTF-16LE without a byte-order mark (as bcp -w writes)', async () => {
    const summary = (await ingestAsUser([
      written('customs-bcp.txt', utf16WithoutBom()),
    ])) as IngestSummary;
    expect(summary.rowsRead).toBe(60);
    // 60 copies of one line: the first kept, 1,234 thousand US$ to Kyrgyzstan in January 2022.
    const rows = await db.query(
      `SELECT CAST(period AS VARCHAR) AS period, partner, hs, value_usd FROM ingested`,
    );
    expect(rows).toEqual([
      { period: '2022-01-01', partner: 'KGZ', hs: '854231', value_usd: 1_234_000 },
    ]);
  });
});

/** The ingest's error codes a dictionary has messages for, the column mapping's aside. */
const errorCodes = (dictionary: Record<string, string>) =>
  Object.keys(dictionary)
    .filter((key) => key.startsWith('ingestError.') && !key.startsWith('ingestError.mapping_'))
    // A message's singular form (`<code>.one`) is the same error.
    .filter((key) => !key.endsWith('.one'))
    .map((key) => key.slice('ingestError.'.length))
    .sort();

/** Words of the engines under the app that a message must never show the user. */
const ENGINE_WORDS =
  /Catalog Error|Binder Error|Invalid Input Error|Conversion Error|IO Error|TypeError|undefined|NaN|\[object/;

describe('every error class the ingest can raise', () => {
  it.each(ERROR_CLASSES)('%s: %s', async (code, _input, file, raise) => {
    const error = await raise().then(
      () => {
        throw new Error(`${code}: the input was not refused`);
      },
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IngestError);
    const refusal = error as IngestError;
    expect(refusal.code).toBe(code);
    if (file === null) expect(refusal.file).toBeUndefined();
    else {
      expect(refusal.file).toBe(file);
      expect(refusal.params.file).toBe(file);
    }

    const [english, chinese] = LOCALES.map((locale) =>
      describeIngestMessage(locale, 'ingestError', ingestErrorMessage(refusal)),
    );
    // The engine's own words (zlib's, DuckDB's, parquet-wasm's) are kept for the Details.
    const { engine } = refusal.params;
    for (const text of [english, chinese]) {
      if (typeof engine === 'string' && engine !== '') expect(text).not.toContain(engine);
      expect(text?.trim()).not.toBe('');
      expect(text).not.toMatch(/[{}|]/);
      expect(text).not.toMatch(ENGINE_WORDS);
    }
    expect(chinese).not.toBe(english);
    expect(english).not.toMatch(/\b1 rows\b/);
    expect(chinese).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('the table of error classes', () => {
  it('has one row per error code of the English dictionary, and no other', () => {
    const codes = ERROR_CLASSES.map(([code]) => code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes.filter((code) => UNREACHABLE.includes(code))).toEqual([]);
    expect([...codes, ...UNREACHABLE].sort()).toEqual(errorCodes(en));
  });

  it('covers the same codes as the Traditional Chinese dictionary', () => {
    expect(errorCodes(zhTW)).toEqual(errorCodes(en));
  });
});
