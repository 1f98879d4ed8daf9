/**
 * Calendar months, written 'YYYY-MM' everywhere in the app (the data's dates are the first day
 * of their month, 'YYYY-MM-01'). Every conversion between months, their dates, their indexes
 * and their years goes through this module.
 */

/** A calendar month, 'YYYY-MM' ('2022-03'). */
export type Month = `${number}-${number}`;

const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;

/** The month of the invasion of Ukraine (24 February 2022). */
export const INVASION_MONTH: Month = '2022-02';

/** Months in a year. */
export const MONTHS_PER_YEAR = 12;

/** Whether a text is a month written 'YYYY-MM' (month 01 to 12). */
export function isMonth(text: string): text is Month {
  return MONTH.test(text);
}

/** The month of a date or month written 'YYYY-MM-DD' or 'YYYY-MM' ('2022-03-01' → '2022-03'). */
export function monthOf(date: string): Month {
  return date.slice(0, 7) as Month;
}

/** A month from its year and its number in the year (1 to 12): (2022, 3) → '2022-03'. */
export function makeMonth(year: number, month: number): Month {
  return `${year}-${String(month).padStart(2, '0')}` as Month;
}

/** The year of a month or date ('2022-03' → 2022). */
export function yearOf(month: string): number {
  return Number(month.slice(0, 4));
}

/** The number of a month or date in its year, 1 to 12 ('2022-03' → 3). */
export function monthNumber(month: string): number {
  return Number(month.slice(5, 7));
}

/**
 * Months since January of year 0 of a month or date, so that months can be compared,
 * subtracted and counted ('2022-03' → 24266).
 */
export function monthIndex(month: string): number {
  return yearOf(month) * MONTHS_PER_YEAR + monthNumber(month) - 1;
}

/** The month of an index of {@link monthIndex}. */
export function monthAt(index: number): Month {
  const year = Math.floor(index / MONTHS_PER_YEAR);
  return makeMonth(year, index - year * MONTHS_PER_YEAR + 1);
}

/** A month (or a date's month) moved by a number of months, back when negative. */
export function addMonths(month: string, months: number): Month {
  return monthAt(monthIndex(month) + months);
}

/** Negative, zero or positive as month `a` comes before, with or after `b` (for sorting). */
export function compareMonths(a: string, b: string): number {
  return monthIndex(a) - monthIndex(b);
}

/** The first day of a month as an ISO date, as the data write months ('2022-03' → '2022-03-01'). */
export function monthStart(month: string): string {
  return `${monthOf(month)}-01`;
}

/** A month as UN Comtrade writes a monthly period, 'YYYYMM' ('2022-03' → '202203'). */
export function monthCode(month: string): string {
  return monthOf(month).replace('-', '');
}

/** Every month from `first` to `last`, both included (none when `last` comes first). */
export function monthsFrom(first: string, last: string): Month[] {
  const [from, to] = [monthIndex(first), monthIndex(last)];
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => monthAt(from + i));
}

/** One calendar year within a run of month indexes: its year and its first and last index. */
export interface YearSpan {
  year: number;
  /** Index of its first month in the run (January, or the run's first month). */
  first: number;
  /** Index of its last month in the run (December, or the run's last month). */
  last: number;
  /** Whether the year begins within the run (its January is not the run's first month). */
  startsInside: boolean;
}

/** The calendar years that the month indexes `first` to `last` touch, each clipped to the run. */
export function yearSpans(first: number, last: number): YearSpan[] {
  const spans: YearSpan[] = [];
  const lastYear = Math.floor(last / MONTHS_PER_YEAR);
  for (let year = Math.floor(first / MONTHS_PER_YEAR); year <= lastYear; year += 1) {
    const january = year * MONTHS_PER_YEAR;
    spans.push({
      year,
      first: Math.max(january, first),
      last: Math.min(january + MONTHS_PER_YEAR - 1, last),
      startsInside: january > first,
    });
  }
  return spans;
}
