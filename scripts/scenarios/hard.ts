import type { ScenarioRow } from './book';
import { boomCurves } from './generate';
import {
  HardBook,
  cellKey,
  publishedCode,
  worldKey,
  type MarginRules,
  type PublicationRules,
} from './hard-book';
import { addBackground } from './hard-background';
import { PRODUCT_INFO, RECLASSIFICATIONS, acceptableKeys, isHs2022Only } from './hard-products';
import { placeStories, type Draft } from './hard-planting';
import {
  LAST_YEAR,
  TRAPS,
  drawHoles,
  drawPublication,
  stream,
  type HardRoles,
  type HardTruth,
  type LegEvidence,
  type Trap,
  type World,
  type WorldDraw,
} from './hard-world';
import { FIRST_YEAR, MONTHS, constant } from './series';
import { ORIGIN, POST_START, type StoryContext } from './stories';

/*
 * A hard world is drawn in parts, each from its own random stream: what it is made of and who
 * publishes what (hard-world), the planted corridors and look-alikes (hard-planting), and the
 * ordinary trade on every other pair (hard-background).
 */

/** The shapes of a hard world and what is planted in it, as hard-world declares them. */
export {
  HARD_LOOK_ALIKE_KINDS,
  TRAPS,
  type HardLookAlikeKind,
  type HardRoles,
  type HardTruth,
  type LegEvidence,
  type Trap,
} from './hard-world';

/** How a hard world is drawn. Defaults: every trap on, ~150,000 rows. */
export interface HardOptions {
  seed: number;
  /** Traps to switch off (`{ 'origin-silent': false }`); every trap is on unless set false. */
  traps?: Partial<Record<Trap, boolean>>;
  /** Intermediaries besides the hubs (Kyrgyzstan, Kazakhstan, Armenia and others). */
  transit?: number;
  /** Products besides one HS-revision group and a pair of re-classification codes (default 9). */
  products?: number;
  lookAlikesPerKind?: number;
}

/** A hard world: its rows, what is hidden in it, and how it was published. */
export interface HardScenario {
  seed: number;
  traps: Record<Trap, boolean>;
  rows: ScenarioRow[];
  planted: HardTruth[];
  lookAlikes: HardTruth[];
  rules: PublicationRules;
  roles: HardRoles;
  products: string[];
}

/** Large buyers of Taiwan's goods, which do not send them on to Russia (Singapore always). */
const MARKETS = ['USA', 'JPN', 'DEU', 'KOR', 'NLD', 'GBR', 'FRA', 'MYS', 'THA', 'VNM', 'CAN'];
/** Intermediaries named in every alert. */
const NAMED = ['KGZ', 'KAZ', 'ARM'];
/** Other possible intermediaries, most in no preset list. */
// prettier-ignore
const TRANSIT = [
  'GEO', 'UZB', 'TJK', 'IND', 'SRB', 'MNG', 'AZE', 'LAO', 'OMN', 'QAT', 'BHR', 'JOR', 'EGY',
  'MAR', 'KEN', 'NPL', 'LKA', 'PAK', 'MMR', 'KHM', 'PER', 'CHL', 'ARG', 'NZL', 'CHE', 'HUN',
  'ROU', 'BGR', 'GRC', 'CYP', 'MDA', 'MKD', 'ALB', 'MNE', 'TKM', 'IRQ', 'SAU', 'ISR', 'BRA',
];
/** Groups of products that HS 2022 renumbered: a group is in a world, or not. */
const REVISION_GROUPS = [['854149', '854141'], ['854151', '854159'], ['852589'], ['880730']];

/** How well a leg can be seen after the invasion, from either side's publications. */
function legEvidence(
  rules: PublicationRules,
  exporter: string,
  importer: string,
  product: string,
): LegEvidence {
  let best: LegEvidence = 'world';
  for (const [reporter, flow, partner] of [
    [exporter, 'X', importer],
    [importer, 'M', exporter],
  ] as const) {
    const p = rules.profiles.get(reporter);
    if (!p || (flow === 'X' && p.worldOnlyExports)) continue;
    const span = rules.suppressed.get(cellKey(reporter, flow, partner, product));
    const held = (m: number) => span !== undefined && m >= span.from && m <= span.to;
    let known = 0;
    for (let m = POST_START; m < MONTHS; m++) if (p.monthly[m] && !held(m)) known++;
    if (known >= 12) return 'monthly';
    for (const [year, months] of p.annual) {
      const first = (year - FIRST_YEAR) * 12;
      if (year >= 2022 && !held(first) && !held(first + months - 1)) best = 'annual';
    }
  }
  return best;
}

