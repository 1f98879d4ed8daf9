import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page, Worker } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import {
  writeConstantParquet,
  writeDamagedParquet,
  type DamagedParquet,
} from '../fixtures/damaged-parquet';
import {
  loadThrough,
  startHarness,
  waitForDataStatus,
  type AppPage,
  type Harness,
} from './harness';

let harness: Harness;
let db: NodeDuckDB;
let folder: string;
let damagedPath: string;
let damaged: DamagedParquet;

beforeAll(async () => {
  folder = await mkdtemp(join(tmpdir(), 'tdc-parquet-worker-'));
  damagedPath = join(folder, 'damaged-row-group.parquet');
  damaged = await writeDamagedParquet(damagedPath, { rowGroups: 8, damaged: 3 });
  harness = await startHarness();
  db = await openNodeDuckDB();
});
afterAll(async () => {
  await harness?.close();
  db?.close();
  await rm(folder, { recursive: true, force: true });
});

/** A status line that showed a row group's progress, and the animation frames drawn by then. */
interface ProgressSeen {
  text: string;
  frames: number;
}

/**
 * Counts the page's animation frames, and notes each text of the status line that reports a
 * row group inserted with the count of frames drawn by then. Run before the app starts.
 */
const COUNT_FRAMES = `(() => {
  window.__frames = 0;
  window.__progress = [];
  const tick = () => { window.__frames += 1; requestAnimationFrame(tick); };
  requestAnimationFrame(tick);
  new MutationObserver(() => {
    const text = document.querySelector('[data-testid=status]')?.textContent ?? '';
    if (!/row group \\d+ of \\d+/.test(text) || window.__progress.at(-1)?.text === text) return;
    window.__progress.push({ text, frames: window.__frames });
  }).observe(document, { subtree: true, childList: true, characterData: true });
})()`;

/** The Parquet workers a page starts, and those that have ended. */
function watchParquetWorkers(page: Page): { started: Worker[]; ended: Worker[] } {
  const workers = { started: [] as Worker[], ended: [] as Worker[] };
  page.on('worker', (worker) => {
    if (!worker.url().includes('parquet-worker')) return;
    workers.started.push(worker);
    worker.on('close', () => workers.ended.push(worker));
  });
  return workers;
}

const sampleRowGroups = async () => {
  const [row] = await db.query(
    `SELECT count(DISTINCT row_group_id) AS n FROM parquet_metadata('public/sample/trade-sample.parquet')`,
  );
  return Number(row?.n);
};

describe('Parquet decoded in a worker', () => {
  let app: AppPage;
  let workers: ReturnType<typeof watchParquetWorkers>;
  let sampleRows = 0;

  beforeAll(async () => {
    const [sample] = await db.query(
      `SELECT count(*) AS n FROM 'public/sample/trade-sample.parquet'`,
    );
    sampleRows = Number(sample?.n);
    app = await harness.open('/', {
      beforeLoad: async (page) => {
        workers = watchParquetWorkers(page);
        await page.addInitScript(COUNT_FRAMES);
      },
    });
    await waitForDataStatus(app.page);
  });

  it('loads the sample row group by row group while the page keeps drawing frames', async () => {
    const status = app.page.getByTestId('status');
    expect(await status.getAttribute('data-state')).toBe('ready');
    expect(Number(await status.getAttribute('data-rows'))).toBe(sampleRows);
    const total = await sampleRowGroups();
    expect(total).toBeGreaterThan(2);
    const progress = (await app.page.evaluate('window.__progress')) as ProgressSeen[];
    expect(progress.every((p) => p.text.includes(`of ${total} `))).toBe(true);
    expect(progress.length).toBeGreaterThanOrEqual(2);
    // Frames were drawn between the first row group shown and the last.
    const [first, last] = [progress[0], progress.at(-1)];
    expect((last?.frames ?? 0) - (first?.frames ?? 0)).toBeGreaterThan(0);
    // The decoding ran in a worker, which ended with the load, on the app's own files only.
    expect(workers.started.length).toBe(1);
    await expect.poll(() => workers.ended.length).toBe(1);
    expect(app.externalRequests).toEqual([]);
  });

  it('refuses a file with a damaged row group, naming the file and the row group', async () => {
    const trace = await loadThrough(app.page, () =>
      app.page.getByTestId('file-input').setInputFiles(damagedPath),
    );
    expect(trace.state).toBe('failed');
    const status = app.page.getByTestId('status');
    const text = (await status.textContent()) ?? '';
    const { damaged: index, rowGroups } = damaged;
    expect(text).toMatch(
      new RegExp(
        `^Could not load damaged-row-group\\.parquet: row group ${index + 1} of ${rowGroups} is damaged: export or download the file again\\.`,
      ),
    );
    // parquet-wasm's own words are under Details, for a bug report, not in the sentence.
    const details = (await app.page.getByTestId('status-details').textContent()) ?? '';
    expect(details.replace(/^Details/, '').trim()).not.toBe('');
    expect(text).not.toContain(details.replace(/^Details/, '').trim());
    // The sample is still there, whole.
    expect(Number(await status.getAttribute('data-rows'))).toBe(sampleRows);
    // The worker that met the damage was ended too, and nothing escaped to the page.
    expect(workers.started.length).toBe(2);
    await expect.poll(() => workers.ended.length).toBe(2);
    expect(app.pageErrors).toEqual([]);
  });
});

