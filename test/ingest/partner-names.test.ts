import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NodeDuckDB } from '../../scripts/lib/node-duckdb';
import {
  countryCodesSql,
  countryNamesSql,
  resolveByCode,
  resolveByName,
} from '../../src/data/sql/ingest/countries';
import { ingestFiles } from '../../src/data/ingest/ingest';
import { formatSummary } from '../../src/data/ingest/report-text';
import type { IngestSummary } from '../../src/data/ingest/types';
import { nameKey } from '../../src/data/names';
import { nameKeySql } from '../../src/data/sql/names';
import { RESIDUAL_PARTNERS } from '../../src/data/residuals';
import { fixture, openWithCountries } from './helpers';

let db: NodeDuckDB;
beforeAll(async () => {
  db = await openWithCountries();
  await db.query(countryNamesSql('countries', 'names'));
  await db.query(countryCodesSql('countries', 'codes'));
});
afterAll(() => db.close());

/** Resolves names through the ingest's own join, as a customs file's country column is. */
async function resolveNames(names: readonly string[]): Promise<(string | null)[]> {
  await db.query('CREATE OR REPLACE TABLE given (i INTEGER, name VARCHAR)');
  for (const [i, name] of names.entries())
    await db.query('INSERT INTO given VALUES (?, ?)', [i, name]);
  const r = resolveByName('c', 's.name', 'names');
  const rows = await db.query(`SELECT ${r.iso3} AS iso3 FROM given s ${r.join} ORDER BY s.i`);
  return rows.map((row) => (row.iso3 === null ? null : String(row.iso3)));
}

/** Resolves Comtrade codes as a partner (or reporter), through the ingest's own join. */
async function resolveCodes(codes: readonly number[], role: 'reporter' | 'partner') {
  const list = codes.map((code, i) => `(${i}, '${code}')`).join(', ');
  const r = resolveByCode('p', 's.code', 's.iso', { codes: 'codes', countries: 'countries' }, role);
  const rows = await db.query(
    `SELECT ${r.iso3} AS iso3 FROM (SELECT i, code, CAST(NULL AS VARCHAR) AS iso FROM (VALUES ${list}) v(i, code)) s
     ${r.join} ORDER BY s.i`,
  );
  return rows.map((row) => (row.iso3 === null ? null : String(row.iso3)));
}

