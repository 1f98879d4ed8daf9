import { FlowBook, type ScenarioRow } from './book';
import { Rng } from './prng';
import { constant, growing, monthIndex, stepUp, times, type Series } from './series';
import {
  LOOK_ALIKE_KINDS,
  ORIGIN,
  POST_START,
  addOtherTrade,
  plantCorridor,
  plantLookAlike,
  type LookAlikeKind,
  type Placement,
  type StoryContext,
  type Truth,
} from './stories';

/** Large buyers of Taiwan's goods, which do not send them on to Russia. */
const MARKETS = [
  'USA',
  'JPN',
  'DEU',
  'KOR',
  'NLD',
  'GBR',
  'FRA',
  'MYS',
  'THA',
  'VNM',
  'AUS',
  'CAN',
];
/** Huge, stable hubs. */
const HUBS = ['HKG', 'SGP', 'CHN'];
/** Possible intermediaries: some named in alerts, most in no preset list at all. */
// prettier-ignore
const TRANSIT = [
  'ARM', 'GEO', 'KAZ', 'KGZ', 'UZB', 'TJK', 'TUR', 'ARE', 'IND', 'SRB', 'MNG', 'AZE', 'LAO',
  'OMN', 'QAT', 'BHR', 'JOR', 'EGY', 'MAR', 'KEN', 'NPL', 'LKA', 'PAK', 'MMR', 'KHM', 'PER',
  'CHL', 'COL', 'ARG', 'NZL', 'NOR', 'CHE', 'AUT', 'HUN', 'ROU', 'BGR', 'GRC', 'CYP', 'MDA',
  'MKD', 'ALB', 'MNE', 'BIH', 'TKM', 'IRQ', 'SAU', 'KWT', 'ISR', 'BRA', 'MEX', 'ZAF', 'NIC',
];
// prettier-ignore
const PRODUCTS = [
  '854231', '854232', '854233', '854239', '854110', '854129', '854159', '847150', '847180',
  '851762', '852691', '852910', '853224', '853690', '845710', '845811', '846693', '848210',
  '880730', '901380', '901420', '903082', '850440', '847130', '850760', '870899',
];

/** How a scenario is drawn. Defaults give ~50,000 rows. */
export interface ScenarioOptions {
  seed: number;
  transit?: number;
  products?: number;
  planted?: number;
  lookAlikesPerKind?: number;
  /** Share of planted corridors that are subtle (small next to an existing flow). */
  subtleShare?: number;
  /** false: the origin reports nothing, as Taiwan in UN data; its legs come from mirrors. */
  originReports?: boolean;
}

/** A generated dataset and what is hidden in it. */
export interface Scenario {
  seed: number;
  rows: ScenarioRow[];
  planted: Truth[];
  lookAlikes: Truth[];
}

function unitValue(product: string): number {
  if (product.startsWith('8542')) return 2000;
  if (/^84(57|58|59|66)/.test(product)) return 18;
  if (product.startsWith('8482')) return 12;
  if (product.startsWith('90') || product.startsWith('8526')) return 300;
  return 150;
}

/** Two products that boom everywhere (×2–3 over a year, from mid-2022 to end-2023). */
export function boomCurves(rng: Rng, products: readonly string[]): Map<string, Series> {
  const booming = rng.shuffle(products).slice(0, 2);
  const start = rng.int(monthIndex('2022-06'), monthIndex('2023-12'));
  return new Map(booming.map((hs) => [hs, stepUp(rng.uniform(2, 3), start, 12)]));
}

function destination(rng: Rng, belarusShare: number): string {
  return rng.chance(belarusShare) ? 'BLR' : 'RUS';
}

/** Places the stories on distinct (intermediary, product) pairs; returns them and the pairs used. */
function placeStories(rng: Rng, ctx: StoryContext, pools: Pools, o: Required<ScenarioOptions>) {
  const used = new Set<string>();
  const take = (vias: readonly string[], products: readonly string[]): Placement => {
    for (let tries = 0; tries < 1000; tries++) {
      const via = rng.pick(vias);
      const product = rng.pick(products);
      if (used.has(`${via}:${product}`)) continue;
      used.add(`${via}:${product}`);
      return { via, product, destination: 'RUS' };
    }
    throw new Error('no free (intermediary, product) pair left');
  };
  const planted: Truth[] = [];
  for (let n = 0; n < o.planted; n++) {
    const p = { ...take(pools.transit, pools.products), destination: destination(rng, 0.2) };
    planted.push(plantCorridor(ctx, p, n < Math.round(o.planted * o.subtleShare)));
  }
  const lookAlikes: Truth[] = [];
  for (const kind of LOOK_ALIKE_KINDS) {
    for (let n = 0; n < o.lookAlikesPerKind; n++) {
      const vias = kind === 'hub' ? pools.hubs : pools.transit;
      const products = kind === 'product-boom' ? pools.booming : pools.products;
      const p = { ...take(vias, products), destination: destination(rng, 0.15) };
      lookAlikes.push(plantLookAlike(ctx, p, kind as LookAlikeKind));
    }
  }
  return { planted, lookAlikes, used };
}

