import { mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../scripts/lib/node-duckdb';
import { generateDataset, validateDataset } from '../../scripts/bench/dataset/generate';
import { parseManifest } from '../../src/data/manifest';

const dir = mkdtempSync(join(tmpdir(), 'bench-gen-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** A fingerprint of Parquet rows (`rows`: a file or a read_parquet), whatever their order. */
async function fingerprint(rows: string) {
  const db = await openNodeDuckDB();
  try {
    const [row] = await db.query(
      `SELECT count(*) AS n, CAST(sum(hash(period, reporter, partner, flow, hs, value_usd, net_kg, qty)) AS VARCHAR) AS h FROM ${rows}`,
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
    await expect(fingerprint(`'${join(dir, 'b.parquet')}'`)).resolves.toEqual(
      await fingerprint(`'${join(dir, 'a.parquet')}'`),
    );
    expect(await fingerprint(`'${join(dir, 'c.parquet')}'`)).not.toEqual(
      await fingerprint(`'${join(dir, 'a.parquet')}'`),
    );
    expect(a.planted.length).toBeGreaterThan(0);
    expect(a.planted).toEqual(b.planted);
    await validateDataset(join(dir, 'a.parquet'));
  });

  it('writes the same rows as a data set in parts, streamed, when asked for a manifest', async () => {
    const whole = await generateDataset(20_000, join(dir, 'whole.parquet'), 7);
    const manifestPath = join(dir, 'parts', 'manifest.json');
    const parts = await generateDataset(20_000, manifestPath, 7);
    const manifest = parseManifest(readFileSync(manifestPath, 'utf8'));
    const files = manifest.parts.map((part) => `'${join(dir, 'parts', part.path)}'`);
    await expect(fingerprint(`read_parquet([${files.join(', ')}])`)).resolves.toEqual(
      await fingerprint(`'${join(dir, 'whole.parquet')}'`),
    );
    expect(parts.rows).toBe(whole.rows);
    expect(manifest.rows).toBe(whole.rows);
    // What the bench counts as the set's bytes: the manifest and every part it names.
    const bytes = manifest.parts.reduce(
      (sum, part) => sum + statSync(join(dir, 'parts', part.path)).size,
      statSync(manifestPath).size,
    );
    expect(parts.bytes).toBe(bytes);
    expect(manifest.first_view).toBeTruthy();
  });
});
