import countryGroups from '../../data/reference/country-groups.json';
import { translate, type Locale, type MessageParams } from '../i18n';
import { addMonths, isMonth, monthStart } from './month';

/** How a corridor's products are grouped: HS-6, HS-4, HS-2, or CHPL tier. */
export type ProductLevel = '6' | '4' | '2' | 'tier';

/**
 * The levels an analysis looks at: one, or 'all' — HS-6, HS-4 and CHPL tiers together, so that
 * goods an intermediary re-exports under another code of the same heading or tier, and data
 * that only give headings, are found too.
 */
export type LevelSetting = ProductLevel | 'all';

/** The level settings, the default first. */
export const PRODUCT_LEVELS = [
  'all',
  '6',
  '4',
  '2',
  'tier',
] as const satisfies readonly LevelSetting[];

/** The levels an 'all' analysis looks at, finest first. */
export const ALL_LEVELS: readonly ProductLevel[] = ['6', '4', 'tier'];

/** The levels a setting looks at. */
export function levelsOf(setting: LevelSetting): readonly ProductLevel[] {
  return setting === 'all' ? ALL_LEVELS : [setting];
}

/** A span of months, 'YYYY-MM' inclusive; `end` null means "to the end of the data". */
export interface MonthRange {
  start: string;
  end: string | null;
}

/** Everything that decides which corridors are found and how they are scored. */
export interface AnalysisParams {
  /** Economies whose goods are followed (ISO-3), e.g. ['TWN']. */
  origins: string[];
  /** Final destinations (ISO-3), e.g. ['RUS', 'BLR']. */
  destinations: string[];
  level: LevelSetting;
  /** The "before" period; its end must be set. */
  baseline: MonthRange;
  /** The "after" period; end null = the last month of the data. */
  post: MonthRange;
  /** Corridors whose first or second leg sums to less than this (US$, post period) are ignored. */
  minValueUsd: number;
  /** How many corridors to return, best first. */
  topN: number;
  /**
   * US$ added to every monthly mean before a ratio is taken (additive smoothing), so that a
   * rise from $10 to $200 counts for nothing and a rise from $0 to $40,000 a month counts.
   */
  floorUsd: number;
  /** Largest delay of the second leg behind the first, in months, tried for co-movement. */
  maxLagMonths: number;
  /** Imports are valued CIF, exports FOB: mirror imports are divided by this (IMF DOTS). */
  cifFobFactor: number;
  /**
   * Intermediaries with a documented link to the destinations (research and alerts): where
   * their onward exports are known only to the World, a partial corridor may still be scored.
   */
  linkedIntermediaries: string[];
}

/** Defaults: Taiwan to Russia and Belarus, 2019–2021 against March 2022 onward. */
export const DEFAULT_PARAMS: Readonly<AnalysisParams> = Object.freeze({
  origins: ['TWN'],
  destinations: ['RUS', 'BLR'],
  level: 'all',
  baseline: { start: '2019-01', end: '2021-12' },
  post: { start: '2022-03', end: null },
  minValueUsd: 100_000,
  topN: 50,
  floorUsd: 10_000,
  maxLagMonths: 3,
  cifFobFactor: 1.06,
  linkedIntermediaries: countryGroups.intermediaries_of_concern.members,
});

/** What is wrong with analysis settings; each has a message `params.error.<problem>`. */
export type ParamsProblem =
  | 'notMonth'
  | 'badPeriod'
  | 'badCodes'
  | 'noPlaces'
  | 'baselineOpen'
  | 'baselineReversed'
  | 'postNotAfter'
  | 'postReversed'
  | `negative.${NonNegativeSetting}`
  | 'cifFob';

/** The numeric settings that may not be negative. */
type NonNegativeSetting = 'minValueUsd' | 'floorUsd' | 'topN' | 'maxLagMonths';

/**
 * Settings that cannot be analysed: the problem and what fills its message. The message is
 * English, for the CLI and the console; {@link describeParamsError} gives it in the
 * interface's language.
 */
export class ParamsError extends Error {
  override name = 'ParamsError';

  constructor(
    readonly problem: ParamsProblem,
    readonly params: MessageParams = {},
  ) {
    super(translate('en', `params.error.${problem}`, params));
  }
}

/** A settings error's message in the given language. */
export function describeParamsError(error: ParamsError, locale: Locale): string {
  return translate(locale, `params.error.${error.problem}`, error.params);
}

const ISO3 = /^[A-Z]{3}$/;

