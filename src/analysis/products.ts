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

/** The level of a product key: 'CHPL-1' is a tier, '8542' an HS-4 heading. */
export function levelOfProduct(product: string): ProductLevel {
  if (product.startsWith(TIER_PREFIX)) return 'tier';
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

/** How a product reads in a sentence: 'Electronic ICs: memories (HS 854232)'. */
export function productPhrase(
  product: string,
  level: ProductLevel,
  name: Localized | null,
  lang: keyof Localized,
): string {
  if (level === 'tier') return name?.[lang] ?? product;
  const code = `HS ${product}`;
  if (!name) return code;
  return lang === 'en' ? `${name.en} (${code})` : `${name['zh-TW']}（${code}）`;
}
