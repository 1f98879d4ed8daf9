import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { loadReferenceTables } from '../../scripts/lib/reference';
import { readFirstView } from '../../scripts/lib/first-view';
import {
  countryPoint,
  drawnOn,
  mapCamera,
  mapPixels,
  projectOn,
  startHarness,
  waitForDataStatus,
  waitForFlows,
  type Harness,
} from './harness';

/**
 * The sample stores its first view in its own Parquet footer (Taiwan's flows by partner and
 * month, and the corridor ranking under the default settings): the page shows it from a few
 * hundred kilobytes while DuckDB starts and loads the file, then the same from the data. These tests hold the file's download (not the range request for its footer) to look at
 * the page in between.
 */

const SAMPLE = 'public/sample/trade-sample.parquet';
/** The dark basemap's ocean and land. */
const BASEMAP: readonly (readonly number[])[] = [
  [10, 18, 32],
  [27, 36, 51],
];

let harness: Harness;
let db: NodeDuckDB;

beforeAll(async () => {
  db = await openNodeDuckDB();
  await loadReferenceTables(db);
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
  db?.close();
});

/** Holds the sample's download (a request without a range) until `release` is called. */
function holdDownload() {
  let release: () => void = () => undefined;
  const released = new Promise<void>((resolve) => (release = resolve));
  const beforeLoad = (page: Page) =>
    page.route('**/trade-sample.parquet', async (route) => {
      if (route.request().headers().range === undefined) await released;
      await route.continue();
    });
  return { beforeLoad, release };
}

/** The corridors listed, by key, best first. */
const listed = (page: Page) =>
  page
    .locator('[data-testid=corridor-list] [data-key]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-key') ?? ''));

/** The details of the performance marks `name`. */
const marks = (page: Page, name: string) =>
  page.evaluate(
    (name) =>
      performance.getEntriesByName(name).map((mark) => (mark as PerformanceMark).detail as unknown),
    name,
  );

/** What the legend sums up, and the period it names. */
const legendOf = async (page: Page) => ({
  partners: await page.getByTestId('legend-summary').getAttribute('data-partners'),
  total: Number(await page.getByTestId('legend-summary').getAttribute('data-total-usd')),
  period: await page.getByTestId('legend-period').textContent(),
});

