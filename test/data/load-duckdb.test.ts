import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { declaredDatabaseBytes, isDuckDBFile } from '../../src/data/load-duckdb';
import { openNodeDuckDB } from '../../scripts/lib/node-duckdb';

const dir = mkdtempSync(join(tmpdir(), 'load-duckdb-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A database file written by DuckDB itself, with a table of `rows` rows. */
async function writeDatabase(name: string, rows: number): Promise<string> {
  const path = join(dir, name);
  const db = await openNodeDuckDB();
  await db.query(`ATTACH '${path}' AS out (STORAGE_VERSION 'v1.4.0')`);
  await db.query(`CREATE TABLE out.trade AS
    SELECT i, md5(i::VARCHAR) AS h FROM range(${rows}) t(i)`);
  await db.query('DETACH out');
  db.close();
  return path;
}

describe('a prebuilt database file, before DuckDB opens it', () => {
  it('declares the size DuckDB wrote it at, whatever its number of blocks', async () => {
    for (const [name, rows] of [
      ['empty.duckdb', 0],
      ['small.duckdb', 10],
      ['large.duckdb', 300_000],
    ] as const) {
      const path = await writeDatabase(name, rows);
      const blob = new Blob([readFileSync(path)]);
      expect(await isDuckDBFile(blob)).toBe(true);
      expect(await declaredDatabaseBytes(blob), name).toBe(statSync(path).size);
      // Cut short, it declares more than it holds; too short, nothing at all.
      const cut = new Blob([readFileSync(path).subarray(0, 20_000)]);
      expect(await declaredDatabaseBytes(cut)).toBe(statSync(path).size);
      expect(await declaredDatabaseBytes(new Blob([readFileSync(path).subarray(0, 100)]))).toBe(
        null,
      );
    }
    expect(statSync(join(dir, 'large.duckdb')).size).toBeGreaterThan(1_000_000);
  });

  it('tells a Parquet file from a database', async () => {
    const parquet = new Blob([readFileSync('public/sample/trade-sample.parquet')]);
    expect(await isDuckDBFile(parquet)).toBe(false);
  });
});