/** Names the Taiwan customs portal gives to partners, with the country each means. */
const PORTAL_NAMES_ZH: [string, string][] = [
  ['多明尼加', 'DOM'],
  ['多米尼克', 'DMA'],
  ['聖文森及格瑞納丁', 'VCT'],
  ['聖克里斯多福及尼維斯', 'KNA'],
  ['千里達及托巴哥', 'TTO'],
  ['巴布亞紐幾內亞', 'PNG'],
  ['索羅門群島', 'SLB'],
  ['吐瓦魯', 'TUV'],
  ['吉里巴斯', 'KIR'],
  ['史瓦帝尼', 'SWZ'],
  ['史瓦濟蘭', 'SWZ'],
  ['北馬其頓', 'MKD'],
  ['賴索托', 'LSO'],
  ['波士尼亞與赫塞哥維納', 'BIH'],
  ['葛摩聯盟', 'COM'],
  ['厄瓜多', 'ECU'],
  ['瓜地馬拉', 'GTM'],
  ['宏都拉斯', 'HND'],
  ['薩爾瓦多', 'SLV'],
  ['尼加拉瓜', 'NIC'],
  ['貝里斯', 'BLZ'],
  ['蓋亞那', 'GUY'],
  ['蘇利南', 'SUR'],
  ['馬紹爾群島共和國', 'MHL'],
  ['帛琉', 'PLW'],
  ['諾魯', 'NRU'],
  ['模里西斯', 'MUS'],
  ['塞席爾', 'SYC'],
  ['馬爾地夫', 'MDV'],
  ['汶萊', 'BRN'],
  ['寮國', 'LAO'],
  ['緬甸', 'MMR'],
  ['柬埔寨', 'KHM'],
  ['越南', 'VNM'],
  ['哈薩克', 'KAZ'],
  ['吉爾吉斯', 'KGZ'],
  ['塔吉克', 'TJK'],
  ['土庫曼', 'TKM'],
  ['烏茲別克', 'UZB'],
  ['亞塞拜然', 'AZE'],
  ['喬治亞', 'GEO'],
  ['亞美尼亞', 'ARM'],
  ['白俄羅斯', 'BLR'],
  ['摩爾多瓦', 'MDA'],
  ['烏克蘭', 'UKR'],
  ['俄羅斯', 'RUS'],
  ['阿拉伯聯合大公國', 'ARE'],
  ['沙烏地阿拉伯', 'SAU'],
  ['卡達', 'QAT'],
  ['巴林', 'BHR'],
  ['科威特', 'KWT'],
  ['阿曼', 'OMN'],
  ['葉門', 'YEM'],
  ['約旦', 'JOR'],
  ['敘利亞', 'SYR'],
  ['黎巴嫩', 'LBN'],
  ['以色列', 'ISR'],
  ['伊朗', 'IRN'],
  ['伊拉克', 'IRQ'],
  ['土耳其', 'TUR'],
  ['賽普勒斯', 'CYP'],
  ['紐西蘭', 'NZL'],
  ['澳大利亞', 'AUS'],
  ['中國大陸', 'CHN'],
  ['香港', 'HKG'],
  ['澳門', 'MAC'],
  ['南韓', 'KOR'],
  ['北韓', 'PRK'],
  ['日本', 'JPN'],
  ['菲律賓', 'PHL'],
  ['印尼', 'IDN'],
  ['馬來西亞', 'MYS'],
  ['新加坡', 'SGP'],
  ['泰國', 'THA'],
  ['印度', 'IND'],
  ['巴基斯坦', 'PAK'],
  ['孟加拉', 'BGD'],
  ['斯里蘭卡', 'LKA'],
  ['尼泊爾', 'NPL'],
  ['不丹', 'BTN'],
  ['阿富汗', 'AFG'],
  ['蒙古', 'MNG'],
  ['關島', 'GUM'],
  ['波多黎各', 'PRI'],
  ['法屬玻里尼西亞', 'PYF'],
  ['新喀里多尼亞', 'NCL'],
  ['留尼旺', 'REU'],
  ['格陵蘭', 'GRL'],
  ['法羅群島', 'FRO'],
  ['直布羅陀', 'GIB'],
  ['百慕達', 'BMU'],
  ['開曼群島', 'CYM'],
  ['英屬維京群島', 'VGB'],
  ['古拉索', 'CUW'],
  ['荷屬聖馬丁', 'SXM'],
  ['阿魯巴', 'ABW'],
  ['福克蘭群島', 'FLK'],
  ['西撒哈拉', 'ESH'],
  ['荷屬安地列斯', 'XHG'],
  ['其他國家', 'XNS'],
  ['其他', 'XNS'],
  ['其他地區', 'XNS'],
  ['合計', 'WLD'],
];

/** English names of the portal's English pages and of other files, with the country each means. */
const ENGLISH_NAMES: [string, string][] = [
  ['Korea, Republic of', 'KOR'],
  ['Viet Nam', 'VNM'],
  ['Russian Federation', 'RUS'],
  ['Iran, Islamic Republic of', 'IRN'],
  ['Mainland China', 'CHN'],
  ['Hong Kong', 'HKG'],
  ['Macao', 'MAC'],
  ['Dominican Republic', 'DOM'],
  ['Dominica', 'DMA'],
  ['Saint Vincent and the Grenadines', 'VCT'],
  ['St. Vincent & the Grenadines', 'VCT'],
  ['Turkey', 'TUR'],
  ['Türkiye', 'TUR'],
  ['Turkiye', 'TUR'],
  ['Eswatini', 'SWZ'],
  ['Swaziland', 'SWZ'],
  ['Czech Republic', 'CZE'],
  ['Czechia', 'CZE'],
  ['Moldova, Republic of', 'MDA'],
  ["Lao People's Democratic Republic", 'LAO'],
  ['Tanzania, United Republic of', 'TZA'],
  ['Congo, The Democratic Republic of the', 'COD'],
  ['Congo', 'COG'],
  ["Côte d'Ivoire", 'CIV'],
  ["COTE D'IVOIRE", 'CIV'],
  ['Ivory Coast', 'CIV'],
  ['Kyrgyzstan', 'KGZ'],
  ['Kyrgyz Republic', 'KGZ'],
  ['United Arab Emirates', 'ARE'],
  ['Taiwan', 'TWN'],
  ['Other countries', 'XNS'],
  ['Areas, nes', 'XNS'],
  ['Bunkers', 'XBK'],
  ['Free Zones', 'XFZ'],
  ['Belgium-Luxembourg', 'XHG'],
  ['World', 'WLD'],
];

