import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { DEFAULT_GROUPS, parseManifest } from '../../src/data/manifest';
import { quoteLiteral } from '../../src/data/sql/quote';
import type { NodeDuckDB } from '../lib/node-duckdb';
import { writePartitionedDataSet } from '../lib/partitioned';
import { writePrebuiltDatabase } from '../lib/prebuilt';
import { datasetPath } from './dataset/cache';
import type { SizeName } from './options';
import type { PartChange } from './part-load';

/** Another way to serve a dataset: a file (or folder) written once from its Parquet file. */
export interface OtherFormat {
  /** Prefixed to the bench's log lines and failures. */
  label: string;
  /** The path under the data folder that the page is given, for a dataset of `size`. */
  path: (size: SizeName) => string;
  /** Writes `file` from the canonical rows of `parquet`. */
  write: (db: NodeDuckDB, parquet: string, file: string) => Promise<unknown>;
  /** A view change that needs more of the data set written at `file`, timed after the load. */
  partChange?: (file: string) => PartChange | null;
}

/** A prebuilt DuckDB database, as `npm run ingest -- --out x.duckdb` writes one. */
export const PREBUILT: OtherFormat = {
  label: 'prebuilt',
  path: (size) => `trade-${size}.duckdb`,
  write: (db, parquet, file) =>
    writePrebuiltDatabase(db, `read_parquet(${quoteLiteral(parquet)})`, file),
};

/** A data set in parts, as `npm run ingest -- --out <folder>/manifest.json` writes one. */
export const PARTS: OtherFormat = {
  label: 'parts',
  path: (size) => datasetPath(size, true),
  write: (db, parquet, file) =>
    writePartitionedDataSet(db, `read_parquet(${quoteLiteral(parquet)})`, file, [
      { name: basename(parquet), format: 'canonical-parquet' },
    ]),
  partChange: (file) => {
    // A typical chapter of other goods: the part of median size among those the page leaves.
    const manifest = parseManifest(readFileSync(file, 'utf8'));
    const chapters = manifest.parts
      .filter((part) => !DEFAULT_GROUPS.includes(part.group) && /^\d{2}$/.test(part.group))
      .sort((a, b) => a.rows - b.rows);
    const part = chapters[Math.floor(chapters.length / 2)];
    return part ? { products: [part.group], group: part.group, rows: part.rows } : null;
  },
};
