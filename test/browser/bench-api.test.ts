import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, waitForDataStatus, waitForFlows, type Harness } from './harness';

let harness: Harness;

/** The page's bench handle (the page evaluates this text: it must be self-contained). */
const api = () => {
  if (!window.__tdcBench) throw new Error('window.__tdcBench is missing');
  return window.__tdcBench;
};
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

describe('the benchmark hooks', () => {
  it('are there only with ?bench=1, and time a view change up to the frame that draws it', async () => {
    const plain = await harness.open('/');
    await waitForDataStatus(plain.page);
    expect(await plain.page.evaluate(() => typeof window.__tdcBench)).toBe('undefined');

    const app = await harness.open('/?bench=1');
    await waitForDataStatus(app.page);
    await waitForFlows(app.page);
    // The ranking scored here (the sample's stored ranking is listed before it, without a time).
    await app.page.locator('[data-testid=corridor-timing][data-ms]').waitFor();
    await app.page.getByTestId('corridor-list').locator('[data-key]').first().waitFor();
    const marks = await app.page.evaluate(() =>
      ['tdc:load-start', 'tdc:data-ready', 'tdc:flows-drawn', 'tdc:corridors-scored'].map(
        (name) => performance.getEntriesByName(name).length,
      ),
    );
    expect(marks.every((n) => n > 0)).toBe(true);
    // At rest: the first ranking's calibration, run in the background, is done.
    await app.page.evaluate(`(${api})().idle()`);
    expect(
      await app.page.evaluate(
        () => performance.getEntriesByName('tdc:corridors-calibrated').length,
      ),
    ).toBe(1);
    type Timing = { ms: number; rankedMs: number | null };
    const timing = (await app.page.evaluate(
      `(${api})().setView({ minValueUsd: 200000 })`,
    )) as Timing;
    // A setting scores the corridors again: the new ranking is drawn, then the app rests.
    expect(timing.rankedMs).toBeGreaterThan(0);
    expect(timing.ms).toBeGreaterThanOrEqual(timing.rankedMs ?? Infinity);
    expect(app.page.url()).toContain('min=200000');
    await expect(app.page.evaluate(`(${api})().view().minValueUsd`)).resolves.toBe(200_000);
    // Scoring again with the same settings is timed and leaves the ranking as it was.
    const ranking = () =>
      app.page
        .getByTestId('corridor-list')
        .locator('[data-key]')
        .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-key')));
    const before = await ranking();
    await expect(app.page.evaluate(`(${api})().rescore()`)).resolves.toBeGreaterThan(0);
    expect(await ranking()).toEqual(before);
    const memory = (await app.page.evaluate(`(${api})().memory()`)) as { duckdb: number };
    expect(memory.duckdb).toBeGreaterThan(1e6);
    // The tables are kept compressed: the sample, scored and calibrated, takes about 30 MB of
    // DuckDB's memory here, where plain in-memory tables take about 170 MB.
    expect(memory.duckdb).toBeLessThan(80e6);
    // A filter does not score them again.
    const filter = (await app.page.evaluate(`(${api})().setView({ via: 'KGZ' })`)) as Timing;
    expect(filter).toEqual({ ms: expect.any(Number), rankedMs: null });
    // A change that leaves the map as it was is an error, not a figure.
    await expect(app.page.evaluate(`(${api})().setView({ page: 'map' })`)).rejects.toThrow(
      /did not change the map/,
    );
    expect(app.pageErrors).toEqual([]);
  });

  it('open a same-origin Parquet file named by ?data= instead of the sample', async () => {
    // The sample's own file, under another address than the one the app opens by itself.
    expect(existsSync('dist/sample/trade-sample.parquet')).toBe(true);
    const app = await harness.open('/?data=./sample/trade-sample.parquet');
    expect(await waitForDataStatus(app.page)).toBe('ready');
    expect(Number(await app.page.getByTestId('status').getAttribute('data-rows'))).toBeGreaterThan(
      100_000,
    );
    expect(await app.page.getByTestId('synthetic-badge').count()).toBe(0);
    // Not the sample, so the app offers to go back to it.
    expect(await app.page.getByTestId('use-sample').count()).toBe(1);
  });
});
