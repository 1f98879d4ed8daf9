import { OTHERS, type ScenarioRow } from './book';
import { boomCurves } from './generate';
import {
  HardBook,
  cellKey,
  publishedCode,
  worldKey,
  type MarginRules,
  type Publication,
  type PublicationRules,
  type Span,
} from './hard-book';
import { PRODUCT_INFO, RECLASSIFICATIONS, acceptableKeys, isHs2022Only } from './hard-products';
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
import { Rng } from './prng';
import { FIRST_YEAR, MONTHS, constant, growing, monthIndex, stepUp, times } from './series';
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
} from './stories';

/** The traps of real trade data a hard world holds; each can be switched off. */
export const TRAPS = [
  /** Confidential cells: held back from the partner detail, still in the world total. */
  'suppressed-cells',
  /** Months a monthly reporter did not report at all. */
  'reporting-gaps',
  /** World totals not published for some reporter, product and year. */
  'missing-world',
  /** Intermediaries that publish annual data only; the UAE almost no monthly data. */
  'annual-only',
  /** Intermediaries whose exports are published only to the world ('WLD'). */
  'world-only',
  /** Russia and Belarus report nothing after 2021. */
  'destination-silent',
  /** The origin is not a reporter (as Taiwan in UN data): its exports are partners' mirrors. */
  'origin-silent',
  /** Annual-only reporters publish the last year to date (`months` < 12). */
  'partial-year',
  /** HS 2022: codes that did not exist before, while earlier trade sat under the old code. */
  'hs-revision',
  /** The intermediary re-exports the origin's goods under another code of the same heading. */
  'reclassified',
  /** A diversion of a few per cent through a hub with huge, steady flows. */
  'hub-diversion',
  /** The onward leg is fed mostly from China: it rises many times more than the first leg. */
  'china-fed',
  /** Look-alikes whose rise began in 2021, before the invasion. */
  'pre-war-rise',
  /** Corridors of a few thousand dollars a month, shipped in lumps. */
  'small-flows',
  /** CIF/FOB margins of 1.0–1.2 per route, and shipments recorded a month late by importers. */
  'cif-fob-margins',
] as const;

/** A trap of real trade data. */
export type Trap = (typeof TRAPS)[number];

/** The look-alikes of the hard worlds: the scenarios' eight kinds and four more. */
export const HARD_LOOK_ALIKE_KINDS = [
  ...LOOK_ALIKE_KINDS,
  'pre-war-rise',
  'hs-revision',
  'suppression-artifact',
  'china-fed-only',
] as const;

/** A kind of look-alike of the hard worlds. */
export type HardLookAlikeKind = (typeof HARD_LOOK_ALIKE_KINDS)[number];

/**
 * How well a leg can be seen after the invasion: by partner month by month (from either
 * side), by partner only in annual rows, or only in the intermediary's world totals.
 */
export type LegEvidence = 'monthly' | 'annual' | 'world';

/** A planted corridor or a look-alike of a hard world, and how it may be found. */
export interface HardTruth extends Placement {
  kind: 'planted' | HardLookAlikeKind;
  /**
   * Product keys that count as finding it: the origin's HS-6 code, its HS-4 heading and
   * CHPL tier key ('CHPL-1'), and across the HS revision the HS 2017 code, its heading and
   * the group key ('rev:854140'); see acceptableKeys.
   */
  keys: string[];
  /** The code of the second leg: `product`, or another code where the goods are re-classified. */
  onwardProduct: string;
  /** 'partial' when either leg cannot be seen by partner month by month after the invasion. */
  evidence: 'full' | 'partial';
  legs: { first: LegEvidence; second: LegEvidence };
  /**
   * The traps it meets: its own ('hub-diversion', 'clear', 'subtle', ...) and those of the
   * data it rests on ('origin-silent', 'annual-only', 'world-only', 'reporting-gaps',
   * 'suppressed-cells', 'missing-world', 'cif-fob-margins').
   */
  tags: string[];
  /** For a corridor fed mostly from China: the origin's share of what goes on. */
  attributableShare: number | null;
  subtle: boolean;
}

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