/** The traps a story meets in the data it rests on. */
function dataTags(w: World, book: HardBook, d: Draft): string[] {
  const { via, destination, product } = d.placement;
  const { rules, roles, traps } = w;
  const tags: string[] = [];
  if (!rules.profiles.has(ORIGIN)) tags.push('origin-silent');
  if (roles.annualOnly.includes(via) || (via === 'ARE' && traps['annual-only']))
    tags.push('annual-only');
  if (roles.worldOnly.includes(via)) tags.push('world-only');
  if (roles.gappy.includes(via)) tags.push('reporting-gaps');
  const cells = [
    cellKey(ORIGIN, 'X', via, product),
    cellKey(via, 'M', ORIGIN, product),
    cellKey(via, 'X', destination, d.onward),
    cellKey(destination, 'M', via, d.onward),
  ];
  if (cells.some((c) => rules.suppressed.has(c))) tags.push('suppressed-cells');
  const p = rules.profiles.get(via);
  const noWorld = [...new Set([product, d.onward])].some((code) => {
    for (let year = 2019; year <= LAST_YEAR; year++) {
      const published = p ? publishedCode(code, p, (year - FIRST_YEAR) * 12) : code;
      if (rules.noWorld.has(worldKey(via, 'X', published, year))) return true;
    }
    return false;
  });
  if (noWorld) tags.push('missing-world');
  const margins = [book.routeTerms(ORIGIN, via), book.routeTerms(via, destination)];
  if (traps['cif-fob-margins'] && margins.some((t) => t !== undefined && t.cif > 1.12))
    tags.push('cif-fob-margins');
  if (traps['hs-revision'] && (isHs2022Only(product) || isHs2022Only(d.onward)))
    tags.push('hs-revision');
  return tags;
}

function finish(w: World, book: HardBook, d: Draft): HardTruth {
  const { via, destination, product } = d.placement;
  const first = legEvidence(w.rules, ORIGIN, via, product);
  const second = legEvidence(w.rules, via, destination, d.onward);
  return {
    ...d.placement,
    kind: d.kind,
    keys: acceptableKeys(product, d.onward),
    onwardProduct: d.onward,
    evidence: first === 'monthly' && second === 'monthly' ? 'full' : 'partial',
    legs: { first, second },
    tags: [...new Set([...(d.tag ? [d.tag] : []), ...dataTags(w, book, d)])],
    attributableShare: d.share,
    subtle: d.subtle,
  };
}

/**
 * A seeded world that looks like real trade data: Taiwan's exports of CHPL goods (at
 * realistic magnitudes, ICs to Hong Kong in the billions a month) to its markets, the hubs
 * and intermediaries, their trade with everyone else and with Russia and Belarus, China's
 * sales to the intermediaries — published with every trap of {@link TRAPS} that is on — and
 * 12 planted corridors (plain, subtle, small, through a hub, fed from China, re-classified,
 * across the HS revision, through annual-only, world-only, confidential and gappy
 * reporters) among look-alikes of {@link HARD_LOOK_ALIKE_KINDS}.
 */
export function generateHardScenario(options: HardOptions): HardScenario {
  const traps = Object.fromEntries(TRAPS.map((t) => [t, options.traps?.[t] ?? true])) as Record<
    Trap,
    boolean
  >;
  const rng = stream(options.seed, 'world');
  const markets = ['SGP', ...rng.shuffle(MARKETS).slice(0, 4)];
  const transit = [
    ...NAMED,
    ...rng.shuffle(TRANSIT).slice(0, Math.max(0, (options.transit ?? 12) - NAMED.length)),
  ];
  const revisionGroups = [rng.pick(REVISION_GROUPS)];
  const reclassified = rng.pick(RECLASSIFICATIONS);
  const pool = Object.keys(PRODUCT_INFO).filter(
    (hs) => !REVISION_GROUPS.flat().includes(hs) && !reclassified.includes(hs),
  );
  const products = [
    ...rng.shuffle(pool).slice(0, options.products ?? 9),
    ...reclassified,
    ...revisionGroups.flat(),
  ];
  const storyProducts = products.filter((hs) => PRODUCT_INFO[hs]?.tier != null);
  const revisionProducts = storyProducts.filter(isHs2022Only);
  const booms = boomCurves(rng, storyProducts);
  const drawn: WorldDraw = {
    traps,
    markets,
    transit,
    products,
    storyProducts,
    revisionProducts,
    reclassified,
    booming: [...booms.keys()],
    lookAlikesPerKind: options.lookAlikesPerKind ?? 1,
  };
  const { profiles, roles } = drawPublication(stream(options.seed, 'publication'), traps, drawn);
  const w: World = {
    ...drawn,
    rules: { profiles, suppressed: new Map(), noWorld: new Set() },
    roles,
  };
  drawHoles(stream(options.seed, 'holes'), w);
  const book = new HardBook();
  const flat = constant(1);
  const context = (part: string): StoryContext => ({
    rng: stream(options.seed, part),
    book,
    unitValue: (hs) => PRODUCT_INFO[hs]?.unitValue ?? 150,
    boom: (hs) => booms.get(hs) ?? flat,
  });
  const stories = placeStories(w, context('stories'));
  addBackground(w, context('background'), stories.used);
  const margins: MarginRules = traps['cif-fob-margins']
    ? { cif: [1, 1.2], maxLateShare: 0.3 }
    : { cif: [1.04, 1.08], maxLateShare: 0 };
  const rows = book.rows(stream(options.seed, 'rows'), w.rules, margins);
  return {
    seed: options.seed,
    traps,
    rows,
    planted: stories.planted.map((d) => finish(w, book, d)),
    lookAlikes: stories.lookAlikes.map((d) => finish(w, book, d)),
    rules: w.rules,
    roles,
    products,
  };
}
