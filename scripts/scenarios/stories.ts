import { OTHERS, type FlowSink } from './book';
import type { Rng } from './prng';
import {
  constant,
  delayed,
  episode,
  growing,
  monthIndex,
  plus,
  seasonal,
  stepUp,
  times,
  type EpisodeShape,
  type Series,
} from './series';

/** The origin of every scenario. */
export const ORIGIN = 'TWN';
/** First month of the post period (the default of the analysis). */
export const POST_START = monthIndex('2022-03');

/** Kinds of honest look-alikes that must not rank as transshipment corridors. */
export const LOOK_ALIKE_KINDS = [
  'steady-growth',
  'one-off-spike',
  'seasonal',
  'hub',
  'onward-not-from-origin',
  'small-noise',
  'origin-only-surge',
  'product-boom',
] as const;

/** A kind of look-alike. */
export type LookAlikeKind = (typeof LOOK_ALIKE_KINDS)[number];

/** Where a story sits: origin → via → destination, one HS-6 product. */
export interface Placement {
  via: string;
  destination: string;
  product: string;
}

/** What a story is, for scoring the ranking: a planted corridor or a look-alike. */
export interface Truth extends Placement {
  kind: 'planted' | LookAlikeKind;
  /** A planted corridor that is small next to the flow it rides on (hard to see). */
  subtle: boolean;
}

/** What a story needs: the dice, the book, and the product's unit value and boom. */
export interface StoryContext {
  rng: Rng;
  book: FlowSink;
  unitValue(product: string): number;
  /** The product's worldwide demand (1 for most; rising for a booming product). */
  boom(product: string): Series;
}

/** A random episode after the invasion: its onset, ramp, and whether and how it fades. */
export function randomShape(rng: Rng): EpisodeShape {
  const lasting = rng.chance(0.5);
  return {
    onset: rng.int(POST_START, monthIndex('2023-06')),
    rampMonths: rng.int(2, 9),
    holdMonths: lasting ? Infinity : rng.int(4, 20),
    fadeTo: rng.uniform(0.1, 0.6),
    fadeMonths: rng.int(2, 8),
  };
}

/** The intermediary's trade with everyone else in the product (counted in its world totals). */
export function addOtherTrade(ctx: StoryContext, via: string, product: string, scale: number) {
  const { rng, book } = ctx;
  const imports = times(
    growing(scale * rng.uniform(0.3, 3), rng.uniform(-0.02, 0.06)),
    ctx.boom(product),
  );
  book.add(OTHERS, via, product, imports, { unitValue: ctx.unitValue(product) });
  book.add(via, OTHERS, product, times(imports, rng.uniform(0.2, 0.9)), {
    unitValue: ctx.unitValue(product),
  });
}

/**
 * A transshipment corridor: an episode on the first leg, echoed on the second leg 0–3 months
 * later, with or without missing imports and a unit-value jump. A clear one at least
 * multiplies each leg's existing flow by 3.5 at its peak; a subtle one rides on a large
 * existing flow (adding 0.6–1.5 times it to the first leg).
 */
export function plantCorridor(ctx: StoryContext, p: Placement, subtle: boolean): Truth {
  const { rng, book } = ctx;
  const uv = ctx.unitValue(p.product);
  const shape = randomShape(rng);
  const base1 = subtle ? rng.logUniform(2e5, 2e6) : rng.chance(0.4) ? 0 : rng.logUniform(2e3, 1e5);
  const peak = subtle
    ? base1 * rng.uniform(0.6, 1.5)
    : Math.max(rng.logUniform(4e4, 1.5e6), 2.5 * base1);
  const jump = rng.chance(0.5) ? rng.uniform(1.2, 1.7) : 1;
  const recorded = rng.chance(0.5) ? rng.uniform(0.35, 0.65) : 1;
  const boom = ctx.boom(p.product);
  book.add(ORIGIN, p.via, p.product, times(growing(base1, rng.uniform(-0.03, 0.08)), boom), {
    unitValue: uv,
  });
  book.add(ORIGIN, p.via, p.product, episode(peak, shape), { unitValue: uv * jump, recorded });
  const onwardPeak = peak * rng.uniform(0.6, 1.1);
  const base2 = subtle
    ? onwardPeak * rng.uniform(0.7, 1.5)
    : rng.chance(0.5)
      ? 0
      : rng.logUniform(1e3, onwardPeak / 2.5);
  const onward = delayed(episode(onwardPeak, shape), rng.int(0, 3));
  book.add(p.via, p.destination, p.product, times(growing(base2, rng.uniform(-0.03, 0.05)), boom), {
    unitValue: uv,
  });
  book.add(p.via, p.destination, p.product, onward, { unitValue: uv * jump });
  addOtherTrade(ctx, p.via, p.product, Math.max(base1, 2e4));
  return { ...p, kind: 'planted', subtle };
}

