import { tradeTableFromSql } from '../../src/data/sql/trade';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corridorKey, type Corridor } from '../../src/analysis/corridor';
import { analyzeWithPlacebo } from '../../src/data/corridors/placebo';
import { loadReferenceTables } from '../../scripts/lib/reference';
import { openNodeDuckDB } from '../../scripts/lib/node-duckdb';
import {
  countColor,
  mapPixels,
  startHarness,
  waitForDataStatus,
  waitForFlows,
  type AppPage,
  type Harness,
} from './harness';

/** Tier 1 (integrated circuits) on the dark map: most of Taiwan's flows are drawn in it. */
const TIER_1_PINK = [204, 121, 167];
let harness: Harness;
let app: AppPage;
/** The ranking of native DuckDB on the same sample, with the same SQL and placebo run. */
let native: Corridor[];

beforeAll(async () => {
  const db = await openNodeDuckDB();
  await loadReferenceTables(db);
  for (const sql of tradeTableFromSql(`SELECT * FROM 'public/sample/trade-sample.parquet'`))
    await db.query(sql);
  native = (await analyzeWithPlacebo(db)).corridors;
  db.close();
  harness = await startHarness();
  app = await harness.visit('/');
  await app.page.getByTestId('corridor-list').locator('[data-key]').first().waitFor();
  // The ranking is calibrated again once the placebo run, in the background, is done.
  await app.page.waitForFunction(
    () => performance.getEntriesByName('tdc:corridors-calibrated').length > 0,
  );
});
afterAll(() => harness?.close());

const listed = () => app.page.getByTestId('corridor-list').locator('[data-key]');

describe('the corridor ranking', () => {
  it('is the ranking native DuckDB gives on the same data, with the same scores', async () => {
    const keys = await listed().evaluateAll((buttons) =>
      buttons.map((b) => b.getAttribute('data-key')),
    );
    const scores = await listed().locator('.score').allTextContents();
    const expected = native.filter((c) => c.score > 0).slice(0, keys.length);
    expect(keys.length).toBeGreaterThanOrEqual(10);
    expect(keys).toEqual(expected.map(corridorKey));
    expect(scores).toEqual(expected.map((c) => c.score.toFixed(2)));
  });

  it('puts a planted two-leg corridor first, and no look-alike in the top ten', async () => {
    const keys = await listed().evaluateAll((buttons) =>
      buttons.map((b) => b.getAttribute('data-key')),
    );
    expect(keys[0]).toMatch(/^TWN>(ARM|KAZ|KGZ)>RUS:8542/);
    // The sample's honest look-alikes (data/sample/README.md): steady growth to Turkey,
    // hubs, an onward surge from Uzbekistan that is not Taiwan's, a one-off spike, seasonality.
    const lookAlikes = /^TWN>(TUR>RUS:8542|HKG|SGP|CHN|UZB|MNG|VNM)/;
    expect(keys.slice(0, 10).filter((k) => lookAlikes.test(k ?? ''))).toEqual([]);
  });

  it('explains each corridor in a sentence, in both languages', async () => {
    const first = native.find((c) => c.score > 0);
    expect(await listed().first().locator('.explanation').textContent()).toBe(
      first?.explanation.en,
    );
  });
});

describe('selecting a corridor', () => {
  it('shows its detail, puts it in the URL and dims the other flows on the map', async () => {
    await waitForFlows(app.page);
    const before = countColor(await mapPixels(app.page), TIER_1_PINK, 40);
    const key = await listed().nth(3).getAttribute('data-key');
    await listed().nth(3).click();
    const detail = app.page.getByTestId('corridor-detail');
    await detail.waitFor();
    expect(decodeURIComponent(app.page.url())).toContain(`corridor=${key}`);
    const corridor = native.find((c) => corridorKey(c) === key);
    expect(await app.page.getByTestId('detail-explanation').textContent()).toBe(
      corridor?.explanation.en,
    );
    // One row per signal the scoring reads.
    expect(await app.page.getByTestId('signals-table').locator('tbody tr').count()).toBe(
      Object.keys(corridor?.signals ?? {}).length,
    );
    expect(await app.page.getByTestId('leg-sources').textContent()).toContain(
      "the exporter's own figures",
    );
    await app.page.evaluate(
      () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))),
    );
    const after = countColor(await mapPixels(app.page), TIER_1_PINK, 40);
    expect(after).toBeLessThan(before / 2);

    await app.page.getByTestId('language-switch').click();
    expect(await app.page.getByTestId('detail-explanation').textContent()).toBe(
      corridor?.explanation['zh-TW'],
    );
    await app.page.getByTestId('language-switch').click();
  });

  it('is restored from a shared link, and the back button returns to the ranking', async () => {
    const corridor = native[1];
    const key = corridor ? corridorKey(corridor) : '';
    const shared = await harness.open(`/?corridor=${encodeURIComponent(key)}`);
    await waitForDataStatus(shared.page);
    await shared.page.getByTestId('corridor-detail').waitFor();
    const heading = shared.page.getByTestId('corridor-detail').getByRole('heading', { level: 2 });
    const { origin, via, destination } = corridor?.names ?? {};
    expect(await heading.textContent()).toBe(`${origin?.en} → ${via?.en} → ${destination?.en}`);
    await shared.page.getByRole('button', { name: '← All corridors' }).click();
    await shared.page.getByTestId('corridor-list').waitFor();
    expect(shared.page.url()).not.toContain('corridor=');
    expect(shared.externalRequests).toEqual([]);
    expect(shared.pageErrors).toEqual([]);
  });
});

describe('the analysis settings and the methodology', () => {
  it('re-score the corridors when the product level changes, and keep it in the URL', async () => {
    const page = (await harness.visit('/')).page;
    const list = page.getByTestId('corridor-list');
    await list.locator('[data-key]').first().waitFor();
    await list.getByText('Analysis settings').click();
    await page.getByTestId('setting-level').selectOption('4');
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid=corridor-list] [data-key]')
        ?.getAttribute('data-key')
        ?.match(/:\d{4}$/),
    );
    const first = await list.locator('[data-key]').first().getAttribute('data-key');
    expect(first).toMatch(/^TWN>(ARM|KAZ|KGZ)>RUS:8542$/);
    expect(page.url()).toContain('level=4');
  });

  it('the legs chart and the methodology page say what they show, in both languages', async () => {
    const key = native[0] ? corridorKey(native[0]) : '';
    const page = (await harness.visit(`/?corridor=${encodeURIComponent(key)}`)).page;
    const chart = page.getByTestId('corridor-detail').getByRole('img').last();
    await chart.waitFor();
    expect(await chart.locator('desc').textContent()).toMatch(
      /^Monthly values in US dollars\. Baseline Jan 2019 – Dec 2021/,
    );

    await page.getByRole('button', { name: '← All corridors' }).click();
    await page.getByRole('button', { name: 'How corridors are scored' }).click();
    const method = page.getByRole('heading', { name: 'How corridors are found and scored' });
    await method.waitFor();
    expect(page.url()).toContain('page=method');
    await expect(page.getByRole('row', { name: /First-leg surge/ }).count()).resolves.toBe(1);
    await page.getByTestId('language-switch').evaluate((b: HTMLElement) => b.click());
    await page.getByRole('heading', { name: '如何找出轉運走廊並評分' }).waitFor();
    await page.keyboard.press('Escape');
    await page.getByTestId('corridor-list').waitFor();
    expect(page.url()).not.toContain('page=method');
  });
});
