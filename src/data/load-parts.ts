import type { AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import { sha256 } from './checksum';
import { rowsFit } from './ingest';
import { browserBudget } from './unpack-file';
import { LoadError } from './load-error';
import {
  fetchBlob,
  insertParquet,
  type ByteProgress,
  type InsertParquetOptions,
  type RowGroupProgress,
} from './load-parquet';
import { parseManifest, partsToFetch, type DataSetManifest, type PartsToLoad } from './manifest';

/** A data set's manifest, and its text (whose checksum cites the data set). */
export interface FetchedManifest {
  manifest: DataSetManifest;
  text: string;
}

const manifests = new Map<string, Promise<FetchedManifest>>();

/**
 * The manifest at `url`, fetched once per page: the first view and the load both read it. A
 * failed fetch is forgotten, so that loading again fetches again.
 */
export function fetchManifest(url: string): Promise<FetchedManifest> {
  let fetched = manifests.get(url);
  if (!fetched) {
    fetched = fetchBlob(url, () => undefined)
      .then((blob) => blob.text())
      .then((text) => ({ manifest: parseManifest(text), text }));
    manifests.set(url, fetched);
    fetched.catch(() => manifests.delete(url));
  }
  return fetched;
}

/**
 * The groups of the parts loaded, and what was left on the server: the parts the view does
 * not need, their rows, and whether the whole data set would fit in this browser's memory (if
 * not, it is not offered).
 */
export interface PartsLeft {
  /** The address of the data set's manifest. */
  manifest: string;
  loaded: string[];
  parts: number;
  rows: number;
  wholeFits: boolean;
  /**
   * The user's files were added to the parts loaded: more parts cannot be loaded with them
   * (loading parts reads the data set afresh, which would drop the files).
   */
  joined?: boolean;
}

/** Where {@link insertParts} reports progress. */
export interface PartsProgress {
  bytes: ByteProgress;
  rowGroups: RowGroupProgress;
}

/**
 * Fetches the parts of the data set at `url` (its manifest) that `which` asks for, checks
 * each against the manifest (its size, and its checksum where the browser can hash), and
 * inserts their rows into the new table `table`. When the page already holds the rows of the
 * groups it `has`, only the other parts are fetched, to be added to them (`add`: see
 * {@link partsToFetch}). Returns the rows inserted, whether they add, and what was left.
 */
export async function insertParts(
  connection: AsyncDuckDBConnection,
  { url, parts: which, has }: { url: string; parts: PartsToLoad; has: readonly string[] },
  table: string,
  progress: PartsProgress,
  options: (name: string) => InsertParquetOptions,
): Promise<{ rows: number; add: boolean; left: PartsLeft }> {
  const { manifest } = await fetchManifest(url);
  const { chosen, parts, add } = partsToFetch(manifest, which, has);
  const total = parts.reduce((sum, part) => sum + part.bytes, 0);
  let [fetched, rows] = [0, 0];
  for (const [index, part] of parts.entries()) {
    const blob = await fetchBlob(new URL(part.path, new URL(url, location.href)).href, (loaded) =>
      progress.bytes(fetched + loaded, total),
    );
    fetched += blob.size;
    const changed = (expected: string | number, found: string | number) =>
      new LoadError('error.partChanged', { path: part.path, expected, found });
    if (blob.size !== part.bytes) throw changed(`${part.bytes} B`, `${blob.size} B`);
    const hash = await sha256(blob);
    if (hash !== null && hash !== part.sha256)
      throw changed(`SHA-256 ${part.sha256.slice(0, 12)}…`, `${hash.slice(0, 12)}…`);
    rows += await insertParquet(
      connection,
      blob,
      table,
      (done, groups, inserted) => progress.rowGroups(done, groups, rows + inserted),
      { ...options(part.path), append: index > 0 },
    );
  }
  const left = manifest.parts.filter((part) => !chosen.includes(part));
  return {
    rows,
    add,
    left: {
      manifest: url,
      loaded: chosen.map((part) => part.group),
      parts: left.length,
      rows: left.reduce((sum, part) => sum + part.rows, 0),
      wholeFits: rowsFit(manifest.rows, browserBudget()),
    },
  };
}
