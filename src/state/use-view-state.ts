import { useCallback, useEffect, useState } from 'react';
import { readViewState, writeViewState, type ViewState } from './view-state';

/** Options of a view change: `replace` rewrites the current history entry (playback steps). */
export interface ChangeOptions {
  replace?: boolean;
}

/** Applies a change to the view (and the URL). */
export type SetView = (change: Partial<ViewState>, options?: ChangeOptions) => void;

/** The view state, kept in step with the URL (back and forward included). */
export function useViewState(): [ViewState, SetView] {
  const [view, setView] = useState(() => readViewState(window.location.search));

  useEffect(() => {
    const onPopState = () => setView(readViewState(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const update = useCallback<SetView>((change, options = {}) => {
    setView((current) => {
      const next = { ...current, ...change };
      const search = writeViewState(next, window.location.search);
      if (search !== window.location.search) {
        const url = `${window.location.pathname}${search}`;
        if (options.replace) window.history.replaceState(null, '', url);
        else window.history.pushState(null, '', url);
      }
      return next;
    });
  }, []);

  return [view, update];
}
