import { READERS } from './formats';
import {
  classifyUtf8,
  decodeText,
  firstLines,
  guessDelimiter,
  hasUtf8Bom,
  normalizeName,
  splitFields,
  uniqueNames,
} from './head';
import type { FormatReader } from './mapping';
import type { Detection, IngestFormat, TextEncoding } from './types';

/** How many leading bytes of a file detection needs. */
export const HEAD_BYTES = 64 * 1024;

const startsWith = (bytes: Uint8Array, magic: readonly number[]) =>
  magic.every((b, i) => bytes[i] === b);

/** Files that are not text tables, recognised by their first bytes, and what to do instead. */
function binaryKind(head: Uint8Array, name: string): string | undefined {
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]))
    return /\.xlsx?$/i.test(name)
      ? 'an Excel workbook: save the sheet as CSV (UTF-8) and ingest that'
      : 'a ZIP archive: extract the CSV files and ingest those';
  if (startsWith(head, [0xd0, 0xcf, 0x11, 0xe0]))
    return 'an Excel 97–2003 workbook (.xls): save the sheet as CSV (UTF-8) and ingest that';
  if (startsWith(head, [0x1f, 0x8b])) return 'gzip-compressed: decompress it first';
  if (startsWith(head, [0xff, 0xfe]) || startsWith(head, [0xfe, 0xff]))
    return 'UTF-16 text: save it as CSV UTF-8 and ingest that';
  return undefined;
}

/** The required columns (alternatives joined by '|') a header lacks for a reader. */
export function missingColumns(reader: FormatReader, header: readonly string[]): string[] {
  const present = new Set(header.map(normalizeName));
  return reader.required.filter((r) => !r.split('|').some((alt) => present.has(normalizeName(alt))));
}

/** The reason a header matches no reader, naming the closest one and what it lacks. */
function unknownReason(header: readonly string[]): string {
  const scored = READERS.filter((r) => r.format !== 'canonical-parquet').map((reader) => {
    const missing = missingColumns(reader, header);
    return { reader, missing, score: 1 - missing.length / reader.required.length };
  });
  const best = scored.sort((a, b) => b.score - a.score)[0];
  if (best && best.score >= 0.5) {
    const hint = header.some((h) => h.includes('新臺幣') || h.includes('新台幣'))
      ? ' (its values are in New Taiwan dollars: export them in US dollars, 美元)'
      : '';
    return `looks like a ${best.reader.label} file but lacks column(s) ${best.missing.join(', ')}${hint}`;
  }
  const shown = header.slice(0, 8).join(', ') + (header.length > 8 ? ', …' : '');
  return `not a known trade file (header: ${shown}); expected UN Comtrade Plus, legacy Comtrade, BACI, Taiwan customs or canonical columns`;
}

/** Chooses the encoding from the bytes after any BOM, unless the user forced one. */
function chooseEncoding(body: Uint8Array, bom: boolean, forced?: TextEncoding) {
  const kind = classifyUtf8(body);
  const notes: string[] = [];
  if (forced) return { encoding: forced, guessed: false, notes };
  if (kind === 'invalid' && bom)
    notes.push('starts with a UTF-8 byte-order mark but is not UTF-8: read as Latin-1 (ISO-8859-1)');
  const encoding: TextEncoding = kind === 'invalid' ? 'latin-1' : 'utf-8';
  return { encoding, guessed: kind === 'ascii' && !bom, notes };
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
  forced: { format?: IngestFormat; encoding?: TextEncoding } = {},
): Detection {
  const base = { encoding: 'utf-8' as TextEncoding, encodingGuessed: false, bom: false, delimiter: ',' };
  const unknown = (reason: string, header: string[] = []): Detection => ({
    ...base,
    format: 'unknown',
    columns: header,
    header,
    reason,
    notes: [],
  });
  if (head.length === 0) return unknown('the file is empty');
  if (startsWith(head, [0x50, 0x41, 0x52, 0x31])) {
    if (forced.format && forced.format !== 'canonical-parquet' && forced.format !== 'canonical-csv')
      return unknown(`is a Parquet file, not ${forced.format}`);
    return { ...unknown(''), format: 'canonical-parquet', reason: undefined };
  }
  const binary = binaryKind(head, name);
  if (binary) return unknown(`is ${binary}`);

  const bom = hasUtf8Bom(head);
  const body = bom ? head.subarray(3) : head;
  const { encoding, guessed, notes } = chooseEncoding(body, bom, forced.encoding);
  const text = decodeText(body, encoding);
  const lines = firstLines(text, 2);
  const headerLine = lines[0] ?? text.replace(/\r?\n?$/, '');
  const delimiter = guessDelimiter(headerLine);
  const header = splitFields(headerLine, delimiter).map((h) => h.trim());
  const dataFields = lines[1] === undefined ? 0 : splitFields(lines[1], delimiter).length;
  const extra = Array.from({ length: Math.max(0, dataFields - header.length) }, (_, i) => `_extra${i + 1}`);
  const columns = uniqueNames([...header, ...extra]);
  const detected = { ...base, encoding, encodingGuessed: guessed, bom, delimiter, columns, header, notes };

  const candidates = READERS.filter(
    (r) => r.format !== 'canonical-parquet' && (!forced.format || r.format === forced.format),
  );
  const reader = candidates.find((r) => missingColumns(r, header).length === 0);
  if (reader) return { ...detected, format: reader.format };
  const forcedReader = forced.format ? candidates[0] : undefined;
  const reason = forcedReader
    ? `is not a ${forcedReader.label} file: lacks column(s) ${missingColumns(forcedReader, header).join(', ')}`
    : unknownReason(header);
  return { ...detected, format: 'unknown', reason };
}
