import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import {
  countryPoint,
  mapCamera,
  mapPixels,
  projectOn,
  startHarness,
  type AppPage,
  type Harness,
} from './harness';

/**
 * The screens officials and analysts use, a laptop and a wall display: every panel's content
 * can be read (it fits, or its panel scrolls), the map keeps at least half of the width, a
 * selected corridor is brought into the part of the map the panels leave free, and a briefing
 * step's subject is never under its caption. Positions are projected here from the reference
 * table and the camera the map reports, not read from a picture.
 */

const LAPTOP = { width: 1366, height: 768 };
const SCREENS = [LAPTOP, { width: 1920, height: 1080 }];
/** The sample's strongest corridor: Taiwan → Armenia → Russia, processors. */
const CORRIDOR = 'TWN>ARM>RUS:854231';

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

interface Rect {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** The page rectangles of the elements matching `selector`. */
async function rects(app: AppPage, selector: string): Promise<Rect[]> {
  return app.page.$$eval(selector, (elements) =>
    elements.map((e) => {
      const r = e.getBoundingClientRect();
      return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
    }),
  );
}

/** Where a country's anchor is on the page, for the camera the map reports now. */
async function anchorOnPage(app: AppPage, iso3: string): Promise<[number, number]> {
  const map = (await rects(app, '[data-testid="map"]'))[0];
  if (!map) throw new Error('no map');
  const [lon, lat] = await countryPoint(db, iso3);
  const camera = await mapCamera(app.page);
  const [x, y] = projectOn(camera, lon, lat, map.right - map.left, map.bottom - map.top);
  return [map.left + x, map.top + y];
}

const inside = ([x, y]: [number, number], r: Rect) =>
  x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

/** Whether a point lies on the map and under none of the panels drawn over it. */
async function inFreePart(app: AppPage, point: [number, number], covers: string) {
  const [map] = await rects(app, '[data-testid="map"]');
  if (!map || !inside(point, map)) return false;
  return (await rects(app, covers)).every((cover) => !inside(point, cover));
}

/**
 * Elements that cut their own content without letting it scroll: each as its class and how
 * many pixels are hidden. Labels shortened on purpose (an ellipsis, or clamped to a few lines,
 * their whole text in a tooltip) and form fields (their text scrolls) are not cut.
 */
async function clippedContent(app: AppPage): Promise<string[]> {
  return app.page.evaluate(() => {
    const cut: string[] = [];
    for (const e of document.querySelectorAll<HTMLElement>('.app *')) {
      const style = getComputedStyle(e);
      const shortened =
        style.textOverflow === 'ellipsis' ||
        (style.webkitLineClamp !== 'none' && e.title !== '') ||
        e.matches('input, textarea, select');
      if (e.getClientRects().length === 0 || shortened) continue;
      const clips = (o: string) => o === 'hidden' || o === 'clip';
      const hiddenY = clips(style.overflowY) ? e.scrollHeight - e.clientHeight : 0;
      const hiddenX = clips(style.overflowX) ? e.scrollWidth - e.clientWidth : 0;
      if (hiddenY > 2 || hiddenX > 2)
        cut.push(`${e.tagName.toLowerCase()}.${e.className}: ${hiddenX} × ${hiddenY} px hidden`);
    }
    return cut;
  });
}

describe.each(SCREENS)('the workspace at $width × $height', (viewport) => {
  let app: AppPage;
  beforeAll(async () => {
    app = await harness.visit(`/?corridor=${CORRIDOR}`, { viewport });
    await app.page.getByTestId('corridor-detail').waitFor();
  });

  it('leaves the map at least half of the width, beside the filter column and the side panels', async () => {
    const [map] = await rects(app, '[data-testid="map"]');
    const [side] = await rects(app, '.side');
    expect(map && side).toBeTruthy();
    const free = (side?.left ?? 0) - (map?.left ?? 0);
    expect(free).toBeGreaterThanOrEqual(viewport.width / 2);
  });

  it('cuts no panel content: what does not fit scrolls', async () => {
    expect(await clippedContent(app)).toEqual([]);
    // Each side panel either fits or scrolls.
    const overflowing = await app.page.$$eval('.side > *, .workspace-column', (elements) =>
      elements
        .filter((e) => e.scrollHeight > e.clientHeight + 2)
        .filter((e) => !['auto', 'scroll'].includes(getComputedStyle(e).overflowY))
        .map((e) => e.className),
    );
    expect(overflowing).toEqual([]);
  });

  it('brings the selected corridor into the free part of the map, drawn in its score colour', async () => {
    const covers = '.side, .map-toolbar';
    for (const iso3 of ['TWN', 'ARM', 'RUS']) {
      await expect
        .poll(async () => inFreePart(app, await anchorOnPage(app, iso3), covers), {
          timeout: 20_000,
        })
        .toBe(true);
    }
    const [map] = await rects(app, '[data-testid="map"]');
    const [x, y] = await anchorOnPage(app, 'ARM');
    const png = await mapPixels(app.page);
    const [mx, my] = [x - (map?.left ?? 0), y - (map?.top ?? 0)];
    let warm = 0;
    for (let dy = -8; dy <= 8; dy += 1)
      for (let dx = -8; dx <= 8; dx += 1) {
        const i = 4 * (Math.round(my + dy) * png.width + Math.round(mx + dx));
        const [r = 0, g = 0, b = 0] = [png.data[i], png.data[i + 1], png.data[i + 2]];
        if (r > 180 && g < 120 && b < 110) warm += 1;
      }
    expect(warm).toBeGreaterThan(20);
  });

  it("shows the corridor's whole chart on a wall screen, the legend folded", async () => {
    const chart = (await rects(app, '[data-testid="corridor-detail"] .leg-chart'))[0];
    const panel = (await rects(app, '[data-testid="corridor-detail"]'))[0];
    expect(chart && panel).toBeTruthy();
    if (viewport.height >= 1080)
      expect(chart?.bottom ?? Infinity).toBeLessThanOrEqual(panel?.bottom ?? 0);
    // The legend folds under its title while a corridor is open; its summary stays.
    expect(await app.page.locator('.legend details').getAttribute('open')).toBeNull();
    await expect.poll(() => app.page.getByTestId('legend-summary').isVisible()).toBe(true);
  });
});

/** The default briefing's steps, read from the file without the app's code. */
const STEPS = (
  JSON.parse(readFileSync('public/briefings/default.json', 'utf8')) as {
    steps: { view: string; title: { en: string; 'zh-TW': string } }[];
  }
).steps;

/**
 * What a step is about, the places that must be in view: the intermediary it follows (from its
 * corridor or its filter), else the places its camera preset is chosen for.
 */
function subjectOf(view: string): string[] {
  const params = new URLSearchParams(view);
  const via = params.get('corridor')?.split(/[>:]/)[1] ?? params.get('via');
  if (via) return [via];
  return params.get('cam') === 'central-asia' ? ['ARM', 'KAZ', 'KGZ'] : ['RUS', 'TWN'];
}

describe.each(SCREENS)('the briefing at $width × $height', (viewport) => {
  it("says it is loading, then frames every step's subject where its caption leaves the map free, in both languages", async () => {
    // The data is held back until the briefing has said that it is loading it.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const app = await harness.open('/?page=brief&step=2', {
      viewport,
      beforeLoad: (page) =>
        page.route('**/*.parquet', async (route) => {
          await held;
          await route.continue();
        }),
    });
    const status = app.page.getByTestId('brief-status');
    await expect.poll(() => status.textContent()).toBe('Loading the trade data…');
    release();
    await status.waitFor({ state: 'detached', timeout: 120_000 });
    // Step 3 speaks of the score's colours: its key is on screen.
    expect(await app.page.getByTestId('brief-key').textContent()).toContain(
      'Colour: highest score of the corridors through the partner',
    );
    const title = app.page.getByTestId('brief-title');
    for (const lang of ['en', 'zh-TW'] as const) {
      for (const [i, step] of STEPS.entries()) {
        await app.page.evaluate((url) => {
          window.history.pushState(null, '', url);
          window.dispatchEvent(new PopStateEvent('popstate'));
        }, `/?page=brief&step=${i}&lang=${lang}`);
        await expect.poll(() => title.textContent(), { timeout: 60_000 }).toBe(step.title[lang]);
        for (const iso3 of subjectOf(step.view)) {
          await expect
            .poll(
              async () =>
                inFreePart(
                  app,
                  await anchorOnPage(app, iso3),
                  '.brief-panel, .brief-badge, .brief-key',
                ),
              { timeout: 20_000, message: `step ${i + 1} (${lang}): ${iso3}` },
            )
            .toBe(true);
        }
      }
    }
    await app.page.context().close();
  });
});

