/** Reading the first bytes of a file: encoding, BOM, the header and the first data line. */

const BOM = [0xef, 0xbb, 0xbf];

/**
 * The bytes a file's kind is told from (binary data, UTF-16 without a byte-order mark): its
 * first 4 KiB, the same for the unpacker that converts it and the detection that reads it.
 */
export const KIND_SAMPLE_BYTES = 4096;

/**
 * UTF-16 without a byte-order mark, told by NUL bytes on one parity only, at more than half of
 * its positions (text mostly ASCII, as a table's digits and commas are): little-endian when the
 * odd bytes are NUL. Null for anything else.
 */
export function utf16ByNuls(head: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  const sample = head.subarray(
    0,
    KIND_SAMPLE_BYTES - (Math.min(head.length, KIND_SAMPLE_BYTES) % 2),
  );
  let [even, odd] = [0, 0];
  sample.forEach((b, i) => {
    if (b === 0) [even, odd] = i % 2 === 0 ? [even + 1, odd] : [even, odd + 1];
  });
  const half = sample.length / 2;
  if (odd > half / 2 && even === 0) return 'utf-16le';
  if (even > half / 2 && odd === 0) return 'utf-16be';
  return null;
}

/** True if the bytes start with Parquet's magic number, `PAR1`. */
export const isParquet = (head: Uint8Array) =>
  head[0] === 0x50 && head[1] === 0x41 && head[2] === 0x52 && head[3] === 0x31;

/** True if the bytes start with a UTF-8 byte-order mark. */
export function hasUtf8Bom(bytes: Uint8Array): boolean {
  return BOM.every((b, i) => bytes[i] === b);
}

/** Length of the UTF-8 sequence a lead byte starts, or 0 if it cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead <= 0xdf) return 2;
  if (lead >= 0xe0 && lead <= 0xef) return 3;
  if (lead >= 0xf0 && lead <= 0xf4) return 4;
  return 0;
}

/**
 * Classifies bytes as plain ASCII, valid UTF-8 or not UTF-8. A sequence cut off by the end of
 * the head counts as valid: the head is an arbitrary slice of a longer file.
 */
export function classifyUtf8(bytes: Uint8Array): 'ascii' | 'utf-8' | 'invalid' {
  let ascii = true;
  for (let i = 0; i < bytes.length;) {
    const lead = bytes[i] ?? 0;
    const length = sequenceLength(lead);
    if (length === 0) return 'invalid';
    if (length > 1) ascii = false;
    for (let k = 1; k < length; k++) {
      const next = bytes[i + k];
      if (next === undefined) return ascii ? 'ascii' : 'utf-8';
      if ((next & 0xc0) !== 0x80) return 'invalid';
    }
    // Overlong 3- and 4-byte forms and surrogates are not UTF-8 (DuckDB rejects them too).
    const second = bytes[i + 1] ?? 0x80;
    if (lead === 0xe0 && second < 0xa0) return 'invalid';
    if (lead === 0xed && second > 0x9f) return 'invalid';
    if (lead === 0xf0 && second < 0x90) return 'invalid';
    if (lead === 0xf4 && second > 0x8f) return 'invalid';
    i += length;
  }
  return ascii ? 'ascii' : 'utf-8';
}

/** Decodes bytes as UTF-8 (replacing bad bytes) or as ISO-8859-1, byte for character. */
export function decodeText(bytes: Uint8Array, encoding: 'utf-8' | 'latin-1'): string {
  if (encoding === 'utf-8') return new TextDecoder('utf-8').decode(bytes);
  let text = '';
  for (const byte of bytes) text += String.fromCharCode(byte);
  return text;
}

/** The first `count` complete lines of a text (CRLF or LF), without their line ends. */
export function firstLines(text: string, count: number): string[] {
  const lines: string[] = [];
  let start = 0;
  while (lines.length < count) {
    const end = text.indexOf('\n', start);
    if (end < 0) break;
    lines.push(text.slice(start, end).replace(/\r$/, ''));
    start = end + 1;
  }
  return lines;
}

/**
 * Splits one line into fields on `delimiter`, honouring double quotes ("" inside quotes is a
 * quote). Only for the header and for counting the fields of the first data line; the data
 * itself is read by DuckDB.
 */
export function splitFields(line: string, delimiter: string): string[] {
  const fields: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else field += ch;
  }
  fields.push(field);
  return fields;
}

/** The delimiter among , ; and tab that splits the header into the most fields. */
export function guessDelimiter(headerLine: string): string {
  let best = ',';
  let most = 0;
  for (const candidate of [',', ';', '\t']) {
    const count = splitFields(headerLine, candidate).length;
    if (count > most) [best, most] = [candidate, count];
  }
  return best;
}

/**
 * A column name reduced to what identifies it: lower case, full-width brackets made ASCII,
 * spaces and punctuation other than brackets removed ("Trade Value (US$)" → "tradevalue(us)",
 * "美元（千元）" → "美元(千元)").
 */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}()]/gu, '');
}

/** Makes header names usable as column names: non-empty and unique, in order. */
export function uniqueNames(names: readonly string[]): string[] {
  const seen = new Set<string>();
  return names.map((raw, i) => {
    let name = raw.trim() === '' ? `_column${i + 1}` : raw.trim();
    for (let k = 2; seen.has(name.toLowerCase()); k++) name = `${raw.trim()}_${k}`;
    seen.add(name.toLowerCase());
    return name;
  });
}
