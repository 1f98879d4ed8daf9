import { translate } from '../i18n';
import type { ProductLevel } from './params';
import type { Localized } from './signals';

/** The tiers of the Common High Priority List, in plain words (see data/reference/README.md). */
export const CHPL_TIERS: Readonly<Record<string, Localized>> = {
  '1': { en: 'integrated circuits', 'zh-TW': '積體電路' },
  '2': {
    en: 'data transmission, radio navigation, capacitors and other electrical parts',
    'zh-TW': '資料傳輸設備、無線電導航、電容器及其他電氣零件',
  },
  '3.A': {
    en: 'processing units, converters, cameras, aerials, connectors and discrete semiconductors',
    'zh-TW': '處理單元、轉換器、攝影機、天線、連接器及分離式半導體',
  },
  '3.B': {
    en: 'bearings, aircraft and UAV parts, optics and navigation instruments',
    'zh-TW': '軸承、航空器及無人機零件、光學及導航儀器',
  },
  '4.A': { en: 'manufacturing and test equipment', 'zh-TW': '製造及測試設備' },
  '4.B': { en: 'CNC machine tools and their parts', 'zh-TW': '數值控制工具機及其零件' },
};

/** Prefix of a product key at the 'tier' level: 'CHPL-1', 'CHPL-3.A'. */
export const TIER_PREFIX = 'CHPL-';

/**
 * Prefix of a product key that stands for a comparable group across the 2022 revision of the
 * HS: 'rev:854140' is HS 2017's 854140 and the four HS 2022 codes it became, compared together.
 */
export const REVISION_PREFIX = 'rev:';

/** Whether a product key is a revision group ('rev:854140'). */
export const isRevisionGroup = (product: string) => product.startsWith(REVISION_PREFIX);

/** The digits of a product key: the code itself, or a revision group's smallest code. */
export const productCode = (product: string) =>
  isRevisionGroup(product) ? product.slice(REVISION_PREFIX.length) : product;

/**
 * The level of a product key: 'CHPL-1' is a tier, '8542' an HS-4 heading, a revision group
 * ('rev:854140') HS-6.
 */
export function levelOfProduct(product: string): ProductLevel {
  if (product.startsWith(TIER_PREFIX)) return 'tier';
  if (isRevisionGroup(product)) return '6';
  return product.length >= 6 ? '6' : product.length >= 4 ? '4' : '2';
}

/** The product key of a CHPL tier at the 'tier' level. */
export function tierProduct(tier: string): string {
  return `${TIER_PREFIX}${tier}`;
}

/** The name of a product: its HS description, or the tier's name at the 'tier' level. */
export function productName(
  product: string,
  level: ProductLevel,
  hsName: Localized | null,
): Localized | null {
  if (level !== 'tier') return hsName;
  const tier = product.slice(TIER_PREFIX.length);
  const words = CHPL_TIERS[tier];
  if (!words) return null;
  return {
    en: `CHPL tier ${tier} goods (${words.en})`,
    'zh-TW': `共同高優先清單第${tier}級貨品（${words['zh-TW']}）`,
  };
}

/** Codes listed in a name before the rest are counted ('and 16 more'). */
const LISTED_CODES = 4;

function codeList(codes: readonly string[], lang: keyof Localized): string {
  const shown = codes.slice(0, LISTED_CODES);
  const more = codes.length - shown.length;
  if (lang === 'en') return shown.join(', ') + (more > 0 ? ` and ${more} more` : '');
  return shown.join('、') + (more > 0 ? `等${codes.length}個` : '');
}

/**
 * The name of a revision group from its HS 2017 and HS 2022 codes: 'HS 2017 854140, which
 * HS 2022 split into 854141, 854142, 854143, 854149'.
 */
export function revisionGroupName(
  oldCodes: readonly string[],
  newCodes: readonly string[],
): Localized {
  return {
    en: `HS 2017 ${codeList(oldCodes, 'en')}, which HS 2022 turned into ${codeList(newCodes, 'en')}`,
    'zh-TW': `HS 2017年版${codeList(oldCodes, 'zh-TW')}，即HS 2022年版${codeList(newCodes, 'zh-TW')}`,
  };
}

/** How a product reads in a sentence: 'Electronic ICs: memories (HS 854232)'. */
export function productPhrase(
  product: string,
  level: ProductLevel,
  name: Localized | null,
  lang: keyof Localized,
): string {
  if (level === 'tier' || (isRevisionGroup(product) && name)) return name?.[lang] ?? product;
  const code = `HS ${product}`;
  if (!name) return code;
  return translate(lang, 'explain.product', { name: name[lang], code });
}