describe('country names, as the ingest reads them', () => {
  it('reads every partner name of the Taiwan customs portal as the country it means', async () => {
    const names = PORTAL_NAMES_ZH.map(([name]) => name);
    expect(await resolveNames(names)).toEqual(PORTAL_NAMES_ZH.map(([, iso3]) => iso3));
  });

  it('reads English names whatever their case, accents and punctuation', async () => {
    const names = ENGLISH_NAMES.map(([name]) => name);
    expect(await resolveNames(names)).toEqual(ENGLISH_NAMES.map(([, iso3]) => iso3));
  });

  it('reads full-width forms, 台 for 臺 and spaces around a name as the same name', async () => {
    expect(
      await resolveNames([
        ' 中國大陸 ',
        '台灣',
        '臺灣',
        'Ｋｏｒｅａ，　Ｒｅｐｕｂｌｉｃ　ｏｆ',
        '可可斯（基林）群島',
        '可可斯(基林)群島',
      ]),
    ).toEqual(['CHN', 'TWN', 'TWN', 'KOR', 'CCK', 'CCK']);
  });

  it('reads no name it does not know, and no group of countries, as a country', async () => {
    expect(
      await resolveNames(['火星', '歐盟', '索馬利蘭', '聖馬丁', 'Virgin Islands', '']),
    ).toEqual([null, null, null, null, null, null]);
  });

  it('computes the same key in SQL as in TypeScript for every name it knows', async () => {
    const rows = await db.query(`SELECT unnest(string_split(concat_ws('|', name_zh, aliases_zh,
      name_en, aliases_en), '|')) AS name FROM countries`);
    const names = [
      ...rows.map((row) => String(row.name)),
      ...RESIDUAL_PARTNERS.flatMap((r) => [...r.namesZh, ...r.namesEn]),
      'Ｋｏｒｅａ，　Ｒｅｐｕｂｌｉｃ　ｏｆ',
    ];
    await db.query('CREATE OR REPLACE TABLE keyed (name VARCHAR)');
    for (const name of names) await db.query('INSERT INTO keyed VALUES (?)', [name]);
    const keys = await db.query(`SELECT name, ${nameKeySql('name')} AS key FROM keyed`);
    expect(names.length).toBeGreaterThan(900);
    for (const row of keys) expect(row.key, String(row.name)).toBe(nameKey(String(row.name)));
  });
});

describe('Comtrade codes, as the ingest reads them', () => {
  it('reads the special and historical codes as a country where that is honest, else a residual', async () => {
    const codes: [number, string][] = [
      [0, 'WLD'],
      [490, 'TWN'],
      [97, 'XRN'],
      [472, 'XRN'],
      [473, 'XRN'],
      [492, 'XRN'],
      [527, 'XRN'],
      [568, 'XRN'],
      [577, 'XRN'],
      [636, 'XRN'],
      [637, 'XRN'],
      [697, 'XRN'],
      [879, 'XRN'],
      [837, 'XBK'],
      [838, 'XFZ'],
      [839, 'XSC'],
      [899, 'XNS'],
      [58, 'XHG'],
      [711, 'XHG'],
      [280, 'DEU'],
      [278, 'XHG'],
      [720, 'XHG'],
      [886, 'XHG'],
      [891, 'XHG'],
      [810, 'XHG'],
      [200, 'XHG'],
      [890, 'XHG'],
      [736, 'XHG'],
      [530, 'XHG'],
      [381, 'ITA'],
      [842, 'USA'],
      [887, 'YEM'],
      [729, 'SDN'],
    ];
    const found = await resolveCodes(
      codes.map(([code]) => code),
      'partner',
    );
    expect(found).toEqual(codes.map(([, iso3]) => iso3));
  });

  it('never reads a reporter as a residual: a reporter is one country', async () => {
    expect(await resolveCodes([899, 58, 97, 490, 398], 'reporter')).toEqual([
      null,
      null,
      null,
      'TWN',
      'KAZ',
    ]);
  });

  it("gives no residual a code that is a country's in Comtrade; ISO's 492, Monaco, is Comtrade's Europe EU nes", async () => {
    const residualCodes = RESIDUAL_PARTNERS.flatMap((r) => r.unCodes).join(', ');
    const clashes = await db.query(
      `SELECT iso3, un_code, iso_num FROM countries
       WHERE un_code IN (${residualCodes}) OR iso_num IN (${residualCodes})`,
    );
    expect(clashes).toEqual([{ iso3: 'MCO', un_code: null, iso_num: 492 }]);
    expect(await resolveCodes([492, 251, 250], 'partner')).toEqual(['XRN', 'FRA', 'FRA']);
  });
});

