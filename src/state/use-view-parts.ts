import { useEffect, useRef, useState } from 'react';
import { rowsFit } from '../data/ingest';
import { fetchManifest } from '../data/load-parts';
import { partsForView, type ViewNeeds } from '../data/manifest';
import { browserBudget } from '../data/unpack-file';
import { datasetStore, type DatasetState } from './dataset-store';

/**
 * Parts of a data set that the view needs and the page has not loaded: their groups, their
 * rows, whether they fit in the tab with the rows loaded, and whether the user's files were
 * joined to the parts loaded (if they fit and were not, they are loading).
 */
export interface ViewParts {
  groups: string[];
  rows: number;
  fits: boolean;
  joined: boolean;
}

/**
 * For a data set in parts: the parts the view's products and product level need that are
 * still on the server (see partsForView), loaded as soon as they are known to be needed and
 * to fit; null when none is needed. A request that failed is not made again for the same
 * view, so that the status line keeps saying why.
 */
export function useViewParts(view: ViewNeeds, dataset: DatasetState): ViewParts | null {
  const { summary } = dataset;
  const left = summary?.partsLeft;
  const [url, loaded] = left ? [left.manifest, left.loaded] : [null, null];
  const joined = left?.joined === true;
  // What loads more parts; none once the user's files were joined to the parts loaded (a
  // load of parts would read the data set afresh, without them).
  const source = !joined && summary?.source.kind === 'url' ? summary.source : null;
  const rowsLoaded = summary?.rows ?? 0;
  const [need, setNeed] = useState<{ key: string; parts: ViewParts } | null>(null);
  const asked = useRef(new Set<string>());
  const products = view.products.join(',');
  const key = JSON.stringify([url, loaded, joined, products, view.level]);

  useEffect(() => {
    if (!url || !loaded) return;
    let live = true;
    const wanted = { products: products ? products.split(',') : [], level: view.level };
    fetchManifest(url)
      .then(({ manifest }) => {
        if (!live) return;
        const parts = partsForView(manifest, loaded, wanted);
        if (parts.length === 0) return setNeed(null);
        const groups = parts.map((part) => part.group);
        const rows = parts.reduce((sum, part) => sum + part.rows, 0);
        const fits = rowsFit(rowsLoaded + rows, browserBudget());
        setNeed({ key, parts: { groups, rows, fits, joined } });
        if (!source || !fits || asked.current.has(key)) return;
        if (datasetStore.getState().loadingSource) return;
        asked.current.add(key);
        void datasetStore.load({ ...source, parts: { groups: [...loaded, ...groups] } });
      })
      // The manifest was read for the load just made: failing now, it changed on the server.
      .catch((error: unknown) => console.error('Reading the manifest again failed', error));
    return () => {
      live = false;
    };
  }, [key, url, source, loaded, joined, rowsLoaded, products, view.level]);

  return need?.key === key ? need.parts : null;
}
