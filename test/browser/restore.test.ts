import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { expectShownAgain, loadThrough, shownData, startHarness, type Harness } from './harness';

let harness: Harness;
let db: NodeDuckDB;

beforeAll(async () => {
  harness = await startHarness();
  db = await openNodeDuckDB();
});
afterAll(async () => {
  await harness?.close();
  db?.close();
});

describe('a load on which the database stops (a WebAssembly trap, forced)', () => {
  it('starts the database again, reads the data loaded before again, and says so', async () => {
    const app = await harness.open('/?bench=1');
    const shown = await shownData(app.page);
    const [sample] = await db.query(
      `SELECT count(*) AS n FROM 'public/sample/trade-sample.parquet'`,
    );
    expect(shown.rows).toBe(Number(sample?.n));
    const status = app.page.getByTestId('status');

    await app.page.waitForFunction(() => window.__tdcBench !== undefined);
    await app.page.evaluate(() => window.__tdcBench?.trapNextLoad());
    const trace = await loadThrough(app.page, () =>
      app.page.getByTestId('file-input').setInputFiles('test/fixtures/ingest/bad-empty.csv'),
    );

    // The load failed, the database was started again, and the sample is back, whole.
    expect(trace.state).toBe('failed');
    const text = (await status.textContent()) ?? '';
    expect(text).toContain('Could not load bad-empty.csv');
    expect(text).toContain('the data loaded before was read again and is shown');
    await expectShownAgain(app.page, shown);
    // And the app works on it: the corridors are scored again on the new database.
    await app.page.getByTestId('corridor-list').locator('[data-key]').first().waitFor();
    await app.page.getByTestId('status-details').waitFor();
    expect(await app.page.getByTestId('status-details').textContent()).toContain('unreachable');
  });
});
