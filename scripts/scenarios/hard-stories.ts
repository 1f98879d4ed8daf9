import { OTHERS } from './book';
import {
  delayed,
  episode,
  growing,
  monthIndex,
  stepUp,
  times,
  type EpisodeShape,
  type Series,
} from './series';
import {
  ORIGIN,
  POST_START,
  addOtherTrade,
  randomShape,
  type Placement,
  type StoryContext,
} from './stories';

/** The second origin whose goods flow through the same intermediaries. */
export const CHINA = 'CHN';

/** A corridor's first leg: the origin's existing trade with the intermediary and the episode. */
function firstLeg(
  ctx: StoryContext,
  p: Placement,
  base: number,
  peak: number,
  shape: EpisodeShape,
) {
  const { rng, book } = ctx;
  const uv = ctx.unitValue(p.product);
  const recorded = rng.chance(0.4) ? rng.uniform(0.35, 0.7) : 1;
  book.add(
    ORIGIN,
    p.via,
    p.product,
    times(growing(base, rng.uniform(-0.03, 0.08)), ctx.boom(p.product)),
    {
      unitValue: uv,
    },
  );
  book.add(ORIGIN, p.via, p.product, episode(peak, shape), { unitValue: uv, recorded });
}

/** A corridor's second leg, under `code`: the existing onward trade and the echoed episode. */
function secondLeg(
  ctx: StoryContext,
  p: Placement,
  code: string,
  base: number,
  peak: number,
  shape: EpisodeShape,
) {
  const { rng, book } = ctx;
  const uv = ctx.unitValue(code);
  const onward = delayed(episode(peak, shape), rng.int(0, 3));
  book.add(
    p.via,
    p.destination,
    code,
    times(growing(base, rng.uniform(-0.03, 0.05)), ctx.boom(code)),
    {
      unitValue: uv,
    },
  );
  book.add(p.via, p.destination, code, onward, { unitValue: uv });
}

/**
 * A corridor of small flows: a few thousand dollars a month at its peak (as Taiwan's ICs to
 * Kyrgyzstan in 2022, US$0.5 M in the year), shipped in lumps, on a flow that was nil or a
 * few hundred dollars a month.
 */
export function plantSmallCorridor(ctx: StoryContext, p: Placement) {
  const { rng } = ctx;
  const shape = randomShape(rng);
  const peak = rng.logUniform(5e3, 3e4);
  firstLeg(ctx, p, rng.chance(0.5) ? 0 : rng.logUniform(200, 2000), peak, shape);
  secondLeg(
    ctx,
    p,
    p.product,
    rng.chance(0.5) ? 0 : rng.logUniform(200, 2000),
    peak * rng.uniform(0.6, 1.1),
    shape,
  );
  addOtherTrade(ctx, p.via, p.product, 2e4);
}

/**
 * A diversion through a hub: 1–4% of the origin's huge, steady flow to it (millions of
 * dollars a month, lost in the noise of the first leg) sent on to the destination, where it
 * multiplies the hub's onward trade. `size` is the origin's usual monthly flow to the hub,
 * `others` the hub's imports from everyone else; the hub's onward trade also grows after the
 * invasion, as every hub's did.
 */
export function plantHubDiversion(ctx: StoryContext, p: Placement, size: number, others: number) {
  const { rng, book } = ctx;
  const uv = ctx.unitValue(p.product);
  const boom = ctx.boom(p.product);
  const shape = { ...randomShape(rng), holdMonths: Infinity };
  const peak = rng.uniform(0.01, 0.04) * size;
  book.add(ORIGIN, p.via, p.product, times(growing(size, rng.uniform(0.02, 0.1)), boom), {
    unitValue: uv,
  });
  book.add(ORIGIN, p.via, p.product, episode(peak, shape), { unitValue: uv });
  book.add(OTHERS, p.via, p.product, times(growing(others, rng.uniform(0, 0.08)), boom), {
    unitValue: uv,
  });
  book.add(
    p.via,
    OTHERS,
    p.product,
    times(growing((size + others) * rng.uniform(0.5, 0.9), 0.04), boom),
    {
      unitValue: uv,
    },
  );
  const onwardBase = times(
    growing(peak * rng.uniform(0.2, 0.8), 0.03),
    stepUp(rng.uniform(1.2, 2), POST_START, 6),
  );
  book.add(p.via, p.destination, p.product, times(onwardBase, boom), { unitValue: uv });
  book.add(
    p.via,
    p.destination,
    p.product,
    delayed(episode(peak * rng.uniform(0.6, 1), shape), rng.int(0, 2)),
    {
      unitValue: uv,
    },
  );
}

/**
 * A corridor fed mostly from China: the origin's goods go through, but China sends the
 * intermediary `(1 − share) / share` times as much in the same months, so the onward leg rises
 * many times more than the first leg. Returns the origin's share of what goes on.
 */
