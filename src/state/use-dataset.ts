import { useEffect, useSyncExternalStore } from 'react';
import type { DatasetSource } from '../data/dataset';
import { datasetStore, type DatasetState } from './dataset-store';

/** The dataset state; loads `initial` the first time it is used. */
export function useDataset(initial: DatasetSource): DatasetState {
  useEffect(() => datasetStore.ensureLoaded(initial), [initial]);
  return useSyncExternalStore(datasetStore.subscribe, datasetStore.getState);
}
