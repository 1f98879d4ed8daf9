import type { Corridor, Evidence, Frequency } from './corridor';

/**
 * How unusual a corridor's score is. The same scoring runs on routes nobody had a reason to
 * use for the war: routes of goods that are not on the Common High Priority List (the same
 * intermediaries and destinations), and, once the control runs are done, every route scored the
 * same way with a cut-off two years earlier, before the invasion (see placeboParams), and every
 * route to the comparison destinations, far away (see comparisonParams). A
 * corridor's false-positive rate is the share of those controls scoring at least as high,
 * (1 + k) / (1 + n). The controls are matched to the corridor: those of its own kind (measured
 * month by month or year by year, both legs known or the onward one in part), whose scores
 * are comparable, where there are at least {@link MIN_MATCHED_CONTROLS} of them; otherwise all.
 * Across the many routes scored, the Benjamini–Hochberg adjustment of those rates bounds the
 * expected share of flagged corridors that are flukes (`fdr`).
 */
export interface Calibration {
  /**
   * Control routes it was compared with (goods not on the list, placebo and comparison
   * routes); 0: none.
   */
  controls: number;
  /** Whether those are only the controls of its own kind (see {@link routeKind}). */
  matched: boolean;
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
  matched: false,
  placebo: 0,
  elsewhere: 0,
  falsePositiveRate: null,
  fdr: null,
};

/**
 * The kind of a route, for matching it with controls like it: how it was measured (month by
 * month, or year by year), and how much of it the data show (see Evidence). The confidence
 * factor and the noise of each kind differ, and so do their scores.
 */
export type RouteKind = `${Frequency}.${Evidence}`;

/** A route's kind. */
export const routeKind = (c: Pick<Corridor, 'frequency' | 'evidence'>): RouteKind =>
  `${c.frequency}.${c.evidence}`;

/** The fewest controls of a corridor's own kind it is compared with alone. */
export const MIN_MATCHED_CONTROLS = 50;

/** A route's score and kind. */
export interface RouteScore {
  score: number;
  kind: RouteKind;
}

/**
 * The scores of every route an analysis scored, before the ranking is cut to its top N: of
 * listed goods, of unlisted goods (controls), and of the control runs (controls too).
 */
export interface ScorePools {
  listed: RouteScore[];
  unlisted: RouteScore[];
  placebo: RouteScore[];
  elsewhere: RouteScore[];
}

/** A route's score and kind, for the pools. */
export const routeScore = (c: Pick<Corridor, 'score' | 'frequency' | 'evidence'>): RouteScore => ({
  score: c.score,
  kind: routeKind(c),
});

/** Whether a corridor's goods are on the list: a CHPL code, a heading holding one, or a tier. */
export const isListed = (c: Pick<Corridor, 'chplTier'>) => c.chplTier !== null && c.chplTier !== '';

/** The pools of a set of scored corridors (no control run yet). */
export function poolsOf(corridors: readonly CalibratedRoute[]): ScorePools {
  return {
    listed: corridors.filter(isListed).map(routeScore),
    unlisted: corridors.filter((c) => !isListed(c)).map(routeScore),
    placebo: [],
    elsewhere: [],
  };
}

/** What a corridor needs to be calibrated: its goods, score and kind. */
type CalibratedRoute = Pick<Corridor, 'chplTier' | 'score' | 'frequency' | 'evidence'>;

/** A set of controls: their scores, ascending, and how many came from each control run. */
interface Controls {
  sorted: number[];
  placebo: number;
  elsewhere: number;
  matched: boolean;
}

/**
 * The calibration of each corridor (listed or not, from `pools`) against the controls of
 * `pools` of its own kind, or all of them where its kind has too few. A control's own score is
 * in its pool: its rate leaves it out.
 */
export function calibrate(corridors: readonly CalibratedRoute[], pools: ScorePools): Calibration[] {
  const controlsOf = (matched: boolean, kind: RouteKind | null): Controls => {
    const keep = (list: RouteScore[]) => list.filter((r) => kind === null || r.kind === kind);
    const [unlisted, placebo, elsewhere] = [
      keep(pools.unlisted),
      keep(pools.placebo),
      keep(pools.elsewhere),
    ];
    const sorted = [...unlisted, ...placebo, ...elsewhere].map((r) => r.score);
    sorted.sort((a, b) => a - b);
    return { sorted, placebo: placebo.length, elsewhere: elsewhere.length, matched };
  };
  const all = controlsOf(false, null);
  const byKind = new Map<RouteKind, Controls>();
  const controlsFor = (kind: RouteKind) => {
    let found = byKind.get(kind);
    if (!found) {
      const own = controlsOf(true, kind);
      found = own.sorted.length >= MIN_MATCHED_CONTROLS ? own : all;
      byKind.set(kind, found);
    }
    return found;
  };
  const rate = (route: RouteScore, own: 0 | 1) => {
    const { sorted } = controlsFor(route.kind);
    const n = sorted.length;
    const atLeast = n - lowerBound(sorted, route.score);
    return n - own === 0 ? null : (1 + atLeast - own) / (1 + n - own);
  };
  const keyOf = (route: RouteScore) => `${route.kind} ${route.score}`;
  const adjusted = benjaminiHochberg(pools.listed.map((route) => rate(route, 0)));
  const fdrOf = new Map(pools.listed.map((route, i) => [keyOf(route), adjusted[i] ?? null]));
  return corridors.map((c) => {
    const route = routeScore(c);
    const controls = controlsFor(route.kind);
    const n = controls.sorted.length;
    return {
      controls: n,
      matched: controls.matched,
      placebo: controls.placebo,
      elsewhere: controls.elsewhere,
      falsePositiveRate: rate(route, isListed(c) ? 0 : 1),
      fdr: isListed(c) && n > 0 ? (fdrOf.get(keyOf(route)) ?? null) : null,
    };
  });
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