describe('a small Parquet file that would decode to more than the device allows', () => {
  // A device that reports 0.25 GiB may load 128 MiB (half its memory). 2,000,000 rows of one
  // repeated value in 11 columns decode to at least 2,000,000 × 11 × 8 = 176,000,000 bytes,
  // though the file's pages declare a few kilobytes.
  const rows = 2_000_000;
  const needs = '167.8 MB';

  it('is refused before any row group is decoded, with the way out, and the sample stays', async () => {
    const path = join(folder, 'constant.parquet');
    const bytes = await writeConstantParquet(path, rows);
    expect(bytes).toBeLessThan(100_000);
    let workers: ReturnType<typeof watchParquetWorkers> | undefined;
    const app = await harness.open('/', {
      beforeLoad: async (page) => {
        workers = watchParquetWorkers(page);
        await page.addInitScript(() =>
          Object.defineProperty(Navigator.prototype, 'deviceMemory', { get: () => 0.25 }),
        );
      },
    });
    expect(await waitForDataStatus(app.page)).toBe('ready');
    const status = app.page.getByTestId('status');
    const sampleRows = await status.getAttribute('data-rows');
    const trace = await loadThrough(app.page, () =>
      app.page.getByTestId('file-input').setInputFiles(path),
    );
    expect(trace.state).toBe('failed');
    expect(await status.textContent()).toBe(
      `Could not load constant.parquet: it needs at least ${needs} in the browser, more than the 128 MB this device allows a load; the command-line ingest reads it in a streaming pass: npm run ingest -- constant.parquet --out data.parquet, then open data.parquet. The data loaded before is still shown.`,
    );
    expect(trace.texts.some((text) => /row group \d+ of/.test(text))).toBe(false);
    expect(await status.getAttribute('data-rows')).toBe(sampleRows);
    await expect.poll(() => workers?.ended.length).toBe(workers?.started.length);
  });
});

describe('a damaged Parquet file served as the sample', () => {
  /** Opens the app with the damaged file served in place of the sample. */
  async function openOnDamaged(path: string): Promise<{ text: string; details: string }> {
    const bytes = readFileSync(damagedPath);
    const app = await harness.open(path, {
      beforeLoad: (page) =>
        page.route('**/sample/trade-sample.parquet', (route) => route.fulfill({ body: bytes })),
    });
    expect(await waitForDataStatus(app.page)).toBe('failed');
    return {
      text: (await app.page.getByTestId('status').textContent()) ?? '',
      details: (await app.page.getByTestId('status-details').textContent()) ?? '',
    };
  }

  it('says which row group is damaged and what to do', async () => {
    const { damaged: index, rowGroups } = damaged;
    const { text, details } = await openOnDamaged('/');
    expect(text).toMatch(
      new RegExp(
        `: row group ${index + 1} of ${rowGroups} is damaged: the rows before it were not kept; export or download the file again`,
      ),
    );
    expect(details).toMatch(/^Details.+/);
  });

  it('says it in Traditional Chinese for a Chinese-speaking user', async () => {
    const { damaged: index, rowGroups } = damaged;
    const { text, details } = await openOnDamaged('/?lang=zh-TW');
    expect(text).toContain(`第 ${index + 1} 個資料列群組（共 ${rowGroups} 個）已損壞：`);
    expect(details).toMatch(/^詳細資訊.+/);
  });
});
