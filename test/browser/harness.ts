import { existsSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { preview, type PreviewServer } from 'vite';
import { expect } from 'vitest';
import type { NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { launchChromium } from '../../scripts/lib/chromium';

export { countColor, distinctColors, drawnOn, mapPixels, pixelAt } from '../../scripts/lib/pixels';

/** A page of the built app, with what it did that a test may check. */
export interface AppPage {
  page: Page;
  origin: string;
  /** Requests to any other origin (they are blocked, and recorded here). */
  externalRequests: string[];
  pageErrors: string[];
  consoleErrors: string[];
  /** What the Content-Security-Policy blocked: directive and address. */
  cspViolations: string[];
}

/** Reports each Content-Security-Policy violation of a page to the console, marked. */
const REPORT_CSP_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (e) =>
  console.warn('[csp] ' + e.effectiveDirective + ' ' + e.blockedURI));`;

/**
 * How to open a page: its size, and whether it asks for reduced motion. Pages ask for it unless
 * told otherwise, so that the map's animation does not keep every page of a test file drawing
 * (software WebGL on two cores); a test of the animation opens its page with 'no-preference'.
 */
export interface OpenOptions {
  viewport?: { width: number; height: number };
  reducedMotion?: 'reduce' | 'no-preference';
  /** Run on the new page before it goes to its address (to route its requests, say). */
  beforeLoad?: (page: Page) => Promise<unknown>;
}

const DEFAULT_VIEWPORT = { width: 1280, height: 800 };

/** The built app served locally and a Chromium to open it in. */
export interface Harness {
  origin: string;
  open(path?: string, options?: OpenOptions): Promise<AppPage>;
  /**
   * Shows `path` on the bundled sample, settled. The first visit with given options opens a
   * page; later ones reuse it, changing the address as the browser's back and forward buttons
   * do (the app reads its view from the address), so the sample is not loaded again. For tests
   * that keep the sample loaded; the mouse is moved off the map and any menu closed first.
   */
  visit(path: string, options?: OpenOptions): Promise<AppPage>;
  /** Closes everything; fails if the Content-Security-Policy blocked anything on any page. */
  close(): Promise<void>;
}

/** Serves `dist/` (run `vite build` first) and starts Chromium. */
export async function startHarness(): Promise<Harness> {
  if (!existsSync('dist/index.html')) throw new Error('dist/ is missing: run `vite build` first');
  const server: PreviewServer = await preview({
    preview: { port: 0, host: '127.0.0.1' },
    logLevel: 'warn',
  });
  const address = server.httpServer.address() as AddressInfo;
  const origin = `http://127.0.0.1:${address.port}`;
  const browser: Browser = await launchChromium();
  const contexts: BrowserContext[] = [];
  const pages: AppPage[] = [];
  const warm = new Map<string, AppPage>();

  const harness: Harness = {
    origin,
    async visit(path, options = {}) {
      // The animation clock (`time=`) is read once, when the page starts.
      const time = new URL(path, origin).searchParams.get('time');
      const { viewport = DEFAULT_VIEWPORT, reducedMotion = 'reduce' } = options;
      const key = JSON.stringify([viewport, reducedMotion, time]);
      const app = warm.get(key);
      if (!app) {
        const opened = await harness.open(path, options);
        if ((await waitForDataStatus(opened.page)) === 'ready') warm.set(key, opened);
        await settle(opened.page);
        return opened;
      }
      await app.page.mouse.move(0, 0);
      await app.page.keyboard.press('Escape');
      await app.page.evaluate((url) => {
        window.history.pushState(null, '', url);
        window.dispatchEvent(new PopStateEvent('popstate'));
      }, path);
      await settle(app.page);
      return app;
    },
    async open(
      path = '/',
      { viewport = DEFAULT_VIEWPORT, reducedMotion = 'reduce', beforeLoad }: OpenOptions = {},
    ) {
      const context = await browser.newContext({ viewport, deviceScaleFactor: 1, reducedMotion });
      // Playwright's 30 s default is short for a loaded two-core machine with software WebGL.
      context.setDefaultTimeout(90_000);
      contexts.push(context);
      const app: AppPage = {
        page: await context.newPage(),
        origin,
        externalRequests: [],
        pageErrors: [],
        consoleErrors: [],
        cspViolations: [],
      };
      pages.push(app);
      await context.route('**/*', (route) => {
        const url = route.request().url();
        const local =
          url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:');
        if (local) return route.continue();
        app.externalRequests.push(url);
        return route.abort();
      });
      app.page.on('pageerror', (error) => app.pageErrors.push(String(error)));
      app.page.on('console', (message) => {
        if (message.type() === 'error') app.consoleErrors.push(message.text());
        if (message.text().startsWith('[csp] ')) app.cspViolations.push(message.text().slice(6));
      });
      await app.page.addInitScript(REPORT_CSP_VIOLATIONS);
      await beforeLoad?.(app.page);
      await app.page.goto(`${origin}${path}`);
      return app;
    },
    async close() {
      for (const context of contexts) await context.close();
      await browser.close();
      await new Promise<void>((resolve) => server.httpServer.close(() => resolve()));
      const blocked = pages.flatMap((p) => p.cspViolations.map((v) => `${p.page.url()}: ${v}`));
      if (blocked.length > 0)
        throw new Error(`The Content-Security-Policy blocked:\n${blocked.join('\n')}`);
    },
  };
  return harness;
}