describe('the first view', () => {
  it('draws the flows and lists the ranking before the data is loaded, and the data then gives the same', async () => {
    const hold = holdDownload();
    const { page, consoleErrors } = await harness.open('/', { beforeLoad: hold.beforeLoad });
    await waitForFlows(page, { firstView: true });
    expect(await page.getByTestId('status').getAttribute('data-state')).toBe('loading');
    // An export would have no data set to name yet.
    const exportButton = page.getByTestId('export-menu').getByRole('button').first();
    expect(await exportButton.getAttribute('aria-busy')).toBe('true');

    // Taiwan's exports of CHPL goods over the last 12 months, by partner on the map.
    const [sql] = await db.query(`SELECT count(DISTINCT t.partner) AS partners,
        sum(t.value_usd) AS total
      FROM '${SAMPLE}' t
      JOIN hs_codes h ON h.hs = t.hs AND h.level = 6 AND h.chpl_tier IS NOT NULL
      JOIN countries c ON c.iso3 = t.partner AND c.lon IS NOT NULL
      WHERE t.reporter = 'TWN' AND t.flow = 'X' AND t.period >= DATE '2024-07-01'`);
    const stored = await legendOf(page);
    expect(stored.partners).toBe(String(sql?.partners));
    expect(stored.total).toBe(Number(sql?.total));
    expect(stored.period).toMatch(/Jul 2024 – Jun 2025/);

    // The ranking stored with the data is listed, and said to be so.
    await page.locator('[data-testid=corridor-timing][data-stored=true]').waitFor();
    const storedRanking = await listed(page);
    expect(storedRanking.length).toBeGreaterThan(5);
    expect(storedRanking[0]).toMatch(/^TWN>[A-Z]{3}>RUS:/);

    // Drawn, and from Taiwan: the arcs converge on its anchor.
    const png = await mapPixels(page);
    const camera = await mapCamera(page);
    const [x, y] = projectOn(camera, ...(await countryPoint(db, 'TWN')), png.width, png.height);
    expect(drawnOn(png, x, y, 5, BASEMAP)).toBeGreaterThan(40);

    hold.release();
    expect(await waitForDataStatus(page)).toBe('ready');
    await waitForFlows(page);
    expect(await legendOf(page)).toEqual(stored);
    const checked = await marks(page, 'tdc:first-view-checked');
    expect(checked).toEqual([{ same: true }]);
    // The data's own scoring ranks the same corridors, and replaces the stored ranking.
    await page.locator('[data-testid=corridor-timing][data-ms]').waitFor();
    expect(await listed(page)).toEqual(storedRanking);
    expect(await marks(page, 'tdc:first-ranking-checked')).toEqual([{ same: true }]);
    // Ranked the same, it is calibrated with the control runs' scores stored with it, not run.
    const { pools } = readFirstView(SAMPLE)?.ranking?.analysis ?? {};
    await page.waitForFunction(() => performance.getEntriesByName('tdc:corridors-calibrated')[0]);
    expect(await marks(page, 'tdc:corridors-calibrated')).toEqual([
      { placebo: pools?.placebo.length, elsewhere: pools?.elsewhere.length, kept: true },
    ]);
    expect(pools?.placebo.length).toBeGreaterThan(0);
    expect(consoleErrors).toEqual([]);
  });

  it("keeps a corridor's detail open from the stored ranking to the data's own, calibrated", async () => {
    const hold = holdDownload();
    const key = 'TWN>ARM>RUS:854231';
    const { page } = await harness.open(`/?corridor=${encodeURIComponent(key)}`, {
      beforeLoad: hold.beforeLoad,
    });
    // Shown from the stored ranking, before the data is loaded.
    await page.getByTestId('corridor-detail').waitFor();
    expect(await page.getByTestId('status').getAttribute('data-state')).toBe('loading');
    // Counts each change of the page after which the detail is not to be seen (React hides a
    // part waiting for its code, and shows what stands in for it).
    await page.evaluate(() => {
      const counted = window as unknown as { detailGone: number };
      counted.detailGone = 0;
      new MutationObserver(() => {
        const detail = document.querySelector('[data-testid=corridor-detail]');
        if (!detail?.checkVisibility()) counted.detailGone += 1;
      }).observe(document.body, { childList: true, subtree: true, attributes: true });
    });
    hold.release();
    await page.waitForFunction(() => performance.getEntriesByName('tdc:corridors-calibrated')[0]);
    // The live ranking's months, drawn in the detail's chart.
    await page.locator('[data-testid=corridor-detail] .leg-chart').waitFor();
    expect(
      await page.evaluate(() => (window as unknown as { detailGone: number }).detailGone),
    ).toBe(0);
  });

  it('is not drawn for a view it does not show (a product filter), which waits for the data', async () => {
    const hold = holdDownload();
    const { page } = await harness.open('/?prod=CHPL-1', { beforeLoad: hold.beforeLoad });
    // The footer has been read and the map is up: nothing is drawn from the first view.
    await page.waitForFunction(() =>
      performance
        .getEntriesByType('resource')
        .some((entry) => entry.name.endsWith('trade-sample.parquet')),
    );
    await page.getByTestId('map').waitFor();
    await page.waitForTimeout(1000);
    expect(await page.getByTestId('legend-summary').count()).toBe(0);
    hold.release();
    expect(await waitForDataStatus(page)).toBe('ready');
    await waitForFlows(page);
    const [sql] = await db.query(`SELECT sum(t.value_usd) AS total
      FROM '${SAMPLE}' t JOIN hs_codes h ON h.hs = t.hs AND h.level = 6 AND h.chpl_tier = '1'
      JOIN countries c ON c.iso3 = t.partner AND c.lon IS NOT NULL
      WHERE t.reporter = 'TWN' AND t.flow = 'X' AND t.period >= DATE '2024-07-01'`);
    expect((await legendOf(page)).total).toBe(Number(sql?.total));
  });
});
