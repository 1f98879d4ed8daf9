import { launchChromium } from '../lib/chromium';

/** Rows of the Comtrade Plus file opened in the browser: ~330 MB, "a few hundred MB". */
export const BROWSER_INGEST_ROWS = 1_000_000;

/** One ingest of a user's file in the browser: how long, and how responsive the page stayed. */
export interface BrowserIngestRun {
  /** File chosen → status line ready (read, mapped, merged, checked and swapped in). */
  ms: number;
  rows: number;
  /** The longest gap between two animation frames meanwhile (the page's worst freeze). */
  maxFrameGapMs: number;
  /** The steps the status line showed meanwhile, without their running seconds. */
  steps: string[];
}

/** Records animation-frame gaps and status texts in the page (text, so nothing is transpiled). */
const WATCH = `(() => {
  const status = document.querySelector('[data-testid=status]');
  window.__watch = { gaps: [], texts: [] };
  new MutationObserver(() => window.__watch.texts.push(status.textContent)).observe(status, {
    childList: true, characterData: true, subtree: true,
  });
  let last = performance.now();
  const tick = (now) => {
    window.__watch.gaps.push(now - last);
    last = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})()`;

/**
 * Opens the app at `origin` in a fresh Chromium, waits for the sample, then opens `file` with
 * the file picker as a user would and times it up to the ready status, watching the frames.
 */
export async function runBrowserIngest(origin: string, file: string): Promise<BrowserIngestRun> {
  const browser = await launchChromium();
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    const state = () => page.getByTestId('status').getAttribute('data-state');
    await page.goto(`${origin}/`);
    await page.locator('[data-testid=status][data-state=ready]').waitFor({ timeout: 120_000 });
    await page.evaluate(WATCH);
    const started = performance.now();
    await page.getByTestId('file-input').setInputFiles(file);
    await page.locator('[data-testid=status][data-state=loading]').waitFor();
    await page
      .locator('[data-testid=status]:not([data-state=loading])')
      .waitFor({ timeout: 900_000 });
    const ms = performance.now() - started;
    if ((await state()) !== 'ready') {
      throw new Error(`the ingest failed: ${await page.getByTestId('status').textContent()}`);
    }
    if (errors.length > 0) throw new Error(`page errors: ${errors.join('; ')}`);
    const rows = Number(await page.getByTestId('status').getAttribute('data-rows'));
    const watched = (await page.evaluate('window.__watch')) as { gaps: number[]; texts: string[] };
    return {
      ms,
      rows,
      maxFrameGapMs: Math.max(...watched.gaps),
      steps: [...new Set(watched.texts.map((text) => text.replace(/ \d+ s$/, '')))],
    };
  } finally {
    await browser.close().catch(() => undefined);
  }
}