/** Two animation frames: what React rendered has been painted, and deck.gl has drawn. */
const twoFrames = (page: Page) =>
  page.evaluate(
    () => new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve))),
  );

/**
 * Waits until a view change has settled: no query under way (the status line is not busy) for
 * a few frames in a row, then two more frames for what the queries gave to be drawn.
 */
export async function settle(page: Page): Promise<void> {
  for (let quiet = 0; quiet < 3;) {
    await twoFrames(page);
    // Pages without the status line (the briefing) have only their own waits.
    const busy = await page.evaluate(() =>
      document.querySelector('[data-testid=status]')?.getAttribute('aria-busy'),
    );
    quiet = busy === 'true' ? 0 : quiet + 1;
  }
  await twoFrames(page);
}

/** Waits until the data status says ready or failed, and returns which. */
export async function waitForDataStatus(page: Page, timeout = 180_000): Promise<string> {
  const status = page.getByTestId('status');
  await page.waitForFunction(
    () =>
      ['ready', 'failed', 'cancelled'].includes(
        document.querySelector('[data-testid=status]')?.getAttribute('data-state') ?? '',
      ),
    undefined,
    { timeout },
  );
  return (await status.getAttribute('data-state')) ?? '';
}

/** What the status line showed during a load: every state and text, however brief, and the last state. */
export interface LoadTrace {
  state: string;
  states: string[];
  texts: string[];
}

/**
 * Runs `start` (choosing files, clicking "Back to the sample"...) and waits for the load it
 * starts to end, ready, failed or cancelled. A MutationObserver records every state and text the status
 * line shows, so that a load that is over before a test could look is still seen whole.
 */
export async function loadThrough(page: Page, start: () => Promise<unknown>): Promise<LoadTrace> {
  await page.evaluate(`(() => {
    const status = document.querySelector('[data-testid=status]');
    const trace = (window.__loadTrace = { states: [], texts: [] });
    new MutationObserver(() => {
      trace.texts.push(status.textContent);
      trace.states.push(status.getAttribute('data-state'));
    }).observe(status, { childList: true, characterData: true, subtree: true, attributes: true });
  })()`);
  await start();
  // A function, not a string: Playwright would evaluate a string with `eval`, which the app's
  // Content-Security-Policy forbids.
  await page.waitForFunction(
    () =>
      (window as unknown as { __loadTrace: { states: string[] } }).__loadTrace.states.includes(
        'loading',
      ) &&
      ['ready', 'failed', 'cancelled'].includes(
        document.querySelector('[data-testid=status]')?.getAttribute('data-state') ?? '',
      ),
    undefined,
    { timeout: 240_000 },
  );
  const trace = (await page.evaluate('window.__loadTrace')) as Omit<LoadTrace, 'state'>;
  const state = (await page.getByTestId('status').getAttribute('data-state')) ?? '';
  return { ...trace, state };
}

/**
 * Waits for the map to have drawn flows: the legend sums them up once they are queried, and the
 * map says how many it drew (its chunk may still be on its way when the legend is there). The
 * flows of the loaded data, unless `firstView`: then those of the data set's stored first view,
 * drawn before the data is loaded.
 */
export async function waitForFlows(page: Page, { firstView = false } = {}): Promise<void> {
  await page.waitForFunction((firstView) => {
    const summary = document.querySelector('[data-testid=legend-summary]');
    const drawn = document.querySelector('[data-testid=map]')?.getAttribute('data-flows-drawn');
    const partners = summary?.getAttribute('data-partners');
    const stored = summary?.getAttribute('data-first-view') === 'true';
    return drawn != null && drawn === partners && stored === firstView;
  }, firstView);
  await twoFrames(page);
}

/** What the page shows of the data loaded: its rows (the status line) and total (the legend). */
export interface ShownData {
  rows: number;
  total: string | null;
}

