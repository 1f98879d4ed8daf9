/**
 * Hand-curated corrections to the country data taken from packages. Each table is small on
 * purpose: everything not listed here comes from world-countries or CLDR unchanged.
 */

/** world-countries codes replaced by the ones trade sources use. */
export const ISO3_REPLACEMENTS: Readonly<Record<string, string>> = {
  // world-countries gives Kosovo UNMIK's "UNK"; the EU, IMF and World Bank use "XKX".
  UNK: 'XKX',
};

/** Common English names where world-countries' common name is not the usual one. */
export const NAME_EN_OVERRIDES: Readonly<Record<string, string>> = {
  TUR: 'Turkey',
};

/**
 * Codes UN Comtrade and BACI use where they differ from ISO 3166-1 numeric: Taiwan's trade is
 * filed under "Other Asia, nes"; the others are customs territories wider than the ISO country
 * (France with Monaco, Norway with Svalbard, Switzerland with Liechtenstein, the US with Puerto
 * Rico and the US Virgin Islands, India with Sikkim in the historical series). Monaco has no
 * code of its own there: it is in France's 251, and their 492 is "Europe EU, nes".
 */
export const UN_CODE_OVERRIDES: Readonly<Record<string, number | null>> = {
  MCO: null,
  TWN: 490,
  USA: 842,
  FRA: 251,
  NOR: 579,
  CHE: 757,
  IND: 699,
};

/** A Traditional Chinese name as Taiwan's government writes it, and the other names in use. */
export interface ChineseName {
  name: string;
  aliases: readonly string[];
}

/**
 * Names from Taiwan's Ministry of Foreign Affairs and customs statistics where they differ from
 * CLDR zh-Hant. CLDR's own names stay as aliases automatically.
 */
export const NAME_ZH_OVERRIDES: Readonly<Record<string, ChineseName>> = {
  TWN: { name: '臺灣', aliases: ['台灣', '中華民國'] },
  CHN: { name: '中國大陸', aliases: ['中國', '大陸', '中華人民共和國'] },
  HKG: { name: '香港', aliases: [] },
  MAC: { name: '澳門', aliases: [] },
  KOR: { name: '南韓', aliases: ['韓國', '大韓民國'] },
  PRK: { name: '北韓', aliases: ['朝鮮'] },
  AUS: { name: '澳大利亞', aliases: [] },
  COD: { name: '剛果民主共和國', aliases: [] },
  COG: { name: '剛果共和國', aliases: [] },
  VAT: { name: '教廷', aliases: [] },
};

/**
 * Further names a Taiwanese or Hong Kong file may use: short forms, former names, and the
 * mainland forms of the names of the main transit economies.
 */
export const EXTRA_ALIASES_ZH: Readonly<Record<string, readonly string[]>> = {
  ABW: ['阿魯巴'],
  ARE: ['阿聯', '阿聯酋'],
  KAZ: ['哈薩克斯坦'],
  KGZ: ['吉爾吉斯斯坦'],
  MKD: ['馬其頓'],
  RUS: ['俄羅斯聯邦', '俄國'],
  TJK: ['塔吉克斯坦'],
  TKM: ['土庫曼斯坦'],
  UZB: ['烏茲別克斯坦'],
};

/**
 * Where arcs should land for large countries: the economic centre rather than the middle of
 * the largest polygon (which for Russia or Canada lies in empty Arctic land).
 */
export const ANCHOR_OVERRIDES: Readonly<Record<string, readonly [number, number]>> = {
  AUS: [149.13, -35.28], // Canberra
  BRA: [-46.63, -23.55], // São Paulo
  CAN: [-79.38, 43.72], // Toronto
  CHL: [-70.65, -33.45], // Santiago
  CHN: [114.3, 30.59], // Wuhan: between the Beijing, Yangtze and Pearl River regions
  IDN: [106.85, -6.3], // Jakarta (the largest polygon is Borneo)
  KAZ: [76.92, 43.25], // Almaty
  MYS: [101.69, 3.14], // Kuala Lumpur (the largest polygon is Borneo)
  NOR: [10.75, 59.95], // Oslo
  RUS: [37.62, 55.75], // Moscow
  USA: [-95, 38.5], // Kansas: the contiguous states' middle, away from Alaska
};
