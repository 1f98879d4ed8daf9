import type { DatasetSource } from '../data/dataset';
import { isManifestPath } from '../data/manifest';
import { readAddressOptions } from './view-state';

/**
 * The dataset a page address asks for with `?data=<path>`: a canonical Parquet file, a
 * prebuilt DuckDB database, or the manifest (`.json`) of a data set in parts, on the app's own
 * origin (the benchmark serves its generated datasets this way). Anything else (no parameter,
 * another origin, another kind of path) gives null, and the app opens the sample.
 */
export function datasetFromUrl(href: string): DatasetSource | null {
  const page = new URL(href);
  const requested = readAddressOptions(page.search).data;
  if (!requested) return null;
  let url: URL;
  try {
    url = new URL(requested, page);
  } catch {
    return null;
  }
  if (url.origin !== page.origin || !/\.(parquet|duckdb|json)$/i.test(url.pathname)) return null;
  // A data set in parts goes by its folder's name.
  const path = decodeURIComponent(url.pathname).split('/').filter(Boolean);
  const name = (isManifestPath(url.pathname) && path.length > 1 ? path.at(-2) : path.at(-1)) ?? '';
  return { kind: 'url', name, url: `${url.pathname}${url.search}`, isSample: false };
}
