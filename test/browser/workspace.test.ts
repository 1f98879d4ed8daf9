import { readFile } from 'node:fs/promises';
import { csvParse } from 'd3-dsv';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it, onTestFinished } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { formatUsd } from '../../src/i18n';
import {
  startHarness,
  decodeVideo,
  settle,
  waitForDataStatus,
  waitForFlows,
  type AppPage,
  type Harness,
} from './harness';

const SAMPLE = 'public/sample/trade-sample.parquet';
const VIEWPORT = { width: 1440, height: 900 };

let harness: Harness;
let db: NodeDuckDB;

beforeAll(async () => {
  db = await openNodeDuckDB();
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
  db?.close();
});

/** A plain sum over the sample's monthly rows, written without the app's code. */
async function plainSum(where: string, params: (string | number)[] = []): Promise<number> {
  const [row] = await db.query(
    `SELECT coalesce(sum(t.value_usd), 0) AS v FROM '${SAMPLE}' t
     WHERE t.freq = 'M' AND ${where}`,
    params,
  );
  return Number(row?.v);
}

const CHPL = `t.hs IN (SELECT hs6 FROM read_csv('data/reference/chpl.csv', all_varchar = true))`;

/** The view of `path`, settled: on the page already open, or on a `fresh` one. */
async function openReady(path: string, fresh = false): Promise<AppPage> {
  const options = { viewport: VIEWPORT };
  const app = fresh ? await harness.open(path, options) : await harness.visit(path, options);
  expect(await waitForDataStatus(app.page)).toBe('ready');
  await waitForFlows(app.page);
  await app.page.locator('[data-testid=sankey][data-state=ready]').waitFor();
  return app;
}

const legendTotal = async (app: AppPage) =>
  Number(await app.page.getByTestId('legend-summary').getAttribute('data-total-usd'));

/** The Sankey's link from `source` to `target` (ISO-3 codes), in US$, or null if not drawn. */
async function sankeyLink(app: AppPage, source: string, target: string): Promise<number | null> {
  const link = app.page.locator(
    `[data-testid=sankey-link][data-source="${source}"][data-target="${target}"]`,
  );
  if ((await link.count()) === 0) return null;
  return Number(await link.first().getAttribute('data-value'));
}

/** The keys of the corridors listed in the ranking. */
const listedKeys = (app: AppPage) =>
  app.page
    .getByTestId('corridor-list')
    .locator('button.corridor')
    .evaluateAll((buttons) => buttons.map((b) => b.getAttribute('data-key') ?? ''));

const param = (app: AppPage, name: string) => new URL(app.page.url()).searchParams.get(name);

/** Waits for the ranking to show only corridors whose key passes `test`, and some of them. */
async function waitForRanking(app: AppPage, pattern: RegExp): Promise<string[]> {
  await expect
    .poll(async () => {
      const keys = await listedKeys(app);
      return keys.length > 0 && keys.every((key) => pattern.test(key));
    })
    .toBe(true);
  return listedKeys(app);
}

