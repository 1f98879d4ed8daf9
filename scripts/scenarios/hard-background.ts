import { OTHERS } from './book';
import { PRODUCT_INFO } from './hard-products';
import { CHINA } from './hard-stories';
import { HUBS, type World } from './hard-world';
import type { Rng } from './prng';
import { growing, monthIndex, stepUp, times } from './series';
import { ORIGIN, POST_START, addOtherTrade, type StoryContext } from './stories';

/** Taiwan's share of its exports of a product that goes to a partner, by kind of partner. */
export function originShare(rng: Rng, partner: string, kind: 'market' | 'hub' | 'transit'): number {
  if (partner === 'HKG' || partner === CHINA) return rng.uniform(0.15, 0.3);
  if (partner === 'TUR') return rng.logUniform(1e-3, 5e-3);
  if (partner === 'ARE') return rng.logUniform(2e-5, 1e-3);
  if (kind === 'market') return rng.logUniform(0.01, 0.12);
  return rng.logUniform(1e-6, 1e-4);
}

/** A hub's imports of a product from everyone but the origin, US$ a month. */
export function hubOthers(rng: Rng, hub: string, product: string, size: number): number {
  const scale = PRODUCT_INFO[product]?.scale ?? 1e7;
  return hub === 'ARE' ? scale * rng.logUniform(0.02, 0.1) : size * rng.uniform(0.5, 2);
}

/**
 * Ordinary trade on every pair no story uses: Taiwan's sales to its markets, the hubs and
 * half of the intermediaries; their trade with everyone else; their onward sales to Russia
 * and Belarus (falling from the markets, rising from the hubs); China's sales to a third of
 * the intermediaries; Taiwan's direct sales to Russia and Belarus, which collapse in 2022.
 */
export function addBackground(w: World, ctx: StoryContext, used: ReadonlySet<string>) {
  const { rng, book } = ctx;
  const kindOf = (e: string) =>
    w.markets.includes(e) ? 'market' : HUBS.includes(e) ? 'hub' : 'transit';
  for (const partner of [...w.markets, ...HUBS, ...w.transit]) {
    const kind = kindOf(partner);
    for (const hs of w.products) {
      if (used.has(`${partner}:${hs}`) || (kind === 'transit' && !rng.chance(0.5))) continue;
      const uv = ctx.unitValue(hs);
      const boom = ctx.boom(hs);
      const size = (PRODUCT_INFO[hs]?.scale ?? 1e7) * originShare(rng, partner, kind);
      book.add(ORIGIN, partner, hs, times(growing(size, rng.uniform(-0.02, 0.1)), boom), {
        unitValue: uv,
      });
      let others = 0;
      if (kind === 'hub') {
        others = hubOthers(rng, partner, hs, size);
        book.add(OTHERS, partner, hs, times(growing(others, rng.uniform(0, 0.08)), boom), {
          unitValue: uv,
        });
        const out = growing((size + others) * rng.uniform(0.5, 0.9), 0.04);
        book.add(partner, OTHERS, hs, times(out, boom), { unitValue: uv });
      } else {
        addOtherTrade(ctx, partner, hs, Math.max(size, 2e4));
      }
      const toRussia =
        kind === 'hub' ? 1 : kind === 'market' ? (partner === 'SGP' ? 0.6 : 0.3) : 0.7;
      for (const [to, chance] of [
        ['RUS', toRussia],
        ['BLR', kind === 'hub' ? 0.5 : 0.2],
      ] as const) {
        if (!rng.chance(chance)) continue;
        const onward =
          partner === 'HKG' || partner === CHINA
            ? size * rng.logUniform(0.003, 0.03)
            : kind === 'hub'
              ? (size + others) * rng.uniform(0.02, 0.2)
              : Math.max(size, 2e4) * rng.uniform(0.01, 0.3);
        const war =
          kind === 'market'
            ? rng.uniform(0.05, 0.3)
            : kind === 'hub'
              ? rng.uniform(1.3, 3)
              : rng.uniform(0.5, 1.9);
        const series = times(
          growing(onward, rng.uniform(-0.03, 0.05)),
          stepUp(war, POST_START, rng.int(2, 8)),
        );
        book.add(partner, to, hs, times(series, boom), { unitValue: uv });
      }
    }
  }
  for (const via of w.transit) {
    for (const hs of w.products) {
      if (used.has(`${via}:${hs}`) || !rng.chance(0.3)) continue;
      const rise = stepUp(rng.uniform(0.8, 2.5), POST_START, rng.int(3, 12));
      const supply = growing(rng.logUniform(2e4, 5e5), rng.uniform(0, 0.1));
      book.add(CHINA, via, hs, times(times(supply, rise), ctx.boom(hs)), {
        unitValue: ctx.unitValue(hs) * 0.7,
      });
    }
  }
  for (const hs of w.products) {
    for (const to of ['RUS', 'BLR']) {
      const share = rng.logUniform(5e-5, 2e-3) * (to === 'BLR' ? rng.uniform(0.1, 0.3) : 1);
      const direct = growing((PRODUCT_INFO[hs]?.scale ?? 1e7) * share, 0.02);
      const fall = stepUp(rng.uniform(0.02, 0.4), monthIndex('2022-04'), 6);
      book.add(ORIGIN, to, hs, times(direct, fall), { unitValue: ctx.unitValue(hs) });
    }
  }
}
