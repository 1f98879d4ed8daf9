import { useEffect, useState } from 'react';

/**
 * The result of `run(key)` for the current `key`: null while it runs, when `key` is null, or
 * when the query failed (logged as `what`). A result that arrives after the key changed is
 * dropped, so a slow answer never replaces a newer one. `run` must be a stable function.
 */
export function useKeyedQuery<K, T>(
  key: K | null,
  run: (key: K) => Promise<T>,
  what: string,
): T | null {
  const [result, setResult] = useState<{ key: K; data: T } | null>(null);
  useEffect(() => {
    if (key === null) return;
    let current = true;
    run(key)
      .then((data) => current && setResult({ key, data }))
      .catch((error: unknown) => console.error(`${what} failed`, error));
    return () => {
      current = false;
    };
  }, [key, run, what]);
  return result !== null && result.key === key ? result.data : null;
}
