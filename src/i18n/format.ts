import type { Locale } from '.';

/*
 * How the app writes numbers, money, shares and dates in each locale: the one place for them.
 * Every function takes the locale first. Months are 'YYYY-MM' or a date of the month
 * ('YYYY-MM-DD'); see src/analysis/month.ts for everything else about months (this room
 * imports no other, so it reads a month's first seven characters itself).
 */

/**
 * Intl's formatters, made once per locale and options: making one costs far more than using
 * it, and the tables, the legend and the Sankey format hundreds of figures at each change.
 */
function cached<O, F>(make: (locale: Locale, options: O) => F) {
  const made = new Map<string, F>();
  return (locale: Locale, options: O): F => {
    const key = `${locale} ${JSON.stringify(options)}`;
    let format = made.get(key);
    if (!format) made.set(key, (format = make(locale, options)));
    return format;
  };
}
const numberFormat = cached(
  (locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options),
);
const dateFormat = cached(
  (locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options),
);

/** Formats a count or amount with the locale's grouping (12,345 / 12,345), whole unless told. */
export function formatNumber(locale: Locale, value: number, maximumFractionDigits = 0): string {
  return numberFormat(locale, { maximumFractionDigits }).format(value);
}

/** Formats US dollars compactly for the locale: "US$1.2B" / "US$12億" (never a bare "$"). */
export function formatUsd(locale: Locale, value: number): string {
  const compact = numberFormat(locale, {
    notation: 'compact',
    maximumSignificantDigits: 3,
  }).format(value);
  return `US$${compact}`;
}

/** `x` to two significant figures, without trailing zeros (2.46 → "2.5", 40.2 → "40"). */
function significant(x: number, digits: number): string {
  return Number(x.toPrecision(digits)).toString();
}

/** Whole numbers grouped by thousands, as both locales group them. */
const grouped = (x: number) => Math.round(x).toLocaleString('en-US');

/** US dollars in a sentence, rounded to two figures, in each locale's units. */
const USD_IN_TEXT: Record<Locale, (x: number) => string> = {
  en: (x) => {
    if (x >= 1e9) return `US$${significant(x / 1e9, 2)} bn`;
    if (x >= 1e6) return `US$${significant(x / 1e6, 2)} M`;
    if (x >= 1e3) return `US$${significant(x / 1e3, 2)} k`;
    return `US$${Math.round(x)}`;
  },
  'zh-TW': (x) => {
    if (x >= 1e8) return `${significant(x / 1e8, 2)}億美元`;
    if (x >= 1e4) return `${significant(x / 1e4, 2)}萬美元`;
    return `${grouped(x)}美元`;
  },
};

/**
 * US dollars as a sentence writes them, rounded: "US$45 k", "US$1.2 M", "US$3.4 bn" /
 * "4.5萬美元", "120萬美元", "34億美元" (the explanations' style; tables use {@link formatUsd}).
 */
export function formatUsdInText(locale: Locale, value: number): string {
  return USD_IN_TEXT[locale](value);
}

const TIMES: Record<Locale, string> = { en: '×', 'zh-TW': '倍' };

/** A multiple in a sentence: "40×", "2.5×" / "40倍", "2.5倍" (two figures, whole from 10). */
export function formatMultiple(locale: Locale, x: number): string {
  return `${x >= 10 ? grouped(x) : significant(x, 2)}${TIMES[locale]}`;
}

/** A ratio as an analyst writes it in a table: "×12", "×2.5" (two significant digits). */
export function formatRatio(locale: Locale, x: number): string {
  return `×${numberFormat(locale, { maximumSignificantDigits: 2 }).format(x)}`;
}

/** A share as a percentage: "48%", whole unless told ("4.5%" with one digit). */
export function formatPercent(locale: Locale, share: number, maximumFractionDigits = 0): string {
  return numberFormat(locale, { style: 'percent', maximumFractionDigits }).format(share);
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
  return numberFormat(locale, {
    style: 'unit',
    unit: units[unit],
    unitDisplay: 'short',
    maximumFractionDigits: 1,
  }).format(value);
}

/**
 * A date for Intl from the first `length` characters of a month or date ('YYYY' or 'YYYY-MM',
 * which JavaScript reads as UTC), or null when they are not one.
 */
function utcDate(text: string, length: 4 | 7): Date | null {
  const date = new Date(text.slice(0, length));
  return Number.isNaN(date.getTime()) ? null : date;
}

/** A month ('2022-06' or a date of it, '2022-06-01') as "Jun 2022" / "2022年6月". */
export function formatMonth(locale: Locale, month: string): string {
  const date = utcDate(month, 7);
  if (!date) return month;
  return dateFormat(locale, {
    year: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  }).format(date);
}

/** The year of a month or date in the locale: "2024" / "2024年". */
export function formatYear(locale: Locale, month: string): string {
  const date = utcDate(month, 4);
  if (!date) return month;
  return dateFormat(locale, { year: 'numeric', timeZone: 'UTC' }).format(date);
}

/** A month's short name, from its number in the year (1 to 12): "Jan" / "1月". */
export function formatMonthName(locale: Locale, month: number): string {
  return dateFormat(locale, { month: 'short', timeZone: 'UTC' }).format(
    Date.UTC(2000, month - 1, 1),
  );
}

/**
 * Sentences put together as the locale writes them: each ends with a full stop (added where a
 * message ends without one), then a space between them, or none in Chinese.
 */
export function joinSentences(locale: Locale, sentences: readonly string[]): string {
  const chinese = locale === 'zh-TW';
  const ended = sentences.map((sentence) =>
    /[.!?。！？…][)）」"']?$/.test(sentence) ? sentence : sentence + (chinese ? '。' : '.'),
  );
  return ended.join(chinese ? '' : ' ');
}

/** Items listed as the locale separates them, without a final "and": "A, B, C" / "A、B、C". */
export function formatList(locale: Locale, items: readonly string[]): string {
  return items.join(locale === 'zh-TW' ? '、' : ', ');
}
