import type { Activity } from './activity';

/**
 * What a request comes to: its value, or `stale` when it was given up (its signal aborted) or
 * superseded (a newer request of the same key came) before it ended. A stale outcome has
 * nothing to show; {@link whenFresh} is where callers leave it alone.
 */
export type Outcome<T> = { stale: false; value: T } | { stale: true };

/** The outcome of every request given up or superseded. */
export const STALE: Outcome<never> = Object.freeze({ stale: true });

/**
 * Where a request runs. `read`: alongside other reads. `exclusive` (statements that create,
 * replace or drop tables, or load data): one at a time, in the order asked, within its scope
 * (see {@link RequestOptions.scope}); the reads asked after it wait for it, and it waits for the
 * reads already running. `background`: exclusive over everything, but it yields to every other
 * request: one asked while it runs stops it (between two of its statements), and it starts
 * again once nothing else runs or waits.
 */
export type Lane = 'read' | 'exclusive' | 'background';

/** Options of a request. */
export interface RequestOptions {
  /** Gives the request up: it resolves stale at once, and its work is told to stop. */
  signal?: AbortSignal | undefined;
  /** A newer request with the same key supersedes this one, as if its signal had aborted. */
  key?: string | undefined;
  /**
   * The tables a request builds or reads beyond the dataset, e.g. 'corridors' for the corridor
   * analysis's working tables. An exclusive request with a scope excludes only the requests of
   * that scope: reads of the dataset alone go on beside it. An exclusive request without one
   * (a load) excludes every request, and every read, of any scope, waits for it.
   */
  scope?: string | undefined;
}

/**
 * A request's work, run on a connection of its own. `signal` aborts when the request is given
 * up, superseded or (in the background lane) pre-empted: long work checks it between statements.
 * Work runs every statement on its connection and never waits for another request of the
 * coordinator (an exclusive one would wait for it in turn).
 */
export type Work<C, T> = (connection: C, signal: AbortSignal) => Promise<T>;

/** Where the coordinator gets its connections: the page's DuckDB, or a fake in tests. */
export interface Connector<C> {
  /** Opens a connection for one request. */
  open(): Promise<C>;
  /** Closes it; `failure` is what the work threw (undefined when it succeeded). */
  close(connection: C, failure: unknown): Promise<void>;
}

/** A request from the time it is asked until its work has ended. */
interface Request {
  lane: Lane;
  key: string | undefined;
  scope: string | undefined;
  /** Aborted when the request is given up or superseded. */
  given: AbortController;
  /** Aborted when a background request is pre-empted; replaced at each start. */
  preempt: AbortController;
  /** Whether its promise has settled (a request given up settles before its work ends). */
  settled: boolean;
  /** Ends its count in the activity. */
  end: () => void;
  /** Stops listening to the caller's signal. */
  detach: () => void;
  resolve(outcome: Outcome<unknown>): void;
  reject(error: unknown): void;
  work: Work<unknown, unknown>;
}

const noop = () => undefined;

/** Whether two requests may not run at once (see {@link RequestOptions.scope}). */
function conflicts(a: Request, b: Request): boolean {
  if (a.lane === 'background' || b.lane === 'background') return true;
  if (a.lane === 'read' && b.lane === 'read') return false;
  const whole = (r: Request) => r.lane === 'exclusive' && r.scope === undefined;
  return whole(a) || whole(b) || (a.scope !== undefined && a.scope === b.scope);
}

/**
 * The one way to the database: every request goes through here, in its {@link Lane}, with an
 * AbortSignal, and resolves to an {@link Outcome}. Table-building statements run one at a time
 * (within their scope) and reads never see their tables half made; a request given up or
 * superseded resolves stale in one place, here, instead of in each caller. Every request but a
 * waiting background one is counted in `activity`.
 */
export class Coordinator<C> {
  /** Reads and exclusive requests waiting, in the order asked. */
  private readonly queue: Request[] = [];
  /** Background requests waiting, in the order asked. */
  private readonly idle: Request[] = [];
  private readonly running = new Set<Request>();
  private readonly latest = new Map<string, Request>();

  /** `activity` counts the requests under way (none when left out). */
  constructor(
    private readonly connector: Connector<C>,
    private readonly activity?: Activity,
  ) {}

  /** Runs `work` alongside other reads, after the exclusive requests of its scope asked before it. */
  read<T>(work: Work<C, T>, options?: RequestOptions): Promise<Outcome<T>> {
    return this.ask('read', work, options);
  }

  /**
   * Runs `work` alone within its scope (without one: alone), after the requests of its scope
   * asked before it and before those asked after it.
   */
  exclusive<T>(work: Work<C, T>, options?: RequestOptions): Promise<Outcome<T>> {
    return this.ask('exclusive', work, options);
  }

  /**
   * Runs `work` alone when nothing else waits; any other request pre-empts it, after which it
   * starts again from the beginning. Counted as work under way only while it runs.
   */
  background<T>(work: Work<C, T>, options?: RequestOptions): Promise<Outcome<T>> {
    return this.ask('background', work, options);
  }

