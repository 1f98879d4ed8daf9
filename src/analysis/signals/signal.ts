import type { CorridorRow, LegSummary } from '../corridor';
import type { ExplainInput } from '../explain';
import type { Locale } from '../../i18n';

/** Text in English and in Traditional Chinese as written in Taiwan. */
export interface Localized {
  en: string;
  'zh-TW': string;
}

/** A signal's measured value and, where it has one, its value in the baseline period. */
export interface SignalValue {
  value: number | null;
  baseline: number | null;
}

/** What a signal measures from: a corridor's aggregates, its legs summarised, the floor. */
export interface MeasureInput {
  row: CorridorRow;
  first: LegSummary;
  second: LegSummary;
  /** The floor of one of the corridor's periods (a month's, or a year's). */
  floor: number;
}

/**
 * One signal researchers use to flag a corridor (see docs/methodology.md), whole: how it is
 * measured, how its value becomes a strength, what it weighs, how it is written. Its short
 * name, label, meaning and sentences are in the i18n dictionaries under `signal.<name>.…`.
 */
export interface Signal<N extends string = string> {
  name: N;
  /** Weight in the score's weighted mean (0: it only opens the gate). */
  weight: number;
  /**
   * Its part in the gate, which needs all three: the first leg rose ('first': the strongest of
   * these counts), the second leg rose ('second'), the legs moved together ('together').
   */
  role: 'first' | 'second' | 'together' | null;
  /** Its raw value. */
  measure(input: MeasureInput): SignalValue;
  /** 0 (nothing) to 1 (strong). */
  strength(value: SignalValue): number;
  /** The value as an analyst writes it (×12, r = 0.87, 48%), in a locale. */
  format(locale: Locale, x: number): string;
  /** Its sentence in a flagged corridor's explanation, when it counts (supporting signals). */
  explain?(c: ExplainInput, locale: Locale): string;
}

/** Clamps to [0, 1]; NaN becomes 0. */
export function clamp01(x: number): number {
  return x > 0 ? Math.min(1, x) : 0;
}

/** 0 at or below `low`, 1 at or above `high`, linear in between. */
export function ramp(x: number, low: number, high: number): number {
  return clamp01((x - low) / (high - low));
}

/** Like {@link ramp} on a logarithmic scale: for ratios, where ×2 → ×4 weighs like ×4 → ×8. */
export function logRamp(x: number, low: number, high: number): number {
  return x > 0 ? ramp(Math.log(x), Math.log(low), Math.log(high)) : 0;
}

/** A measured value with no baseline. */
export const only = (value: number | null): SignalValue => ({ value, baseline: null });

/** A value's strength on a linear ramp, 0 when unknown. */
export const linear =
  (low: number, high: number) =>
  ({ value }: SignalValue): number =>
    value === null ? 0 : ramp(value, low, high);

/**
 * A share's rise since the baseline on a linear ramp (both capped at 1 first): for signals
 * that matter only as a change, such as the destination's share.
 */
export const rise =
  (low: number, high: number) =>
  ({ value, baseline }: SignalValue): number =>
    value === null ? 0 : ramp(Math.min(value, 1) - Math.min(baseline ?? 0, 1), low, high);
