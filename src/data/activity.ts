/**
 * Counts database work under way (loads, queries, corridor scoring), so that a benchmark can
 * tell when a view has settled (a change is done when no work is left and a frame has been
 * drawn) and the status line can say the app is busy. Costs one counter per request.
 */
export class Activity {
  private pending = 0;
  private waiters: (() => void)[] = [];
  private readonly listeners = new Set<() => void>();

  /** Calls `listener` whenever work starts or ends; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Counts one piece of work as under way; the function returned ends it (once). */
  begin(): () => void {
    this.pending += 1;
    this.notify();
    let ended = false;
    return () => {
      if (ended) return;
      ended = true;
      this.pending -= 1;
      this.notify();
      if (this.pending > 0) return;
      const resolved = this.waiters;
      this.waiters = [];
      resolved.forEach((resolve) => resolve());
    };
  }

  /** How much work is under way. */
  get count(): number {
    return this.pending;
  }

  /** Resolves once no work is under way (at once if none is). */
  whenIdle(): Promise<void> {
    if (this.pending === 0) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push(resolve));
  }

  private notify(): void {
    this.listeners.forEach((listener) => listener());
  }
}

/** The page's database work: every request of the coordinator (see duckdb-browser.ts). */
export const activity = new Activity();

/** Calls `listener` whenever the page's database work starts or ends; returns the unsubscribe. */
export const onWorkChange = (listener: () => void) => activity.subscribe(listener);

/** How much of the page's database work is under way. */
export const pendingWork = () => activity.count;

/** Resolves once none of the page's database work is under way (at once if none is). */
export const whenIdle = () => activity.whenIdle();
