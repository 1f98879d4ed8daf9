import { createHash } from 'node:crypto';
import { csvParse } from 'd3-dsv';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import {
  startHarness,
  waitForDataStatus,
  waitForFlows,
  type AppPage,
  type Harness,
} from './harness';
import { pdfPageTexts } from './pdf-text';

const SAMPLE = 'public/sample/trade-sample.parquet';

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

async function openReport(path = '/?page=report'): Promise<AppPage> {
  const app = await harness.open(path, { viewport: { width: 1280, height: 900 } });
  await app.page.locator('[data-basemap=ready]').waitFor();
  return app;
}

/** The bookmarks of a PDF that Chromium printed with an outline: its headings, in order. */
function outline(pdf: Buffer): string[] {
  const text = pdf.toString('latin1');
  return [...text.matchAll(/\/Title\s*\(((?:[^()\\]|\\.)*)\)/g)].map((m) => m[1] ?? '');
}

const pageCount = (pdf: Buffer) =>
  (pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? []).length;

describe('the public report', () => {
  it('is built from the sample: synthetic banner, findings, figures, corridors, sources, provenance', async () => {
    const app = await openReport();
    const report = app.page.getByTestId('report');
    expect(await app.page.getByTestId('report-synthetic').textContent()).toMatch(/synthetic/i);
    for (const id of [
      'report-findings',
      'report-map',
      'report-monthly',
      'report-corridors',
      'report-method',
      'report-sources',
      'report-provenance',
    ]) {
      expect(await report.getByTestId(id).count(), id).toBe(1);
    }
    // The checksum cited is the sample file's own SHA-256.
    const sha = createHash('sha256').update(readFileSync(SAMPLE)).digest('hex');
    expect(await app.page.getByTestId('report-checksum').textContent()).toContain(sha);
    // Its rows, as DuckDB counts them.
    const [row] = await db.query(`SELECT count(*) AS n FROM '${SAMPLE}'`);
    const rows = Number(row?.n).toLocaleString('en');
    expect(await app.page.getByTestId('report-provenance').textContent()).toContain(rows);
    // The top corridor of the table is the ranking's first, and the map draws its route.
    const first = await app.page
      .getByTestId('report-corridors')
      .locator('tbody tr')
      .first()
      .textContent();
    expect(first).toContain('Armenia');
    expect(await app.page.locator('[data-route="TWN>ARM>RUS"]').count()).toBeGreaterThan(0);
    expect(app.pageErrors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
  });

  it('prints to PDF on A4 and Letter with its sections, without its buttons', async () => {
    const app = await openReport();
    const sections = [
      'Key findings',
      'Map of the top corridors',
      'Monthly exports of CHPL goods',
      'Top corridors',
      'Method and caveats',
      'Data sources',
      'Provenance',
    ];
    for (const format of ['A4', 'Letter'] as const) {
      const pdf = await app.page.pdf({ format, outline: true, tagged: true });
      expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
      expect(pageCount(pdf), format).toBeGreaterThanOrEqual(4);
      const headings = outline(pdf);
      for (const section of sections) expect(headings, `${format}: ${section}`).toContain(section);
      expect(headings).not.toContain('Downloads');
      // Every page says the data are synthetic and which page of how many it is.
      const pages = pdfPageTexts(pdf);
      expect(pages).toHaveLength(pageCount(pdf));
      pages.forEach((text, i) => {
        expect(text, `${format} page ${i + 1}`).toContain('Synthetic demonstration data.');
        expect(text, `${format} page ${i + 1}`).toContain(`${i + 1} of ${pages.length}`);
      });
      // Sections run on from one another instead of each waiting for a page of its own: the
      // corridors' table starts on the page of the monthly chart.
      const shared = pages.some(
        (text) =>
          text.includes('Monthly exports of CHPL goodsUS$') &&
          text.includes('The 10 corridors with the highest scores'),
      );
      expect(shared, format).toBe(true);
    }
    // In Chinese too: the warning and the page numbers in the reader's language.
    const zh = await openReport('/?page=report&lang=zh-TW');
    const zhPages = pdfPageTexts(await zh.page.pdf({ format: 'A4' }));
    zhPages.forEach((text, i) => {
      expect(text, `zh-TW page ${i + 1}`).toContain('合成示範資料。');
      expect(text, `zh-TW page ${i + 1}`).toContain(`${i + 1} / ${zhPages.length}`);
    });
    await zh.page.context().close();
    await app.page.emulateMedia({ media: 'print' });
    expect(await app.page.getByRole('button', { name: /print/i }).isVisible()).toBe(false);
    expect(await app.page.getByTestId('report-downloads').isVisible()).toBe(false);
  });

  it('offers each table as CSV: the monthly exports add up as DuckDB sums them', async () => {
    const app = await openReport();
    const button = app.page.locator('[data-file*="monthly-exports"]');
    const [download] = await Promise.all([app.page.waitForEvent('download'), button.click()]);
    const text = readFileSync(await download.path(), 'utf8').replace(/^\uFEFF/, '');
    const rows = csvParse(text);
    expect(rows.columns).toEqual(['month', 'value_usd', 'period']);
    expect(rows).toHaveLength(90);
    const total = rows.reduce((sum, r) => sum + Number(r.value_usd), 0);
    const [row] = await db.query(
      `SELECT sum(t.value_usd) AS v FROM '${SAMPLE}' t
       JOIN read_csv('data/reference/chpl.csv', all_varchar = true) c ON c.hs6 = t.hs
       WHERE t.reporter = 'TWN' AND t.flow = 'X' AND t.freq = 'M' AND t.partner <> 'WLD'`,
    );
    expect(total).toBeCloseTo(Number(row?.v), -3);
  });
});

describe('a part of the page whose file cannot be fetched', () => {
  it('says so with a way to try again, and keeps the data loaded', async () => {
    const app = await harness.open('/');
    await waitForDataStatus(app.page);
    const status = app.page.getByTestId('status');
    const rows = await status.getAttribute('data-rows');
    // The report's chunk is fetched when the report is first opened: as if the app's folder
    // had become unreachable since the page opened, its requests fail.
    const chunk = /\/assets\/ReportPage-[^/]*\.js(\?.*)?$/;
    let refused = 0;
    await app.page.route(chunk, (route) => (refused++, route.abort('connectionrefused')));
    await app.page.getByTestId('mode-report').click();
    const failed = app.page.getByTestId('part-failed');
    await failed.waitFor();
    const refusedFirst = refused;
    expect(refusedFirst).toBeGreaterThan(0);
    expect(await failed.textContent()).toContain('This part of the page could not be loaded');
    expect(await app.page.getByTestId('report').count()).toBe(0);
    // Back on the map, the data is the same.
    await app.page.goBack();
    await waitForFlows(app.page);
    expect(await status.getAttribute('data-rows')).toBe(rows);
    // Each try fetches the chunk again: opening the report once more, then "Try again". (How
    // many requests a try makes depends on the timing: the pointer reaching the button starts
    // the import too.)
    await app.page.getByTestId('mode-report').click();
    await failed.waitFor();
    expect(refused).toBeGreaterThan(refusedFirst);
    await app.page.unroute(chunk);
    await app.page.getByRole('button', { name: 'Try again' }).click();
    await app.page.getByTestId('report-findings').waitFor();
    expect(await failed.count()).toBe(0);
    // The failed fetches reach the console as the build's preloader reports them; nothing else.
    const others = app.pageErrors.filter(
      (e) => !e.includes('Failed to fetch dynamically imported'),
    );
    expect(others).toEqual([]);
  });
});
