import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import {
  mapPixels,
  countryPoint,
  mapCamera,
  projectOn,
  startHarness,
  waitForDataStatus,
  waitForFlows,
  type AppPage,
  type Harness,
} from './harness';

const SAMPLE = 'public/sample/trade-sample.parquet';
const VIEWPORT = { width: 1280, height: 800 };

let harness: Harness;
let db: NodeDuckDB;

/** Where a country's anchor is on the page, for the opening camera. */
async function anchorOnPage(app: AppPage, iso3: string): Promise<[number, number]> {
  const [lon, lat] = await countryPoint(db, iso3);
  const box = await app.page.getByTestId('map').boundingBox();
  if (!box) throw new Error('no map on the page');
  const camera = await mapCamera(app.page);
  const [x, y] = projectOn(camera, lon, lat, box.width, box.height);
  return [box.x + x, box.y + y];
}

/** Taiwan's CHPL exports in [start, end] (months 'YYYY-MM-01'), by an independent query. */
async function exportsBetween(start: string, end: string): Promise<number> {
  const [row] = await db.query(
    `SELECT sum(t.value_usd) AS v FROM '${SAMPLE}' t
     JOIN read_csv('data/reference/chpl.csv', all_varchar = true) c ON c.hs6 = t.hs
     WHERE t.reporter = 'TWN' AND t.flow = 'X' AND t.freq = 'M' AND t.partner <> 'WLD'
       AND t.period BETWEEN CAST(? AS DATE) AND CAST(? AS DATE)`,
    [start, end],
  );
  return Number(row?.v);
}

const legendTotal = async (app: AppPage) =>
  Number(await app.page.getByTestId('legend-summary').getAttribute('data-total-usd'));

/** Share of pixels that differ between two screenshots of the same size. */
function changedShare(a: Buffer, b: Buffer): number {
  let changed = 0;
  for (let i = 0; i < a.length; i += 4)
    if (Math.abs((a[i] ?? 0) - (b[i] ?? 0)) + Math.abs((a[i + 1] ?? 0) - (b[i + 1] ?? 0)) > 30)
      changed += 1;
  return changed / (a.length / 4);
}

beforeAll(async () => {
  db = await openNodeDuckDB();
  harness = await startHarness();
});

afterAll(async () => {
  await harness?.close();
  db?.close();
});