interface Pools {
  markets: string[];
  hubs: string[];
  transit: string[];
  products: string[];
  booming: string[];
}

/** Ordinary trade for every pair no story uses: Taiwan's sales, onward sales, world trade. */
function addBackground(ctx: StoryContext, pools: Pools, used: ReadonlySet<string>) {
  const { rng, book } = ctx;
  const partners = [...pools.markets, ...pools.hubs, ...pools.transit];
  for (const partner of partners) {
    const kind = pools.markets.includes(partner)
      ? 'market'
      : pools.hubs.includes(partner)
        ? 'hub'
        : 'transit';
    for (const hs of pools.products) {
      if (used.has(`${partner}:${hs}`) || (kind === 'transit' && !rng.chance(0.5))) continue;
      const uv = ctx.unitValue(hs);
      const size = kind === 'transit' ? rng.logUniform(2e4, 2e6) : rng.logUniform(5e6, 3e8);
      book.add(ORIGIN, partner, hs, times(growing(size, rng.uniform(-0.02, 0.1)), ctx.boom(hs)), {
        unitValue: uv,
      });
      addOtherTrade(ctx, partner, hs, size);
      const war = kind === 'market' ? rng.uniform(0.05, 0.3) : rng.uniform(0.5, 1.9);
      for (const [to, chance] of [
        ['RUS', kind === 'market' ? 0.3 : 0.7],
        ['BLR', 0.2],
      ] as const) {
        if (!rng.chance(chance)) continue;
        const onward = growing(size * rng.uniform(0.01, 0.3), rng.uniform(-0.03, 0.05));
        const shifted = times(times(onward, stepUp(war, POST_START, rng.int(2, 8))), ctx.boom(hs));
        book.add(partner, to, hs, shifted, { unitValue: uv });
      }
    }
  }
  for (const hs of pools.products) {
    for (const to of ['RUS', 'BLR']) {
      const direct = growing(rng.logUniform(5e4, 3e6) * (to === 'BLR' ? 0.2 : 1), 0.02);
      const fall = stepUp(rng.uniform(0.05, 0.4), monthIndex('2022-04'), 6);
      book.add(ORIGIN, to, hs, times(direct, fall), { unitValue: ctx.unitValue(hs) });
    }
  }
}

/**
 * A seeded dataset in the canonical schema with planted two-leg corridors (random
 * intermediaries, products, onsets, magnitudes, lags, with and without missing imports)
 * hidden among look-alikes (steady growth, one-off spikes, seasonality, big stable hubs,
 * onward surges not from the origin, small-number noise, origin-only surges, product booms).
 * Independent of the bundled sample's generator.
 */
export function generateScenario(options: ScenarioOptions): Scenario {
  const o: Required<ScenarioOptions> = {
    transit: 14,
    products: 10,
    planted: 6,
    lookAlikesPerKind: 2,
    subtleShare: 0.25,
    originReports: true,
    ...options,
  };
  const rng = new Rng(o.seed);
  const products = rng.shuffle(PRODUCTS).slice(0, o.products);
  const booms = boomCurves(rng, products);
  const pools: Pools = {
    markets: rng.shuffle(MARKETS).slice(0, 5),
    hubs: rng.shuffle(HUBS).slice(0, 2),
    transit: rng.shuffle(TRANSIT).slice(0, o.transit),
    products,
    booming: [...booms.keys()],
  };
  const book = new FlowBook();
  const flat = constant(1);
  const ctx: StoryContext = { rng, book, unitValue, boom: (hs) => booms.get(hs) ?? flat };
  const { planted, lookAlikes, used } = placeStories(rng, ctx, pools, o);
  addBackground(ctx, pools, used);
  const silent = new Set(o.originReports ? [] : [ORIGIN]);
  return { seed: o.seed, rows: book.rows(rng, { silent }), planted, lookAlikes };
}
