import { describe, expect, it } from 'vitest';
import type { DatasetSource, DatasetSummary } from '../../src/data/dataset';
import { createDatasetStore, nothingLoaded } from '../../src/state/dataset-store';

const source = (name: string, add = false): DatasetSource => ({
  kind: 'files',
  name,
  files: [],
  add,
});
const summaryOf = (source: DatasetSource) => ({ source, rows: 1 }) as unknown as DatasetSummary;

/**
 * A database that loads every source but those named `trap…` (it stops and is started
 * again, losing its tables) and `bad…` (an ordinary failure). It logs what it loads.
 */
function fakeDatabase() {
  const loaded: string[] = [];
  let restarts = 0;
  let failRestore = false;
  return {
    loaded,
    failNextRestore: () => (failRestore = true),
    restarts: () => restarts,
    async load(source: DatasetSource) {
      loaded.push(source.name);
      if (source.name.startsWith('trap')) {
        restarts += 1;
        throw new Error('RuntimeError: unreachable');
      }
      if (source.name.startsWith('bad') || (failRestore && loaded.length > 3))
        throw new Error('no valid row');
      return summaryOf(source);
    },
  };
}

describe('the dataset store after the database stopped', () => {
  it('reads again every load behind the data shown, and says so', async () => {
    const database = fakeDatabase();
    const store = createDatasetStore(database);
    await store.load(source('exports.csv'));
    await store.load(source('kgz.csv', true));
    await store.load(source('trap.csv', true));
    expect(database.loaded).toEqual([
      'exports.csv',
      'kgz.csv',
      'trap.csv',
      'exports.csv',
      'kgz.csv',
    ]);
    const { summary, failure } = store.getState();
    expect(summary?.source.name).toBe('kgz.csv');
    expect(failure?.source.name).toBe('trap.csv');
    expect(failure?.restart).toBe('restored');
  });

  it('keeps the data as it is after an ordinary failure, reading nothing again', async () => {
    const database = fakeDatabase();
    const store = createDatasetStore(database);
    await store.load(source('exports.csv'));
    await store.load(source('bad.csv'));
    expect(database.loaded).toEqual(['exports.csv', 'bad.csv']);
    expect(store.getState().summary?.source.name).toBe('exports.csv');
    expect(store.getState().failure?.restart).toBeUndefined();
  });

  it('says the data is lost when it cannot be read again, and shows none', async () => {
    const database = fakeDatabase();
    const store = createDatasetStore(database);
    await store.load(source('exports.csv'));
    await store.load(source('more.csv'));
    database.failNextRestore();
    await store.load(source('trap.csv'));
    expect(store.getState().summary).toBeNull();
    expect(store.getState().failure?.restart).toBe('lost');
    expect(nothingLoaded(store.getState())).toBe(true);
  });
});

describe('nothing loaded', () => {
  it('is said only once the first load has failed, not before it starts nor while it runs', async () => {
    const store = createDatasetStore(fakeDatabase());
    expect(nothingLoaded(store.getState())).toBe(false);
    const loading = store.load(source('bad.csv'));
    expect(nothingLoaded(store.getState())).toBe(false);
    await loading;
    expect(nothingLoaded(store.getState())).toBe(true);
    await store.load(source('exports.csv'));
    expect(nothingLoaded(store.getState())).toBe(false);
    // A later failure leaves the data shown.
    await store.load(source('bad-again.csv'));
    expect(nothingLoaded(store.getState())).toBe(false);
  });
});

/**
 * A database whose loads of `slow…` wait until cancelled, then end as the loader does: at the
 * next statement (`abandon` false) or with the database stopped under them (`abandon` true).
 */
function cancellableDatabase(abandon: boolean) {
  const database = fakeDatabase();
  let restarts = 0;
  return {
    loaded: database.loaded,
    restarts: () => restarts,
    load(source: DatasetSource, _progress: unknown, signal?: AbortSignal) {
      if (!source.name.startsWith('slow')) return database.load(source);
      database.loaded.push(source.name);
      return new Promise<DatasetSummary>((_, reject) =>
        signal?.addEventListener('abort', () => {
          if (abandon) restarts += 1;
          reject(abandon ? new Error('The in-browser database was stopped') : signal.reason);
        }),
      );
    },
  };
}

describe('cancelling a load', () => {
  it('stops it and keeps the data shown, reading nothing again', async () => {
    const database = cancellableDatabase(false);
    const store = createDatasetStore(database);
    await store.load(source('exports.csv'));
    const loading = store.load(source('slow.csv'));
    expect(store.getState().loadingSource?.name).toBe('slow.csv');
    store.cancel();
    await loading;
    const { summary, failure, loadingSource, progress } = store.getState();
    expect(summary?.source.name).toBe('exports.csv');
    expect(failure).toMatchObject({ cancelled: true, source: { name: 'slow.csv' } });
    expect(failure?.restart).toBeUndefined();
    expect([loadingSource, progress]).toEqual([null, null]);
    expect(database.loaded).toEqual(['exports.csv', 'slow.csv']);
  });

  it('reads the data shown again when the database had to be stopped to cancel', async () => {
    const database = cancellableDatabase(true);
    const store = createDatasetStore(database);
    await store.load(source('exports.csv'));
    await store.load(source('kgz.csv', true));
    const loading = store.load(source('slow.csv'));
    store.cancel();
    await loading;
    expect(database.loaded).toEqual([
      'exports.csv',
      'kgz.csv',
      'slow.csv',
      'exports.csv',
      'kgz.csv',
    ]);
    expect(store.getState().summary?.source.name).toBe('kgz.csv');
    expect(store.getState().failure).toMatchObject({ cancelled: true, restart: 'restored' });
  });

  it('leaves a later load alone', async () => {
    const database = cancellableDatabase(false);
    const store = createDatasetStore(database);
    const cancelled = store.load(source('slow.csv'));
    store.cancel();
    await cancelled;
    await store.load(source('exports.csv'));
    expect(store.getState().summary?.source.name).toBe('exports.csv');
    expect(store.getState().failure).toBeNull();
  });
});

describe('files added to a data set in parts', () => {
  const parts: DatasetSource = {
    kind: 'url',
    name: 'parts',
    url: './parts/manifest.json',
    isSample: false,
  };
  const left = {
    manifest: './parts/manifest.json',
    loaded: ['chpl'],
    parts: 4,
    rows: 29_748,
    wholeFits: true,
  };
  /** The fake database, whose data sets at an address are in parts. */
  const database = () => {
    const fake = fakeDatabase();
    return {
      ...fake,
      async load(source: DatasetSource) {
        const summary = await fake.load(source);
        return source.kind === 'url' ? { ...summary, partsLeft: left } : summary;
      },
    };
  };

  it('still says which parts stay on the server, which can no longer be loaded with them', async () => {
    const store = createDatasetStore(database());
    await store.load(parts);
    expect(store.getState().summary?.partsLeft).toEqual(left);
    await store.load(source('kgz.csv', true));
    expect(store.getState().summary?.partsLeft).toEqual({ ...left, joined: true });
    // Files that replace the data leave no parts behind.
    await store.load(source('exports.csv'));
    expect(store.getState().summary?.partsLeft).toBeUndefined();
  });

  it('says so again once the database read them again', async () => {
    const store = createDatasetStore(database());
    await store.load(parts);
    await store.load(source('kgz.csv', true));
    await store.load(source('trap.csv', true));
    expect(store.getState().failure?.restart).toBe('restored');
    expect(store.getState().summary?.partsLeft).toEqual({ ...left, joined: true });
  });
});
