import { useCallback, useSyncExternalStore } from 'react';

/** The media query list, or null where the page has no matchMedia (some test environments). */
const media = (query: string) => window.matchMedia?.(query) ?? null;

/** Whether the page matches a CSS media query; follows it as it changes. */
export function useMediaQuery(query: string): boolean {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = media(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => media(query)?.matches ?? false);
}
