import { destinationCodes } from './analysis-params';
import { sameView, type ViewState } from './view-state';

/** A change to the view: the keys it sets. */
export type ViewChange = Partial<ViewState>;

/**
 * Keys that change which corridors exist or which are listed: changing one lets the selected
 * corridor go, unless the same change selects one.
 */
const UNSELECTS: readonly (keyof ViewState)[] = [
  'origin',
  'via',
  'to',
  'products',
  'level',
  'destinations',
];

/**
 * The view after a change, with every rule that ties one key to another in one place:
 * - a new origin lets the intermediary go (it was one of the old origin's partners);
 * - a filter that changes the corridors on offer lets the selected corridor go;
 * - the destination the views are narrowed to is one of the analysis's destinations, or none.
 */
export function applyChange(view: ViewState, change: ViewChange): ViewState {
  const next = { ...view, ...change };
  const changed = (key: keyof ViewState) =>
    key in change && !sameView({ ...view, [key]: next[key] }, view);
  if (changed('origin') && !('via' in change)) next.via = null;
  if (!('corridor' in change) && UNSELECTS.some(changed)) next.corridor = null;
  return settled(next);
}

/** The view with the rules that hold in any view (also one read from an address) applied. */
export function settled(view: ViewState): ViewState {
  if (view.to !== null && !destinationCodes(view.destinations).includes(view.to)) {
    return { ...view, to: null };
  }
  return view;
}
