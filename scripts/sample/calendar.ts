/** The sample's months: January 2018 to June 2025. */
export const FIRST_YEAR = 2018;
export const MONTHS = 90;

/** A point of a piecewise-linear curve over months: ['2022-03', value]. */
export type Knot = readonly [month: string, value: number];

/** A value per calendar year (for 2025: January–June). */
export type Annual = Readonly<Partial<Record<number, number>>>;

/** Month index (0 = January 2018) of 'YYYY-MM'. */
export function monthIndex(month: string): number {
  const match = /^(\d{4})-(\d{2})$/.exec(month);
  if (!match) throw new Error(`bad month ${month}`);
  return (Number(match[1]) - FIRST_YEAR) * 12 + Number(match[2]) - 1;
}

/** Calendar year of a month index. */
export const yearOf = (m: number): number => FIRST_YEAR + Math.floor(m / 12);

/** Month of the year (0 = January) of a month index. */
export const monthOfYear = (m: number): number => m % 12;

/** Month indices of a calendar year that lie inside the sample. */
export function monthsOfYear(year: number): number[] {
  const first = (year - FIRST_YEAR) * 12;
  const months: number[] = [];
  for (let m = Math.max(first, 0); m < Math.min(first + 12, MONTHS); m++) months.push(m);
  return months;
}

/** Days since 1970-01-01 of the first day of a month index (what a DuckDB DATE stores). */
export function epochDays(m: number): number {
  return Date.UTC(yearOf(m), monthOfYear(m), 1) / 86_400_000;
}

/** Samples a piecewise-linear curve through fractional month positions, flat beyond its ends. */
function interpolate(points: readonly (readonly [number, number])[]): Float64Array {
  const out = new Float64Array(MONTHS);
  for (let m = 0; m < MONTHS; m++) {
    const after = points.findIndex(([at]) => at >= m);
    const hi = points[after];
    const lo = points[after - 1];
    if (!hi) out[m] = points[points.length - 1]?.[1] ?? 0;
    else if (!lo) out[m] = hi[1];
    else out[m] = lo[1] + ((hi[1] - lo[1]) * (m - lo[0])) / (hi[0] - lo[0]);
  }
  return out;
}

/** A curve through month knots (['2022-03', 1], ...). */
export const curve = (knots: readonly Knot[]): Float64Array =>
  interpolate(knots.map(([month, value]) => [monthIndex(month), value] as const));

/** A monthly curve through one value per year, anchored at the middle of the year's months. */
export function midYearCurve(values: Annual): Float64Array {
  const points = Object.entries(values).map(([year, value]) => {
    const months = monthsOfYear(Number(year));
    return [((months[0] ?? 0) + (months[months.length - 1] ?? 0)) / 2, value ?? 0] as const;
  });
  return interpolate(points.sort((a, b) => a[0] - b[0]));
}

/** A smooth monthly curve whose calendar-year sums are roughly `annual` (before rescaling). */
export function annualCurve(annual: Annual): Float64Array {
  const perMonth = Object.entries(annual).map(([year, total]) => [
    year,
    (total ?? 0) / Math.max(monthsOfYear(Number(year)).length, 1),
  ]);
  return midYearCurve(Object.fromEntries(perMonth) as Annual);
}

/** The same curve moved `lag` months later (the first months repeat the start). */
export function shift(values: Float64Array, lag: number): Float64Array {
  const out = new Float64Array(MONTHS);
  for (let m = 0; m < MONTHS; m++) out[m] = values[Math.max(m - lag, 0)] ?? 0;
  return out;
}
