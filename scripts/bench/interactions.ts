/**
 * The scripted view changes an analyst makes, timed one by one in the page. Filters: brush a
 * period, choose products, an intermediary, a destination, declared or mirror figures, a score
 * threshold, select a corridor and go back. Analysis settings, which re-score the corridors:
 * the baseline and post periods, the product grouping, the minimum value. A step needs certain
 * keys in the app's view state; where the app has none of them yet, the step is listed as
 * "not yet" and skipped, so that later issues only add the keys (named here).
 */

/** What kind of view change a step is. */
export type StepKind =
  | 'period-brush'
  | 'product'
  | 'intermediary'
  | 'destination'
  | 'source'
  | 'score-threshold'
  | 'corridor-select'
  | 'corridor-back'
  | 'period-window'
  | 'product-group'
  | 'min-value';

/** The steps that change the analysis itself: the corridors are scored again. */
export const SETTING_KINDS: readonly StepKind[] = ['period-window', 'product-group', 'min-value'];

/** Whether a step is a filter (answered without scoring again), as opposed to a setting. */
export const isFilterStep = (kind: StepKind) => !SETTING_KINDS.includes(kind);

/**
 * The filters whose answers a naive app would query from the raw trade table again (the
 * corridor selections and the score threshold cost the same either way).
 */
export const NAIVE_KINDS: readonly StepKind[] = [
  'period-brush',
  'product',
  'intermediary',
  'destination',
  'source',
];

/** One scripted view change. `change` gets the corridors listed on the page before the step. */
export interface Step {
  kind: StepKind;
  /** View keys the step sets: the step is "not yet" if the app's view lacks one. */
  keys: string[];
  change(listed: readonly string[]): Record<string, unknown> | null;
}

// Each list is walked in order, round by round, so that every step changes the view.
const POSTS = ['2022-06:', '2023-01:', '2022-03:'];
const BASELINES = ['2020-01:2021-12', '2019-07:2021-12', '2019-01:2021-12'];
const LEVELS = ['4', '2', 'tier', '6'];
const MIN_VALUES = [250_000, 50_000, 500_000, 100_000];
const INTERMEDIARIES = ['KGZ', 'ARM', 'KAZ', 'ARE'];
const SCORE_THRESHOLDS = [0.3, 0.1, 0.5, 0.2];
const PERIOD_ENDS = ['2023-06', '2022-12', '2024-12', null];
const PERIOD_LENGTHS = [6, 3, 9, 12];
const PRODUCTS = [['CHPL-1'], ['85'], ['CHPL-4.B'], []];
const DESTINATIONS = ['BLR', 'RUS'];
const SOURCES = ['mirror', 'reported'];

const at = <T>(items: readonly T[], i: number): T => items[i % items.length] as T;

/** The steps of round `r` (fourteen changes, four of them corridor selections and returns). */
function round(r: number): Step[] {
  const select = (rank: number): Step => ({
    kind: 'corridor-select',
    keys: ['corridor'],
    change: (listed) => {
      const key = listed[Math.min(rank, listed.length - 1)];
      return key ? { corridor: key } : null;
    },
  });
  const back: Step = {
    kind: 'corridor-back',
    keys: ['corridor'],
    change: () => ({ corridor: null }),
  };
  return [
    {
      kind: 'period-brush',
      keys: ['month', 'windowMonths'],
      change: () => ({ month: at(PERIOD_ENDS, r), windowMonths: at(PERIOD_LENGTHS, r) }),
    },
    select(r % 3),
    back,
    { kind: 'product', keys: ['products'], change: () => ({ products: at(PRODUCTS, r) }) },
    { kind: 'intermediary', keys: ['via'], change: () => ({ via: at(INTERMEDIARIES, r) }) },
    {
      kind: 'destination',
      keys: ['to', 'via'],
      change: () => ({ to: at(DESTINATIONS, r), via: null }),
    },
    { kind: 'source', keys: ['source'], change: () => ({ source: at(SOURCES, r) }) },
    {
      kind: 'min-value',
      keys: ['minValueUsd'],
      change: () => ({ minValueUsd: at(MIN_VALUES, r) }),
    },
    {
      kind: 'score-threshold',
      keys: ['minScore'],
      change: () => ({ minScore: at(SCORE_THRESHOLDS, r) }),
    },
    select((r + 1) % 3),
    back,
    { kind: 'period-window', keys: ['post'], change: () => ({ post: at(POSTS, r) }) },
    { kind: 'product-group', keys: ['level'], change: () => ({ level: at(LEVELS, r) }) },
    { kind: 'period-window', keys: ['baseline'], change: () => ({ baseline: at(BASELINES, r) }) },
  ];
}

/**
 * The sequence: rounds of steps until `count` of them are available (the app has their
 * keys), so that the same app always runs the same steps in the same order.
 */
export function interactionSequence(count: number, viewKeys: readonly string[]): Step[] {
  const steps: Step[] = [];
  let available = 0;
  for (let r = 0; available < count; r++) {
    if (r > 1000) throw new Error('no scripted step is available in this app');
    for (const step of round(r)) {
      if (available === count) break;
      steps.push(step);
      if (isAvailable(step, viewKeys)) available += 1;
    }
  }
  return steps;
}

/** Whether the app's view state has the keys a step sets. */
export function isAvailable(step: Step, viewKeys: readonly string[]): boolean {
  return step.keys.every((key) => viewKeys.includes(key));
}
