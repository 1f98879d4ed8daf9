import type { FlowCube } from './flow-cube';
import type { PartnerMonths } from './partner-months';

/** Whose figures a flow takes: the exporter's declared exports, or the importer's imports. */
export const FLOW_SOURCES = ['reported', 'mirror'] as const;
export type FlowSource = (typeof FLOW_SOURCES)[number];

/** What the workspace's filters keep of the cube. */
export interface CubeFilter {
  /** keep[i] is 1 when the cube's product i passes the product filter. */
  keep: Uint8Array;
  source: FlowSource;
}

/** A window of steps, both ends included (indexes into the cube's months). */
export interface StepRange {
  first: number;
  last: number;
}

/** Which of the cube's products pass `matches` (an HS-6 code test), as {@link CubeFilter.keep}. */
export function keptProducts(cube: FlowCube, matches: (hs6: string) => boolean): Uint8Array {
  return Uint8Array.from(cube.products, (code) => (matches(code) ? 1 : 0));
}

const valuesOf = (cube: FlowCube, source: FlowSource) =>
  source === 'reported' ? cube.reported : cube.mirror;

/**
 * The origin's flows by partner × step × CHPL tier under the filter: what the map plays and
 * the timeline sums. Partners are every country the origin sends anything to (so that their
 * order does not change with the filter); products without a tier count under tier ''.
 */
export function originMonths(cube: FlowCube, filter: CubeFilter): PartnerMonths {
  const origin = cube.countries.indexOf(cube.origin);
  const values = valuesOf(cube, filter.source);
  const partnerSet = new Set<number>();
  const tierSet = new Set<string>();
  for (let i = 0; i < cube.a.length; i += 1) {
    if (cube.a[i] !== origin) continue;
    partnerSet.add(cube.b[i] ?? 0);
    const product = cube.product[i] ?? 0;
    if (filter.keep[product]) tierSet.add(cube.tiers[product] ?? '');
  }
  const partnerIndexes = [...partnerSet].sort((x, y) => x - y);
  const partnerOf = new Int32Array(cube.countries.length).fill(-1);
  partnerIndexes.forEach((c, p) => (partnerOf[c] = p));
  const tiers = [...tierSet].sort();
  const tierIndex = new Map(tiers.map((tier, k) => [tier, k]));
  const tierOf = Int32Array.from(cube.tiers, (tier) => tierIndex.get(tier) ?? -1);

  const monthCount = cube.months.length;
  const sums = new Float64Array(partnerIndexes.length * monthCount * tiers.length);
  for (let i = 0; i < cube.a.length; i += 1) {
    const product = cube.product[i] ?? 0;
    if (cube.a[i] !== origin || !filter.keep[product]) continue;
    const p = partnerOf[cube.b[i] ?? 0] ?? 0;
    const k = tierOf[product] ?? 0;
    const cell = (p * monthCount + (cube.month[i] ?? 0)) * tiers.length + k;
    sums[cell] = (sums[cell] ?? 0) + (values[i] ?? 0);
  }
  const partnerPosition = new Float64Array(partnerIndexes.length * 2);
  partnerIndexes.forEach((c, p) =>
    partnerPosition.set(cube.position.subarray(2 * c, 2 * c + 2), 2 * p),
  );
  return {
    origin: cube.origin,
    months: cube.months,
    step: cube.step,
    partners: partnerIndexes.map((c) => cube.countries[c] ?? ''),
    nameEn: partnerIndexes.map((c) => cube.nameEn[c] ?? ''),
    nameZh: partnerIndexes.map((c) => cube.nameZh[c] ?? ''),
    partnerPosition,
    originPosition:
      origin < 0 ? new Float64Array(0) : cube.position.slice(2 * origin, 2 * origin + 2),
    tiers,
    values: sums,
  };
}

/** The two legs of every route origin → intermediary → destination, summed over a window. */
export interface LegTotals {
  origin: string;
  /** Origin → intermediary (any country but a destination), largest first. */
  firstLegs: { via: string; value: number }[];
  /** Intermediary (any country but the origin) → destination, largest first. */
  secondLegs: { via: string; to: string; value: number }[];
}

