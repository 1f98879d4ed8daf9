import { useEffect, useState } from 'react';
import type { DatasetSource } from '../data/dataset';
import type { FirstView } from '../data/first-view';
import type { DatasetState } from './dataset-store';

/**
 * The first view `read` gives for the data set `source` (the page's initial one), while that
 * data set is the one loading or shown: null before it is read, when there is none, and once
 * other data replaces it or its load failed.
 */
export function useFirstView(
  source: DatasetSource,
  read: Promise<FirstView | null>,
  dataset: DatasetState,
): FirstView | null {
  const [firstView, setFirstView] = useState<FirstView | null>(null);
  useEffect(() => {
    let current = true;
    read.then(
      (view) => current && setFirstView(view),
      (error: unknown) => console.warn('The stored first view could not be read', error),
    );
    return () => {
      current = false;
    };
  }, [read]);
  const ours = dataset.summary ? dataset.summary.source : dataset.loadingSource;
  return ours === source ? firstView : null;
}