/** Waits for the data and its flows on the page, and reads what it shows of them. */
export async function shownData(page: Page): Promise<ShownData> {
  await waitForDataStatus(page);
  await waitForFlows(page);
  const rows = Number(await page.getByTestId('status').getAttribute('data-rows'));
  const total = await page.getByTestId('legend-summary').getAttribute('data-total-usd');
  return { rows, total };
}

/** Waits until the page shows `shown` again: the same rows, and flows adding up to the same total. */
export async function expectShownAgain(page: Page, shown: ShownData): Promise<void> {
  const status = page.getByTestId('status');
  await expect.poll(async () => Number(await status.getAttribute('data-rows'))).toBe(shown.rows);
  await waitForFlows(page);
  await expect
    .poll(() => page.getByTestId('legend-summary').getAttribute('data-total-usd'))
    .toBe(shown.total);
}

/** A country's point on the map (lon, lat), read from the reference table by plain SQL. */
export async function countryPoint(db: NodeDuckDB, iso3: string): Promise<[number, number]> {
  const [row] = await db.query(
    `SELECT lon, lat FROM read_csv('data/reference/countries.csv', all_varchar = true) WHERE iso3 = ?`,
    [iso3],
  );
  return [Number(row?.lon), Number(row?.lat)];
}

/** Where the map's camera looks, as the app writes it on the map element after each move. */
export interface MapCamera {
  center: [number, number];
  zoom: number;
  /** Pixels of the map its panels cover: the camera's centre is the middle of the rest. */
  padding: { top: number; right: number; bottom: number; left: number };
}

/** The map's camera once it has settled (the map element's `data-camera`). */
export async function mapCamera(page: Page): Promise<MapCamera> {
  const text = await page.getByTestId('map').getAttribute('data-camera');
  if (!text) throw new Error('the map has not written its camera');
  return JSON.parse(text) as MapCamera;
}

/**
 * Web Mercator position of a point in a map element of the given size, for a camera: computed
 * here, so that tests place the app's marks independently of its own projection code.
 */
export function projectOn(
  camera: MapCamera,
  lon: number,
  lat: number,
  width: number,
  height: number,
): [number, number] {
  const worldSize = 512 * 2 ** camera.zoom;
  const x = (l: number) => ((l + 180) / 360) * worldSize;
  const y = (p: number) =>
    ((1 - Math.log(Math.tan(Math.PI / 4 + (p * Math.PI) / 360)) / Math.PI) / 2) * worldSize;
  const { top, right, bottom, left } = camera.padding;
  const [cx, cy] = [(left + width - right) / 2, (top + height - bottom) / 2];
  return [x(lon) - x(camera.center[0]) + cx, y(lat) - y(camera.center[1]) + cy];
}

/** What the browser makes of a video file: its length, its width, and how two frames differ. */
export interface DecodedVideo {
  /** Seconds. */
  duration: number;
  width: number;
  /** Pixels that differ between the frame `from` seconds in and the one `beforeEnd` before its end. */
  differing: number;
}

/**
 * Decodes a WebM file in `page` (a blank page of the same browser: the app's own policy plays
 * no media) with the browser's own video element.
 */
export async function decodeVideo(
  page: Page,
  bytes: Buffer,
  { from, beforeEnd }: { from: number; beforeEnd: number },
): Promise<DecodedVideo> {
  return page.evaluate(
    async ({ base64, from, beforeEnd }) => {
      const blob = new Blob([Uint8Array.from(atob(base64), (c) => c.charCodeAt(0))]);
      const video = document.createElement('video');
      video.muted = true;
      video.src = URL.createObjectURL(blob);
      await new Promise((resolve) => (video.onloadedmetadata = resolve));
      // A recorded WebM does not say its length: seeking past the end makes the browser find it.
      video.currentTime = 1e6;
      await new Promise((resolve) => (video.onseeked = resolve));
      const duration = video.duration;
      const canvas = document.createElement('canvas');
      canvas.width = video.videoWidth;
      canvas.height = video.videoHeight;
      const ctx = canvas.getContext('2d', { willReadFrequently: true });
      const frameAt = async (time: number) => {
        video.currentTime = time;
        await new Promise((resolve) => (video.onseeked = resolve));
        ctx?.drawImage(video, 0, 0);
        return ctx?.getImageData(0, 0, canvas.width, canvas.height).data ?? new Uint8ClampedArray();
      };
      const [a, b] = [await frameAt(from), await frameAt(duration - beforeEnd)];
      let differing = 0;
      for (let i = 0; i < a.length; i += 4) {
        const change =
          Math.abs((a[i] ?? 0) - (b[i] ?? 0)) + Math.abs((a[i + 1] ?? 0) - (b[i + 1] ?? 0));
        if (change > 60) differing += 1;
      }
      return { duration, width: video.videoWidth, differing };
    },
    { base64: bytes.toString('base64'), from, beforeEnd },
  );
}
