import { createWriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { expectShownAgain, loadThrough, shownData, startHarness, type Harness } from './harness';

let harness: Harness;
let db: NodeDuckDB;
let folder: string;
let big: string;

/** A canonical CSV of `rows` rows (about 50 bytes each): long enough to read that it can be cancelled. */
async function writeBigCsv(path: string, rows: number): Promise<void> {
  const out = createWriteStream(path);
  out.write('period,freq,reporter,partner,flow,hs,value_usd,net_kg,qty,qty_unit,source\n');
  const lines: string[] = [];
  for (let i = 0; i < rows; i++) {
    const month = String((i % 12) + 1).padStart(2, '0');
    lines.push(`20${10 + (i % 14)}-${month}-01,M,KGZ,RUS,X,854231,${1000 + (i % 997)},,,,big\n`);
    if (lines.length === 100_000) {
      if (!out.write(lines.join('')))
        await new Promise<void>((done) => out.once('drain', () => done()));
      lines.length = 0;
    }
  }
  out.end(lines.join(''));
  await finished(out);
}

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tdc-cancel-'));
  big = join(folder, 'big-canonical.csv');
  await writeBigCsv(big, 2_000_000);
  harness = await startHarness();
  db = await openNodeDuckDB();
});
afterAll(async () => {
  await harness?.close();
  db?.close();
  await rm(folder, { recursive: true, force: true });
});

describe('cancelling a load', () => {
  it('stops reading a big file at once and keeps the data loaded before', async () => {
    const app = await harness.open('/');
    const shown = await shownData(app.page);
    const [sample] = await db.query(
      `SELECT count(*) AS n FROM 'public/sample/trade-sample.parquet'`,
    );
    expect(shown.rows).toBe(Number(sample?.n));
    const status = app.page.getByTestId('status');

    const trace = await loadThrough(app.page, async () => {
      await app.page.getByTestId('file-input').setInputFiles(big);
      // Cancelled while DuckDB reads the file: the longest step, one statement.
      await expect
        .poll(() => status.textContent(), { timeout: 60_000 })
        .toContain('Reading big-canonical.csv');
      await app.page.getByTestId('status-cancel').click();
    });

    expect(trace.state).toBe('cancelled');
    const text = (await status.textContent()) ?? '';
    expect(text).toContain('Loading big-canonical.csv was cancelled.');
    expect(text).not.toContain('Could not load');
    // The sample is shown, whole: as before, or read again after the database was stopped.
    await expectShownAgain(app.page, shown);
    await expect(app.page.getByTestId('status-cancel').count()).resolves.toBe(0);

    // And the app loads the next file as usual.
    const next = await loadThrough(app.page, () =>
      app.page.getByTestId('file-input').setInputFiles('test/fixtures/ingest/canonical-trade.csv'),
    );
    expect(next.state).toBe('ready');
    expect(await status.getAttribute('data-rows')).toBe('3');
  });

  it('stops the database when a statement does not end, and reads the data shown again', async () => {
    const app = await harness.open('/?bench=1');
    const shown = await shownData(app.page);
    const status = app.page.getByTestId('status');

    await app.page.waitForFunction(() => window.__tdcBench !== undefined);
    await app.page.evaluate(() => window.__tdcBench?.stallNextLoad());
    const trace = await loadThrough(app.page, async () => {
      await app.page
        .getByTestId('file-input')
        .setInputFiles('test/fixtures/ingest/canonical-trade.csv');
      // Once the load has begun its work (and stalled there), not while it waits its turn.
      await status.getByText('Loading reference tables…').waitFor();
      await app.page.getByTestId('status-cancel').click();
    });

    expect(trace.state).toBe('cancelled');
    expect(await status.textContent()).toBe(
      'Loading canonical-trade.csv was cancelled. The database was stopped to cancel it and started again; the data loaded before was read again and is shown.',
    );
    await expectShownAgain(app.page, shown);
    await app.page.getByTestId('corridor-list').locator('[data-key]').first().waitFor();
  });
});
