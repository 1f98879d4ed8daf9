/**
 * Flagged corridors grouped by route, as the map draws them and its tips name them. Plain data:
 * the map's layers (and deck.gl) are built from it elsewhere, off the page's first load.
 */
import type { Corridor } from '../analysis/corridor';

/** One route through an intermediary, over all the products flagged on it. */
export interface CorridorRoute {
  /** 'TWN>KGZ>RUS' */
  key: string;
  origin: string;
  via: string;
  destination: string;
  /** The highest score of its products. */
  score: number;
  /** US$ over the post period on the smaller leg, summed over its products. */
  valueUsd: number;
  products: number;
  /** Every corridor on it is partial: the onward leg is known only to the World or to no named partner. */
  partial: boolean;
  /** Every corridor on it is annual: it has no months to follow as the timeline plays. */
  annual: boolean;
}

/** The route key of a corridor: 'TWN>KGZ>RUS'. */
export const routeKey = (c: Pick<Corridor, 'origin' | 'via' | 'destination'>) =>
  `${c.origin}>${c.via}>${c.destination}`;

/** Groups flagged corridors (score ≥ `minScore`) by route, highest score first. */
export function corridorRoutes(corridors: readonly Corridor[], minScore: number): CorridorRoute[] {
  const routes = new Map<string, CorridorRoute>();
  for (const c of corridors) {
    if (c.score < minScore) continue;
    const key = routeKey(c);
    const value = Math.min(c.legs.first.postTotal, c.legs.second.postTotal);
    const route = routes.get(key);
    const partial = c.evidence === 'partial';
    const annual = c.frequency === 'annual';
    if (route) {
      route.score = Math.max(route.score, c.score);
      route.valueUsd += value;
      route.products += 1;
      route.partial &&= partial;
      route.annual &&= annual;
    } else {
      routes.set(key, { key, ...c, score: c.score, valueUsd: value, products: 1, partial, annual });
    }
  }
  return [...routes.values()].sort((a, b) => b.score - a.score);
}
