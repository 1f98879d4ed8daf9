import type { Corridor } from '../../src/analysis/corridor';
import { tierProduct } from '../../src/analysis/products';
import { HS_REVISIONS, revisionGroupKey } from './hard-products';
import type { Truth } from './stories';

/** How well a ranking finds the planted corridors. */
export interface RankingQuality {
  /** K: the number of planted corridors; the ranking's top K is judged. */
  k: number;
  /** Share of the top K with a score above 0 that are planted. */
  precision: number;
  /** Share of the planted corridors in the top K with a score above 0. */
  recall: number;
  /** The same in the top 2K. */
  recallAt2K: number;
  /** Recall of the planted corridors that are not subtle. */
  clearRecall: number;
  /** Look-alikes (any kind) in the top K. */
  lookAlikesInTopK: Truth[];
  /** Planted corridors missing from the top K. */
  missed: Truth[];
}

/** 'KGZ>RUS:854231': the key of a corridor from a given origin. */
export function placementKey(p: { via: string; destination: string; product: string }) {
  return `${p.via}>${p.destination}:${p.product}`;
}

/**
 * The keys a corridor finds: its own, and for a revision group ('rev:854150') those of each
 * HS 2022 code of the group that the scenarios use (854151, 854159), so that it finds a story
 * told in one of them.
 */
function keysOf(c: { via: string; destination: string; product: string }): string[] {
  const revised = HS_REVISIONS.filter((r) => c.product === revisionGroupKey(r.old));
  return [
    placementKey(c),
    ...revised.flatMap((r) => r.successors.map((product) => placementKey({ ...c, product }))),
  ];
}

/**
 * Judges a ranking (best first) against the planted corridors and look-alikes, at K = the
 * number of planted corridors, counting only corridors with some evidence (score > 0; a
 * corridor whose gate is shut scores 0 and is listed, not flagged): precision is the share of
 * those in the top K that are planted, recall the share of the planted ones among them.
 */
export function rankingQuality(
  ranked: readonly Pick<Corridor, 'via' | 'destination' | 'product' | 'score'>[],
  planted: readonly Truth[],
  lookAlikes: readonly Truth[],
): RankingQuality {
  const k = planted.length;
  const top = (n: number) =>
    ranked
      .slice(0, n)
      .filter((c) => c.score > 0)
      .map(keysOf);
  const topK = top(k);
  const within = (keys: readonly string[][]) => new Set(keys.flat());
  const [inTopK, inTop2K] = [within(topK), within(top(2 * k))];
  const share = (list: readonly Truth[], found: Set<string>) =>
    list.length === 0 ? 1 : list.filter((p) => found.has(placementKey(p))).length / list.length;
  const plantedKeys = new Set(planted.map(placementKey));
  const hits = topK.filter((keys) => keys.some((key) => plantedKeys.has(key)));
  return {
    k,
    precision: topK.length === 0 ? 1 : hits.length / topK.length,
    recall: share(planted, inTopK),
    recallAt2K: share(planted, inTop2K),
    clearRecall: share(
      planted.filter((p) => !p.subtle),
      inTopK,
    ),
    lookAlikesInTopK: lookAlikes.filter((l) => inTopK.has(placementKey(l))),
    missed: planted.filter((p) => !inTopK.has(placementKey(p))),
  };
}

/** A corridor as a ranking gives it: where, which product key, its score, and its evidence. */
export interface RankedCorridor {
  via: string;
  destination: string;
  /** An HS code, a tier key ('CHPL-1'; 'tier:1' is read the same), or a revision group key. */
  product: string;
  score: number;
  /** Whether the ranking saw both legs month by month by partner ('full') or not ('partial'). */
  evidence?: 'full' | 'partial';
}

/** What a ranking is judged against: a story, and the product keys that count as finding it. */
export interface JudgedTruth {
  via: string;
  destination: string;
  product: string;
  kind: string;
  keys: readonly string[];
  evidence: 'full' | 'partial';
  tags: readonly string[];
}

/** Planted corridors with a tag, and how many of them the top K found. */
export interface Tally {
  planted: number;
  found: number;
}