/** Which intermediaries publish how. */
export interface HardRoles {
  annualOnly: string[];
  worldOnly: string[];
  /** Monthly reporters with gaps (months they did not report at all). */
  gappy: string[];
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
/** Hubs with huge, steady flows. */
const HUBS = ['HKG', CHINA, 'TUR', 'ARE'];
/** Hubs where Taiwan's own flows are huge: diversions and the steady-hub look-alikes sit there. */
const BIG_HUBS = ['HKG', CHINA, 'TUR'];
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
const LAST_REPORTED = monthIndex('2021-12');
const LAST_YEAR = FIRST_YEAR + Math.floor((MONTHS - 1) / 12);

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

/** The publication rules while they are drawn. */
interface Rules extends PublicationRules {
  profiles: Map<string, Publication>;
  suppressed: Map<string, Span>;
  noWorld: Set<string>;
}

/** What a world is made of: its economies, products, traps, and who publishes what. */
interface World {
  traps: Record<Trap, boolean>;
  markets: string[];
  transit: string[];
  /** Every product of the world. */
  products: string[];
  /** Products stories are planted on (all but the uncontrolled part of 854140). */
  storyProducts: string[];
  revisionProducts: string[];
  /** A pair of codes: imported as the first, re-exported as the second. */
  reclassified: readonly [string, string];
  /** Products that boom everywhere after the invasion. */
  booming: string[];
  lookAlikesPerKind: number;
  rules: Rules;
  roles: HardRoles;
}

/** A world before its publication rules are drawn. */
type WorldDraw = Omit<World, 'rules' | 'roles'>;

/**
 * An independent random stream for one part of a world (its economies and products, who
 * publishes what, the holes in the data, the stories, the ordinary trade, the noise).
 */
function stream(seed: number, part: string): Rng {
  let hash = (2166136261 ^ seed) >>> 0;
  for (const ch of part) hash = Math.imul(hash ^ ch.charCodeAt(0), 16777619) >>> 0;
  return new Rng(hash);
}

/** Annual publication from one year to another (12 months each), then a year to date. */
function years(from: number, to: number, toDate = 0): Map<number, number> {
  const out = new Map<number, number>();
  for (let year = from; year <= to; year++) out.set(year, 12);
  if (toDate > 0) out.set(to + 1, toDate);
  return out;
}

function monthlyProfile(hs2022From: number): Publication {
  return {
    monthly: new Array<boolean>(MONTHS).fill(true),
    annual: years(FIRST_YEAR, LAST_YEAR - 1),
    worldOnlyExports: false,
    worldTotals: true,
    weights: true,
    hs2022From,
  };
}

function randomSpan(rng: Rng, from: number, shortest: number, longest: number): Span {
  const start = rng.int(from, MONTHS - shortest);
  return { from: start, to: Math.min(MONTHS - 1, start + rng.int(shortest, longest) - 1) };
}

/**
 * How an intermediary publishes: the first three of a shuffled list are annual-only,
 * world-only and gappy (so that each trap has a corridor to hold), the others at random.
 */
function roleOf(index: number, draw: number): 'annual' | 'world' | 'gappy' | 'monthly' {
  if (index < 3) return (['annual', 'world', 'gappy'] as const)[index] ?? 'monthly';
  return draw < 0.2 ? 'annual' : draw < 0.3 ? 'world' : 'monthly';
}

/**
 * Who reports what: every economy's profile, the roles of the intermediaries, their gaps.
 * Every choice is drawn whether or not its trap is on, so that switching a trap off leaves
 * the rest of the world as it was.
 */
function drawPublication(rng: Rng, traps: Record<Trap, boolean>, w: WorldDraw) {
  const profiles = new Map<string, Publication>();
  const revision = (laggard: boolean) =>
    !traps['hs-revision'] ? 0 : monthIndex(laggard ? '2023-01' : '2022-01');
  if (!traps['origin-silent']) {
    const customs = monthlyProfile(revision(false));
    profiles.set(ORIGIN, { ...customs, annual: new Map(), worldTotals: false });
  }
  for (const economy of [...w.markets, ...HUBS, ...w.transit, 'RUS', 'BLR'])
    profiles.set(economy, monthlyProfile(revision(rng.chance(0.2))));
  if (traps['destination-silent']) {
    for (const economy of ['RUS', 'BLR']) {
      const p = profiles.get(economy) as Publication;
      p.monthly = p.monthly.map((_, m) => m <= LAST_REPORTED);
      p.annual = years(FIRST_YEAR, 2021);
    }
  }
  const annualOnly = (p: Publication, toDate: number, weights: boolean) => {
    p.monthly.fill(false);
    p.annual = years(FIRST_YEAR, LAST_YEAR - 1, traps['partial-year'] ? toDate : 0);
    p.weights = weights;
  };
  const lastYearMonths = MONTHS - (LAST_YEAR - FIRST_YEAR) * 12;
  const roles: HardRoles = { annualOnly: [], worldOnly: [], gappy: [] };
  // The UAE: annual data, and a few months of 2018–2019.
  const uaeMonths = Array.from({ length: rng.int(2, 5) }, () => rng.int(0, 23));
  const uaeToDate = rng.pick([3, lastYearMonths]);
  if (traps['annual-only']) {
    const uae = profiles.get('ARE') as Publication;
    annualOnly(uae, uaeToDate, false);
    for (const m of uaeMonths) uae.monthly[m] = true;
  }
  for (const [i, economy] of rng.shuffle(w.transit).entries()) {
    const p = profiles.get(economy) as Publication;
    const role = roleOf(i, rng.next());
    const toDate = rng.pick([3, lastYearMonths]);
    const weights = rng.chance(0.5);
    const gappy = role === 'gappy' || rng.chance(0.3);
    const runs = [randomSpan(rng, role === 'gappy' ? POST_START : monthIndex('2019-01'), 2, 5)];
    for (let n = rng.int(0, 2); n > 0; n--) runs.push(randomSpan(rng, monthIndex('2019-01'), 2, 5));
    if (role === 'annual' && traps['annual-only']) {
      annualOnly(p, toDate, weights);
      roles.annualOnly.push(economy);
      continue;
    }
    if (role === 'world' && traps['world-only']) {
      p.worldOnlyExports = true;
      roles.worldOnly.push(economy);
    }
    if (!gappy || !traps['reporting-gaps']) continue;
    for (const run of runs) for (let m = run.from; m <= run.to; m++) p.monthly[m] = false;
    // The intermediary chosen for gaps comes first: the gappy-via corridor goes through it.
    if (role === 'gappy') roles.gappy.unshift(economy);
    else roles.gappy.push(economy);
  }
  return { profiles, roles };
}

/**
 * Confidential cells and missing world totals in the intermediaries' ordinary trade (drawn
 * whether or not their traps are on).
 */
function drawHoles(rng: Rng, w: World) {
  const { traps, rules } = w;
  for (const via of [...HUBS, ...w.transit]) {
    const p = rules.profiles.get(via) as Publication;
    for (const product of w.products) {
      const missing = rng.chance(0.12);
      const gone = Array.from({ length: rng.int(1, 2) }, () => rng.int(2019, LAST_YEAR));
      for (const year of traps['missing-world'] && missing ? gone : []) {
        const code = publishedCode(product, p, (year - FIRST_YEAR) * 12);
        for (const flow of ['X', 'M'] as const) rules.noWorld.add(worldKey(via, flow, code, year));
      }
      const held = rng.chance(0.05) && !HUBS.includes(via);
      const cell = rng.chance(0.5)
        ? cellKey(via, 'X', 'RUS', product)
        : cellKey(via, 'M', ORIGIN, product);
      const span = rng.chance(0.4) ? { from: 0, to: MONTHS - 1 } : randomSpan(rng, 12, 6, 24);
      if (traps['suppressed-cells'] && held) rules.suppressed.set(cell, span);
    }
  }
}

/** Taiwan's share of its exports of a product that goes to a partner, by kind of partner. */
function originShare(rng: Rng, partner: string, kind: 'market' | 'hub' | 'transit'): number {
  if (partner === 'HKG' || partner === CHINA) return rng.uniform(0.15, 0.3);
  if (partner === 'TUR') return rng.logUniform(1e-3, 5e-3);
  if (partner === 'ARE') return rng.logUniform(2e-5, 1e-3);
  if (kind === 'market') return rng.logUniform(0.01, 0.12);
  return rng.logUniform(1e-6, 1e-4);
}

/** A hub's imports of a product from everyone but the origin, US$ a month. */
function hubOthers(rng: Rng, hub: string, product: string, size: number): number {
  const scale = PRODUCT_INFO[product]?.scale ?? 1e7;
  return hub === 'ARE' ? scale * rng.logUniform(0.02, 0.1) : size * rng.uniform(0.5, 2);
}

interface Draft {
  placement: Placement;
  kind: HardTruth['kind'];
  onward: string;
  tag: string | null;
  share: number | null;
  subtle: boolean;
}

/** Plants the corridors and look-alikes on distinct (intermediary, product) pairs. */
function placeStories(w: World, ctx: StoryContext) {
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

/**
 * Ordinary trade on every pair no story uses: Taiwan's sales to its markets, the hubs and
 * half of the intermediaries; their trade with everyone else; their onward sales to Russia
 * and Belarus (falling from the markets, rising from the hubs); China's sales to a third of
 * the intermediaries; Taiwan's direct sales to Russia and Belarus, which collapse in 2022.
 */
function addBackground(w: World, ctx: StoryContext, used: ReadonlySet<string>) {
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
