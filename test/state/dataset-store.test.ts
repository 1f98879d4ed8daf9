import { describe, expect, it } from 'vitest';
import type { DatasetSource, DatasetSummary } from '../../src/data/dataset';
import { createDatasetStore } from '../../src/state/dataset-store';

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
  });
});