/** Sums the cube's legs over `range` under the filter (see {@link LegTotals}). */
export function legTotals(cube: FlowCube, filter: CubeFilter, range: StepRange): LegTotals {
  const origin = cube.countries.indexOf(cube.origin);
  const isDestination = Uint8Array.from(cube.countries, (c) =>
    cube.destinations.includes(c) ? 1 : 0,
  );
  const values = valuesOf(cube, filter.source);
  const first = new Map<number, number>();
  const second = new Map<number, number>();
  const countryCount = cube.countries.length;
  for (let i = 0; i < cube.a.length; i += 1) {
    const month = cube.month[i] ?? 0;
    const value = values[i] ?? 0;
    if (month < range.first || month > range.last || value <= 0) continue;
    if (!filter.keep[cube.product[i] ?? 0]) continue;
    const a = cube.a[i] ?? 0;
    const b = cube.b[i] ?? 0;
    if (a === origin && !isDestination[b]) first.set(b, (first.get(b) ?? 0) + value);
    else if (a !== origin && isDestination[b]) {
      const key = a * countryCount + b;
      second.set(key, (second.get(key) ?? 0) + value);
    }
  }
  const code = (i: number) => cube.countries[i] ?? '';
  return {
    origin: cube.origin,
    firstLegs: [...first]
      .map(([b, value]) => ({ via: code(b), value }))
      .sort((x, y) => y.value - x.value || x.via.localeCompare(y.via)),
    secondLegs: [...second]
      .map(([key, value]) => ({
        via: code(Math.floor(key / countryCount)),
        to: code(key % countryCount),
        value,
      }))
      .sort((x, y) => y.value - x.value || x.via.localeCompare(y.via) || x.to.localeCompare(y.to)),
  };
}

/**
 * The legs through one intermediary and to one destination (each null for all): what the
 * Sankey and the flows CSV show once an intermediary or a destination is chosen. The first
 * legs keep every intermediary the routes left can pass through.
 */
export function narrowLegs(
  legs: LegTotals,
  { via, to }: { via: string | null; to: string | null },
): LegTotals {
  const second = legs.secondLegs.filter(
    (leg) => (via === null || leg.via === via) && (to === null || leg.to === to),
  );
  return {
    origin: legs.origin,
    firstLegs: legs.firstLegs.filter((leg) => via === null || leg.via === via),
    secondLegs: second,
  };
}

/** One CHPL tier's two legs through an intermediary, summed over a window (US$). */
export interface GroupLegs {
  /** The tier ('1' to '4'), or '' for goods on no tier. */
  tier: string;
  first: number;
  second: number;
}

/**
 * Which goods went into an intermediary from the origin and which went on from it to the
 * destination `to` (or to every destination), by CHPL tier ('3.A' counts as '3'), summed over
 * `range` under the filter: what the route view shows. Tiers in order; goods on no tier last.
 */
export function routeGroups(
  cube: FlowCube,
  filter: CubeFilter,
  range: StepRange,
  via: string,
  to: string | null,
): GroupLegs[] {
  const origin = cube.countries.indexOf(cube.origin);
  const through = cube.countries.indexOf(via);
  const isDestination = Uint8Array.from(cube.countries, (c) =>
    (to === null ? cube.destinations.includes(c) : c === to) ? 1 : 0,
  );
  const values = valuesOf(cube, filter.source);
  const groups = new Map<string, GroupLegs>();
  for (let i = 0; i < cube.a.length; i += 1) {
    const month = cube.month[i] ?? 0;
    const value = values[i] ?? 0;
    const product = cube.product[i] ?? 0;
    if (month < range.first || month > range.last || value <= 0 || !filter.keep[product]) continue;
    const [a, b] = [cube.a[i] ?? -1, cube.b[i] ?? -1];
    const leg =
      a === origin && b === through ? 'first' : a === through && isDestination[b] ? 'second' : null;
    if (!leg) continue;
    const tier = (cube.tiers[product] ?? '').charAt(0);
    const group = groups.get(tier) ?? { tier, first: 0, second: 0 };
    group[leg] += value;
    groups.set(tier, group);
  }
  return [...groups.values()].sort(
    (x, y) => Number(x.tier === '') - Number(y.tier === '') || x.tier.localeCompare(y.tier),
  );
}
