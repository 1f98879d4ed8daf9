/**
 * Counts the database work under way (loads, queries, corridor scoring), so that a benchmark
 * can tell when a view has settled: a change is done when no work is left and a frame has
 * been drawn. Costs one counter per query.
 */
let pending = 0;
let waiters: (() => void)[] = [];

/** Counts `work` as under way until it settles; returns it unchanged. Call it synchronously. */
export function trackWork<T>(work: Promise<T>): Promise<T> {
  pending += 1;
  const done = () => {
    pending -= 1;
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
