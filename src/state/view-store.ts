import { applyChange, settled, type ViewChange } from './view-change';
import { readViewState, sameView, writeViewState, type ViewState } from './view-state';

/** Options of a view change: `replace` rewrites the current history entry (playback steps). */
export interface ChangeOptions {
  replace?: boolean;
}

/** Applies a change to the view (and the address). */
export type SetView = (change: ViewChange, options?: ChangeOptions) => void;

/** The page address as the store uses it: the browser's, or a stand-in in tests. */
export interface AddressBar {
  /** The address's query string ('?lang=zh-TW', or ''). */
  search(): string;
  /** Writes a query string as a new history entry, or over the current one. */
  write(search: string, replace: boolean): void;
  /** Calls back when the reader goes back or forward; returns the unsubscribe. */
  onNavigate(listener: () => void): () => void;
}

/**
 * A rule a page adds to every view the store takes on: the briefing page turns "step 3" into
 * the step's saved view. Returns the view unchanged when it does not apply.
 */
export type ViewExpander = (view: ViewState) => ViewState;

/** The one owner of the view: its value, its history in the address, and who is told. */
export interface ViewStore {
  get(): ViewState;
  subscribe(listener: () => void): () => void;
  change: SetView;
  /** Sets (or clears, with null) the page rule; the current view is expanded at once. */
  setExpander(expander: ViewExpander | null): void;
}

/** A view store over an address bar; the view starts as the address reads. */
export function createViewStore(address: AddressBar): ViewStore {
  const listeners = new Set<() => void>();
  let expand: ViewExpander = (view) => view;
  let view = settled(readViewState(address.search()));

  /** Tells the listeners of a new view, if it is one. */
  const show = (next: ViewState) => {
    if (sameView(next, view)) return;
    view = next;
    for (const listener of listeners) listener();
  };
  /** Takes a new view: writes the address if it differs, and tells the listeners. */
  const take = (next: ViewState, replace: boolean) => {
    const search = writeViewState(next, address.search());
    if (search !== address.search()) address.write(search, replace);
    show(next);
  };

  // Back or forward: the address is the reader's, and is rewritten only if the page's rule
  // expands the view it names (a briefing step's link).
  address.onNavigate(() => {
    const read = settled(readViewState(address.search()));
    const next = expand(read);
    if (sameView(next, read)) show(next);
    else take(next, true);
  });

  return {
    get: () => view,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    change(change, options = {}) {
      take(expand(applyChange(view, change)), options.replace ?? false);
    },
    setExpander(expander) {
      expand = expander ?? ((same) => same);
      const next = expand(view);
      if (!sameView(next, view)) take(next, true);
    },
  };
}

/** The browser's address bar. */
export const browserAddress: AddressBar = {
  search: () => window.location.search,
  write(search, replace) {
    const url = `${window.location.pathname}${search}`;
    if (replace) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  },
  onNavigate(listener) {
    window.addEventListener('popstate', listener);
    return () => window.removeEventListener('popstate', listener);
  },
};
