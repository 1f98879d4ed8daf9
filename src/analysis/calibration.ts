import type { Corridor } from './corridor';

/**
 * How unusual a corridor's score is. The same scoring runs on routes nobody had a reason to
 * use for the war: routes of goods that are not on the Common High Priority List (the same
 * intermediaries and destinations), and, once the control runs are done, every route scored the
 * same way with a cut-off two years earlier, before the invasion (see placeboParams), and every
 * route to the comparison destinations, far away (see comparisonParams). A
 * corridor's false-positive rate is the share of those controls scoring at least as high,
 * (1 + k) / (1 + n). Across the many routes scored, the Benjamini–Hochberg adjustment of
 * those rates bounds the expected share of flagged corridors that are flukes (`fdr`).
 */
export interface Calibration {
  /** Control routes scored (goods not on the list, placebo and comparison routes); 0: none. */
  controls: number;
  /** Of those, the routes scored with the placebo cut-off; 0 before or without that run. */
  placebo: number;
  /** Of those, the routes to the comparison destinations; 0 before or without that run. */
  elsewhere: number;
  /** Share of the controls scoring at least as high; null without controls. */
  falsePositiveRate: number | null;
  /** Benjamini–Hochberg adjusted rate over the listed corridors; null without controls. */
  fdr: number | null;
}

/** No controls to calibrate against. */
export const UNCALIBRATED: Calibration = {
  controls: 0,
  placebo: 0,
  elsewhere: 0,
  falsePositiveRate: null,
  fdr: null,
};

/**
 * The scores of every route an analysis scored, before the ranking is cut to its top N: of
 * listed goods, of unlisted goods (controls), and of the control runs (controls too).
 */
export interface ScorePools {
  listed: number[];
  unlisted: number[];
  placebo: number[];
  elsewhere: number[];
}

/** Whether a corridor's goods are on the list: a CHPL code, a heading holding one, or a tier. */
export const isListed = (c: Pick<Corridor, 'chplTier'>) => c.chplTier !== null && c.chplTier !== '';

/** The pools of a set of scored corridors (no control run yet). */
export function poolsOf(corridors: readonly Pick<Corridor, 'chplTier' | 'score'>[]): ScorePools {
  return {
    listed: corridors.filter(isListed).map((c) => c.score),
    unlisted: corridors.filter((c) => !isListed(c)).map((c) => c.score),
    placebo: [],
    elsewhere: [],
  };
}

/**
 * The calibration of each corridor (listed or not, from `pools`) against the controls of
 * `pools`. A control's own score is in its pool: its rate leaves it out.
 */
export function calibrate(
  corridors: readonly Pick<Corridor, 'chplTier' | 'score'>[],
  pools: ScorePools,
): Calibration[] {
  const controls = [...pools.unlisted, ...pools.placebo, ...pools.elsewhere].sort((a, b) => a - b);
  const n = controls.length;
  const atLeast = (score: number) => n - lowerBound(controls, score);
  const rate = (score: number, own: 0 | 1) =>
    n - own === 0 ? null : (1 + atLeast(score) - own) / (1 + n - own);
  const listedRates = pools.listed.map((score) => rate(score, 0));
  const adjusted = benjaminiHochberg(listedRates);
  const fdrOf = new Map(pools.listed.map((score, i) => [score, adjusted[i] ?? null]));
  return corridors.map((c) => ({
    controls: n,
    placebo: pools.placebo.length,
    elsewhere: pools.elsewhere.length,
    falsePositiveRate: rate(c.score, isListed(c) ? 0 : 1),
    fdr: isListed(c) && n > 0 ? (fdrOf.get(c.score) ?? null) : null,
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