describe('the workspace filters', () => {
  it('narrows the map, the Sankey and the ranking to a product, as DuckDB sums it', async () => {
    const app = await openReady('/?prod=854231&month=2024-06&window=12');
    const window = ['2023-07-01', '2024-06-01'];
    const expected = await plainSum(
      `t.hs = '854231' AND t.reporter = 'TWN' AND t.flow = 'X' AND t.partner <> 'WLD'
       AND t.period BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)`,
      window,
    );
    expect(expected).toBeGreaterThan(0);
    expect(await legendTotal(app)).toBeCloseTo(expected, 0);
    const toKgz = await plainSum(
      `t.hs = '854231' AND t.reporter = 'TWN' AND t.partner = 'KGZ' AND t.flow = 'X'
       AND t.period BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)`,
      window,
    );
    // The Sankey's Kyrgyz link exists unless Kyrgyzstan fell into "other intermediaries".
    const link = await sankeyLink(app, 'TWN', 'KGZ');
    if (link !== null) expect(link).toBeCloseTo(toKgz, 0);
    const keys = await waitForRanking(app, /:854231$/);
    expect(keys.length).toBeGreaterThan(0);
    expect(await app.page.getByTestId('product-filter').locator('summary').textContent()).toContain(
      'HS 854231',
    );
    expect(app.pageErrors).toEqual([]);
  });

  it("switches every view to the importers' mirror figures", async () => {
    const app = await openReady('/');
    const reported = await legendTotal(app);
    await app.page.getByTestId('source').getByRole('radio', { name: 'Mirror imports' }).check();
    await expect.poll(() => param(app, 'src')).toBe('mirror');
    const expected = await plainSum(
      `${CHPL} AND t.partner = 'TWN' AND t.flow = 'M' AND t.reporter <> 'WLD'
       AND t.period BETWEEN DATE '2024-07-01' AND DATE '2025-06-01'`,
    );
    await expect.poll(() => legendTotal(app)).not.toBe(reported);
    expect(await legendTotal(app)).toBeCloseTo(expected, 0);
    // Russia and Belarus have declared no import since 2021: no mirror link reaches them.
    const declared = await plainSum(
      `t.reporter IN ('RUS', 'BLR') AND t.flow = 'M' AND t.period >= DATE '2024-07-01'`,
    );
    expect(declared).toBe(0);
    await expect
      .poll(() => app.page.locator('[data-testid=sankey-link][data-target=RUS]').count())
      .toBe(0);
    expect(await app.page.locator('[data-testid=sankey-link][data-target=BLR]').count()).toBe(0);
    expect(
      await app.page.locator('[data-testid=sankey-link][data-source=TWN]').count(),
    ).toBeGreaterThan(0);
  });

  it('picks an intermediary by its Chinese name, and narrows the ranking and the Sankey', async () => {
    const app = await openReady('/');
    const picker = app.page.getByTestId('country-picker-via').getByRole('combobox');
    // Another Chinese name a country goes by finds it too.
    await picker.fill('阿聯酋');
    const options = app.page.getByTestId('country-picker-via').getByTestId('country-option');
    await expect.poll(() => options.first().getAttribute('data-code')).toBe('ARE');
    await picker.fill('吉爾吉斯');
    await app.page
      .getByTestId('country-picker-via')
      .locator('[data-testid=country-option][data-code=KGZ]')
      .click();
    await expect.poll(() => param(app, 'via')).toBe('KGZ');
    await waitForRanking(app, /^TWN>KGZ>/);
    // The Sankey narrows to the routes through Kyrgyzstan, and shows it selected.
    const pressed = app.page.locator('[data-testid=sankey-node][aria-pressed=true]');
    await expect.poll(() => pressed.getAttribute('data-code')).toBe('KGZ');
    const middle = app.page.locator('[data-testid=sankey-node][data-column="1"]');
    expect(await middle.count()).toBe(1);
    // The legend says what of the period's exports went to Kyrgyzstan, as DuckDB sums it.
    const toKgz = await plainSum(
      `t.reporter = 'TWN' AND t.flow = 'X' AND t.partner = 'KGZ' AND ${CHPL}
       AND t.period > (SELECT max(period) FROM '${SAMPLE}') - INTERVAL 12 MONTH`,
    );
    expect(toKgz).toBeGreaterThan(0);
    const focus = app.page.getByTestId('legend-focus');
    await expect
      .poll(async () => Number(await focus.getAttribute('data-value-usd')))
      .toBeCloseTo(toKgz, 0);
    expect(await focus.textContent()).toMatch(/^Of which to Kyrgyzstan: US\$/);
    // The route view: what went in from Taiwan and on to Russia and Belarus, and the share of
    // what went on that Taiwan's goods could account for.
    const onward = await plainSum(
      `t.reporter = 'KGZ' AND t.flow = 'X' AND t.partner IN ('RUS', 'BLR') AND ${CHPL}
       AND t.period > (SELECT max(period) FROM '${SAMPLE}') - INTERVAL 12 MONTH`,
    );
    const total = app.page.getByTestId('route-legs').locator('tfoot tr');
    await expect
      .poll(async () => Number(await total.getAttribute('data-first')))
      .toBeCloseTo(toKgz, 0);
    expect(Number(await total.getAttribute('data-second'))).toBeCloseTo(onward, 0);
    expect(onward).toBeGreaterThan(toKgz);
    // The Sankey's Kyrgyz node reads in full, with its value: the larger of its two legs.
    expect(await sankeyLink(app, 'TWN', 'KGZ')).toBeCloseTo(toKgz, 0);
    expect(Number(await middle.getAttribute('data-value'))).toBeCloseTo(onward, 0);
    const label = app.page.locator('[data-testid=sankey-label][data-code=KGZ]');
    expect(await label.getAttribute('data-truncated')).toBe('false');
    expect(await label.locator('.sankey-name').allTextContents()).toEqual(['Kyrgyzstan']);
    expect(await label.locator('.sankey-value').textContent()).toBe(formatUsd('en', onward));
    expect(await app.page.getByTestId('route-account-share').textContent()).toContain(
      `could account for at most ${Math.round((100 * toKgz) / onward)}% of Kyrgyzstan's exports to Russia and Belarus`,
    );
  });

  it.each([
    { width: 1366, height: 768 },
    { width: 1920, height: 1080 },
  ])('labels every Sankey node in full, with its value, at $width px', async (viewport) => {
    // The window resized, as a user would: the Sankey lays itself out again for its width.
    const app = await openReady('/');
    await app.page.setViewportSize(viewport);
    onTestFinished(() => app.page.setViewportSize(VIEWPORT));
    await settle(app.page);
    expect(await app.page.evaluate(() => window.innerWidth)).toBe(viewport.width);
    const labels = await app.page.$$eval('[data-testid=sankey-label]', (groups) => {
      const svg = groups[0]?.closest('svg');
      const barX = (column: number) =>
        Number(
          svg
            ?.querySelector(`[data-testid=sankey-node][data-column="${column}"] .sankey-bar`)
            ?.getAttribute('x') ?? svg?.getAttribute('width'),
        );
      return groups.map((g) => {
        const column = Number(g.getAttribute('data-column'));
        const spans = [...g.querySelectorAll<SVGTSpanElement>('tspan')];
        const text = (kind: string) =>
          spans.filter((s) => s.classList.contains(kind)).map((s) => s.textContent ?? '');
        return {
          code: g.getAttribute('data-code'),
          truncated: g.getAttribute('data-truncated'),
          name: text('sankey-name').join(' '),
          value: text('sankey-value').join(' '),
          tooltip: g.querySelector('title')?.textContent?.split('\n')[0],
          // Where the drawn text ends, and the next column's bar (or the SVG's edge) begins.
          right: Math.max(
            ...spans.map((s) => s.getStartPositionOfChar(0).x + s.getComputedTextLength()),
          ),
          limit: column === 2 ? Number(svg?.getAttribute('width')) : barX(column + 1),
        };
      });
    });
    const intermediaries = await app.page
      .locator('[data-testid=sankey-node][data-column="1"]')
      .count();
    expect(labels.length).toBeGreaterThan(intermediaries);
    for (const label of labels) {
      expect(label.truncated, `${label.code}`).toBe('false');
      expect(label.right, `${label.code}`).toBeLessThanOrEqual(label.limit);
      if (label.code === 'TWN') continue;
      expect(label.value, `${label.code}`).toMatch(/^US\$[\d.]+[KMB]?$/);
      expect(label.tooltip).toBe(`${label.name}: ${label.value}`);
    }
  });

  it('cross-filters from a Sankey node: a destination narrows the ranking', async () => {
    const app = await openReady('/');
    await app.page.locator('[data-testid=sankey-node][data-code=BLR]').click();
    await expect.poll(() => param(app, 'to')).toBe('BLR');
    await waitForRanking(app, />BLR:/);
    // Clicking it again clears the filter.
    await app.page.locator('[data-testid=sankey-node][data-code=BLR]').click();
    await expect.poll(() => param(app, 'to')).toBe(null);
    const keys = await listedKeys(app);
    expect(keys.some((key) => />RUS:/.test(key))).toBe(true);
  });

  it('brushes a period on the timeline: the map sums exactly the months brushed', async () => {
    const app = await openReady('/');
    const bars = app.page.locator('.timeline-bars rect');
    const count = await bars.count();
    expect(count).toBe(90);
    // Drag from the bar of March 2022 (index 50) to the bar of August 2022 (index 55).
    const from = await bars.nth(50).boundingBox();
    const to = await bars.nth(55).boundingBox();
    if (!from || !to) throw new Error('no timeline bars');
    const y = from.y + from.height / 2 - 10;
    await app.page.mouse.move(from.x + from.width / 2, y);
    await app.page.mouse.down();
    await app.page.mouse.move(to.x + to.width / 2, y, { steps: 8 });
    await app.page.mouse.up();
    await expect.poll(() => param(app, 'month')).toBe('2022-08');
    expect(param(app, 'window')).toBe('6');
    await expect
      .poll(() => app.page.getByTestId('legend-period').textContent())
      .toBe('Mar 2022 – Aug 2022');
    const expected = await plainSum(
      `${CHPL} AND t.reporter = 'TWN' AND t.flow = 'X' AND t.partner <> 'WLD'
       AND t.period BETWEEN DATE '2022-03-01' AND DATE '2022-08-01'`,
    );
    expect(await legendTotal(app)).toBeCloseTo(expected, 0);
  });

  it('reopens a shared link as the same view with the same numbers, and goes back', async () => {
    const link = '/?prod=CHPL-1&via=ARM&to=RUS&month=2023-12&window=3&src=reported';
    const first = await openReady(link);
    const total = await legendTotal(first);
    const keys = await waitForRanking(first, /^TWN>ARM>RUS:/);
    const sankey = await sankeyLink(first, 'ARM', 'RUS');

    // The same link in a new page.
    const again = await openReady(link, true);
    expect(await legendTotal(again)).toBe(total);
    expect(await waitForRanking(again, /^TWN>ARM>RUS:/)).toEqual(keys);
    expect(await sankeyLink(again, 'ARM', 'RUS')).toBe(sankey);
    expect(await again.page.getByTestId('legend-period').textContent()).toBe('Oct 2023 – Dec 2023');
    const picker = again.page.getByTestId('country-picker-via').getByRole('combobox');
    expect(await picker.inputValue()).toBe('Armenia');

    // A change and the back button: the view and its numbers return.
    await again.page.getByTestId('source').getByRole('radio', { name: 'Mirror imports' }).check();
    await expect.poll(() => legendTotal(again)).not.toBe(total);
    await again.page.goBack();
    await expect.poll(() => legendTotal(again)).toBe(total);
    expect(param(again, 'src')).toBe('reported');
  });
});

