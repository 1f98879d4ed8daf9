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
    expect(d.notes.join(' ')).toMatch(/byte-order mark but is not UTF-8/);
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
    expect(d.reason).toMatch(/lacks column\(s\) 美元\(千元\)\|.*New Taiwan dollars/);
  });

  it.each([
    ['book.xlsx', bytes(0x50, 0x4b, 0x03, 0x04, 0), /Excel workbook: save the sheet as CSV/],
    ['BACI_HS17_V202401.zip', bytes(0x50, 0x4b, 0x03, 0x04, 0), /ZIP archive/],
    ['old.xls', bytes(0xd0, 0xcf, 0x11, 0xe0, 0), /Excel 97–2003/],
    ['unicode.txt', bytes(0xff, 0xfe, 0x61, 0), /UTF-16/],
    ['empty.csv', bytes(), /empty/],
  ])('says what to do with %s', (name, data, reason) => {
    expect(detectFormat(data, name).reason).toMatch(reason);
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
