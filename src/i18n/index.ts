import { en, type MessageKey } from './en';
import { formatNumber, formatPercent } from './format';
import { zhTW } from './zh-tw';

export type { MessageKey } from './en';
export * from './format';

/** The languages the app speaks. */
export const LOCALES = ['en', 'zh-TW'] as const;
/** A language the app speaks. */
export type Locale = (typeof LOCALES)[number];

const DICTIONARIES: Record<Locale, Record<MessageKey, string>> = { en, 'zh-TW': zhTW };

/** Parameters substituted into a message's `{name}` placeholders. */
export type MessageParams = Record<string, string | number>;

/** Whether a string names a supported locale. */
export function isLocale(value: unknown): value is Locale {
  return LOCALES.includes(value as Locale);
}

/** Whether a string is a message key (for keys built from data, such as skip codes). */
export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(en, key);
}

/** Looks up a message and fills its placeholders; numbers are formatted for the locale. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  return DICTIONARIES[locale][key].replace(/\{(\w+)\}/g, (match, name: string) => {
    const value = params[name];
    if (value === undefined) return match;
    return typeof value === 'number' ? formatNumber(locale, value) : value;
  });
}

/**
 * Like {@link translate} for a message about `count` things: uses `<key>.one` where the
 * locale says the count is singular ("1 partner") and such a message exists.
 */
export function translateCount(
  locale: Locale,
  key: MessageKey,
  count: number,
  params: MessageParams = {},
): string {
  const one = `${key}.one`;
  const singular = new Intl.PluralRules(locale).select(count) === 'one' && isMessageKey(one);
  return translate(locale, singular ? one : key, params);
}

/** A translation function bound to one locale. */
export type Translate = (key: MessageKey, params?: MessageParams) => string;

/** Binds {@link translate} to a locale. */
export function translator(locale: Locale): Translate {
  return (key, params) => translate(locale, key, params);
}

/** Shares said in words where one fits: [low, high, message]. */
const FRACTIONS = [
  [0.43, 0.57, 'fraction.half'],
  [0.3, 0.37, 'fraction.third'],
  [0.22, 0.28, 'fraction.quarter'],
] as const;

/** A share in words where one fits ("half", "a third", "a quarter"), else a percentage. */
export function formatFraction(locale: Locale, share: number): string {
  const word = FRACTIONS.find(([low, high]) => share >= low && share <= high);
  return word ? translate(locale, word[2]) : formatPercent(locale, share);
}