  private ask<T>(lane: Lane, work: Work<C, T>, options: RequestOptions = {}) {
    const { signal, key, scope } = options;
    return new Promise<Outcome<T>>((resolve, reject) => {
      const request: Request = {
        lane,
        key,
        scope,
        given: new AbortController(),
        preempt: new AbortController(),
        settled: false,
        end: lane === 'background' ? noop : (this.activity?.begin() ?? noop),
        resolve: resolve as (outcome: Outcome<unknown>) => void,
        reject,
        work: work as Work<unknown, unknown>,
        detach: noop,
      };
      if (signal?.aborted) {
        this.settle(request, STALE);
        request.end();
        return;
      }
      if (signal) {
        const onAbort = () => this.giveUp(request);
        signal.addEventListener('abort', onAbort, { once: true });
        request.detach = () => signal.removeEventListener('abort', onAbort);
      }
      if (key !== undefined) {
        const older = this.latest.get(key);
        this.latest.set(key, request);
        if (older) this.giveUp(older);
      }
      if (lane !== 'background')
        for (const other of this.running) if (other.lane === 'background') other.preempt.abort();
      (lane === 'background' ? this.idle : this.queue).push(request);
      this.pump();
    });
  }

  /** Resolves a request stale, and drops it if it still waits; running work is told to stop. */
  private giveUp(request: Request): void {
    if (request.settled) return;
    request.given.abort();
    this.settle(request, STALE);
    for (const list of [this.queue, this.idle]) {
      const at = list.indexOf(request);
      if (at < 0) continue;
      list.splice(at, 1);
      this.forget(request);
      request.end();
      this.pump();
    }
  }

  private settle(request: Request, outcome: Outcome<unknown>): void {
    if (request.settled) return;
    request.settled = true;
    request.detach();
    request.resolve(outcome);
  }

  private forget(request: Request): void {
    if (request.key !== undefined && this.latest.get(request.key) === request)
      this.latest.delete(request.key);
  }

  /**
   * Starts every waiting request that conflicts with none running and none asked before it
   * still waiting; then, when nothing runs or waits, a background request.
   */
  private pump(): void {
    const waiting: Request[] = [];
    for (const request of [...this.queue]) {
      const blocked = [...this.running, ...waiting].some((other) => conflicts(request, other));
      if (blocked) {
        waiting.push(request);
        continue;
      }
      this.queue.splice(this.queue.indexOf(request), 1);
      this.start(request);
    }
    if (this.queue.length === 0 && this.running.size === 0 && this.idle.length > 0)
      this.start(this.idle.shift() as Request);
  }

  private start(request: Request): void {
    this.running.add(request);
    const background = request.lane === 'background';
    if (background) {
      request.preempt = new AbortController();
      request.end = this.activity?.begin() ?? noop;
    }
    const signal = background
      ? AbortSignal.any([request.given.signal, request.preempt.signal])
      : request.given.signal;
    void this.run(request, signal).then((result) => this.finish(request, result));
  }

  /** Runs a request's work on a connection of its own, always closed afterwards. */
  private async run(request: Request, signal: AbortSignal) {
    let connection: C | undefined;
    try {
      connection = await this.connector.open();
      signal.throwIfAborted();
      const value = await request.work(connection, signal);
      await this.connector.close(connection, undefined).catch(noop);
      return { ok: true as const, value };
    } catch (error) {
      if (connection !== undefined) await this.connector.close(connection, error).catch(noop);
      return { ok: false as const, error };
    }
  }

  private finish(
    request: Request,
    result: { ok: true; value: unknown } | { ok: false; error: unknown },
  ): void {
    this.running.delete(request);
    request.end();
    const preempted = request.preempt.signal.aborted && !request.given.signal.aborted;
    if (request.lane === 'background' && preempted && !result.ok) {
      // Pre-empted: it starts again once nothing else waits.
      this.idle.unshift(request);
    } else {
      this.forget(request);
      if (request.given.signal.aborted) this.settle(request, STALE);
      else if (result.ok) this.settle(request, { stale: false, value: result.value });
      else if (!request.settled) {
        request.settled = true;
        request.detach();
        request.reject(result.error);
      }
    }
    this.pump();
  }
}

/**
 * Hands the value of a fresh outcome to `use` and leaves a stale one alone: the one place where
 * the results of requests given up or superseded are dropped. A failure (of the request, or of
 * `use`) goes to `fail`.
 */
export function whenFresh<T>(
  request: Promise<Outcome<T>>,
  use: (value: T) => void,
  fail: (error: unknown) => void,
): void {
  request
    .then((outcome) => {
      if (!outcome.stale) use(outcome.value);
    })
    .catch(fail);
}

/**
 * The value of an outcome, for callers that cannot be superseded (no key, no signal) or that
 * take a superseded request for an aborted one: a stale outcome throws an AbortError.
 */
export function freshValue<T>(outcome: Outcome<T>): T {
  if (outcome.stale) throw new DOMException('The request was given up or superseded', 'AbortError');
  return outcome.value;
}
