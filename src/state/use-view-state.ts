import { useSyncExternalStore } from 'react';
import { browserAddress, createViewStore, type SetView, type ViewStore } from './view-store';
import type { ViewState } from './view-state';

export type { ChangeOptions, SetView } from './view-store';

let store: ViewStore | null = null;

/** The page's view store, made on first use from the browser's address. */
export function viewStore(): ViewStore {
  store ??= createViewStore(browserAddress);
  return store;
}

/** The view state, kept in step with the URL (back and forward included). */
export function useViewState(): [ViewState, SetView] {
  const views = viewStore();
  return [useSyncExternalStore(views.subscribe, views.get), views.change];
}
