import { en, type MessageKey } from './en';
import { zhTW } from './zh-tw';

export type { MessageKey } from './en';

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

/** Formats a count or amount with the locale's grouping (12,345 / 12,345). */
export function formatNumber(locale: Locale, value: number): string {
  return new Intl.NumberFormat(locale, { maximumFractionDigits: 0 }).format(value);
}

/** Formats US dollars compactly for the locale: "US$1.2B" / "US$12億" (never a bare "$"). */
export function formatUsd(locale: Locale, value: number): string {
  const compact = new Intl.NumberFormat(locale, {
    notation: 'compact',
    maximumSignificantDigits: 3,
  }).format(value);
  return `US$${compact}`;
}

/** Formats a byte count as KB / MB. */
export function formatBytes(locale: Locale, bytes: number): string {
  const units = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return new Intl.NumberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

/** Formats the month of an ISO date ("2025-06-01") as "Jun 2025" / "2025年6月". */
export function formatMonth(locale: Locale, isoDate: string): string {
  const [year, month] = isoDate.split('-').map(Number);
  const date = new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, 1));
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(date);
}
