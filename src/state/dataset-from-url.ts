import type { DatasetSource } from '../data/dataset';
import { readAddressOptions } from './view-state';

/**
 * The dataset a page address asks for with `?data=<path>`: a canonical Parquet file or a
 * prebuilt DuckDB database on the app's own origin (the benchmark serves its generated datasets
 * this way). Anything else (no parameter, another origin, neither a `.parquet` nor a `.duckdb`
 * path) gives null, and the app opens the sample.
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
  if (url.origin !== page.origin || !/\.(parquet|duckdb)$/i.test(url.pathname)) return null;
  const name = decodeURIComponent(url.pathname.split('/').pop() ?? '');
  return { kind: 'url', name, url: `${url.pathname}${url.search}`, isSample: false };
}
