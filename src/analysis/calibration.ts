import type { Corridor } from './corridor';

/**
 * How unusual a corridor's score is. The same scoring runs on routes of goods that are not on
 * the Common High Priority List (the data's own controls: the same intermediaries and
 * destinations, goods nobody had a reason to divert); a corridor's false-positive rate is the
 * share of those controls that score at least as high, (1 + k) / (1 + n). Across the many
 * routes scored, the Benjamini–Hochberg adjustment of those rates bounds the expected share of
 * flagged corridors that are flukes (`fdr`).
 */
export interface Calibration {
  /** Control corridors scored (goods not on the list); 0 when the data hold none. */
  controls: number;
  /** Share of the controls scoring at least as high; null without controls. */
  falsePositiveRate: number | null;
  /** Benjamini–Hochberg adjusted rate over the listed corridors; null without controls. */
  fdr: number | null;
}

/** Whether a corridor's goods are on the list: a CHPL code, a heading holding one, or a tier. */
export const isListed = (c: Pick<Corridor, 'chplTier'>) => c.chplTier !== null && c.chplTier !== '';

/**
 * The calibration of every corridor against the controls among them (corridors of unlisted
 * goods, whatever their score), keyed as the corridors are given. A control's own rate leaves
 * it out of its pool.
 */
export function calibrate(
  corridors: readonly Pick<Corridor, 'chplTier' | 'score'>[],
): Calibration[] {
  const controls = corridors.filter((c) => !isListed(c)).map((c) => c.score);
  const sorted = [...controls].sort((a, b) => a - b);
  const atLeast = (score: number) => sorted.length - lowerBound(sorted, score);
  const rates = corridors.map((c) => {
    if (controls.length === 0 || (!isListed(c) && controls.length === 1)) return null;
    const own = isListed(c) ? 0 : 1;
    return (1 + atLeast(c.score) - own) / (1 + controls.length - own);
  });
  const fdr = benjaminiHochberg(corridors.map((c, i) => (isListed(c) ? (rates[i] ?? null) : null)));
  return corridors.map((_, i) => ({
    controls: controls.length,
    falsePositiveRate: rates[i] ?? null,
    fdr: fdr[i] ?? null,
  }));
}

/** Index of the first value ≥ x in an ascending list. */
function lowerBound(sorted: readonly number[], x: number): number {
  let [lo, hi] = [0, sorted.length];
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Benjamini–Hochberg adjusted p-values of the non-null ones, in the order given. */
export function benjaminiHochberg(pValues: readonly (number | null)[]): (number | null)[] {
  const known = pValues
    .map((p, i) => ({ p, i }))
    .filter((x): x is { p: number; i: number } => x.p !== null)
    .sort((a, b) => a.p - b.p);
  const m = known.length;
  const adjusted: (number | null)[] = pValues.map(() => null);
  let running = 1;
  for (let k = m - 1; k >= 0; k -= 1) {
    const item = known[k];
    if (!item) continue;
    running = Math.min(running, (item.p * m) / (k + 1));
    adjusted[item.i] = running;
  }
  return adjusted;
}
