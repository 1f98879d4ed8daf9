import countryGroups from '../../../data/reference/country-groups.json';
import { makeMonth, yearOf } from '../../analysis/month';
import { DEFAULT_PARAMS } from '../../analysis/params';

/** The routes whose coverage is read: one origin, its intermediaries, the destinations, years. */
export interface CoverageScope {
  origin: string;
  /** The intermediaries of concern, then those the data adds, each once. */
  intermediaries: string[];
  destinations: string[];
  /** The years shown: the data's span and the analysis's default periods. */
  firstYear: number;
  lastYear: number;
  /** The data's last month ('YYYY-MM'): the last year is expected only up to it. */
  lastMonth: string;
}

/** The origin the analysis follows by default (Taiwan). */
export const DEFAULT_ORIGIN = DEFAULT_PARAMS.origins[0] ?? 'TWN';

/** The intermediaries of concern of the reference country groups. */
export const INTERMEDIARIES_OF_CONCERN: readonly string[] =
  countryGroups.intermediaries_of_concern.members;

/** The destinations under sanctions of the reference country groups (Russia, Belarus). */
export const SANCTIONED_DESTINATIONS: readonly string[] =
  countryGroups.sanctioned_destinations.members;

/** The analysis's default baseline and post periods, as 'YYYY-MM' months. */
export const DEFAULT_PERIODS = {
  baseline: { start: DEFAULT_PARAMS.baseline.start, end: DEFAULT_PARAMS.baseline.end ?? '' },
  post: { start: DEFAULT_PARAMS.post.start },
} as const;

/** What the data says about its own extent (see coverageSpanSql), residual partners apart. */
export interface DataSpan {
  /** The years that hold rows. */
  years: readonly number[];
  lastMonth: string | null;
}

/**
 * The first year of the coverage: the baseline's, or earlier where the data reach further back
 * year after year. A run of earlier years counts only if it joins the baseline without a year
 * missing: one stray old row (a 1998 figure in a file of 2022) would otherwise ask for a
 * quarter of a century of downloads to fill years no analysis reads.
 */
export function firstScopeYear(years: readonly number[], baselineStart: number): number {
  const held = new Set(years);
  let first = baselineStart;
  while (held.has(first - 1)) first -= 1;
  return first;
}

/**
 * The scope of the coverage: the given intermediaries (the group's by default) plus those
 * present in the data, and the years from the baseline's first (or the data's first, where
 * the data run back to it without a gap: see {@link firstScopeYear}) to the later of the
 * data's last year and the post period's first. An empty table gives the default periods alone.
 */
export function coverageScope(
  span: DataSpan,
  present: readonly string[],
  options: {
    origin?: string | undefined;
    intermediaries?: readonly string[] | undefined;
    destinations?: readonly string[] | undefined;
  } = {},
): CoverageScope {
  const origin = options.origin ?? DEFAULT_ORIGIN;
  const destinations = [...(options.destinations ?? SANCTIONED_DESTINATIONS)];
  const wanted = [...(options.intermediaries ?? INTERMEDIARIES_OF_CONCERN), ...present];
  const intermediaries = [...new Set(wanted)].filter(
    (code) => code !== origin && !destinations.includes(code),
  );
  const baselineStart = yearOf(DEFAULT_PERIODS.baseline.start);
  const postStart = DEFAULT_PERIODS.post.start;
  const lastMonth =
    span.lastMonth !== null && span.lastMonth >= postStart
      ? span.lastMonth
      : makeMonth(yearOf(postStart), 12);
  return {
    origin,
    intermediaries,
    destinations,
    firstYear: firstScopeYear(span.years, baselineStart),
    lastYear: yearOf(lastMonth),
    lastMonth,
  };
}
