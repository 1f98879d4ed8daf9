import { useCallback, useEffect, useState } from 'react';
import { readViewState, writeViewState, type ViewState } from './view-state';

/** The view state, kept in step with the URL (back and forward included). */
export function useViewState(): [ViewState, (change: Partial<ViewState>) => void] {
  const [view, setView] = useState(() => readViewState(window.location.search));

  useEffect(() => {
    const onPopState = () => setView(readViewState(window.location.search));
    window.addEventListener('popstate', onPopState);
    return () => window.removeEventListener('popstate', onPopState);
  }, []);

  const update = useCallback((change: Partial<ViewState>) => {
    setView((current) => {
      const next = { ...current, ...change };
      const search = writeViewState(next, window.location.search);
      if (search !== window.location.search) {
        window.history.pushState(null, '', `${window.location.pathname}${search}`);
      }
      return next;
    });
  }, []);

  return [view, update];
}
