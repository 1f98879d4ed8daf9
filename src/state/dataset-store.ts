import {
  asLoadError,
  loadDataset,
  type DatasetSource,
  type DatasetSummary,
  type LoadProgress,
} from '../data/dataset';
import type { LoadError } from '../data/load-error';

/** A load that failed: why, and the source it was for. */
export interface LoadFailure {
  source: DatasetSource;
  error: LoadError;
}

/** The dataset in use, the load under way (if any) and the last failure (if any). */
export interface DatasetState {
  summary: DatasetSummary | null;
  progress: LoadProgress | null;
  loadingSource: DatasetSource | null;
  failure: LoadFailure | null;
}

/** Holds the dataset state outside React; components subscribe to it. */
export interface DatasetStore {
  getState(): DatasetState;
  subscribe(listener: () => void): () => void;
  /** Loads a dataset. On failure the previous one stays: `summary` only changes on success. */
  load(source: DatasetSource): Promise<void>;
  /** Loads `source` unless a dataset is already loaded or loading. */
  ensureLoaded(source: DatasetSource): void;
}

/** Creates a dataset store. */
export function createDatasetStore(): DatasetStore {
  let state: DatasetState = { summary: null, progress: null, loadingSource: null, failure: null };
  const listeners = new Set<() => void>();
  const set = (change: Partial<DatasetState>) => {
    state = { ...state, ...change };
    listeners.forEach((listener) => listener());
  };

  const load = async (source: DatasetSource) => {
    set({ loadingSource: source, progress: { step: 'starting' }, failure: null });
    try {
      const summary = await loadDataset(source, (progress) => set({ progress }));
      set({ summary, progress: null, loadingSource: null });
    } catch (error) {
      console.error('Loading failed', error);
      set({ progress: null, loadingSource: null, failure: { source, error: asLoadError(error) } });
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
  };
}

/** The page's dataset store. */
export const datasetStore = createDatasetStore();