describe('the map', () => {
  it('shows the month window of the address, with the totals of that window', async () => {
    const app = await harness.visit('/?month=2021-06', { viewport: VIEWPORT });
    await waitForFlows(app.page);
    expect(await app.page.getByTestId('legend-period').textContent()).toBe('Jul 2020 – Jun 2021');
    expect(await app.page.getByTestId('timeline').getAttribute('data-current-month')).toBe(
      '2021-06-01',
    );
    const expected = await exportsBetween('2020-07-01', '2021-06-01');
    expect(await legendTotal(app)).toBeCloseTo(expected, 0);

    await app.page.getByTestId('timeline').getByRole('combobox').nth(1).selectOption('1');
    await expect.poll(() => app.page.getByTestId('legend-period').textContent()).toBe('Jun 2021');
    expect(app.page.url()).toContain('window=1');
    expect(await legendTotal(app)).toBeCloseTo(await exportsBetween('2021-06-01', '2021-06-01'), 0);
  });

  it('tells a corridor story: its routes are faint before the invasion and bold after', async () => {
    const warmPixels = async (month: string) => {
      const app = await harness.visit(`/?time=1&month=${month}`, { viewport: VIEWPORT });
      await waitForFlows(app.page);
      await app.page.getByTestId('corridor-list').locator('[data-key]').first().waitFor();
      await app.page.waitForTimeout(500);
      const png = await mapPixels(app.page);
      let warm = 0;
      for (let i = 0; i < png.data.length; i += 4) {
        const [r = 0, g = 0, b = 0] = png.data.subarray(i, i + 3);
        if (r > 190 && g < 150 && b < 90) warm += 1;
      }
      return warm;
    };
    const before = await warmPixels('2021-06');
    const after = await warmPixels('2023-06');
    expect(after).toBeGreaterThan(3 * before);
  });

  it('plays the months with the space bar and steps them with the arrow keys', async () => {
    const app = await harness.visit('/?month=2021-11&window=1', { viewport: VIEWPORT });
    await waitForFlows(app.page);
    const month = () => app.page.getByTestId('timeline').getAttribute('data-current-month');
    const before = await legendTotal(app);
    await app.page.keyboard.press('Space');
    await expect.poll(month).not.toBe('2021-11-01');
    await app.page.keyboard.press('Space');
    const stopped = (await month()) ?? '';
    expect(stopped > '2021-11-01').toBe(true);
    // The address follows the month without a history entry per step.
    expect(app.page.url()).toContain(`month=${stopped.slice(0, 7)}`);
    await expect.poll(() => legendTotal(app)).not.toBe(before);

    await app.page.keyboard.press('ArrowLeft');
    await expect.poll(month).not.toBe(stopped);
    const back = (await month()) ?? '';
    expect(back < stopped).toBe(true);
    await app.page.keyboard.press('End');
    await expect.poll(month).toBe('2025-06-01');
    expect(app.page.url()).not.toContain('month=');
    expect(app.pageErrors).toEqual([]);
  });

  it('explains a partner in a tooltip of plain text, with the figures of the window', async () => {
    const app = await harness.visit('/?time=1', { viewport: VIEWPORT });
    await waitForFlows(app.page);
    await app.page.getByTestId('corridor-list').locator('[data-key]').first().waitFor();
    const [x, y] = await anchorOnPage(app, 'KGZ');
    await app.page.mouse.move(x, y);
    const tip = app.page.getByTestId('map-tooltip');
    await tip.waitFor();
    const [row] = await db.query(
      `SELECT sum(t.value_usd) AS v FROM '${SAMPLE}' t
       JOIN read_csv('data/reference/chpl.csv', all_varchar = true) c ON c.hs6 = t.hs
       WHERE t.reporter = 'TWN' AND t.flow = 'X' AND t.partner = 'KGZ'
         AND t.period BETWEEN DATE '2024-07-01' AND DATE '2025-06-01'`,
    );
    const thousands = Math.round(Number(row?.v) / 1000);
    const lines = await tip
      .locator('*')
      .evaluateAll((nodes) => nodes.map((n) => `${n.tagName} ${n.textContent}`));
    expect(lines[0]).toBe('STRONG Kyrgyzstan');
    expect(lines[1]).toBe(`SPAN Taiwan exports: US$${thousands}K (Jul 2024 – Jun 2025)`);
    expect(lines.some((line) => /Flagged corridor through it: score 0\.\d\d/.test(line))).toBe(
      true,
    );
  });

  it('opens the corridor whose route is clicked, as its tooltip names it', async () => {
    const app = await harness.visit('/?time=1', { viewport: VIEWPORT });
    await waitForFlows(app.page);
    await app.page.getByTestId('corridor-list').locator('[data-key]').first().waitFor();
    // A pixel in a corridor's warm colour a little way from Kyrgyzstan, where its routes pass.
    const box = await app.page.getByTestId('map').boundingBox();
    if (!box) throw new Error('no map on the page');
    const [ax, ay] = await anchorOnPage(app, 'KGZ');
    const png = await mapPixels(app.page);
    let target: [number, number] | null = null;
    for (let r = 12; r < 60 && !target; r += 2)
      for (let a = 0; a < 360 && !target; a += 10) {
        const x = Math.round(ax - box.x + r * Math.cos((a * Math.PI) / 180));
        const y = Math.round(ay - box.y + r * Math.sin((a * Math.PI) / 180));
        const i = 4 * (y * png.width + x);
        const [red = 0, green = 0, blue = 0] = png.data.subarray(i, i + 3);
        if (red > 190 && green < 150 && blue < 90) target = [box.x + x, box.y + y];
      }
    if (!target) throw new Error('no corridor pixel near Kyrgyzstan');
    await app.page.mouse.move(...target);
    const tip = app.page.getByTestId('map-tooltip');
    await tip.waitFor();
    const title = (await tip.locator('strong').textContent()) ?? '';
    expect(title).toMatch(/^Taiwan → .+ → (Russia|Belarus)$/);
    expect(await tip.textContent()).toMatch(/Anomaly score 0\.\d\d/);
    await app.page.mouse.click(...target);
    await app.page.getByTestId('corridor-detail').waitFor();
    expect(app.page.url()).toContain('corridor=TWN%3E');
    const [, via] = title.split(' → ');
    expect(await app.page.getByTestId('corridor-detail').textContent()).toContain(via);
  });

  it('narrows the ranking to a country clicked on the map', async () => {
    const app = await harness.visit('/?time=1', { viewport: VIEWPORT });
    await waitForFlows(app.page);
    await app.page.getByTestId('corridor-list').locator('[data-key]').first().waitFor();
    await app.page.mouse.click(...(await anchorOnPage(app, 'KGZ')));
    await expect.poll(() => app.page.url()).toContain('via=KGZ');
    await expect(app.page.getByTestId('via-filter').textContent()).resolves.toContain('Kyrgyzstan');
    const routes = await app.page
      .getByTestId('corridor-list')
      .locator('[data-key]')
      .evaluateAll((rows) => rows.map((row) => row.getAttribute('data-key')));
    expect(routes.length).toBeGreaterThan(0);
    expect(routes.every((key) => key?.startsWith('TWN>KGZ>'))).toBe(true);
    await app.page.getByTestId('via-filter').getByRole('button').click();
    await expect.poll(() => app.page.url()).not.toContain('via=');
  });

  it('moves its particles with the clock, and holds them still for reduced motion', async () => {
    const moving = await harness.open('/', { viewport: VIEWPORT, reducedMotion: 'no-preference' });
    await waitForDataStatus(moving.page);
    await waitForFlows(moving.page);
    const first = (await mapPixels(moving.page)).data;
    await moving.page.waitForTimeout(700);
    expect(changedShare(first, (await mapPixels(moving.page)).data)).toBeGreaterThan(0.001);
    // A moving map keeps the machine drawing: closed once seen.
    await moving.page.context().close();

    const still = await harness.visit('/', { viewport: VIEWPORT, reducedMotion: 'reduce' });
    await waitForFlows(still.page);
    await still.page.getByTestId('corridor-list').locator('[data-key]').first().waitFor();
    await expect(
      still.page.getByTestId('motion-toggle').getAttribute('aria-pressed'),
    ).resolves.toBe('false');
    await still.page.waitForTimeout(500);
    const a = (await mapPixels(still.page)).data;
    await still.page.waitForTimeout(700);
    expect(changedShare(a, (await mapPixels(still.page)).data)).toBe(0);
  });

  it('recolours for print and flies to a region, keeping both in the address', async () => {
    const app = await harness.visit('/?time=1', { viewport: VIEWPORT });
    await waitForFlows(app.page);
    const ocean = async () => {
      const png = await mapPixels(app.page);
      const i = 4 * (png.width * (png.height - 60) + Math.round(png.width * 0.45));
      const [r = 0, g = 0, b = 0] = png.data.subarray(i, i + 3);
      return (r + g + b) / 3;
    };
    expect(await ocean()).toBeLessThan(60);
    await app.page.getByTestId('theme-toggle').click();
    await expect.poll(ocean).toBeGreaterThan(180);
    expect(app.page.url()).toContain('theme=light');
    expect(await app.page.getAttribute('html', 'data-theme')).toBe('light');
    // And back again: the map recolours every time, not only away from its opening theme.
    await app.page.getByTestId('theme-toggle').click();
    await expect.poll(ocean).toBeLessThan(60);
    await app.page.getByTestId('theme-toggle').click();
    await expect.poll(ocean).toBeGreaterThan(180);

    const before = (await mapPixels(app.page)).data;
    await app.page.getByTestId('camera-central-asia').click();
    await expect.poll(() => app.page.url()).toContain('cam=central-asia');
    await app.page.waitForTimeout(2_500);
    expect(changedShare(before, (await mapPixels(app.page)).data)).toBeGreaterThan(0.2);
    expect(app.pageErrors).toEqual([]);
  });
});