describe('the legend', () => {
  it("folds its keys on a laptop's screen, so that the ranking shows its first corridors whole", async () => {
    const app = await harness.visit('/', { viewport: { width: 1440, height: 900 } });
    await app.page.waitForFunction(
      () => performance.getEntriesByName('tdc:corridors-calibrated').length > 0,
    );
    expect(await app.page.locator('.legend details').getAttribute('open')).toBeNull();
    await expect.poll(() => app.page.getByTestId('legend-summary').isVisible()).toBe(true);
    const [panel] = await rects(app, '[data-testid="corridor-list"]');
    const cards = await rects(app, '[data-testid="corridor-list"] [data-key]');
    expect(cards.length).toBeGreaterThanOrEqual(2);
    for (const card of cards.slice(0, 2)) {
      expect(card.top).toBeGreaterThanOrEqual(panel?.top ?? Infinity);
      expect(card.bottom).toBeLessThanOrEqual(panel?.bottom ?? 0);
    }
  });

  it('names a whole HS chapter on two lines at most, whole in its tooltip and to a screen reader', async () => {
    const [chapter] = await db.query(
      `SELECT desc_en FROM read_csv('data/reference/hs.csv', all_varchar = true) WHERE hs = '85'`,
    );
    const title = async (path: string) => {
      const app = await harness.visit(path, { viewport: LAPTOP });
      const heading = app.page.locator('#legend-title');
      const { height } = (await heading.boundingBox()) ?? { height: NaN };
      return { app, height, text: await heading.textContent() };
    };
    const short = await title('/');
    expect(short.text).toBe("Taiwan's exports: All CHPL goods");
    // Chapter 85's name is long: it wraps to two lines, cut there.
    const long = await title('/?prod=85');
    const full = `Taiwan's exports: HS 85: ${chapter?.desc_en}`;
    expect(long.height).toBeGreaterThan(short.height * 1.5);
    expect(long.height).toBeLessThan(short.height * 2.5);
    expect(await long.app.page.locator('#legend-title').getAttribute('title')).toBe(full);
    await expect
      .poll(() => long.app.page.getByRole('complementary', { name: full }).count())
      .toBe(1);
  });
});
