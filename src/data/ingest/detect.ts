import { columnsProblem } from './budget';
import { READERS } from './formats';
import {
  classifyUtf8,
  decodeText,
  firstLines,
  guessDelimiter,
  hasUtf8Bom,
  isParquet,
  KIND_SAMPLE_BYTES,
  normalizeName,
  splitFields,
  uniqueNames,
  utf16ByNuls,
} from './head';
import type { FormatReader } from '../sql/ingest/mapping';
import type { Detection, IngestFormat, IngestMessage, MessageParams, TextEncoding } from './types';

/** How many leading bytes of a file detection needs. */
export const HEAD_BYTES = 64 * 1024;

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((b, i) => bytes[i] === b);

const problem = (code: string, message: string, params: MessageParams = {}): IngestMessage => ({
  code,
  params,
  message,
});

/** Magic numbers of files users pick by mistake, and what to say about each. */
const MAGIC: readonly [magic: readonly number[], (name: string) => IngestMessage][] = [
  [
    [0x50, 0x4b, 0x03, 0x04],
    (name) =>
      /\.xlsx?$/i.test(name)
        ? problem('xlsx', 'is an Excel workbook: save the sheet as CSV (UTF-8) and ingest that')
        : problem('zip', 'is a ZIP archive: extract the CSV files and ingest those'),
  ],
  [
    [0xd0, 0xcf, 0x11, 0xe0],
    () =>
      problem(
        'xls',
        'is an Excel 97–2003 workbook (.xls): save the sheet as CSV (UTF-8) and ingest that',
      ),
  ],
  [[0x1f, 0x8b], () => problem('gzip', 'is gzip-compressed: decompress it first')],
  [
    [0x28, 0xb5, 0x2f, 0xfd],
    () =>
      problem(
        'zstd',
        'is Zstandard-compressed (.zst): decompress it first (zstd -d), or download it as CSV or gzip',
      ),
  ],
  [[0xff, 0xfe], () => UTF16],
  [[0xfe, 0xff], () => UTF16],
  [[0x89, 0x50, 0x4e, 0x47], () => image('PNG')],
  [[0xff, 0xd8, 0xff], () => image('JPEG')],
  [[0x47, 0x49, 0x46, 0x38], () => image('GIF')],
  [
    [0x25, 0x50, 0x44, 0x46],
    () => problem('pdf', 'is a PDF document, not a table: download the data as CSV instead'),
  ],
];

const UTF16 = problem('utf16', 'is UTF-16 text: save it as CSV UTF-8 and ingest that');

const image = (kind: string) =>
  problem('image', `is a ${kind} image, not a table: choose the trade data file (CSV or Parquet)`, {
    kind,
  });

/** Control bytes that never occur in a text table (tab, line ends and form feed excluded). */
const isControl = (b: number) => b < 0x09 || (b > 0x0d && b < 0x20) || b === 0x7f;

/**
 * Binary data that is no text at all: NUL bytes, or more than 1 in 50 control bytes in the first
 * 4 KiB. NULs on every other byte are UTF-16 without a byte-order mark.
 */
function binaryData(head: Uint8Array): IngestMessage | undefined {
  const sample = head.subarray(0, KIND_SAMPLE_BYTES);
  if (utf16ByNuls(sample)) return UTF16;
  const controls = sample.filter(isControl).length;
  if (!sample.includes(0) && controls * 50 <= sample.length) return undefined;
  return problem(
    'binary',
    'holds binary data, not text, so it is not a CSV file: choose the CSV or Parquet file exported from the trade database',
  );
}

/** Files that are not text tables, recognised by their first bytes, and what to do instead. */
function binaryKind(head: Uint8Array, name: string): IngestMessage | undefined {
  const known = MAGIC.find(([magic]) => startsWith(head, magic));
  return known ? known[1](name) : binaryData(head);
}

/** The required columns (alternatives joined by '|') a header lacks for a reader. */
export function missingColumns(reader: FormatReader, header: readonly string[]): string[] {
  const present = new Set(header.map(normalizeName));
  return reader.required.filter(
    (r) => !r.split('|').some((alt) => present.has(normalizeName(alt))),
  );
}

/** Missing columns as the user reads them: "美元(千元) / 美元(元), 日期" (alternatives by "/"). */
const listMissing = (missing: readonly string[]) =>
  missing.map((columns) => columns.split('|').join(' / ')).join(', ');

/** Why a header matches no reader, naming the closest one and what it lacks. */
function unknownReason(header: readonly string[]): IngestMessage {
  const scored = READERS.filter((r) => r.format !== 'canonical-parquet').map((reader) => {
    const missing = missingColumns(reader, header);
    return { reader, missing, score: 1 - missing.length / reader.required.length };
  });
  const best = scored.sort((a, b) => b.score - a.score)[0];
  if (best && best.score >= 0.5) {
    const params = { format: best.reader.format, missing: listMissing(best.missing) };
    const lacks = `looks like a ${best.reader.label} file but lacks column(s) ${params.missing}`;
    return header.some((h) => h.includes('新臺幣') || h.includes('新台幣'))
      ? problem(
          'values_in_twd',
          `${lacks} (its values are in New Taiwan dollars: export them in US dollars, 美元)`,
          params,
        )
      : problem('lacks_columns', lacks, params);
  }
  const shown = header.slice(0, 8).join(', ') + (header.length > 8 ? ', …' : '');
  return problem(
    'unknown_header',
    `not a known trade file (header: ${shown}); expected UN Comtrade Plus, legacy Comtrade, BACI, Taiwan customs or canonical columns`,
    { header: shown },
  );
}

