/**
 * Counts the database work under way (loads, queries, corridor scoring), so that a benchmark
 * can tell when a view has settled (a change is done when no work is left and a frame has
 * been drawn) and the status line can say the app is busy. Costs one counter per query.
 */
let pending = 0;
let waiters: (() => void)[] = [];
const listeners = new Set<() => void>();

/** Calls `listener` whenever work starts or ends; returns the unsubscribe function. */
export function onWorkChange(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Counts `work` as under way until it settles; returns it unchanged. Call it synchronously. */
export function trackWork<T>(work: Promise<T>): Promise<T> {
  pending += 1;
  listeners.forEach((listener) => listener());
  const done = () => {
    pending -= 1;
    listeners.forEach((listener) => listener());
    if (pending > 0) return;
    const resolved = waiters;
    waiters = [];
    resolved.forEach((resolve) => resolve());
  };
  work.then(done, done);
  return work;
}

/** How much database work is under way. */
export function pendingWork(): number {
  return pending;
}

/** Resolves once no database work is under way (at once if none is). */
export function whenIdle(): Promise<void> {
  if (pending === 0) return Promise.resolve();
  return new Promise((resolve) => waiters.push(resolve));
}