describe('the exports', () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await openReady('/?via=KGZ&month=2024-06&window=12');
  });

  async function exportFile(item: string): Promise<{ name: string; bytes: Buffer }> {
    await app.page.getByTestId('export-menu').getByRole('button').first().click();
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByTestId(`export-${item}`).click(),
    ]);
    const path = await download.path();
    return { name: download.suggestedFilename(), bytes: await readFile(path) };
  }

  it('wait for the data: no export of a map without its period while the sample loads', async () => {
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    const loading = await harness.open('/?via=KGZ', {
      beforeLoad: (page) =>
        page.route('**/trade-sample.parquet', async (route) => {
          await held;
          await route.continue();
        }),
    });
    const button = loading.page.getByTestId('export-menu').getByRole('button').first();
    await button.waitFor();
    expect(await button.getAttribute('aria-busy')).toBe('true');
    release();
    await waitForFlows(loading.page);
    await expect.poll(() => button.getAttribute('aria-busy')).toBe('false');
    expect(await button.textContent()).toMatch(/^Export/);
    await loading.page.context().close();
  });

  it('saves the flows as CSV, named after the view, with the numbers of the Sankey', async () => {
    const { name, bytes } = await exportFile('flows');
    expect(name).toBe('taiwan-dual-use_flows_2023-07_2024-06_via-KGZ.csv');
    const rows = csvParse(bytes.toString('utf8').replace(/^\uFEFF/, ''));
    const first = rows.find((r) => r.leg === 'first');
    expect(first).toMatchObject({ from: 'TWN', to: 'KGZ', first_month: '2023-07' });
    const expected = await plainSum(
      `${CHPL} AND t.reporter = 'TWN' AND t.partner = 'KGZ' AND t.flow = 'X'
       AND t.period BETWEEN DATE '2023-07-01' AND DATE '2024-06-01'`,
    );
    expect(Number(first?.value_usd)).toBeCloseTo(expected, 0);
    const second = rows.filter((r) => r.leg === 'second');
    expect(second.length).toBeGreaterThan(0);
    expect(second.every((r) => r.from === 'KGZ')).toBe(true);
    const toRussia = second.find((r) => r.to === 'RUS');
    expect(Number(toRussia?.value_usd)).toBeCloseTo(
      await plainSum(
        `${CHPL} AND t.reporter = 'KGZ' AND t.partner = 'RUS' AND t.flow = 'X'
         AND t.period BETWEEN DATE '2023-07-01' AND DATE '2024-06-01'`,
      ),
      0,
    );
  });

  it('saves the corridors listed as JSON and CSV', async () => {
    const listed = await waitForRanking(app, /^TWN>KGZ>/);
    const json = await exportFile('corridors-json');
    expect(json.name).toBe('taiwan-dual-use_corridors_2023-07_2024-06_via-KGZ.json');
    const { corridors, routes } = JSON.parse(json.bytes.toString('utf8')) as {
      corridors: {
        origin: string;
        via: string;
        destination: string;
        product: string;
        score: number;
      }[];
      routes: { considered: number };
    };
    expect(routes.considered).toBeGreaterThan(0);
    expect(corridors.length).toBeGreaterThanOrEqual(listed.length);
    expect(corridors.every((c) => c.via === 'KGZ')).toBe(true);
    const keys = corridors.map((c) => `${c.origin}>${c.via}>${c.destination}:${c.product}`);
    expect(keys.slice(0, listed.length)).toEqual(listed);

    const csv = await exportFile('corridors-csv');
    const rows = csvParse(csv.bytes.toString('utf8').replace(/^\uFEFF/, ''));
    expect(rows).toHaveLength(corridors.length);
    expect(rows.every((r) => r.via === 'KGZ')).toBe(true);
  });

  it('records the map as a WebM video with progress and Cancel: a real file, as long as said, frames moving', async () => {
    // A page of its own, with the animation running: a still map would make still frames. A
    // small one: software WebGL draws and encodes every frame of the video.
    const moving = await harness.open('/?via=KGZ&month=2024-06&window=12', {
      viewport: { width: 960, height: 600 },
      reducedMotion: 'no-preference',
    });
    expect(await waitForDataStatus(moving.page)).toBe('ready');
    await waitForFlows(moving.page);
    const menu = moving.page.getByTestId('export-menu').getByRole('button').first();
    // Cancelled: nothing saved, and it says so.
    await menu.click();
    await moving.page.getByTestId('export-video').click();
    await moving.page.getByTestId('export-progress').waitFor();
    await moving.page.getByTestId('export-cancel').click();
    await expect
      .poll(() => moving.page.getByTestId('export-status').textContent())
      .toMatch(/cancelled, nothing saved$/);

    await menu.click();
    const [download] = await Promise.all([
      moving.page.waitForEvent('download', { timeout: 120_000 }),
      moving.page.getByTestId('export-video').click(),
    ]);
    expect(download.suggestedFilename()).toBe('taiwan-dual-use_map_2023-07_2024-06_via-KGZ.webm');
    const bytes = await readFile(await download.path());
    // WebM is Matroska: the EBML magic number, then the document type.
    expect([...bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    expect(bytes.subarray(0, 64).toString('latin1')).toContain('webm');

    // A playback, month by month, of the window's months up to the one shown, then back.
    await moving.page.evaluate(() => {
      window.history.pushState(null, '', '/?via=KGZ&month=2018-06&window=3');
      window.dispatchEvent(new PopStateEvent('popstate'));
    });
    await expect
      .poll(() => moving.page.getByTestId('legend-period').textContent())
      .toBe('Apr 2018 – Jun 2018');
    await menu.click();
    const [played] = await Promise.all([
      moving.page.waitForEvent('download', { timeout: 120_000 }),
      moving.page.getByTestId('export-video-playback').click(),
    ]);
    // From the first full window (Jan – Mar 2018) to Apr – Jun 2018: 4 months of 0.4 s.
    expect(played.suggestedFilename()).toBe(
      'taiwan-dual-use_playback_2018-01_2018-06_via-KGZ.webm',
    );
    // Both decoded by the browser itself, on a blank page (the app's policy plays no media;
    // opened last, since a page in the background draws no frames to record): the first 8 s
    // long, its frames changing over time.
    const player = await moving.page.context().newPage();
    const decoded = await decodeVideo(player, bytes, { from: 1, beforeEnd: 1 });
    expect(decoded.duration).toBeCloseTo(8, 1);
    const map = await moving.page.getByTestId('map').boundingBox();
    expect(decoded.width).toBe(Math.round(map?.width ?? 0));
    expect(decoded.differing).toBeGreaterThan(50);

    const playback = (
      await decodeVideo(player, await readFile(await played.path()), { from: 0, beforeEnd: 0 })
    ).duration;
    expect(playback).toBeCloseTo(4 * 0.4, 1);
    expect(new URL(moving.page.url()).searchParams.get('month')).toBe('2018-06');
    await moving.page.context().close();
  });

  it('saves the map as a PNG with a title band, the map and a legend', async () => {
    const { name, bytes } = await exportFile('map');
    expect(name).toBe('taiwan-dual-use_map_2023-07_2024-06_via-KGZ.png');
    const png = PNG.sync.read(bytes);
    const map = await app.page.getByTestId('map').boundingBox();
    expect(png.width).toBe(Math.round(map?.width ?? 0));
    expect(png.height).toBeGreaterThan((map?.height ?? 0) + 80);
    // The map itself is in the image: many colours, not a blank canvas.
    const colours = new Set<number>();
    for (let i = 0; i < png.data.length; i += 4 * 97) {
      colours.add(
        ((png.data[i] ?? 0) << 16) | ((png.data[i + 1] ?? 0) << 8) | (png.data[i + 2] ?? 0),
      );
    }
    expect(colours.size).toBeGreaterThan(50);
  });
});
