import { useCallback, useEffect, useMemo } from 'react';
import hsCsv from '../../../data/reference/hs.csv?raw';
import { monthStart } from '../../analysis/month';
import { parseHsReference, productMatcher } from '../../analysis/product-selection';
import type { DatasetSummary } from '../../data/dataset';
import type { FlowCube } from '../../data/flow-cube';
import { sameFlows, type FirstView } from '../../data/first-view';
import { queryFlowCube } from '../../data/flow-cube-query';
import {
  keptProducts,
  legTotals,
  originMonths,
  routeGroups,
  type GroupLegs,
  type LegTotals,
  type StepRange,
} from '../../data/flow-slices';
import type { PartnerMonths } from '../../data/partner-months';
import { windowFlows, windowSteps, type WindowFlows } from '../../map/month-window';
import { destinationCodes } from '../../state/analysis-params';
import type { ViewState } from '../../state/view-state';
import { useKeyedQuery } from './use-keyed-query';

/** The HS reference table (chapters, headings, subheadings, CHPL tiers), parsed once. */
export const HS_ROWS = parseHsReference(hsCsv);

/** What the workspace's views show, answered from the flow cube under the view's filters. */
export interface Workspace {
  /** The cube of the current dataset, origin and destinations; null while it is built. */
  cube: FlowCube | null;
  /** The origin's flows by partner × step × tier under the product and source filters. */
  months: PartnerMonths | null;
  /** Whether `months` (and the window's flows) are the data set's stored first view. */
  fromFirstView: boolean;
  /** The window: its steps, and the flows and legs summed over it. */
  range: StepRange | null;
  flows: WindowFlows | null;
  legs: LegTotals | null;
  /** The legs through the intermediary the view is narrowed to, by CHPL tier (null: none). */
  route: GroupLegs[] | null;
  /** Whether a product filter lets a product through (see productMatcher). */
  matcher: ReturnType<typeof productMatcher>;
}

interface CubeKey {
  summary: DatasetSummary;
  origin: string;
  destinations: string[];
}

/**
 * The workspace's data: the flow cube, built in DuckDB once per load (and per origin and
 * destinations), and every filter answered from it in memory, without a query. Until the cube
 * is built, a view with the default filters shows `firstView`, the data set's stored first
 * view (null: none); once it is, the two are compared (see {@link useFirstViewCheck}).
 */
export function useWorkspace(
  view: ViewState,
  summary: DatasetSummary | null,
  firstView: FirstView | null,
): Workspace {
  const key = useMemo<CubeKey | null>(() => {
    if (!summary) return null;
    const destinations = destinationCodes(view.destinations);
    return { summary, origin: view.origin, destinations };
  }, [summary, view.origin, view.destinations]);
  const run = useCallback(
    (k: CubeKey, signal: AbortSignal) => queryFlowCube(k.origin, k.destinations, signal),
    [],
  );
  const cube = useKeyedQuery(key, run, 'Flow cube');

  // Keyed by the codes, not the array: every reading of the address makes a new array.
  const products = view.products.join(',');
  const matcher = useMemo(
    () => productMatcher(products.split(',').filter(Boolean), HS_ROWS),
    [products],
  );
  const keep = useMemo(() => (cube ? keptProducts(cube, matcher.hs6) : null), [cube, matcher]);
  const live = useMemo(
    () => (cube && keep ? originMonths(cube, { keep, source: view.source }) : null),
    [cube, keep, view.source],
  );
  const fits =
    firstView !== null &&
    firstView.origin === view.origin &&
    firstView.source === view.source &&
    products === '';
  const fromFirstView = live === null && fits;
  const months = live ?? (fromFirstView ? firstView.months : null);
  useFirstViewCheck(fits ? firstView : null, live);
  const count = months?.months.length ?? 0;
  const index = view.month ? (months?.months.indexOf(monthStart(view.month)) ?? -1) : -1;
  const last = index >= 0 ? index : count - 1;
  const first = months ? Math.max(0, last - windowSteps(months.step, view.windowMonths) + 1) : 0;
  const range = useMemo(() => (count > 0 ? { first, last } : null), [count, first, last]);
  const flows = useMemo(
    () => (months && range ? windowFlows(months, range.last, view.windowMonths) : null),
    [months, range, view.windowMonths],
  );
  const legs = useMemo(
    () => (cube && keep && range ? legTotals(cube, { keep, source: view.source }, range) : null),
    [cube, keep, range, view.source],
  );
  const route = useMemo(
    () =>
      cube && keep && range && view.via
        ? routeGroups(cube, { keep, source: view.source }, range, view.via, view.to)
        : null,
    [cube, keep, range, view.source, view.via, view.to],
  );
  return { cube, months, fromFirstView, range, flows, legs, route, matcher };
}

/**
 * Once the live query answers a view the first view fits, checks that they show the same
 * flows: the performance mark `tdc:first-view-checked` says whether they do (the bench and
 * the tests read it), and a console error says where they do not.
 */
function useFirstViewCheck(firstView: FirstView | null, live: PartnerMonths | null) {
  useEffect(() => {
    if (!firstView || !live) return;
    const same = sameFlows(firstView.months, live);
    performance.mark('tdc:first-view-checked', { detail: { same } });
    if (!same) console.error('The first view stored with the data differs from the data itself');
  }, [firstView, live]);
}
