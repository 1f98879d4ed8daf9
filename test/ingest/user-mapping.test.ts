import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isMessageKey } from '../../src/i18n';
import { detectFormat } from '../../src/data/ingest/detect';
import { ingestFiles } from '../../src/data/ingest/ingest';
import { IngestError, type IngestFile } from '../../src/data/ingest/types';
import {
  firstLinesBytes,
  guessMapping,
  mappingToJson,
  needsMapping,
  parseMappingJson,
  parseUserMapping,
  sampleRows,
  type UserMapping,
} from '../../src/data/ingest/user-mapping';
import type { NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { FIXTURES, fixture, ingestedRows, openWithCountries, skips } from './helpers';

let db: NodeDuckDB;
let dir: string;
beforeAll(async () => {
  db = await openWithCountries();
  dir = mkdtempSync(join(tmpdir(), 'ingest-mapping-'));
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

const OWN_LAYOUT = 'tw-customs-own-layout.csv';
const mappingFile = (name: string) => parseMappingJson(readFileSync(FIXTURES + name, 'utf8'), name);
const mapped = (name: string, mapping: UserMapping): IngestFile => ({ ...fixture(name), mapping });

/** Writes a file into the temporary folder and hands it over with a mapping, as the CLI does. */
function tempFile(name: string, content: string, mapping: UserMapping): IngestFile {
  const path = join(dir, name);
  writeFileSync(path, content);
  return { name, path, head: readFileSync(path).subarray(0, 64 * 1024), mapping };
}

/** The error an ingest throws, or a failure of the test if it throws none. */
async function ingestError(files: IngestFile[]): Promise<IngestError> {
  const error = await ingestFiles(db, files).catch((e: unknown) => e);
  if (!(error instanceof IngestError))
    throw new Error(`expected an IngestError, got ${String(error)}`);
  return error;
}

describe("a by-country table in an analyst's own layout (tw-customs-own-layout.csv)", () => {
  it('is read through its mapping with the figures worked out by hand', async () => {
    const summary = await ingestFiles(db, [
      mapped(OWN_LAYOUT, mappingFile('tw-customs-own-layout.mapping.json')),
    ]);
    const rows = await ingestedRows(db);
    expect(rows.map((r) => [r.period, r.freq, r.months, r.partner, r.hs, r.value_usd])).toEqual([
      ['2022-01-01', 'A', null, 'ARE', '845710', 95_000], // line 6, 84571000009
      ['2025-01-01', 'A', 8, 'ARE', '854231', 640_000], // line 14, "2025 (1-8月)"
      ['2022-01-01', 'A', null, 'CHN', '854232', 800_000], // line 5, 中國大陸
      ['2023-01-01', 'A', null, 'KAZ', '845710', 310_250], // line 9, 哈薩克
      ['2022-01-01', 'A', null, 'KGZ', '854231', 1_500_000], // lines 2 + 3: 1,234,500 + 265,500
      ['2023-01-01', 'A', null, 'KGZ', '854231', 2_050_000], // line 7
      ['2025-01-01', 'A', 8, 'KGZ', '854231', 1_800_000], // line 12
      ['2022-01-01', 'A', null, 'RUS', '854231', 12_300], // line 4
      ['2023-01-01', 'A', null, 'RUS', '854231', 4_500], // line 8
      ['2025-01-01', 'A', 8, 'RUS', '854231', 2_100], // line 13
      ['2023-01-01', 'A', null, 'TUR', '846693', 950], // line 10, unquoted: under a thousand
      ['2023-01-01', 'A', null, 'XNS', '854231', 7_000], // line 11, 其他國家: other countries
    ]);
    expect(rows.every((r) => r.reporter === 'TWN' && r.flow === 'X')).toBe(true);
    expect(rows.every((r) => r.source === 'user-mapping')).toBe(true);
    // 14 data lines: the sheet's Total line is left out, 其他國家 ("other countries") is kept
    // under the residual code XNS; the two 8542.31 codes of KGZ 2022 become one HS-6 row:
    // 14 - 1 - 1 = 12 rows.
    expect(summary).toMatchObject({
      rowsRead: 14,
      rowsSkipped: 1,
      rowsCombined: 1,
      rowsWritten: 12,
    });
    expect(summary.files[0]).toMatchObject({ format: 'user-mapping', encoding: 'utf-8' });
    expect(skips(summary)).toEqual({
      period_unreadable: ['15: Total'],
    });
    // 2022: 1,234,500 + 265,500 + 12,300 + 800,000 + 95,000 = 2,407,300
    // 2023: 2,050,000 + 4,500 + 310,250 + 950 + 7,000 (other countries) = 2,372,700
    // 2025, January–August: 1,800,000 + 2,100 + 640,000 = 2,442,100
    expect(summary.valueByYear).toEqual([
      { year: 2022, freq: 'A', months: null, exportsUsd: 2_407_300, importsUsd: 0, worldUsd: 0 },
      { year: 2023, freq: 'A', months: null, exportsUsd: 2_372_700, importsUsd: 0, worldUsd: 0 },
      { year: 2025, freq: 'A', months: 8, exportsUsd: 2_442_100, importsUsd: 0, worldUsd: 0 },
    ]);
    expect(summary.warnings.map((w) => w.message)).toContain(
      '3 rows of tw-customs-own-layout.csv cover only the first months of a year: kept as a partial year, never compared with a full one.',
    );
  });

  it('is refused without a mapping, as a file of no known layout the app can offer to map', () => {
    const detection = detectFormat(fixture(OWN_LAYOUT).head, OWN_LAYOUT);
    expect(detection.problem?.code).toBe('unknown_header');
    expect(needsMapping(detection)).toBe(true);
    expect(detection.header).toEqual([
      'Year',
      'Country',
      'HS Code',
      'Description',
      'Export Value (USD)',
    ]);
  });
});

describe('periods, flows, countries and codes as other tables write them', () => {
  const mapping = parseUserMapping({
    columns: {
      period: 'Period',
      flow: 'Flow',
      reporter: 'Reporter',
      partner: 'Partner',
      hs: 'Code',
      value_usd: 'Value (US$ thousand)',
      net_kg: 'Net kg',
    },
    value_unit: 'thousand_usd',
  });
  const csv = [
    'Period,Flow,Reporter,Partner,Code,Value (US$ thousand),Net kg',
    '2023-03,Export,TWN,Kyrgyzstan,854231,"1,200.5",100',
    '202304,exports,490,kyrgyzstan,8542.31,300,',
    '112年5月,出口,臺灣,吉爾吉斯斯坦,85423100002,50,',
    '2024,Import,TWN,RUS,8542,70,',
    '2025-01~2025-08,RX,TWN,643,854231,5,',
    '114年1月~114年8月,re-export,TWN,KAZ,30490,1,',
    '2025 (1-12月),X,TWN,WLD,854231,900,',
    '2025-03~2025-05,X,TWN,KGZ,854231,9,',
    '2025-13,X,TWN,KGZ,854231,9,',
    '2023-03,transit,TWN,KGZ,854231,9,',
    '2023-03,X,TWN,Atlantis,854231,9,',
    '2023-03,X,TWN,KGZ,TOTAL,9,',
    '2023-03,X,TWN,KGZ,854232,n/a,',
    '2023-03,X,TWN,KGZ,854232,3,heavy',
    '2023-06,M,TWN,中國,8542310000,2,',
    '',
  ].join('\n');

  it('reads each form into the canonical row a user expects', async () => {
    const summary = await ingestFiles(db, [tempFile('analyst.csv', csv, mapping)]);
    const rows = await ingestedRows(db);
    const shown = rows.map((r) => [
      r.period,
      r.freq,
      r.months,
      r.reporter,
      r.flow,
      r.partner,
      r.hs,
      r.value_usd,
    ]);
    expect(shown).toEqual([
      ['2023-06-01', 'M', null, 'TWN', 'M', 'CHN', '854231', 2_000], // line 16: 10 digits → HS-6, 中國
      ['2024-01-01', 'A', null, 'TWN', 'M', 'RUS', '8542', 70_000], // line 5: HS-4 kept as it is
      ['2025-01-01', 'A', 8, 'TWN', 'RX', 'KAZ', '030490', 1_000], // line 7: the lost leading zero
      ['2025-01-01', 'A', 8, 'TWN', 'RX', 'RUS', '854231', 5_000], // line 6: 643 is Russia
      ['2023-03-01', 'M', null, 'TWN', 'X', 'KGZ', '854231', 1_200_500], // line 2: "1,200.5" thousand
      ['2023-04-01', 'M', null, 'TWN', 'X', 'KGZ', '854231', 300_000], // line 3: UN code 490 is Taiwan
      ['2023-05-01', 'M', null, 'TWN', 'X', 'KGZ', '854231', 50_000], // line 4: ROC 112 = 2023
      ['2025-01-01', 'A', null, 'TWN', 'X', 'WLD', '854231', 900_000], // line 8: January–December is the year
    ]);
    expect(rows.find((r) => r.period === '2023-03-01')?.net_kg).toBe(100);
    expect(skips(summary)).toEqual({
      month_range: ['9: 2025-03~2025-05'],
      period_unreadable: ['10: 2025-13'],
      flow_other: ['11: transit'],
      partner_unmapped: ['12: Atlantis'],
      commodity_total: ['13: TOTAL'],
      value_not_number: ['14: n/a'],
      weight_not_number: ['15: heavy'],
    });
  });

  it('reads a year and a month column, and the months a partial year covers', async () => {
    const yearMonth = parseUserMapping({
      columns: {
        year: 'Year',
        month: 'Month',
        partner: 'Partner',
        hs: 'HS',
        value_usd: 'Value',
        months: 'Months',
      },
      constants: { reporter: 'Taiwan', flow: '出口' },
    });
    const text = [
      'Year,Month,Partner,HS,Value,Months',
      '2024,3,KGZ,854231,100,',
      '2024,Apr,KGZ,854231,200,',
      '2024,12月,KGZ,854231,300,',
      '2024,,KGZ,854231,4000,',
      '2025,,KGZ,854231,500,8',
      '2025,,RUS,854231,600,12',
      '2025,,KAZ,854231,700,eight',
      '2024,13,KGZ,854231,1,',
      '',
    ].join('\r\n');
    const summary = await ingestFiles(db, [tempFile('months.csv', text, yearMonth)]);
    const rows = await ingestedRows(db);
    expect(rows.map((r) => [r.period, r.freq, r.months, r.partner, r.value_usd])).toEqual([
      ['2024-01-01', 'A', null, 'KGZ', 4_000], // no month: the whole year
      ['2024-03-01', 'M', null, 'KGZ', 100],
      ['2024-04-01', 'M', null, 'KGZ', 200],
      ['2024-12-01', 'M', null, 'KGZ', 300],
      ['2025-01-01', 'A', 8, 'KGZ', 500],
      ['2025-01-01', 'A', null, 'RUS', 600], // 12 months: a whole year
    ]);
    expect(rows.every((r) => r.reporter === 'TWN' && r.flow === 'X')).toBe(true);
    expect(skips(summary)).toEqual({
      months_not_number: ['8: eight'],
      period_unreadable: ['9: 2024 13'],
    });
  });
});

describe('a mapping that cannot be used', () => {
  const complete = {
    columns: { year: 'Year', partner: 'Country', hs: 'HS Code', value_usd: 'Export Value (USD)' },
    constants: { reporter: 'TWN', flow: 'X' },
  };
  const cases: [what: string, json: unknown, code: string, message: string][] = [
    ['not an object', [], 'not_object', 'is not a column mapping'],
    ['an unknown key', { ...complete, unit: 'usd' }, 'unknown_key', 'has an unknown key "unit"'],
    ['columns as a list', { columns: ['Year'] }, 'section', '"columns" must be an object'],
    [
      'an unknown field',
      { ...complete, columns: { ...complete.columns, country: 'Country' } },
      'unknown_field',
      'names an unknown field "country" in "columns" (fields: year, month, period, months, reporter, partner, flow, hs, value_usd, net_kg, qty, qty_unit)',
    ],
    [
      'a column that is not text',
      { ...complete, columns: { ...complete.columns, year: 2024 } },
      'column_not_text',
      'gives year the column 2024',
    ],
    [
      'a constant of no value',
      { ...complete, constants: { reporter: true, flow: 'X' } },
      'constant_not_text',
      'gives reporter the constant true',
    ],
    [
      'a field given twice',
      { ...complete, columns: { ...complete.columns, flow: 'Flow' } },
      'both',
      'gives flow both a column and a constant',
    ],
    [
      'a fixed value',
      {
        columns: { year: 'Year', partner: 'Country', hs: 'HS Code' },
        constants: { ...complete.constants, value_usd: 5 },
      },
      'constant_figure',
      'gives value_usd a constant: figures must come from a column',
    ],
    [
      'a unit that is none',
      { ...complete, value_unit: 'twd' },
      'value_unit',
      'has value_unit "twd": use "usd"',
    ],
    [
      'Big5',
      { ...complete, encoding: 'big5' },
      'encoding',
      'has encoding "big5", which cannot be read',
    ],
    [
      'a period and a year',
      { ...complete, columns: { ...complete.columns, period: 'Year' } },
      'period_and_year',
      'gives both a period and a year or month',
    ],
    [
      'a month alone',
      { ...complete, columns: { partner: 'Country', hs: 'HS Code', value_usd: 'V', month: 'M' } },
      'month_without_year',
      'gives a month but no year',
    ],
    [
      'missing fields',
      { columns: { year: 'Year', value_usd: 'Export Value (USD)' } },
      'missing_fields',
      'lacks reporter, partner, flow, hs: a mapping needs a period (year, year and month, or period), reporter (a column or a constant), partner, flow (a column or a constant), hs and value_usd',
    ],
    [
      'no period',
      { ...complete, columns: { ...complete.columns, year: undefined } },
      'missing_fields',
      'lacks year/period:',
    ],
    [
      'a flow of no meaning',
      { ...complete, constants: { reporter: 'TWN', flow: 'outbound' } },
      'bad_flow',
      'gives flow the constant "outbound", which is not a trade flow',
    ],
    [
      '13 months',
      { ...complete, constants: { ...complete.constants, months: 13 } },
      'bad_months',
      'gives months the constant "13"',
    ],
  ];

  it.each(cases)(
    'is refused for %s, with a message in both languages',
    (_what, json, code, message) => {
      // JSON drops the undefined entries, as a file would not have them.
      const text = JSON.stringify(json);
      let error: unknown;
      try {
        parseMappingJson(text, 'mine.json');
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(IngestError);
      const refused = error as IngestError;
      expect(refused.code).toBe(`mapping_${code}`);
      expect(refused.message).toContain(`mine.json: ${message}`);
      expect(isMessageKey(`ingestError.mapping_${code}`)).toBe(true);
    },
  );

  it('is refused when it is not JSON', () => {
    expect(() => parseMappingJson('{"columns": {"year": "Year",}', 'mine.json')).toThrow(
      /^mine\.json: is not valid JSON \(.+\)$/,
    );
  });

  it('is refused for a misspelt field (bad-mapping-typos.json)', () => {
    expect(() => mappingFile('bad-mapping-typos.json')).toThrow(
      'bad-mapping-typos.json: names an unknown field "country" in "columns"',
    );
  });

  it('is refused when a column is not in the file, naming the columns it has, and nothing is written', async () => {
    await ingestFiles(db, [fixture('canonical-trade.csv')]);
    const before = await ingestedRows(db);
    const error = await ingestError([
      mapped(OWN_LAYOUT, mappingFile('bad-mapping-wrong-header.json')),
    ]);
    expect(error.code).toBe('mapping_header_missing');
    expect(error.message).toBe(
      'tw-customs-own-layout.csv: has no column "Partner" (mapped to partner); its columns are: Year, Country, HS Code, Description, Export Value (USD)',
    );
    // The canonical file's rows are still the output.
    expect(await ingestedRows(db)).toEqual(before);
  });

  it('is refused when the value column holds no numbers, with the first lines and values', async () => {
    const error = await ingestError([
      mapped(OWN_LAYOUT, mappingFile('bad-mapping-description-as-value.json')),
    ]);
    expect(error.code).toBe('mapping_not_numeric');
    // Lines 2–14 have a description; the Total line (15) has none: 13 filled, 13 not numbers.
    expect(error.message).toBe(
      'tw-customs-own-layout.csv: column "Description" (value_usd) is not a number in 13 of its 13 filled rows (lines 2: Processors and controllers; 3: Other processors and controllers; 4: Processors and controllers; 5: Memories; 6: Machining centres): map value_usd to the column that holds the figures',
    );
  });

  it('reads only text tables: Parquet and images are refused', async () => {
    const mapping = mappingFile('tw-customs-own-layout.mapping.json');
    const parquet = await ingestError([mapped('canonical-trade.parquet', mapping)]);
    expect(parquet.code).toBe('mapping_not_csv');
    const image = await ingestError([mapped('bad-image.csv', mapping)]);
    expect(image.code).toBe('image');
  });
});

describe('what the mapping dialog shows', () => {
  it('guesses the common column names, never the constants', () => {
    const own = detectFormat(fixture(OWN_LAYOUT).head, OWN_LAYOUT);
    expect(guessMapping(own.header)).toEqual({
      columns: { year: 'Year', partner: 'Country', hs: 'HS Code', value_usd: 'Export Value (USD)' },
      constants: {},
      value_unit: 'usd',
      encoding: 'auto',
    });
    const portal = guessMapping(['進出口別', '日期', '國家', '貨品號列', '中文貨名', '美元(千元)']);
    expect(portal.columns).toEqual({
      period: '日期',
      partner: '國家',
      flow: '進出口別',
      hs: '貨品號列',
      value_usd: '美元(千元)',
    });
    expect(portal.value_unit).toBe('thousand_usd');
  });

  it('shows the first values of each column and previews the first lines', () => {
    const { head } = fixture(OWN_LAYOUT);
    const detection = detectFormat(head, OWN_LAYOUT);
    expect(sampleRows(head, detection, 2)).toEqual([
      ['2022', '吉爾吉斯', '85423100002', 'Processors and controllers', '1,234,500'],
      ['2022', '吉爾吉斯', '85423190006', 'Other processors and controllers', '265,500'],
    ]);
    const first = new TextDecoder('utf-8', { ignoreBOM: true }).decode(
      firstLinesBytes(head, 1, true),
    );
    expect(first).toBe(
      '\uFEFFYear,Country,HS Code,Description,Export Value (USD)\r\n2022,吉爾吉斯,85423100002,Processors and controllers,"1,234,500"\r\n',
    );
    const bytes = new TextEncoder().encode('a,b\n1,2\n3,');
    expect(new TextDecoder().decode(firstLinesBytes(bytes, 5, true))).toBe('a,b\n1,2\n3,');
    expect(new TextDecoder().decode(firstLinesBytes(bytes, 5, false))).toBe('a,b\n1,2\n');
  });

  it('offers a mapping for tables of unknown layout only', () => {
    const offered = (name: string) => needsMapping(detectFormat(fixture(name).head, name));
    expect(offered('bad-unknown.csv')).toBe(true);
    expect(offered('bad-wrong-column.csv')).toBe(true);
    expect(offered('comtrade-plus-tur.csv')).toBe(false);
    expect(offered('bad-image.csv')).toBe(false);
    expect(offered('bad-empty.csv')).toBe(false);
  });

  it('exports the mapping as the very JSON the command line reads', () => {
    const text = readFileSync(FIXTURES + 'tw-customs-own-layout.mapping.json', 'utf8');
    expect(mappingToJson(parseMappingJson(text))).toBe(text);
  });
});
