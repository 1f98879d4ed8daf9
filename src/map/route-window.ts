import type { Corridor } from '../analysis/corridor';
import type { LegPair, RouteMonths } from '../data/corridor-query';
import { routeKey } from './corridor-routes';

/** What each route carried in a window of months, and the most any window of that length can. */
export interface RouteWindow {
  /** Route key → the sum over its products of the smaller leg's total in the window (US$). */
  values: Map<string, number>;
  /** The largest monthly value of any route times the window's length: the width scale's top. */
  ceiling: number;
}

/**
 * What each route carried in the months `[first, last]` ('YYYY-MM-01', inclusive): per product
 * the smaller of its two legs' totals (goods cannot pass on more than arrived), summed over the
 * route's products. A route absent from `routeMonths` is absent from the result.
 */
export function routeWindow(
  routeMonths: RouteMonths,
  first: string,
  last: string,
  length: number,
): RouteWindow {
  const values = new Map<string, number>();
  let peak = 0;
  for (const [route, products] of routeMonths) {
    let total = 0;
    const monthly = new Map<string, number>();
    for (const months of products.values()) {
      let a = 0;
      let b = 0;
      for (const [month, legs] of months) {
        monthly.set(month, (monthly.get(month) ?? 0) + Math.min(legs.first, legs.second));
        if (month < first || month > last) continue;
        a += legs.first;
        b += legs.second;
      }
      total += Math.min(a, b);
    }
    for (const value of monthly.values()) peak = Math.max(peak, value);
    values.set(route, total);
  }
  return { values, ceiling: peak * length };
}

/**
 * What each leg of one corridor carried in the months `[first, last]` ('YYYY-MM-01',
 * inclusive), or null when its months are not known.
 */
export function legTotals(
  months: ReadonlyMap<string, LegPair> | undefined,
  first: string,
  last: string,
): LegPair | null {
  if (!months) return null;
  const totals = { first: 0, second: 0 };
  for (const [month, legs] of months) {
    if (month < first || month > last) continue;
    totals.first += legs.first;
    totals.second += legs.second;
  }
  return totals;
}

/**
 * The part of `routeMonths` that `corridors` cover: their routes, and on each route only
 * their products, so that the routes the filters hide neither show nor set the width scale.
 */
export function routeMonthsOf(
  routeMonths: RouteMonths,
  corridors: readonly Corridor[],
): RouteMonths {
  const picked: RouteMonths = new Map();
  for (const corridor of corridors) {
    const key = routeKey(corridor);
    const months = routeMonths.get(key)?.get(corridor.product);
    if (!months) continue;
    const products = picked.get(key) ?? new Map();
    picked.set(key, products.set(corridor.product, months));
  }
  return picked;
}
