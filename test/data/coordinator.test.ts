import { describe, expect, it, vi } from 'vitest';
import { Activity } from '../../src/data/activity';
import { Coordinator, STALE, whenFresh, type Connector } from '../../src/data/coordinator';
import type { Row, SqlRunner } from '../../src/data/sql-runner';

/**
 * A fake database: each connection is a SqlRunner that logs when a statement starts and ends;
 * a statement that is held waits until the test releases it, and one named `fail …` throws.
 */
class FakeDatabase implements Connector<SqlRunner> {
  readonly log: string[] = [];
  /** What each connection was closed with (undefined after success). */
  readonly closed: unknown[] = [];
  opened = 0;
  private readonly gates = new Map<string, () => void>();
  private readonly held = new Map<string, Promise<void>>();

  /** Makes `sql` wait, once started, until {@link release}. */
  hold(...statements: string[]): void {
    for (const sql of statements)
      this.held.set(sql, new Promise<void>((resolve) => this.gates.set(sql, resolve)));
  }

  release(sql: string): void {
    this.gates.get(sql)?.();
  }

  async open(): Promise<SqlRunner> {
    this.opened += 1;
    return {
      query: async (sql: string): Promise<Row[]> => {
        this.log.push(`start ${sql}`);
        await this.held.get(sql);
        this.log.push(`end ${sql}`);
        if (sql.startsWith('fail')) throw new Error(sql);
        return [{ sql }];
      },
    };
  }

  async close(_connection: SqlRunner, failure: unknown): Promise<void> {
    this.closed.push(failure);
  }
}

/** Lets every pending promise callback run. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

/** Work that runs one statement and returns its text. */
const run = (sql: string) => async (db: SqlRunner) => String((await db.query(sql))[0]?.sql);

const fresh = <T>(value: T) => ({ stale: false, value });

