import { translate, type MessageKey, type MessageParams } from '../i18n';
import type { ProductLevel } from './params';
import type { Localized } from './signals';

/** The tiers of the Common High Priority List (see data/reference/README.md). */
const TIERS = ['1', '2', '3.A', '3.B', '4.A', '4.B'] as const;

/** Both languages of a message. */
const localized = (key: MessageKey, params?: MessageParams): Localized => ({
  en: translate('en', key, params),
  'zh-TW': translate('zh-TW', key, params),
});

/** The tiers of the Common High Priority List, in plain words, by tier ('3.A'). */
export const CHPL_TIERS: Readonly<Record<string, Localized>> = Object.fromEntries(
  TIERS.map((tier) => [tier, localized(`product.tier.${tier}`)]),
);

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
    en: translate('en', 'product.tierGoods', { tier, words: words.en }),
    'zh-TW': translate('zh-TW', 'product.tierGoods', { tier, words: words['zh-TW'] }),
  };
}

/** Codes listed in a name before the rest are counted ('and 16 more'). */
const LISTED_CODES = 4;

function codeList(codes: readonly string[], lang: keyof Localized): string {
  const shown = codes.slice(0, LISTED_CODES);
  const more = codes.length - shown.length;
  const list = shown.join(translate(lang, 'product.codes.separator'));
  return more > 0 ? translate(lang, 'product.codes.more', { codes: list, more }) : list;
}

/**
 * The name of a revision group from its HS 2017 and HS 2022 codes: 'HS 2017 854140, which
 * HS 2022 split into 854141, 854142, 854143, 854149'.
 */
export function revisionGroupName(
  oldCodes: readonly string[],
  newCodes: readonly string[],
): Localized {
  const group = (lang: keyof Localized) =>
    translate(lang, 'product.revisionGroup', {
      old: codeList(oldCodes, lang),
      new: codeList(newCodes, lang),
    });
  return { en: group('en'), 'zh-TW': group('zh-TW') };
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
