import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import {
  countColor,
  distinctColors,
  mapPixels,
  countryPoint,
  mapCamera,
  projectOn,
  settle,
  startHarness,
  waitForDataStatus,
  waitForFlows,
  type AppPage,
  type Harness,
} from './harness';

const SAMPLE = 'public/sample/trade-sample.parquet';
const VIEWPORT = { width: 1280, height: 800 };
const OCEAN = [10, 18, 32];
const LAND = [27, 36, 51];

let harness: Harness;
let db: NodeDuckDB;
let app: AppPage;
let loadMs = 0;

beforeAll(async () => {
  db = await openNodeDuckDB();
  harness = await startHarness();
  const started = Date.now();
  app = await harness.open('/', { viewport: VIEWPORT });
  await waitForDataStatus(app.page);
  loadMs = Date.now() - started;
  console.log(`sample ready ${loadMs} ms after navigation`);
});

afterAll(async () => {
  await harness?.close();
  db?.close();
});

describe('the dashboard on the bundled sample', () => {
  it('reaches ready and shows the rows and period it loaded', async () => {
    const [expected] = await db.query(
      `SELECT count(*) AS n, strftime(min(period), '%b %Y') AS first, strftime(max(period), '%b %Y') AS last
       FROM '${SAMPLE}'`,
    );
    const status = app.page.getByTestId('status');
    expect(await status.getAttribute('data-state')).toBe('ready');
    expect(Number(await status.getAttribute('data-rows'))).toBe(expected?.n);
    const text = await status.textContent();
    expect(text).toContain(Number(expected?.n).toLocaleString('en'));
    expect(text).toContain(String(expected?.first));
    expect(text).toContain(String(expected?.last));
  });

  it('labels the sample as synthetic demonstration data', async () => {
    await expect(app.page.getByTestId('synthetic-badge').textContent()).resolves.toBe(
      'Synthetic demonstration data',
    );
  });

  it('draws a basemap, not a blank canvas', async () => {
    const png = await mapPixels(app.page);
    expect(distinctColors(png)).toBeGreaterThan(50);
    const area = png.width * png.height;
    expect(countColor(png, OCEAN, 4) / area).toBeGreaterThan(0.2);
    expect(countColor(png, LAND, 4) / area).toBeGreaterThan(0.1);
  });

  it('draws one flow per partner that Taiwan exported CHPL goods to in the last year', async () => {
    await waitForFlows(app.page);
    const [expected] = await db.query(
      `WITH chpl AS (SELECT hs6::VARCHAR AS hs FROM 'data/reference/chpl.csv'),
            last AS (SELECT max(period) AS p FROM '${SAMPLE}' WHERE reporter = 'TWN' AND flow = 'X')
       SELECT count(DISTINCT partner) AS partners FROM '${SAMPLE}', last
       WHERE reporter = 'TWN' AND flow = 'X' AND value_usd > 0 AND partner <> 'WLD'
         AND hs IN (SELECT hs FROM chpl) AND period > p - INTERVAL 12 MONTH`,
    );
    const summary = app.page.getByTestId('legend-summary');
    expect(Number(await summary.getAttribute('data-partners'))).toBe(expected?.partners);
    expect(await summary.textContent()).toContain(`${expected?.partners} partners`);
  });

  it('draws the flagged corridor through Kyrgyzstan in a warm score colour where Kyrgyzstan is', async () => {
    // The year to June 2023, when Kyrgyzstan's onward exports of these goods to Russia were
    // three times those of the last year: the route is drawn wide enough to be seen then.
    const carried = async (from: string, to: string) => {
      const [row] = await db.query(
        `SELECT sum(value_usd) AS v FROM '${SAMPLE}' t
         WHERE t.reporter = 'KGZ' AND t.partner = 'RUS' AND t.flow = 'X'
           AND t.hs IN (SELECT hs6::VARCHAR FROM 'data/reference/chpl.csv')
           AND t.period BETWEEN DATE '${from}' AND DATE '${to}'`,
      );
      return Number(row?.v ?? 0);
    };
    expect(await carried('2022-07-01', '2023-06-01')).toBeGreaterThan(
      3 * (await carried('2024-07-01', '2025-06-01')),
    );
    await app.page.evaluate(() => {
      window.history.pushState(null, '', '/?month=2023-06');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect
      .poll(() => app.page.getByTestId('legend-period').textContent())
      .toBe('Jul 2022 – Jun 2023');
    await app.page.getByTestId('corridor-list').locator('[data-key]').first().waitFor();
    await settle(app.page);
    const [lon, lat] = await countryPoint(db, 'KGZ');
    const png = await mapPixels(app.page);
    const camera = await mapCamera(app.page);
    const [x, y] = projectOn(camera, lon, lat, png.width, png.height);
    // Around the anchor: the partner's dot is drawn over the routes' meeting point.
    let warm = 0;
    for (let dy = -10; dy <= 10; dy += 1) {
      for (let dx = -10; dx <= 10; dx += 1) {
        const i = 4 * (Math.round(y + dy) * png.width + Math.round(x + dx));
        const [r = 0, g = 0, b = 0] = [png.data[i], png.data[i + 1], png.data[i + 2]];
        if (r > 180 && g < 170 && b < 110) warm += 1;
      }
    }
    expect(warm).toBeGreaterThan(5);
    await app.page.goBack();
    await settle(app.page);
  });

  it('switches language, keeps it in the URL, and restores it from the URL', async () => {
    const heading = app.page.getByRole('heading', { level: 1 });
    await expect(heading.textContent()).resolves.toContain('Taiwan');
    await app.page.getByTestId('language-switch').click();
    await expect(heading.textContent()).resolves.toBe('臺灣軍商兩用貨品輸俄轉運走廊');
    expect(await app.page.getAttribute('html', 'lang')).toBe('zh-TW');
    expect(await app.page.getByTestId('status').textContent()).toMatch(/^已載入 [\d,]+ 筆/);
    expect(app.page.url()).toContain('lang=zh-TW');

    const reopened = await harness.open('/?lang=zh-TW', { viewport: VIEWPORT });
    await expect(reopened.page.getByTestId('synthetic-badge').textContent()).resolves.toBe(
      '合成示範資料',
    );
    await app.page.goBack();
    await expect(heading.textContent()).resolves.toContain('Taiwan');
  });

  it('makes no request outside its origin and raises no page error', () => {
    expect(app.externalRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
    expect(app.consoleErrors).toEqual([]);
  });
});

describe('loading', () => {
  it('shows progress while the data loads', async () => {
    const slow = await harness.open('/', {
      viewport: VIEWPORT,
      beforeLoad: (page) =>
        page.route('**/*.parquet', async (route) => {
          await new Promise((resolve) => setTimeout(resolve, 1500));
          await route.continue();
        }),
    });
    const status = slow.page.getByTestId('status');
    await slow.page.getByRole('progressbar').waitFor();
    expect(await status.getAttribute('data-state')).toBe('loading');
    expect(await status.textContent()).toMatch(/Starting|Loading|Reading/);
    expect(await waitForDataStatus(slow.page)).toBe('ready');
    expect(await slow.page.getByRole('progressbar').count()).toBe(0);
  });
});

describe('a dataset that fails to load', () => {
  it('says what went wrong, and the app keeps working', async () => {
    const broken = await harness.open('/', {
      viewport: VIEWPORT,
      beforeLoad: (page) =>
        page.route('**/*.parquet', (route) =>
          route.fulfill({ status: 200, body: 'period,freq\n2022-01-01,M\n' }),
        ),
    });
    expect(await waitForDataStatus(broken.page)).toBe('failed');
    const text = await broken.page.getByTestId('status').textContent();
    expect(text).toMatch(/^Could not load Bundled sample: this is not a Parquet file/);
    const png = await mapPixels(broken.page);
    expect(distinctColors(png)).toBeGreaterThan(50);
    await broken.page.getByTestId('language-switch').click();
    expect(await broken.page.getByTestId('status').textContent()).toMatch(
      /^無法載入內建範例資料：此檔案不是 Parquet 格式/,
    );
  });
});