describe('the coordinator', () => {
  it('runs reads side by side, and table-building statements alone and in order', async () => {
    const db = new FakeDatabase();
    db.hold('read 1', 'read 2', 'build 1');
    const coordinator = new Coordinator(db);
    const read1 = coordinator.read(run('read 1'));
    const read2 = coordinator.read(run('read 2'));
    const build1 = coordinator.exclusive(run('build 1'));
    const read3 = coordinator.read(run('read 3'));
    const build2 = coordinator.exclusive(run('build 2'));
    await settle();
    // Both reads run at once; the build waits for them, and the read asked after it waits too.
    expect(db.log).toEqual(['start read 1', 'start read 2']);
    db.release('read 1');
    await settle();
    expect(db.log).toEqual(['start read 1', 'start read 2', 'end read 1']);
    db.release('read 2');
    await settle();
    expect(db.log.slice(3)).toEqual(['end read 2', 'start build 1']);
    db.release('build 1');
    await expect(Promise.all([read1, read2, build1, read3, build2])).resolves.toEqual(
      ['read 1', 'read 2', 'build 1', 'read 3', 'build 2'].map(fresh),
    );
    expect(db.log.slice(5)).toEqual([
      'end build 1',
      'start read 3',
      'end read 3',
      'start build 2',
      'end build 2',
    ]);
    // One connection per request, each closed.
    expect(db.opened).toBe(5);
    expect(db.closed).toEqual([undefined, undefined, undefined, undefined, undefined]);
  });

  it('lets a scoped build run beside reads of the dataset, not beside reads of its scope', async () => {
    const db = new FakeDatabase();
    db.hold('score', 'cube');
    const coordinator = new Coordinator(db);
    const score = coordinator.exclusive(run('score'), { scope: 'corridors' });
    const places = coordinator.read(run('places'));
    const months = coordinator.read(run('months'), { scope: 'corridors' });
    const cube = coordinator.exclusive(run('cube'), { scope: 'cube' });
    const load = coordinator.exclusive(run('load'));
    const after = coordinator.read(run('after'), { scope: 'cube' });
    await expect(places).resolves.toEqual(fresh('places'));
    await settle();
    // The scoring and the cube run side by side; the months wait for the scoring, the load for
    // both, and the read asked after the load waits for it.
    expect(db.log).toEqual(['start score', 'start places', 'start cube', 'end places']);
    db.release('score');
    await expect(months).resolves.toEqual(fresh('months'));
    expect(db.log).not.toContain('start load');
    db.release('cube');
    await Promise.all([score, cube, load, after]);
    expect(db.log.slice(-4)).toEqual(['start load', 'end load', 'start after', 'end after']);
  });

  it('resolves a request given up while it waits as stale at once, and never runs it', async () => {
    const db = new FakeDatabase();
    db.hold('build');
    const coordinator = new Coordinator(db);
    const build = coordinator.exclusive(run('build'));
    const controller = new AbortController();
    const read = coordinator.read(run('read'), { signal: controller.signal });
    controller.abort();
    await expect(read).resolves.toBe(STALE);
    db.release('build');
    await expect(build).resolves.toEqual(fresh('build'));
    await settle();
    expect(db.log).toEqual(['start build', 'end build']);
    await expect(coordinator.read(run('never'), { signal: AbortSignal.abort() })).resolves.toBe(
      STALE,
    );
    expect(db.opened).toBe(1);
  });

  it('drops the result and the error of a request given up while it runs', async () => {
    const db = new FakeDatabase();
    db.hold('slow', 'fail slow');
    const coordinator = new Coordinator(db);
    const controller = new AbortController();
    const seen: AbortSignal[] = [];
    const slow = coordinator.exclusive(
      async (runner, signal) => {
        seen.push(signal);
        return run('slow')(runner);
      },
      { signal: controller.signal },
    );
    const failing = new AbortController();
    const fails = coordinator.exclusive(run('fail slow'), { signal: failing.signal });
    await settle();
    controller.abort();
    // Stale at once, while its statement still runs; the work is told to stop.
    await expect(slow).resolves.toBe(STALE);
    expect(seen[0]?.aborted).toBe(true);
    const next = coordinator.exclusive(run('next'));
    db.release('slow');
    await settle();
    failing.abort();
    db.release('fail slow');
    await expect(fails).resolves.toBe(STALE);
    // The lane stayed busy until the given-up work ended.
    await expect(next).resolves.toEqual(fresh('next'));
    expect(db.log).toEqual([
      'start slow',
      'end slow',
      'start fail slow',
      'end fail slow',
      'start next',
      'end next',
    ]);
  });

  it('makes an older request of the same key stale, waiting or running', async () => {
    const db = new FakeDatabase();
    db.hold('cube 1');
    const coordinator = new Coordinator(db);
    const first = coordinator.exclusive(run('cube 1'), { key: 'cube' });
    await settle();
    const second = coordinator.exclusive(run('cube 2'), { key: 'cube' });
    const third = coordinator.exclusive(run('cube 3'), { key: 'cube' });
    const other = coordinator.read(run('other'), { key: 'other' });
    await expect(first).resolves.toBe(STALE);
    await expect(second).resolves.toBe(STALE);
    db.release('cube 1');
    await expect(third).resolves.toEqual(fresh('cube 3'));
    await expect(other).resolves.toEqual(fresh('other'));
    // The superseded request that waited never ran.
    expect(db.log).not.toContain('start cube 2');
  });

  it('rejects with the error of a fresh request, and closes its connection with it', async () => {
    const db = new FakeDatabase();
    const coordinator = new Coordinator(db);
    await expect(coordinator.read(run('fail now'))).rejects.toThrow('fail now');
    expect(db.closed).toEqual([new Error('fail now')]);
    // The lane is free again.
    await expect(coordinator.exclusive(run('after'))).resolves.toEqual(fresh('after'));
  });

  it('runs background work when idle, pre-empted by any request and started again', async () => {
    const db = new FakeDatabase();
    db.hold('placebo 1');
    const activity = new Activity();
    const coordinator = new Coordinator(db, activity);
    let attempts = 0;
    const placebo = coordinator.background(async (runner, signal) => {
      attempts += 1;
      await runner.query(`placebo ${attempts}`);
      signal.throwIfAborted();
      await runner.query('placebo tail');
      return attempts;
    });
    await settle();
    expect(activity.count).toBe(1);
    const read = coordinator.read(run('read'));
    expect(activity.count).toBe(2);
    db.release('placebo 1');
    await expect(read).resolves.toEqual(fresh('read'));
    await expect(placebo).resolves.toEqual(fresh(2));
    expect(db.log).toEqual([
      'start placebo 1',
      'end placebo 1',
      'start read',
      'end read',
      'start placebo 2',
      'end placebo 2',
      'start placebo tail',
      'end placebo tail',
    ]);
    expect(activity.count).toBe(0);
  });

  it('lets background work wait uncounted behind other requests', async () => {
    const db = new FakeDatabase();
    db.hold('build');
    const activity = new Activity();
    const coordinator = new Coordinator(db, activity);
    const build = coordinator.exclusive(run('build'));
    const placebo = coordinator.background(run('placebo'));
    const read = coordinator.read(run('read'));
    await settle();
    expect(activity.count).toBe(2);
    db.release('build');
    await Promise.all([build, read, placebo]);
    expect(db.log.filter((l) => l.startsWith('start'))).toEqual([
      'start build',
      'start read',
      'start placebo',
    ]);
    await activity.whenIdle();
  });

  it('counts every request from when it is asked until its work ends', async () => {
    const db = new FakeDatabase();
    db.hold('build');
    const activity = new Activity();
    const changes = vi.fn();
    activity.subscribe(changes);
    const coordinator = new Coordinator(db, activity);
    const controller = new AbortController();
    const build = coordinator.exclusive(run('build'), { signal: controller.signal });
    const read = coordinator.read(run('read'));
    expect(activity.count).toBe(2);
    await settle();
    controller.abort();
    await expect(build).resolves.toBe(STALE);
    // Given up, but its statement still runs: still counted.
    expect(activity.count).toBe(2);
    const idle = activity.whenIdle();
    db.release('build');
    await read;
    await idle;
    expect(activity.count).toBe(0);
    expect(changes).toHaveBeenCalledTimes(4);
  });
});

describe('whenFresh', () => {
  it('hands on fresh values, drops stale outcomes and reports failures', async () => {
    const use = vi.fn();
    const fail = vi.fn();
    whenFresh(Promise.resolve(fresh(1)), use, fail);
    whenFresh(Promise.resolve(STALE), use, fail);
    whenFresh(Promise.reject(new Error('broken')), use, fail);
    await settle();
    expect(use.mock.calls).toEqual([[1]]);
    expect(fail.mock.calls).toEqual([[new Error('broken')]]);
  });
});
