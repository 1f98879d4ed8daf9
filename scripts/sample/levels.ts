import { MONTHS, midYearCurve, monthOfYear, curve } from './calendar';
import {
  INTERMEDIARIES,
  KIND_AFFINITY,
  PARTNERS,
  type Intermediary,
  type Partner,
} from './economies';
import { rngFor } from './prng';
import { GROWTH, PRODUCTS, SEASON, type Product } from './products';

/** Partner code for an intermediary's exports to everyone but Russia and Belarus. */
export const OTHERS = 'OTH';

/** Key of an export series: `TWN>KGZ:854231`. */
export const exportKey = (from: string, to: string, hs: string): string => `${from}>${to}:${hs}`;

/** Splits an export key into its parts. */
export function parseExportKey(key: string): { from: string; to: string; hs: string } {
  const [route = '', hs = ''] = key.split(':');
  const [from = '', to = ''] = route.split('>');
  return { from, to, hs };
}

/**
 * Expected (noise-free) monthly values in US$: the model before any randomness of the months
 * themselves. `exports` holds every export series; `otherImports` an intermediary's imports of
 * a product from origins other than Taiwan, keyed `KGZ:854231`.
 */
export interface Levels {
  exports: Map<string, Float64Array>;
  otherImports: Map<string, Float64Array>;
}

/** Pairs that must exist whatever the dice say, because a story or target uses them. */
export interface Forced {
  /** `KGZ:854231`: Taiwan sells this product to this partner. */
  twnSales: ReadonlySet<string>;
  /** `KGZ:854231`: this intermediary trades this product. */
  trades: ReadonlySet<string>;
}

const growthCurves = new Map(
  Object.entries(GROWTH).map(([group, index]) => [group, midYearCurve(index)]),
);

/** What Taiwan would sell a partner of a product each month if it sold it at all. */
function potential(seed: number, partner: Partner, product: Product): Float64Array {
  const rng = rngFor(seed, 'potential', partner.iso3, product.hs);
  const affinity = rng.noise(0.7) * KIND_AFFINITY[partner.kind][product.group];
  const drift = rngFor(seed, 'drift', partner.iso3).normal() * 0.03;
  const growth = growthCurves.get(product.group) ?? new Float64Array(MONTHS).fill(1);
  const perMonth = (product.twnExports * partner.weight * affinity) / 12;
  const out = new Float64Array(MONTHS);
  for (let m = 0; m < MONTHS; m++) {
    const trend = Math.exp(drift * (m / 12 - 3.5));
    out[m] = perMonth * (growth[m] ?? 1) * trend * (SEASON[monthOfYear(m)] ?? 1);
  }
  return out;
}

const scaled = (values: Float64Array, factor: number | Float64Array): Float64Array =>
  values.map((v, m) => v * (typeof factor === 'number' ? factor : (factor[m] ?? 1)));

/** Adds an intermediary's ordinary trade in one product: imports from other origins and exports. */
function addIntermediaryTrade(
  levels: Levels,
  seed: number,
  intermediary: Intermediary,
  hs: string,
  fromTaiwan: Float64Array,
): void {
  const { iso3 } = intermediary;
  const rng = rngFor(seed, 'trade', iso3, hs);
  const imports = scaled(fromTaiwan, intermediary.otherOrigins * rng.noise(0.5));
  levels.otherImports.set(`${iso3}:${hs}`, imports);
  const supply = imports.map((v, m) => v + (fromTaiwan[m] ?? 0));
  levels.exports.set(
    exportKey(iso3, OTHERS, hs),
    scaled(supply, intermediary.toOthers * rng.noise(0.4)),
  );
  const russia = scaled(supply, intermediary.toRussia * rng.noise(0.6));
  levels.exports.set(
    exportKey(iso3, 'RUS', hs),
    scaled(russia, curve(intermediary.russiaAfterWar)),
  );
  if (rng.chance(0.55))
    levels.exports.set(
      exportKey(iso3, 'BLR', hs),
      scaled(supply, intermediary.toBelarus * rng.noise(0.6)),
    );
}

/**
 * The generic economy before any story: Taiwan's sales of each product to each partner (sparse:
 * a partner buys a product with its `coverage` probability), and each intermediary's own trade.
 */
export function buildBaseline(seed: number, forced: Forced): Levels {
  const levels: Levels = { exports: new Map(), otherImports: new Map() };
  for (const partner of PARTNERS) {
    const trader = INTERMEDIARIES.find((i) => i.iso3 === partner.iso3);
    for (const product of PRODUCTS) {
      const pair = `${partner.iso3}:${product.hs}`;
      const level = potential(seed, partner, product);
      const sells =
        rngFor(seed, 'sells', pair).chance(partner.coverage) || forced.twnSales.has(pair);
      if (sells) levels.exports.set(exportKey('TWN', partner.iso3, product.hs), level);
      if (!trader) continue;
      // An intermediary trades (imports from others, exports) whatever Taiwan sells it.
      const trades =
        sells || rngFor(seed, 'trades', pair).chance(trader.coverage) || forced.trades.has(pair);
      if (trades) addIntermediaryTrade(levels, seed, trader, product.hs, level);
    }
  }
  return levels;
}