describe('a Taiwan customs export by country (tw-customs-partners.csv)', () => {
  let summary: IngestSummary;
  beforeAll(async () => {
    summary = await ingestFiles(db, [fixture('tw-customs-partners.csv')]);
  });

  it('accounts for all 33 rows: 31 written, 2 left out with their value', () => {
    expect(summary).toMatchObject({
      rowsRead: 33,
      rowsWritten: 31,
      rowsSkipped: 2,
      rowsCombined: 0,
      duplicatesRemoved: 0,
      conflictsDropped: 0,
    });
    // 歐盟 (line 28, US$50 thousand) is a group of countries; 索馬利蘭 (line 34, 0.2) has no row.
    expect(summary.skipped).toEqual([
      {
        code: 'partner_unmapped',
        message: 'partner is not a known country',
        params: {},
        count: 2,
        valueUsd: 50_200,
        examples: [
          { file: 'tw-customs-partners.csv', line: 28, value: '歐盟' },
          { file: 'tw-customs-partners.csv', line: 34, value: '索馬利蘭' },
        ],
      },
    ]);
  });

  it('reads each official name as its country, and 其他國家 and 荷屬安地列斯 as residual partners', async () => {
    const rows = await db.query(`SELECT CAST(year(period) AS INTEGER) AS y, flow, partner,
      hs, value_usd FROM ingested ORDER BY y, flow, partner, hs`);
    expect(rows.map((r) => [r.y, r.flow, r.partner, r.hs, r.value_usd])).toEqual([
      [2018, 'X', 'MKD', '854231', 5000], // 馬其頓, the name before 2019
      [2018, 'X', 'SWZ', '854231', 2000], // 史瓦濟蘭, the name before 2018's renaming
      [2018, 'X', 'XHG', '854231', 1200], // 荷屬安地列斯, dissolved in 2010
      [2023, 'M', 'XNS', '854231', 20_000], // 其他國家, imports
      [2023, 'X', 'ARE', '854231', 900_000],
      [2023, 'X', 'BIH', '854231', 7000],
      [2023, 'X', 'CHN', '854231', 1_000_000],
      [2023, 'X', 'COM', '854231', 400], // 葛摩聯盟
      [2023, 'X', 'CUW', '854231', 600], // 古拉索
      [2023, 'X', 'DMA', '854231', 3000], // 多米尼克
      [2023, 'X', 'DOM', '854231', 12_500], // 多明尼加
      [2023, 'X', 'GUM', '854231', 800],
      [2023, 'X', 'HKG', '854231', 500_000],
      [2023, 'X', 'KGZ', '854231', 250_000],
      [2023, 'X', 'KIR', '854231', 750],
      [2023, 'X', 'KNA', '854231', 2000],
      [2023, 'X', 'KOR', '854231', 2_000_000],
      [2023, 'X', 'MHL', '854231', 9000],
      [2023, 'X', 'MKD', '854231', 8000],
      [2023, 'X', 'PNG', '854231', 6000],
      [2023, 'X', 'PYF', '854231', 300],
      [2023, 'X', 'RUS', '854231', 300_000],
      [2023, 'X', 'SLB', '854231', 500],
      [2023, 'X', 'SWZ', '854231', 1000], // 史瓦帝尼
      [2023, 'X', 'TTO', '854231', 4000],
      [2023, 'X', 'TUV', '854231', 250],
      [2023, 'X', 'VCT', '854231', 1500], // 聖文森及格瑞納丁
      [2023, 'X', 'VNM', '854231', 1_500_000],
      [2023, 'X', 'WLD', '854231', 8_000_000], // 合計
      [2023, 'X', 'XNS', '845710', 3500], // 其他國家, machining centres
      [2023, 'X', 'XNS', '854231', 16_500], // 其他國家
    ]);
  });

  it('keeps the residual rows in the totals and says what they hold', () => {
    // 2023 exports to partners: the 24 countries' 6,507,600 + 其他國家 16,500 + 3,500; imports
    // from 其他國家 20,000 apart.
    expect(summary.valueByYear).toEqual([
      { year: 2018, freq: 'A', months: null, exportsUsd: 8200, importsUsd: 0, worldUsd: 0 },
      {
        year: 2023,
        freq: 'A',
        months: null,
        exportsUsd: 6_527_600,
        importsUsd: 20_000,
        worldUsd: 8_000_000,
      },
    ]);
    expect(summary.partners).toBe(24);
    const residuals = summary.warnings.filter((w) => w.code === 'residual_partner');
    expect(residuals.map((w) => w.params)).toEqual([
      { count: 1, valueUsd: 1200, residual: 'XHG', code: 'XHG' },
      { count: 3, valueUsd: 40_000, residual: 'XNS', code: 'XNS' },
    ]);
    expect(residuals[1]?.message).toBe(
      "US$40 k in 3 rows kept as 'other countries (not specified)' (XNS): in the totals, but not one country, so neither on the map nor an intermediary or destination.",
    );
  });
});