/** Chooses the encoding from the bytes after any BOM, unless the user forced one. */
function chooseEncoding(body: Uint8Array, bom: boolean, forced?: TextEncoding) {
  const kind = classifyUtf8(body);
  const notes: IngestMessage[] = [];
  if (forced) return { encoding: forced, guessed: false, notes };
  if (kind === 'invalid' && bom)
    notes.push(
      problem(
        'bom_not_utf8',
        'starts with a UTF-8 byte-order mark but is not UTF-8: read as Latin-1 (ISO-8859-1)',
      ),
    );
  const encoding: TextEncoding = kind === 'invalid' ? 'latin-1' : 'utf-8';
  return { encoding, guessed: kind === 'ascii' && !bom, notes };
}

/** Why a file is not of the format the user forced. */
function notForced(reader: FormatReader, header: readonly string[]): IngestMessage {
  const missing = listMissing(missingColumns(reader, header));
  return problem('not_forced_format', `is not a ${reader.label} file: lacks column(s) ${missing}`, {
    format: reader.format,
    missing,
  });
}

/** A note saying which delimiter other than ',' the file uses. */
function delimiterNote(delimiter: string): IngestMessage[] {
  if (delimiter === ',') return [];
  const shown = delimiter === '\t' ? 'tabs' : `'${delimiter}'`;
  return [
    problem('delimiter', `separates its fields with ${shown}, not commas: read that way`, {
      delimiter: delimiter === '\t' ? 'Tab' : shown,
    }),
  ];
}

/**
 * Recognises a file from its first bytes (see {@link HEAD_BYTES}) and its name: Parquet by its
 * magic number, a CSV by its header. Decides the encoding (UTF-8 if the bytes are valid UTF-8,
 * else Latin-1), strips a BOM, finds the delimiter, and counts the fields of the first data row
 * so that a trailing comma on every row (Comtrade Plus) becomes one more, unnamed column.
 */
export function detectFormat(
  head: Uint8Array,
  name: string,
  forced: { format?: IngestFormat | undefined; encoding?: TextEncoding | undefined } = {},
): Detection {
  const base = {
    encoding: 'utf-8' as TextEncoding,
    encodingGuessed: false,
    bom: false,
    delimiter: ',',
  };
  const unknown = (why: IngestMessage, header: string[] = []): Detection => ({
    ...base,
    format: 'unknown',
    columns: header,
    header,
    reason: why.message,
    problem: why,
    notes: [],
  });
  if (head.length === 0)
    return unknown(problem('empty', 'the file is empty (0 bytes): export or download it again'));
  if (isParquet(head)) {
    if (forced.format && forced.format !== 'canonical-parquet' && forced.format !== 'canonical-csv')
      return unknown(
        problem('parquet_not_format', `is a Parquet file, not ${forced.format}`, {
          format: forced.format,
        }),
      );
    return { ...base, format: 'canonical-parquet', columns: [], header: [], notes: [] };
  }
  const binary = binaryKind(head, name);
  if (binary) return unknown(binary);

  const bom = hasUtf8Bom(head);
  const body = bom ? head.subarray(3) : head;
  const { encoding, guessed, notes } = chooseEncoding(body, bom, forced.encoding);
  const text = decodeText(body, encoding);
  if (text.trim() === '')
    return unknown(
      problem('blank', 'the file holds only blank lines: export or download it again'),
    );
  const lines = firstLines(text, 2);
  const headerLine = lines[0] ?? text.replace(/\r?\n?$/, '');
  const delimiter = guessDelimiter(headerLine);
  const header = splitFields(headerLine, delimiter).map((h) => h.trim());
  const dataFields = lines[1] === undefined ? 0 : splitFields(lines[1], delimiter).length;
  const extra = Array.from(
    { length: Math.max(0, dataFields - header.length) },
    (_, i) => `_extra${i + 1}`,
  );
  // Before any reader is tried: a file this wide is refused whatever its header holds.
  const wide = columnsProblem(header.length + extra.length);
  if (wide) return unknown(wide);
  const columns = uniqueNames([...header, ...extra]);
  const allNotes = [...notes, ...delimiterNote(delimiter)];
  const detected = {
    ...base,
    encoding,
    encodingGuessed: guessed,
    bom,
    delimiter,
    columns,
    header,
    notes: allNotes,
  };

  const candidates = READERS.filter(
    (r) => r.format !== 'canonical-parquet' && (!forced.format || r.format === forced.format),
  );
  const reader = candidates.find((r) => missingColumns(r, header).length === 0);
  if (reader) return { ...detected, format: reader.format };
  const forcedReader = forced.format ? candidates[0] : undefined;
  const why = forcedReader ? notForced(forcedReader, header) : unknownReason(header);
  return { ...detected, format: 'unknown', reason: why.message, problem: why };
}
