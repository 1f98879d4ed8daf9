import { cellKey } from './hard-book';
import { hubOthers, originShare } from './hard-background';
import { PRODUCT_INFO } from './hard-products';
import {
  CHINA,
  plantChinaFed,
  plantChinaOnly,
  plantHubDiversion,
  plantPreWarRise,
  plantReclassified,
  plantSmallCorridor,
  plantSteadyPair,
} from './hard-stories';
import {
  LAST_REPORTED,
  randomSpan,
  type HardLookAlikeKind,
  type HardTruth,
  type Trap,
  type World,
} from './hard-world';
import { MONTHS } from './series';
import {
  LOOK_ALIKE_KINDS,
  ORIGIN,
  POST_START,
  plantCorridor,
  plantLookAlike,
  type LookAlikeKind,
  type Placement,
  type StoryContext,
} from './stories';

/** Hubs where Taiwan's own flows are huge: diversions and the steady-hub look-alikes sit there. */
const BIG_HUBS = ['HKG', CHINA, 'TUR'];

type Recipe =
  | 'clear'
  | 'subtle'
  | 'small'
  | 'hub'
  | 'china-fed'
  | 'reclassified'
  | 'revision'
  | 'annual-via'
  | 'world-only-via'
  | 'suppressed'
  | 'gappy-via';

/** The planted corridors of a world and the trap each needs (a plain one when it is off). */
const RECIPES: readonly (readonly [Recipe, Trap | null])[] = [
  ['clear', null],
  ['clear', null],
  ['subtle', null],
  ['small', 'small-flows'],
  ['hub', 'hub-diversion'],
  ['china-fed', 'china-fed'],
  ['reclassified', 'reclassified'],
  ['revision', 'hs-revision'],
  ['annual-via', 'annual-only'],
  ['world-only-via', 'world-only'],
  ['suppressed', 'suppressed-cells'],
  ['gappy-via', 'reporting-gaps'],
];

/** A story as it is planted, before what it can be found from is known. */
export interface Draft {
  placement: Placement;
  kind: HardTruth['kind'];
  onward: string;
  tag: string | null;
  share: number | null;
  subtle: boolean;
}

/** Plants the corridors and look-alikes on distinct (intermediary, product) pairs. */
export function placeStories(w: World, ctx: StoryContext) {
  const { rng } = ctx;
  const { traps, rules, roles } = w;
  const used = new Set<string>();
  const take = (vias: readonly string[], products: readonly string[]): Placement => {
    for (let tries = 0; tries < 1000; tries++) {
      const via = rng.pick(vias);
      const product = rng.pick(products);
      if (used.has(`${via}:${product}`)) continue;
      used.add(`${via}:${product}`);
      return { via, product, destination: rng.chance(0.2) ? 'BLR' : 'RUS' };
    }
    throw new Error('no free (intermediary, product) pair left');
  };
  const monthlyTransit = w.transit.filter(
    (e) => !roles.annualOnly.includes(e) && !roles.worldOnly.includes(e),
  );
  const planted: Draft[] = [];
  for (const [recipe, trap] of RECIPES) {
    const r: Recipe = trap === null || traps[trap] ? recipe : 'clear';
    const tag = r === recipe ? (trap ?? r) : r;
    const draft = (placement: Placement, share: number | null = null, onward = placement.product) =>
      planted.push({
        placement,
        kind: 'planted',
        onward,
        tag,
        share,
        subtle: r === 'subtle',
      });
    if (r === 'clear' || r === 'subtle') {
      const p = take(w.transit, w.storyProducts);
      plantCorridor(ctx, p, r === 'subtle');
      draft(p);
    } else if (r === 'small') {
      const p = take(w.transit, w.storyProducts);
      plantSmallCorridor(ctx, p);
      draft(p);
    } else if (r === 'hub') {
      const large = w.storyProducts.filter((hs) => (PRODUCT_INFO[hs]?.scale ?? 0) >= 1e8);
      const p = take(BIG_HUBS, large.length > 0 ? large : w.storyProducts);
      const size = (PRODUCT_INFO[p.product]?.scale ?? 1e7) * originShare(rng, p.via, 'hub');
      plantHubDiversion(ctx, p, size, hubOthers(rng, p.via, p.product, size));
      draft(p);
    } else if (r === 'china-fed') {
      const p = take(w.transit, w.storyProducts);
      draft(p, plantChinaFed(ctx, p));
    } else if (r === 'reclassified') {
      const [product, onward] = w.reclassified;
      const p = take(w.transit, [product]);
      used.add(`${p.via}:${onward}`);
      plantReclassified(ctx, p, onward);
      draft(p, null, onward);
    } else if (r === 'revision') {
      const p = take(w.transit, w.revisionProducts);
      plantCorridor(ctx, p, false);
      draft(p);
    } else {
      const vias =
        r === 'annual-via'
          ? [...roles.annualOnly, 'ARE']
          : r === 'world-only-via'
            ? roles.worldOnly
            : r === 'gappy-via'
              ? roles.gappy.slice(0, 1)
              : monthlyTransit;
      const p = take(vias, w.storyProducts);
      plantCorridor(ctx, p, false);
      if (r === 'suppressed') {
        const whole = rng.chance(0.5);
        const span = whole ? { from: 0, to: MONTHS - 1 } : randomSpan(rng, POST_START, 6, 18);
        rules.suppressed.set(cellKey(p.via, 'X', p.destination, p.product), span);
      }
      draft(p);
    }
  }
  const lookAlikes: Draft[] = [];
  const lookAlike = (placement: Placement, kind: HardLookAlikeKind) =>
    lookAlikes.push({
      placement,
      kind,
      onward: placement.product,
      tag: null,
      share: null,
      subtle: false,
    });
  for (const kind of LOOK_ALIKE_KINDS) {
    for (let n = 0; n < w.lookAlikesPerKind; n++) {
      const vias = kind === 'hub' ? BIG_HUBS : w.transit;
      const products = kind === 'product-boom' ? w.booming : w.storyProducts;
      const p = take(vias, products);
      plantLookAlike(ctx, p, kind as LookAlikeKind);
      lookAlike(p, kind);
    }
  }
  if (traps['pre-war-rise']) {
    for (let n = 0; n < 2; n++) {
      const p = take(w.transit, w.storyProducts);
      plantPreWarRise(ctx, p);
      lookAlike(p, 'pre-war-rise');
    }
  }
  if (traps['hs-revision']) {
    const p = take(monthlyTransit, w.revisionProducts);
    plantSteadyPair(ctx, p);
    lookAlike(p, 'hs-revision');
  }
  if (traps['suppressed-cells']) {
    const p = take(monthlyTransit, w.storyProducts);
    plantSteadyPair(ctx, p);
    const span = { from: 0, to: LAST_REPORTED };
    rules.suppressed.set(cellKey(p.via, 'X', p.destination, p.product), span);
    rules.suppressed.set(cellKey(p.via, 'M', ORIGIN, p.product), span);
    lookAlike(p, 'suppression-artifact');
  }
  if (traps['china-fed']) {
    const p = take(w.transit, w.storyProducts);
    plantChinaOnly(ctx, p);
    lookAlike(p, 'china-fed-only');
  }
  return { planted, lookAlikes, used };
}