/** How well a ranking finds the planted corridors of a hard world. */
export interface HardRankingQuality<T extends JudgedTruth = JudgedTruth> {
  /** K: the number of planted corridors. */
  k: number;
  /** Share of the top K (score above 0) that find a planted corridor not found higher up. */
  precision: number;
  /** Share of the planted corridors found in the top K. */
  recall: number;
  /** The same in the top 2K. */
  recallAt2K: number;
  /** Corridors in the top K that find a planted corridor already found higher up. */
  duplicates: number;
  /** Per tag (a trap, 'clear', 'subtle'): planted corridors and those found in the top K. */
  byTag: Record<string, Tally>;
  /** The same for the planted corridors whose evidence is full or only partial. */
  byEvidence: Record<'full' | 'partial', Tally>;
  /**
   * Over the found corridors for which the ranking states its evidence: how many, and how
   * many state it as the truth has it; null when it never says.
   */
  evidenceAgreement: { stated: number; agree: number } | null;
  lookAlikesInTopK: T[];
  missed: T[];
}

/** A product key in its one form: 'tier:3.A' is the analysis's 'CHPL-3.A'. */
export function normalizeProductKey(product: string): string {
  return product.startsWith('tier:') ? tierProduct(product.slice('tier:'.length)) : product;
}

/** Whether a ranked corridor finds a story: same route, and one of its product keys. */
export function finds(c: RankedCorridor, t: JudgedTruth): boolean {
  return (
    c.via === t.via &&
    c.destination === t.destination &&
    t.keys.includes(normalizeProductKey(c.product))
  );
}

/**
 * Judges a ranking (best first) against the planted corridors and look-alikes of a hard
 * world at K = the number of planted corridors, counting only corridors with a score above 0.
 * A corridor finds a planted one when its route matches and its product is any of the
 * planted one's keys (the HS-6 code, its heading, its tier, its revision group); each planted
 * corridor is found at most once, and a corridor that finds one already found counts as a
 * duplicate (in the top K, not a hit). A corridor that finds no planted one but a look-alike
 * is listed among the look-alikes in the top K.
 */
export function judgeRanking<T extends JudgedTruth>(
  ranked: readonly RankedCorridor[],
  planted: readonly T[],
  lookAlikes: readonly T[],
): HardRankingQuality<T> {
  const k = planted.length;
  const scored = ranked.filter((c) => c.score > 0);
  const match = (n: number) => {
    const found = new Map<T, RankedCorridor>();
    let duplicates = 0;
    const alike = new Set<T>();
    for (const c of scored.slice(0, n)) {
      const fresh = planted.find((p) => !found.has(p) && finds(c, p));
      if (fresh) found.set(fresh, c);
      else if (planted.some((p) => finds(c, p))) duplicates++;
      else for (const l of lookAlikes) if (finds(c, l)) alike.add(l);
    }
    return { found, duplicates, alike, size: Math.min(n, scored.length) };
  };
  const top = match(k);
  const top2 = match(2 * k);
  const tally = (list: readonly T[]): Tally => ({
    planted: list.length,
    found: list.filter((p) => top.found.has(p)).length,
  });
  const byTag: Record<string, Tally> = {};
  for (const tag of [...new Set(planted.flatMap((p) => p.tags))].sort())
    byTag[tag] = tally(planted.filter((p) => p.tags.includes(tag)));
  const stated = [...top.found].filter(([, c]) => c.evidence !== undefined);
  return {
    k,
    precision: top.size === 0 ? 1 : top.found.size / top.size,
    recall: k === 0 ? 1 : top.found.size / k,
    recallAt2K: k === 0 ? 1 : top2.found.size / k,
    duplicates: top.duplicates,
    byTag,
    byEvidence: {
      full: tally(planted.filter((p) => p.evidence === 'full')),
      partial: tally(planted.filter((p) => p.evidence === 'partial')),
    },
    evidenceAgreement:
      stated.length === 0
        ? null
        : {
            stated: stated.length,
            agree: stated.filter(([p, c]) => p.evidence === c.evidence).length,
          },
    lookAlikesInTopK: lookAlikes.filter((l) => top.alike.has(l)),
    missed: planted.filter((p) => !top.found.has(p)),
  };
}