export function plantChinaFed(ctx: StoryContext, p: Placement): number {
  const { rng, book } = ctx;
  const uv = ctx.unitValue(p.product);
  const shape = randomShape(rng);
  const share = rng.uniform(0.03, 0.3);
  const peak = rng.logUniform(2e4, 3e5);
  const fromChina = (peak * (1 - share)) / share;
  firstLeg(ctx, p, rng.chance(0.4) ? 0 : rng.logUniform(2e3, peak / 3), peak, shape);
  book.add(CHINA, p.via, p.product, growing(rng.logUniform(1e4, 2e5), rng.uniform(0, 0.1)), {
    unitValue: uv * 0.7,
  });
  book.add(CHINA, p.via, p.product, delayed(episode(fromChina, shape), rng.int(0, 1)), {
    unitValue: uv * 0.7,
  });
  const base2 = rng.chance(0.5) ? 0 : rng.logUniform(2e3, fromChina / 5);
  secondLeg(ctx, p, p.product, base2, (peak + fromChina) * rng.uniform(0.6, 0.95), shape);
  addOtherTrade(ctx, p.via, p.product, Math.max(peak, 2e4));
  return share;
}

/**
 * A corridor whose intermediary declares the goods under another code when it sends them on
 * (imports processors, 854231, exports "other ICs", 854239): the first leg rises in the
 * origin's code, the second in `onward`; the intermediary's onward trade in the origin's code
 * stays as it was.
 */
export function plantReclassified(ctx: StoryContext, p: Placement, onward: string) {
  const { rng, book } = ctx;
  const shape = randomShape(rng);
  const peak = rng.logUniform(4e4, 1.5e6);
  firstLeg(ctx, p, rng.chance(0.4) ? 0 : rng.logUniform(2e3, peak / 3), peak, shape);
  const base2 = rng.chance(0.5) ? 0 : rng.logUniform(1e3, peak / 3);
  secondLeg(ctx, p, onward, base2, peak * rng.uniform(0.6, 1.1), shape);
  const usual = growing(rng.logUniform(1e3, 5e4), rng.uniform(-0.03, 0.05));
  book.add(p.via, p.destination, p.product, usual, { unitValue: ctx.unitValue(p.product) });
  addOtherTrade(ctx, p.via, p.product, Math.max(peak / 3, 2e4));
  addOtherTrade(ctx, p.via, onward, Math.max(peak / 3, 2e4));
}

/**
 * A look-alike whose rise began before the invasion (onset late 2020 to mid-2021) and then
 * held: both legs rise together, but as a pre-war trend, not a response to the war.
 */
export function plantPreWarRise(ctx: StoryContext, p: Placement) {
  const { rng } = ctx;
  const shape: EpisodeShape = {
    onset: rng.int(monthIndex('2020-09'), monthIndex('2021-06')),
    rampMonths: rng.int(4, 10),
    holdMonths: Infinity,
    fadeTo: 1,
    fadeMonths: 1,
  };
  const peak = rng.logUniform(4e4, 1.5e6);
  firstLeg(ctx, p, rng.chance(0.4) ? 0 : rng.logUniform(2e3, peak / 3), peak, shape);
  const base2 = rng.chance(0.5) ? 0 : rng.logUniform(1e3, peak / 3);
  secondLeg(ctx, p, p.product, base2, peak * rng.uniform(0.6, 1.1), shape);
  addOtherTrade(ctx, p.via, p.product, Math.max(peak / 3, 2e4));
}

/**
 * Steady trade on both legs, nothing more: the look-alike of an HS revision (the codes
 * change under it) and of a change of confidentiality (its cells are held back for years).
 */
export function plantSteadyPair(ctx: StoryContext, p: Placement) {
  const { rng, book } = ctx;
  const uv = ctx.unitValue(p.product);
  const size = rng.logUniform(5e4, 1e6);
  book.add(
    ORIGIN,
    p.via,
    p.product,
    times(growing(size, rng.uniform(0, 0.08)), ctx.boom(p.product)),
    {
      unitValue: uv,
    },
  );
  const onward = growing(size * rng.uniform(0.2, 0.8), rng.uniform(-0.02, 0.05));
  book.add(p.via, p.destination, p.product, times(onward, ctx.boom(p.product)), { unitValue: uv });
  addOtherTrade(ctx, p.via, p.product, size);
}

/**
 * An onward surge supplied by China, recorded as China's exports to the intermediary, while
 * the origin's small flow to it stays flat.
 */
export function plantChinaOnly(ctx: StoryContext, p: Placement) {
  const { rng, book } = ctx;
  const uv = ctx.unitValue(p.product);
  const rise = stepUp(rng.uniform(4, 20), rng.int(POST_START, POST_START + 12), rng.int(2, 8));
  book.add(ORIGIN, p.via, p.product, growing(rng.logUniform(5e3, 6e4), 0.02), { unitValue: uv });
  const supply: Series = times(growing(rng.logUniform(2e4, 2e5), 0.03), rise);
  book.add(CHINA, p.via, p.product, supply, { unitValue: uv * 0.7 });
  book.add(p.via, p.destination, p.product, times(supply, rng.uniform(0.6, 0.9)), {
    unitValue: uv * 0.7,
  });
  addOtherTrade(ctx, p.via, p.product, 2e4);
}
