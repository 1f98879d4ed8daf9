import { basename } from 'node:path';
import { quoteLiteral } from '../../src/data/sql/quote';
import type { NodeDuckDB } from '../lib/node-duckdb';
import { writePartitionedDataSet } from '../lib/partitioned';
import { writePrebuiltDatabase } from '../lib/prebuilt';
import type { SizeName } from './options';

/** Another way to serve a dataset: a file (or folder) written once from its Parquet file. */
export interface OtherFormat {
  /** Prefixed to the bench's log lines and failures. */
  label: string;
  /** The path under the data folder that the page is given, for a dataset of `size`. */
  path: (size: SizeName) => string;
  /** Writes `file` from the canonical rows of `parquet`. */
  write: (db: NodeDuckDB, parquet: string, file: string) => Promise<unknown>;
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
  path: (size) => `trade-${size}-parts/manifest.json`,
  write: (db, parquet, file) =>
    writePartitionedDataSet(db, `read_parquet(${quoteLiteral(parquet)})`, file, [
      { name: basename(parquet), format: 'canonical-parquet' },
    ]),
};
