import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../scripts/lib/node-duckdb';
import { generateDataset, validateDataset } from '../../scripts/bench/dataset/generate';

const dir = mkdtempSync(join(tmpdir(), 'bench-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fingerprint of a Parquet file's rows, whatever their order or row groups. */
async function fingerprint(file: string) {
  const db = await openNodeDuckDB();
  try {
    const [row] = await db.query(
      `SELECT count(*) AS n, CAST(sum(hash(period, reporter, partner, flow, hs, value_usd, net_kg, qty)) AS VARCHAR) AS h FROM '${file}'`,
    );
    return row;
  } finally {
    db.close();
  }
}

describe('the bench dataset generator', () => {
  it('writes valid canonical rows near the size asked, the same for the same seed', async () => {
    const a = await generateDataset(20_000, join(dir, 'a.parquet'), 7);
    const b = await generateDataset(20_000, join(dir, 'b.parquet'), 7);
    await generateDataset(20_000, join(dir, 'c.parquet'), 8);
    expect(a.rows).toBeGreaterThan(19_000);
    expect(a.rows).toBeLessThan(21_500);
    expect(a.months).toBe(96);
    await expect(fingerprint(join(dir, 'b.parquet'))).resolves.toEqual(
      await fingerprint(join(dir, 'a.parquet')),
    );
    expect(await fingerprint(join(dir, 'c.parquet'))).not.toEqual(
      await fingerprint(join(dir, 'a.parquet')),
    );
    expect(a.planted.length).toBeGreaterThan(0);
    expect(a.planted).toEqual(b.planted);
    await validateDataset(join(dir, 'a.parquet'));
  });
});
