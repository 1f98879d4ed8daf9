import {
  asLoadError,
  loadDataset,
  type DatasetSource,
  type DatasetSummary,
  type LoadProgress,
} from '../data/dataset';
import { databaseRestarts } from '../data/duckdb-browser';
import type { LoadError } from '../data/load-error';

/**
 * A load that failed or was cancelled (`cancelled`: the user asked it to stop), and the source
 * it was for. When the database stopped on it and was started afresh, `restart` says whether
 * the data loaded before was read again ('restored') or could not be ('lost').
 */
export interface LoadFailure {
  source: DatasetSource;
  error: LoadError;
  cancelled?: boolean;
  restart?: 'restored' | 'lost';
}

/** The dataset in use, the load under way (if any) and the last failure (if any). */
export interface DatasetState {
  summary: DatasetSummary | null;
  progress: LoadProgress | null;
  loadingSource: DatasetSource | null;
  failure: LoadFailure | null;
}

/**
 * Nothing is shown and nothing is loading: the first load failed or was stopped, or the data
 * was lost with the database. The page must say so, not wait for data that will not come.
 */
export const nothingLoaded = (state: DatasetState): boolean =>
  state.summary === null && state.loadingSource === null && state.failure !== null;

/**
 * The summary of a load that added the user's files to `shown`: when those were parts of a
 * data set, the parts left on the server are still left, and they can no longer be loaded
 * with the files (`joined`: a load of parts reads the data set afresh).
 */
function addedTo(shown: DatasetSummary | null, summary: DatasetSummary): DatasetSummary {
  const left = shown?.partsLeft;
  const adds = summary.source.kind === 'files' && summary.source.add;
  return adds && left ? { ...summary, partsLeft: { ...left, joined: true } } : summary;
}

/** Holds the dataset state outside React; components subscribe to it. */
export interface DatasetStore {
  getState(): DatasetState;
  subscribe(listener: () => void): () => void;
  /** Loads a dataset. On failure the previous one stays: `summary` only changes on success. */
  load(source: DatasetSource): Promise<void>;
  /** Loads `source` unless a dataset is already loaded or loading. */
  ensureLoaded(source: DatasetSource): void;
  /** Stops the loads under way; the data loaded before stays (or is read again). */
  cancel(): void;
}

/** Creates a dataset store over the page's database (or another, for tests). */
export function createDatasetStore(
  database: { load: typeof loadDataset; restarts: () => number } = {
    load: loadDataset,
    restarts: databaseRestarts,
  },
): DatasetStore {
  let state: DatasetState = { summary: null, progress: null, loadingSource: null, failure: null };
  /** The loads behind the data shown: the last that replaced it, then those that added to it. */
  let behind: DatasetSource[] = [];
  /** The loads under way, to cancel. */
  const loading = new Set<AbortController>();
  const listeners = new Set<() => void>();
  const set = (change: Partial<DatasetState>) => {
    state = { ...state, ...change };
    listeners.forEach((listener) => listener());
  };
  const read = (source: DatasetSource, signal?: AbortSignal) =>
    database.load(source, (progress) => set({ loadingSource: source, progress }), signal);

  /** Reads again the loads behind the data shown, after the database lost them. */
  const restore = async (failure: LoadFailure) => {
    try {
      let summary: DatasetSummary | null = null;
      for (const source of behind) summary = addedTo(summary, await read(source));
      set({
        summary,
        progress: null,
        loadingSource: null,
        failure: { ...failure, restart: 'restored' },
      });
    } catch (error) {
      console.error('Restoring the data loaded before failed', error);
      behind = [];
      set({
        summary: null,
        progress: null,
        loadingSource: null,
        failure: { ...failure, restart: 'lost' },
      });
    }
  };

  const load = async (source: DatasetSource) => {
    const restarts = database.restarts();
    const control = new AbortController();
    loading.add(control);
    set({ loadingSource: source, progress: { step: 'starting' }, failure: null });
    try {
      const summary = addedTo(state.summary, await read(source, control.signal));
      const adds = source.kind === 'files' && source.add && state.summary !== null;
      behind = adds ? [...behind, source] : [source];
      set({ summary, progress: null, loadingSource: null });
    } catch (error) {
      const cancelled = control.signal.aborted;
      if (!cancelled) console.error('Loading failed', error);
      const failure = { source, error: asLoadError(error), ...(cancelled ? { cancelled } : {}) };
      // The database stopped and took the data with it: read it again, and say so.
      if (database.restarts() !== restarts && behind.length > 0) await restore(failure);
      else set({ progress: null, loadingSource: null, failure });
    } finally {
      loading.delete(control);
    }
  };

  return {
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load,
    ensureLoaded(source) {
      if (!state.summary && !state.loadingSource) void load(source);
    },
    cancel() {
      for (const control of loading) control.abort();
    },
  };
}

/** The page's dataset store. */
export const datasetStore = createDatasetStore();
