/** Monthly series of the scenarios: January 2018 to June 2025, index 0 = 2018-01. */
export const FIRST_YEAR = 2018;
/** Number of months in a scenario. */
export const MONTHS = 90;

/** A monthly series of expected values (US$ a month, or multipliers). */
export type Series = Float64Array;

/** Index of a 'YYYY-MM' month. */
export function monthIndex(month: string): number {
  return (Number(month.slice(0, 4)) - FIRST_YEAR) * 12 + Number(month.slice(5, 7)) - 1;
}

/** The first day of month `index`, 'YYYY-MM-01'. */
export function monthDate(index: number): string {
  const year = FIRST_YEAR + Math.floor(index / 12);
  return `${year}-${String((index % 12) + 1).padStart(2, '0')}-01`;
}

/** The same value every month. */
export function constant(value: number): Series {
  return new Float64Array(MONTHS).fill(value);
}

/** Exponential growth at `annualRate` (0.15 = 15% a year), equal to `level` in mid-2020. */
export function growing(level: number, annualRate: number): Series {
  const pivot = monthIndex('2020-06');
  return constant(0).map((_, m) => level * Math.pow(1 + annualRate, (m - pivot) / 12));
}

/** Multiplies by a yearly cycle: 1 ± amplitude, highest in calendar month `peak` (1–12). */
export function seasonal(values: Series, amplitude: number, peak: number): Series {
  return values.map(
    (v, m) => v * (1 + amplitude * Math.cos((2 * Math.PI * ((m % 12) + 1 - peak)) / 12)),
  );
}

/** An episode's shape: the share of its peak reached in each month (0 before it starts). */
export interface EpisodeShape {
  onset: number;
  rampMonths: number;
  /** Months at the peak before fading; Infinity for a lasting shift. */
  holdMonths: number;
  /** Share of the peak left after fading, reached over `fadeMonths`. */
  fadeTo: number;
  fadeMonths: number;
}

/** An episode that ramps up, holds, then fades to a share of its peak. */
export function episode(peak: number, shape: EpisodeShape): Series {
  const { onset, rampMonths, holdMonths, fadeTo, fadeMonths } = shape;
  const fadeStart = onset + rampMonths + holdMonths;
  return constant(0).map((_, m) => {
    if (m < onset) return 0;
    if (m < onset + rampMonths) return (peak * (m - onset + 1)) / (rampMonths + 1);
    if (m < fadeStart) return peak;
    const done = Math.min(1, (m - fadeStart + 1) / Math.max(1, fadeMonths));
    return peak * (1 - done * (1 - fadeTo));
  });
}

/** A multiplier stepping from 1 to `factor` over `rampMonths` from `onset`. */
export function stepUp(factor: number, onset: number, rampMonths: number): Series {
  return episode(factor - 1, {
    onset,
    rampMonths,
    holdMonths: Infinity,
    fadeTo: 1,
    fadeMonths: 1,
  }).map((v) => 1 + v);
}

/** Delays a series by `lag` months (zeros shift in). */
export function delayed(values: Series, lag: number): Series {
  return values.map((_, m) => (m - lag >= 0 ? (values[m - lag] ?? 0) : 0));
}

/** Element-wise sum. */
export function plus(a: Series, b: Series): Series {
  return a.map((v, m) => v + (b[m] ?? 0));
}

/** Element-wise product with a series or a number. */
export function times(a: Series, b: Series | number): Series {
  return a.map((v, m) => v * (typeof b === 'number' ? b : (b[m] ?? 1)));
}
