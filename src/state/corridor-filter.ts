import type { Corridor } from '../analysis/corridor';
import type { ProductMatcher } from '../analysis/product-selection';
import type { ViewState } from './view-state';

/**
 * The corridors the view's filters let through, best first: at or above the score threshold,
 * through the chosen intermediary, to the chosen destination, and about the chosen products.
 * Answered in memory from the last scoring: no filter here re-scores.
 */
export function filterCorridors(
  corridors: readonly Corridor[],
  view: Pick<ViewState, 'minScore' | 'via' | 'to'>,
  matcher: ProductMatcher,
): Corridor[] {
  return corridors.filter(
    (c) =>
      c.score >= view.minScore &&
      (view.via === null || c.via === view.via) &&
      (view.to === null || c.destination === view.to) &&
      matcher.product(c.product, c.level),
  );
}