describe('a Comtrade Plus file with special partner codes (comtrade-plus-kaz-residuals.csv)', () => {
  let summary: IngestSummary;
  beforeAll(async () => {
    summary = await ingestFiles(db, [fixture('comtrade-plus-kaz-residuals.csv')]);
  });

  it('accounts for all 13 rows: 10 written, 2 left out with their value, 2 summed into 1', () => {
    expect(summary).toMatchObject({
      rowsRead: 13,
      rowsWritten: 10,
      rowsSkipped: 2,
      rowsCombined: 1,
      duplicatesRemoved: 0,
      conflictsDropped: 0,
    });
    expect(summary.skipped.map((s) => [s.code, s.count, s.valueUsd, s.examples[0]?.line])).toEqual([
      ['commodity_total', 1, 9_000_000, 13],
      ['transport_breakdown', 1, 1_000_000, 14],
    ]);
  });

  it('reads each partner code as a country, the world, or a residual partner', async () => {
    const rows = await db.query(`SELECT CAST(year(period) AS INTEGER) AS y, flow, partner,
      value_usd FROM ingested ORDER BY y, flow, partner`);
    expect(rows.map((r) => [r.y, r.flow, r.partner, r.value_usd])).toEqual([
      [1998, 'X', 'XHG', 2200], // 58 Belgium-Luxembourg 1,500 + 711 SACU 700, summed
      [2022, 'M', 'TWN', 700_000], // 490
      [2022, 'X', 'CUW', 2000], // 531, "Curaçao" in Latin-1
      [2022, 'X', 'RUS', 3_000_000],
      [2022, 'X', 'WLD', 5_000_000], // 0
      [2022, 'X', 'XBK', 4500], // 837
      [2022, 'X', 'XFZ', 80_000], // 838
      [2022, 'X', 'XNS', 120_000], // 899
      [2022, 'X', 'XRN', 10_000], // 97
      [2022, 'X', 'XSC', 60_000], // 839
    ]);
  });

  it('keeps the residual partners in the totals, each with a warning, and says what it summed', () => {
    // 2022 exports: RUS 3,000,000 + CUW 2,000 + 120,000 + 4,500 + 80,000 + 60,000 + 10,000;
    // imports from Taiwan (490) 700,000 apart.
    expect(summary.valueByYear).toEqual([
      { year: 1998, freq: 'A', months: null, exportsUsd: 2200, importsUsd: 0, worldUsd: 0 },
      {
        year: 2022,
        freq: 'A',
        months: null,
        exportsUsd: 3_276_500,
        importsUsd: 700_000,
        worldUsd: 5_000_000,
      },
    ]);
    expect(summary.partners).toBe(3);
    expect(
      summary.warnings
        .filter((w) => w.code === 'residual_partner')
        .map((w) => [w.params.code, w.params.count, w.params.valueUsd]),
    ).toEqual([
      ['XBK', 1, 4500],
      ['XFZ', 1, 80_000],
      ['XHG', 1, 2200],
      ['XNS', 1, 120_000],
      ['XRN', 1, 10_000],
      ['XSC', 1, 60_000],
    ]);
    expect(summary.warnings.find((w) => w.code === 'residuals_summed')?.params).toEqual({
      count: 2,
      file: 'comtrade-plus-kaz-residuals.csv',
      partners: 'XHG',
      into: 1,
    });
  });
});

describe('both files together', () => {
  it('prints the rows left out by reason with their value', async () => {
    const summary = await ingestFiles(db, [
      fixture('tw-customs-partners.csv'),
      fixture('comtrade-plus-kaz-residuals.csv'),
    ]);
    // 33 + 13 read = 41 written + 4 skipped + 1 summed.
    expect(summary).toMatchObject({ rowsRead: 46, rowsWritten: 41, rowsSkipped: 4 });
    const text = formatSummary(summary);
    expect(text).toContain('Partners: 25 countries, besides world totals (WLD)');
    expect(text).toContain(
      [
        '  2 rows, US$50.2 k: partner is not a known country [partner_unmapped]',
        '      tw-customs-partners.csv line 28: 歐盟',
        '      tw-customs-partners.csv line 34: 索馬利蘭',
        '  1 row, US$9 M: all-goods total (TOTAL), not a product [commodity_total]',
        '      comtrade-plus-kaz-residuals.csv line 13: TOTAL',
      ].join('\n'),
    );
    expect(text).toContain(
      "  - US$160 k in 4 rows kept as 'other countries (not specified)' (XNS): in the totals",
    );
  });
});
