import {
  cellKey,
  publishedCode,
  worldKey,
  type Publication,
  type PublicationRules,
  type Span,
} from './hard-book';
import { CHINA } from './hard-stories';
import { Rng } from './prng';
import { FIRST_YEAR, MONTHS, monthIndex } from './series';
import { LOOK_ALIKE_KINDS, ORIGIN, POST_START, type Placement } from './stories';

/*
 * What a hard world is made of (the traps it holds, its economies and products, what is
 * planted in it) and who in it publishes what: the profiles of the reporters, the roles of
 * the intermediaries, confidential cells and missing world totals.
 */

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

/** Which intermediaries publish how. */
export interface HardRoles {
  annualOnly: string[];
  worldOnly: string[];
  /** Monthly reporters with gaps (months they did not report at all). */
  gappy: string[];
}

/** Hubs with huge, steady flows. */
export const HUBS = ['HKG', CHINA, 'TUR', 'ARE'];
/** The last month Russia and Belarus reported, when the 'destination-silent' trap is on. */
export const LAST_REPORTED = monthIndex('2021-12');
/** The last year of the worlds' months (partly covered: the year to date). */
export const LAST_YEAR = FIRST_YEAR + Math.floor((MONTHS - 1) / 12);

/** The publication rules while they are drawn. */
export interface Rules extends PublicationRules {
  profiles: Map<string, Publication>;
  suppressed: Map<string, Span>;
  noWorld: Set<string>;
}

/** What a world is made of: its economies, products, traps, and who publishes what. */
export interface World {
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
export type WorldDraw = Omit<World, 'rules' | 'roles'>;

/**
 * An independent random stream for one part of a world (its economies and products, who
 * publishes what, the holes in the data, the stories, the ordinary trade, the noise).
 */
export function stream(seed: number, part: string): Rng {
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

/** A run of `shortest` to `longest` months, starting at `from` or later, within the months. */
export function randomSpan(rng: Rng, from: number, shortest: number, longest: number): Span {
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
export function drawPublication(rng: Rng, traps: Record<Trap, boolean>, w: WorldDraw) {
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
export function drawHoles(rng: Rng, w: World) {
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
