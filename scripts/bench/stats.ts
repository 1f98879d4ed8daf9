/** A figure summed up over repeated runs. */
export interface Summary {
  median: number;
  p95: number;
  min: number;
  max: number;
  /** How many values it sums up. */
  n: number;
}

/**
 * The q-quantile (0–1) of values, interpolating linearly between the two nearest ranks (the
 * usual "type 7" definition: over three runs, p95 lies between the two largest).
 */
export function quantile(values: readonly number[], q: number): number {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  const position = (sorted.length - 1) * Math.min(Math.max(q, 0), 1);
  const low = Math.floor(position);
  const high = Math.ceil(position);
  const a = sorted[low] ?? Number.NaN;
  const b = sorted[high] ?? Number.NaN;
  return a + (b - a) * (position - low);
}

/** Median, p95, min and max of the finite values (NaN throughout when there are none). */
export function summarize(values: readonly number[]): Summary {
  const finite = values.filter(Number.isFinite);
  return {
    median: quantile(finite, 0.5),
    p95: quantile(finite, 0.95),
    min: finite.length ? Math.min(...finite) : Number.NaN,
    max: finite.length ? Math.max(...finite) : Number.NaN,
    n: finite.length,
  };
}
