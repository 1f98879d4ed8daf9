import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../scripts/lib/node-duckdb';
import { loadThrough, shownData, startHarness, waitForDataStatus, type Harness } from './harness';

const SAMPLE = 'public/sample/trade-sample.parquet';

let harness: Harness;
let dir: string;
/** The sample written by the ingest as a database, the way a deployer would. */
let database: string;
beforeAll(async () => {
  harness = await startHarness();
  dir = mkdtempSync(join(tmpdir(), 'prebuilt-'));
  database = join(dir, 'sample.duckdb');
  const run = spawnSync('npx', ['tsx', 'scripts/ingest.ts', SAMPLE, '--out', database], {
    encoding: 'utf8',
  });
  expect(run.status, run.stderr).toBe(0);
});
afterAll(async () => {
  await harness?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Names of the files {@link serving} served, each time it served one. */
const served: string[] = [];

/** Serves `bytes` at `/<name>` on the page's own origin (before the page loads). */
const serving = (name: string, bytes: Buffer) => (page: Page) =>
  page.route(
    (url) => url.pathname === `/${name}`,
    (route) => {
      served.push(name);
      return route.fulfill({ body: bytes, contentType: 'application/octet-stream' });
    },
  );

describe('a prebuilt DuckDB database named by ?data=', () => {
  it('loads the rows of its trade table, and the page shows what the Parquet file gives', async () => {
    const db = await openNodeDuckDB();
    const [raw] = await db.query(`SELECT count(*)::DOUBLE AS n FROM '${SAMPLE}'`);
    db.close();

    const fromParquet = await harness.open(`/?data=./sample/trade-sample.parquet`);
    const parquetShown = await shownData(fromParquet.page);
    const fromDatabase = await harness.open('/?data=./sample.duckdb', {
      beforeLoad: serving('sample.duckdb', readFileSync(database)),
    });
    const databaseShown = await shownData(fromDatabase.page);
    // The database itself was read, and the page does not take it for the sample.
    expect(served).toContain('sample.duckdb');
    expect(await fromDatabase.page.getByTestId('use-sample').count()).toBe(1);
    expect(databaseShown.rows).toBe(raw?.n);
    expect(databaseShown).toEqual(parquetShown);
    expect(fromDatabase.pageErrors).toEqual([]);
  });

  it('opens the same database chosen as a file, alone, and refuses to add it to the data', async () => {
    const app = await harness.open('/');
    const sampleShown = await shownData(app.page);
    const choose = () => app.page.getByTestId('file-input').setInputFiles(database);

    await app.page.getByLabel('Add to current data').check();
    expect((await loadThrough(app.page, choose)).state).toBe('failed');
    await expect
      .poll(() => app.page.getByTestId('status').textContent())
      .toMatch(/sample\.duckdb is a DuckDB database.*opened alone/);
    // The data shown before is still there.
    expect(await shownData(app.page)).toEqual(sampleShown);

    await app.page.getByLabel('Add to current data').uncheck();
    expect((await loadThrough(app.page, choose)).state).toBe('ready');
    expect(await shownData(app.page)).toEqual(sampleShown);
    // The user's file, not the sample: the page offers the way back.
    expect(await app.page.getByTestId('use-sample').count()).toBe(1);
    expect(await app.page.getByTestId('synthetic-badge').count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('says what is wrong with a database it cannot use, and what to do', async () => {
    const other = join(dir, 'other.duckdb');
    const db = await openNodeDuckDB();
    await db.query(`ATTACH '${other}' AS other (STORAGE_VERSION 'v1.4.0')`);
    await db.query(`CREATE TABLE other.flows AS SELECT 1 AS x`);
    await db.query('DETACH other');
    db.close();
    const whole = readFileSync(other);
    const cases = [
      { name: 'other.duckdb', bytes: whole, says: /no table named trade.*flows/ },
      // A download cut off half-way (DuckDB in the page would never return from it; the
      // unit tests cover a file too short to hold a database's headers).
      { name: 'half.duckdb', bytes: whole.subarray(0, whole.length / 2), says: /cannot be opened/ },
    ];
    for (const { name, bytes, says } of cases) {
      const app = await harness.open(`/?data=./${name}`, { beforeLoad: serving(name, bytes) });
      expect(await waitForDataStatus(app.page)).toBe('failed');
      await expect.poll(() => app.page.getByTestId('status').textContent()).toMatch(says);
      expect(app.pageErrors).toEqual([]);
    }
  });

  it('says that no data is loaded when the first file fails, and offers the sample', async () => {
    const name = 'empty.duckdb';
    const app = await harness.open(`/?data=./${name}`, {
      beforeLoad: serving(name, Buffer.alloc(0)),
    });
    const { page } = app;
    expect(await waitForDataStatus(page)).toBe('failed');
    // Nothing that waits for data still says it is on its way, nor calls it synthetic.
    const noData = page.getByTestId('no-data');
    await expect.poll(() => noData.textContent()).toMatch(/No data is loaded/);
    for (const waiting of ['corridor-list', 'sankey', 'export-menu', 'synthetic-badge'])
      expect(await page.getByTestId(waiting).count(), waiting).toBe(0);

    const db = await openNodeDuckDB();
    const [raw] = await db.query(`SELECT count(*)::DOUBLE AS n FROM '${SAMPLE}'`);
    db.close();
    await noData.getByRole('button', { name: 'Back to the bundled sample' }).click();
    expect((await shownData(page)).rows).toBe(raw?.n);
    expect(await noData.count()).toBe(0);
    expect(await page.getByTestId('synthetic-badge').count()).toBe(1);
    expect(await page.getByTestId('corridor-list').count()).toBe(1);
    expect(app.pageErrors).toEqual([]);
  });
});
