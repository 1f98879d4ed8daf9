import { useEffect, useState } from 'react';
import { whenFresh, type Outcome } from '../../data/coordinator';

/** A query's result for the current key, or why it failed; both null while it runs. */
export interface QueryState<T> {
  data: T | null;
  error: unknown;
}

const PENDING: QueryState<never> = { data: null, error: null };

/**
 * The result of `run(key, signal)` for the current `key`, or its failure (logged as `what`);
 * both null while it runs and when `key` is null. A change of key, or unmounting, aborts the
 * signal: the request resolves stale and is dropped (see coordinator.ts), so a slow answer
 * never replaces a newer one. `run` must be a stable function.
 */
export function useQueryState<K, T>(
  key: K | null,
  run: (key: K, signal: AbortSignal) => Promise<Outcome<T>>,
  what: string,
): QueryState<T> {
  const [state, setState] = useState<{ key: K; state: QueryState<T> } | null>(null);
  useEffect(() => {
    if (key === null) return;
    const controller = new AbortController();
    whenFresh(
      run(key, controller.signal),
      (data) => setState({ key, state: { data, error: null } }),
      (error: unknown) => {
        console.error(`${what} failed`, error);
        setState({ key, state: { data: null, error } });
      },
    );
    return () => controller.abort();
  }, [key, run, what]);
  return state !== null && state.key === key ? state.state : PENDING;
}

/** {@link useQueryState}'s result alone: null while it runs, without a key or on failure. */
export function useKeyedQuery<K, T>(
  key: K | null,
  run: (key: K, signal: AbortSignal) => Promise<Outcome<T>>,
  what: string,
): T | null {
  return useQueryState(key, run, what).data;
}