/** The first day of a 'YYYY-MM' month as an ISO date ('2022-03' → '2022-03-01'), checked. */
export function monthToDate(month: string): string {
  if (!isMonth(month)) throw new ParamsError('notMonth', { text: month });
  return monthStart(month);
}

/** Parses 'YYYY-MM:YYYY-MM' (or 'YYYY-MM:' for an open end) into a {@link MonthRange}. */
export function parseMonthRange(text: string): MonthRange {
  const [start = '', end = '', ...rest] = text.split(':');
  const bad = !text.includes(':') || rest.length > 0 || !isMonth(start);
  if (bad || (end !== '' && !isMonth(end))) {
    throw new ParamsError('badPeriod', { text });
  }
  return { start, end: end === '' ? null : end };
}

/** Parses a comma-separated list of ISO-3 codes ('RUS,BLR'), upper-casing them. */
export function parseCodes(text: string): string[] {
  const codes = text
    .split(',')
    .map((code) => code.trim().toUpperCase())
    .filter((code) => code !== '');
  const bad = codes.filter((code) => !ISO3.test(code));
  if (codes.length === 0 || bad.length > 0) {
    throw new ParamsError('badCodes', { text });
  }
  return codes;
}

/** Whether a string names a {@link LevelSetting}. */
export function isProductLevel(text: string): text is LevelSetting {
  return (PRODUCT_LEVELS as readonly string[]).includes(text);
}

/** Fills in defaults and checks the result; throws a {@link ParamsError} on a bad value. */
export function resolveParams(partial: Partial<AnalysisParams> = {}): AnalysisParams {
  const params: AnalysisParams = { ...DEFAULT_PARAMS, ...partial };
  checkParams(params);
  return params;
}

function checkParams(p: AnalysisParams): void {
  if (p.origins.length === 0 || p.destinations.length === 0) {
    throw new ParamsError('noPlaces');
  }
  if (p.baseline.end === null) throw new ParamsError('baselineOpen');
  if (p.baseline.start > p.baseline.end) throw new ParamsError('baselineReversed');
  if (p.post.start <= p.baseline.end) throw new ParamsError('postNotAfter');
  if (p.post.end !== null && p.post.end < p.post.start) {
    throw new ParamsError('postReversed');
  }
  const numbers: NonNegativeSetting[] = ['minValueUsd', 'floorUsd', 'topN', 'maxLagMonths'];
  for (const name of numbers) {
    const value = p[name];
    // As text: the number as given (NaN, -Infinity), not rounded and grouped for a locale.
    if (!Number.isFinite(value) || value < 0) {
      throw new ParamsError(`negative.${name}`, { value: String(value) });
    }
  }
  if (!(p.cifFobFactor > 0)) throw new ParamsError('cifFob');
}

/**
 * Economies far from the destinations, of similar income, that nobody had a reason to send
 * diverted goods to (the reference group `comparison_destinations`).
 */
export const COMPARISON_DESTINATIONS: readonly string[] =
  countryGroups.comparison_destinations.members;

/**
 * The comparison run's settings: the same origins, periods and thresholds, with the comparison
 * destinations (those that are neither an origin nor a destination) in place of the real ones.
 * No partial corridors: a documented link to the real destinations says nothing of these.
 * null when no comparison destination is left.
 */
export function comparisonParams(params: AnalysisParams): AnalysisParams | null {
  const taken = new Set([...params.origins, ...params.destinations]);
  const destinations = COMPARISON_DESTINATIONS.filter((code) => !taken.has(code));
  return destinations.length > 0 ? { ...params, destinations, linkedIntermediaries: [] } : null;
}

/** How far back the placebo run moves the cut-off: two years, to before the invasion. */
export const PLACEBO_SHIFT_MONTHS = 24;

/**
 * The placebo run's settings: the baseline and the post period's start moved back by
 * {@link PLACEBO_SHIFT_MONTHS}, the post period ending where the real baseline ends, so that
 * no month of the war enters it. null when the real periods leave no such window.
 */
export function placeboParams(params: AnalysisParams): AnalysisParams | null {
  const end = params.baseline.end;
  if (end === null) return null;
  const placebo: AnalysisParams = {
    ...params,
    baseline: {
      start: addMonths(params.baseline.start, -PLACEBO_SHIFT_MONTHS),
      end: addMonths(end, -PLACEBO_SHIFT_MONTHS),
    },
    post: { start: addMonths(params.post.start, -PLACEBO_SHIFT_MONTHS), end },
  };
  const post = placebo.post.start;
  return post > (placebo.baseline.end ?? '') && post <= end ? placebo : null;
}