type LegPair = [Series, Series];

function spike(month: number, value: number): Series {
  return constant(0).map((_, m) => (m === month ? value : 0));
}

/** The two legs of each look-alike, before the product's boom is applied. */
const LOOK_ALIKE_LEGS: Record<LookAlikeKind, (rng: Rng) => LegPair> = {
  'steady-growth': (rng) => [
    growing(rng.logUniform(1e5, 5e6), rng.uniform(0.12, 0.25)),
    growing(rng.logUniform(5e4, 1e6), rng.uniform(-0.02, 0.05)),
  ],
  'one-off-spike': (rng) => {
    const month = rng.int(POST_START, POST_START + 30);
    const size = rng.logUniform(1e6, 5e6);
    return [
      plus(growing(rng.logUniform(5e3, 8e4), 0.03), spike(month, size)),
      plus(
        growing(rng.logUniform(5e3, 8e4), 0.02),
        spike(month + rng.int(0, 1), size * rng.uniform(0.5, 1)),
      ),
    ];
  },
  seasonal: (rng) => {
    const peak = rng.int(1, 12);
    return [
      seasonal(growing(rng.logUniform(2e5, 3e6), 0.03), 0.6, peak),
      seasonal(growing(rng.logUniform(1e5, 1e6), 0.03), 0.6, peak + rng.int(0, 2)),
    ];
  },
  hub: (rng) => [
    growing(rng.logUniform(1e8, 2e9), rng.uniform(0.03, 0.12)),
    times(growing(rng.logUniform(1e7, 2e8), 0.03), stepUp(rng.uniform(1.5, 2.5), POST_START, 6)),
  ],
  'onward-not-from-origin': (rng) => [
    growing(rng.logUniform(5e3, 6e4), 0.02),
    times(
      growing(rng.logUniform(2e4, 2e5), 0.02),
      stepUp(rng.uniform(4, 20), rng.int(POST_START, POST_START + 12), rng.int(2, 8)),
    ),
  ],
  'small-noise': (rng) => {
    const shape = randomShape(rng);
    return [
      plus(constant(rng.uniform(0, 300)), episode(rng.logUniform(200, 5000), shape)),
      plus(constant(rng.uniform(0, 300)), delayed(episode(rng.logUniform(200, 5000), shape), 1)),
    ];
  },
  'origin-only-surge': (rng) => [
    plus(
      growing(rng.logUniform(2e4, 3e5), 0.03),
      episode(rng.logUniform(1e5, 1e6), randomShape(rng)),
    ),
    growing(rng.logUniform(5e4, 5e5), 0.03),
  ],
  'product-boom': (rng) => [
    growing(rng.logUniform(1e5, 3e6), 0.03),
    times(growing(rng.logUniform(5e4, 1e6), 0.03), stepUp(rng.uniform(1, 1.4), POST_START, 6)),
  ],
};

/** Writes a look-alike's two legs, and for an onward surge the other imports that feed it. */
export function plantLookAlike(ctx: StoryContext, p: Placement, kind: LookAlikeKind): Truth {
  const { rng, book } = ctx;
  const uv = ctx.unitValue(p.product);
  const boom = ctx.boom(p.product);
  const [first, second] = LOOK_ALIKE_LEGS[kind](rng);
  book.add(ORIGIN, p.via, p.product, times(first, boom), { unitValue: uv });
  book.add(p.via, p.destination, p.product, times(second, boom), { unitValue: uv });
  const scale = Math.max(first[POST_START] ?? 0, 2e4);
  addOtherTrade(ctx, p.via, p.product, scale);
  if (kind === 'onward-not-from-origin')
    book.add(OTHERS, p.via, p.product, second, { unitValue: uv });
  return { ...p, kind, subtle: false };
}
