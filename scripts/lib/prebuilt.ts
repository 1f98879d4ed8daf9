import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { quoteLiteral } from '../../src/data/sql/quote';
import type { NodeDuckDB } from './node-duckdb';

/**
 * The storage version of a prebuilt database: the newest the page's DuckDB (duckdb-wasm 1.32,
 * DuckDB 1.4) reads. A file written in the Node DuckDB's own newer format would not open there.
 */
export const PREBUILT_STORAGE_VERSION = 'v1.4.0';

/**
 * Writes canonical rows (`rows`: a table, or a relation such as `read_parquet('…')`) as a
 * DuckDB database whose `trade` table holds them, in the order of the ingest's Parquet files.
 * The page copies that table instead of decoding Parquet (see "Prebuilt database" in the
 * README). Written beside the target and renamed, so a failed write leaves no half a file.
 */
export async function writePrebuiltDatabase(db: NodeDuckDB, rows: string, out: string) {
  mkdirSync(dirname(resolve(out)), { recursive: true });
  const partial = `${resolve(out)}.partial`;
  rmSync(partial, { force: true });
  try {
    await db.query(
      `ATTACH ${quoteLiteral(partial)} AS prebuilt (STORAGE_VERSION '${PREBUILT_STORAGE_VERSION}')`,
    );
    try {
      await db.query(`CREATE TABLE prebuilt.main.trade AS
        SELECT * FROM ${rows} ORDER BY reporter, flow, partner, hs, freq, period, source`);
    } finally {
      await db.query('DETACH prebuilt');
    }
    renameSync(partial, resolve(out));
  } finally {
    rmSync(partial, { force: true });
    rmSync(`${partial}.wal`, { force: true });
  }
}
