import type { Corridor } from '../../src/analysis/corridor';
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
    new Set(
      ranked
        .slice(0, n)
        .filter((c) => c.score > 0)
        .map(placementKey),
    );
  const topK = top(k);
  const top2K = top(2 * k);
  const share = (list: readonly Truth[], within: Set<string>) =>
    list.length === 0 ? 1 : list.filter((p) => within.has(placementKey(p))).length / list.length;
  const hits = planted.filter((p) => topK.has(placementKey(p)));
  return {
    k,
    precision: topK.size === 0 ? 1 : hits.length / topK.size,
    recall: share(planted, topK),
    recallAt2K: share(planted, top2K),
    clearRecall: share(
      planted.filter((p) => !p.subtle),
      topK,
    ),
    lookAlikesInTopK: lookAlikes.filter((l) => topK.has(placementKey(l))),
    missed: planted.filter((p) => !topK.has(placementKey(p))),
  };
}
