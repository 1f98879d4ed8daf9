import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/data/ingest/detect';
import { classifyUtf8, splitFields } from '../../src/data/ingest/head';
import { FIXTURES } from './helpers';

const head = (name: string) => readFileSync(FIXTURES + name).subarray(0, 64 * 1024);
const bytes = (...values: number[]) => new Uint8Array(values);
const text = (s: string) => new TextEncoder().encode(s);

describe('detectFormat on the fixtures', () => {
  it.each([
    ['comtrade-plus-tur.csv', 'comtrade-plus', 'latin-1'],
    ['comtrade-legacy-sau.csv', 'comtrade-legacy', 'utf-8'],
    ['BACI_HS17_Y2022_V202401.csv', 'baci', 'utf-8'],
    ['country_codes_V202401.csv', 'baci-countries', 'utf-8'],
    ['tw-customs-by-country.csv', 'tw-customs', 'utf-8'],
    ['tw-customs-products-usd.csv', 'tw-customs', 'utf-8'],
    ['canonical-trade.csv', 'canonical-csv', 'utf-8'],
    ['canonical-trade.parquet', 'canonical-parquet', 'utf-8'],
  ])('recognises %s as %s (%s)', (name, format, encoding) => {
    const d = detectFormat(head(name), name);
    expect(d.format).toBe(format);
    if (format !== 'canonical-parquet') expect(d.encoding).toBe(encoding);
  });

  it('gives a Comtrade Plus file one more column for the trailing comma on every row', () => {
    const d = detectFormat(head('comtrade-plus-tur.csv'), 'comtrade-plus-tur.csv');
    expect(d.header).toHaveLength(47);
    expect(d.columns).toHaveLength(48);
    expect(d.columns.at(-1)).toBe('_extra1');
  });

  it('strips the BOM from the first Chinese column name of a customs export', () => {
    const d = detectFormat(head('tw-customs-by-country.csv'), 'tw-customs-by-country.csv');
    expect(d.bom).toBe(true);
    expect(d.header[0]).toBe('進出口別');
    expect(d.header).toContain('國家');
  });

  it('reads a BOM followed by Latin-1 bytes as Latin-1, and says so', () => {
    const d = detectFormat(head('bad-encoding-claim.csv'), 'bad-encoding-claim.csv');
    expect(d).toMatchObject({ format: 'comtrade-plus', encoding: 'latin-1', bom: true });
    expect(d.notes.map((n) => n.code)).toEqual(['bom_not_utf8']);
    expect(d.notes[0]?.message).toMatch(/byte-order mark but is not UTF-8/);
  });

  it('names the closest format and the missing column of a file with a wrong column', () => {
    const d = detectFormat(head('bad-wrong-column.csv'), 'bad-wrong-column.csv');
    expect(d.format).toBe('unknown');
    expect(d.reason).toBe(
      'looks like a UN Comtrade Plus CSV file but lacks column(s) primaryValue',
    );
  });

  it('shows the header of a file that is no trade file at all', () => {
    const d = detectFormat(head('bad-unknown.csv'), 'bad-unknown.csv');
    expect(d.format).toBe('unknown');
    expect(d.reason).toMatch(/header: station, date, temperature_c/);
  });

  it('tells the user a customs export in New Taiwan dollars must be exported in US dollars', () => {
    const d = detectFormat(
      text('進出口別,日期,貨品號列,中文貨名,英文貨名,新臺幣(千元)\n'),
      'x.csv',
    );
    expect(d.reason).toMatch(/lacks column\(s\) 美元\(千元\) \/ 美元\(元\).*New Taiwan dollars/);
  });

  it.each([
    ['book.xlsx', bytes(0x50, 0x4b, 0x03, 0x04, 0), /Excel workbook: save the sheet as CSV/],
    ['BACI_HS17_V202401.zip', bytes(0x50, 0x4b, 0x03, 0x04, 0), /ZIP archive/],
    ['old.xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0), /Excel 97–2003/],
    ['trade.csv.zst', bytes(0x28, 0xb5, 0x2f, 0xfd, 0x24), /Zstandard-compressed \(\.zst\)/],
    ['unicode.txt', bytes(0xff, 0xfe, 0x61, 0), /UTF-16/],
    ['empty.csv', bytes(), /empty/],
    ['blank.csv', text('\r\n\r\n'), /only blank lines/],
    ['chart.csv', bytes(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a), /PNG image, not a table/],
    ['photo.csv', bytes(0xff, 0xd8, 0xff, 0xe0), /JPEG image/],
    ['report.csv', text('%PDF-1.7\n'), /PDF document/],
    ['utf16-no-bom.csv', text('a,b').reduce((a: number[], b) => [...a, b, 0], []), /UTF-16/],
    ['noise.csv', bytes(0x41, 0x00, 0x01, 0x02, 0x42, 0x03), /binary data, not text/],
  ])('says what to do with %s', (name, data, reason) => {
    const d = detectFormat(data instanceof Uint8Array ? data : bytes(...data), name);
    expect(d.format).toBe('unknown');
    expect(d.reason).toMatch(reason);
    expect(d.problem?.message).toBe(d.reason);
  });

  it('gives each refusal a stable code and the params its message needs', () => {
    expect(detectFormat(head('bad-image.csv'), 'x.csv').problem).toMatchObject({
      code: 'image',
      params: { kind: 'PNG' },
    });
    expect(detectFormat(head('bad-random.csv'), 'x.csv').problem?.code).toBe('binary');
    expect(detectFormat(head('bad-wrong-column.csv'), 'x.csv').problem).toMatchObject({
      code: 'lacks_columns',
      params: { format: 'comtrade-plus', missing: 'primaryValue' },
    });
  });

  it.each([
    ['bad-semicolon.csv', ';', "';'"],
    ['bad-tab.tsv', '\t', 'Tab'],
  ])('reads the fields of %s on their own delimiter, and says so', (name, delimiter, shown) => {
    const d = detectFormat(head(name), name);
    expect(d).toMatchObject({ format: 'comtrade-plus', delimiter });
    expect(d.header).toHaveLength(47);
    expect(d.notes).toContainEqual(
      expect.objectContaining({ code: 'delimiter', params: { delimiter: shown } }),
    );
  });

  it('obeys a forced encoding and a forced format', () => {
    const d = detectFormat(head('comtrade-plus-tur.csv'), 'x.csv', {
      encoding: 'utf-8',
      format: 'baci',
    });
    expect(d.encoding).toBe('utf-8');
    expect(d.format).toBe('unknown');
    expect(d.reason).toMatch(/^is not a BACI \(CEPII\) file: lacks column\(s\) t, i, j, k, v, q/);
  });

  it('treats an ASCII-only head as a UTF-8 guess to be confirmed by the full read', () => {
    const d = detectFormat(head('bad-rows.csv'), 'bad-rows.csv');
    expect(d).toMatchObject({ encoding: 'utf-8', encodingGuessed: true });
  });
});

describe('classifyUtf8', () => {
  it.each([
    ['plain ASCII', text('a,b\n1,2\n'), 'ascii'],
    ['Chinese UTF-8', text('進出口別'), 'utf-8'],
    [
      'UTF-8 cut in the middle of a character at the end of the head',
      text('進出').subarray(0, 4),
      'utf-8',
    ],
    ['Latin-1 ü', bytes(0x54, 0xfc, 0x72), 'invalid'],
    ['Windows-1252 curly quote', bytes(0x93, 0x61, 0x94), 'invalid'],
    ['overlong encoding', bytes(0xc0, 0xaf), 'invalid'],
    ['UTF-16 surrogate written as UTF-8', bytes(0xed, 0xa0, 0x80), 'invalid'],
  ])('classifies %s', (_, data, kind) => {
    expect(classifyUtf8(data)).toBe(kind);
  });
});

describe('splitFields', () => {
  it('keeps commas and doubled quotes inside quotes and counts a trailing empty field', () => {
    expect(splitFields('"490","Other Asia, nes","say ""hi""",', ',')).toEqual([
      '490',
      'Other Asia, nes',
      'say "hi"',
      '',
    ]);
  });
});
