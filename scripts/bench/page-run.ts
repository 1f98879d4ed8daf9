import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../lib/chromium';
import { MAP_PALETTES } from '../../src/map/theme';
import { countColor, mapPixels } from '../lib/pixels';
import { interactionSequence, isAvailable, NAIVE_KINDS, type StepKind } from './interactions';
import { rendererPeakBytes } from './memory';
import { timePartLoad, type PartChange, type PartLoad } from './part-load';

/** What one page load of the app gave. */
export interface PageRun {
  /**
   * Navigation → first frame with flows drawn: the data set's stored first view when it has
   * one (`firstView`; counted only once the live query has shown the same flows), else the
   * live query's.
   */
  coldReadyMs: number;
  firstView: boolean;
  /** Navigation → the dataset's fetch starts (JavaScript, DuckDB and reference tables ready). */
  loadStartMs: number;
  /** Navigation → DuckDB starts, and how long it takes to start (worker, wasm, settings). */
  duckdbStartMs: number;
  duckdbBootMs: number;
  /** Fetch, decode, insert, validate and any preparation: load start → data ready. */
  loadMs: number;
  /** Corridor scoring on load, in the browser (default analysis settings). */
  scoringMs: number;
  /** The same scoring run again once the page is warm, as a change of settings does. */
  rescoringMs: number[];
  /** Frames per second with 1 k and 10 k synthetic animated flows on the map (if asked). */
  fps: { '1k': number; '10k': number } | null;
  rows: number;
  /** Partners drawn on the first map. */
  flows: number;
  /**
   * Timed view changes, in order: to the app at rest (`ms`), and to the first frame after the
   * corridors were scored again (`rankedMs`, null for a change that does not score them).
   */
  steps: { kind: StepKind; ms: number; rankedMs: number | null }[];
  /** The same filter changes answered the naive way, from the raw trade table. */
  naiveSteps: { kind: StepKind; ms: number }[];
  /** Steps the app cannot take yet (no such setting), by kind. */
  notYet: StepKind[];
  /** Steps that could not be taken here (e.g. no corridor listed to select). */
  skipped: { kind: StepKind; reason: string }[];
  capabilities: string[];
  jsHeapBytes: number;
  duckdbBytes: number;
  /** Peak resident memory of the tab's renderer process. */
  rendererPeakBytes: number;
  /** Body bytes the server sent on the way to the first flows, and for how many requests. */
  transferBytes: number;
  requests: number;
  /**
   * The view change that needed a part left on the server (see {@link PartChange}), if asked,
   * with the tab's peak memory and DuckDB's afterwards.
   */
  partLoad: (PartLoad & { rendererPeakBytes: number; duckdbBytes: number }) | null;
}

/** How to run one page. */
export interface PageRunOptions {
  /** Same-origin path of the dataset, or null for the bundled sample. */
  dataPath: string | null;
  /** Scripted view changes to time (0: none). */
  steps: number;
  /** How many times to score the corridors again after the first scoring (0: none). */
  rescorings: number;
  /** Seconds to count frames with 1 k, then 10 k animated flows (0: not measured). */
  fpsSeconds: number;
  /** Milliseconds the first flows may take (large datasets load slowly). */
  readyTimeoutMs: number;
  /** What the server has sent so far (the only origin the page may use). */
  sent: () => { bytes: number; requests: number };
  /** A view change needing a part left on the server, timed after the others (null: none). */
  partChange: PartChange | null;
}

/** A page that errored, crashed, asked for another origin, or drew nothing. */
export class PageRunError extends Error {}

interface Mark {
  name: string;
  startTime: number;
  detail: Record<string, number> | null;
}

const readMarks = (page: Page): Promise<Mark[]> =>
  page.evaluate(() =>
    performance.getEntriesByType('mark').map((m) => ({
      name: m.name,
      startTime: m.startTime,
      detail: (m as PerformanceMark).detail as Record<string, number> | null,
    })),
  );

const listedCorridors = (page: Page): Promise<string[]> =>
  page
    .locator('[data-testid=corridor-list] [data-key]')
    .evaluateAll((items) => items.map((item) => item.getAttribute('data-key') ?? ''));

/** The corridor the page's view has selected, or null. */
const selectedCorridor = (page: Page) =>
  page.evaluate(() => {
    if (!window.__tdcBench) throw new Error('window.__tdcBench is missing');
    return window.__tdcBench.view().corridor;
  });

/** Flows marks so far, and how many partners the last one drew. */
const flowsDrawn = (page: Page) =>
  page.evaluate(() => {
    const marks = performance.getEntriesByName('tdc:flows-drawn') as PerformanceMark[];
    const last = marks[marks.length - 1]?.detail as { flows?: number } | undefined;
    return { count: marks.length, flows: last?.flows ?? 0 };
  });

const memory = (page: Page) =>
  page.evaluate(() => {
    if (!window.__tdcBench) throw new Error('window.__tdcBench is missing (no ?bench=1?)');
    return window.__tdcBench.memory();
  });

/**
 * Opens the app in a fresh browser (empty caches) with `?bench=1`, waits for the first
 * flows and the first corridor scoring, checks that flows are on screen, then times the
 * scripted view changes. Throws {@link PageRunError} on any page error, console error,
 * request to another origin, crash, failed load or blank map: no figure of a broken page.
 */
export async function runPage(origin: string, options: PageRunOptions): Promise<PageRun> {
  // A browser of its own: nothing cached from an earlier run (not even compiled WebAssembly),
  // and the only renderer process, whose memory is then the tab's.
  const browser: Browser = await launchChromium(['--enable-precise-memory-info']);
  const context = await browser.newContext({
    viewport: { width: 1280, height: 800 },
    deviceScaleFactor: 1,
  });
  const problems: string[] = [];
  let transferBytes = 0;
  let requests = 0;
  try {
    await context.route('**/*', (route) => {
      const url = route.request().url();
      if (url.startsWith(`${origin}/`) || url.startsWith('data:') || url.startsWith('blob:')) {
        return route.continue();
      }
      problems.push(`request to another origin: ${url}`);
      return route.abort();
    });
    const page = await context.newPage();
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('crash', () => problems.push('the page crashed (out of memory?)'));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
    });
    page.on('requestfailed', (request) => {
      const reason = request.failure()?.errorText ?? '';
      // Chromium aborts a fetch it can answer otherwise (a compiled WebAssembly module from
      // its code cache): not an error of the app, which would fail to load if it were one.
      if (!request.url().startsWith(origin) || reason === 'net::ERR_ABORTED') return;
      problems.push(`request failed: ${request.url()} ${reason}`);
    });
    const check = () => {
      if (problems.length > 0) throw new PageRunError(problems.join('\n'));
    };

    const data = options.dataPath ? `&data=${encodeURIComponent(options.dataPath)}` : '';
    const sentBefore = options.sent();
    await page.goto(`${origin}/?bench=1${data}`);
    const outcome = await page
      .waitForFunction(
        () => {
          const state = document.querySelector('[data-testid=status]')?.getAttribute('data-state');
          if (state === 'failed') return 'failed';
          const drawn = performance.getEntriesByName('tdc:flows-drawn') as PerformanceMark[];
          const flows = drawn.some((m) => ((m.detail as { flows?: number })?.flows ?? 0) > 0);
          return flows && performance.getEntriesByName('tdc:corridors-scored').length > 0
            ? 'ready'
            : false;
        },
        undefined,
        { timeout: options.readyTimeoutMs, polling: 100 },
      )
      .then((handle) => handle.jsonValue())
      .catch((error: unknown) => {
        check();
        throw error;
      });
    const sent = options.sent();
    transferBytes = sent.bytes - sentBefore.bytes;
    requests = sent.requests - sentBefore.requests;
    if (outcome === 'failed') {
      const text = await page.getByTestId('status').textContent();
      throw new PageRunError(`the app failed to load the data: ${text}`);
    }
    check();

    const marks = await readMarks(page);
    const first = (name: string) => marks.find((m) => m.name === name);
    const drawn = marks.find((m) => m.name === 'tdc:flows-drawn' && (m.detail?.flows ?? 0) > 0);
    const loadStart = first('tdc:load-start');
    const dataReady = first('tdc:data-ready');
    const scored = first('tdc:corridors-scored');
    if (!drawn || !loadStart || !dataReady || !scored) {
      throw new PageRunError(`missing performance marks: ${marks.map((m) => m.name).join(', ')}`);
    }
    // Flows drawn before the data was loaded are the stored first view: they count only if
    // the live query then shows the same (the app compares them and marks the outcome).
    const firstView = drawn.startTime < dataReady.startTime;
    if (firstView) {
      const same = await page
        .waitForFunction(
          () => {
            const [mark] = performance.getEntriesByName('tdc:first-view-checked');
            return mark ? ((mark as PerformanceMark).detail as { same: boolean }).same : undefined;
          },
          undefined,
          { timeout: options.readyTimeoutMs, polling: 100 },
        )
        .then((handle) => handle.jsonValue());
      if (!same) throw new PageRunError('the first view differs from the live flows');
    }
    // Not a blank canvas: the flows' colour is on screen before anything is timed.
    // Most of Taiwan's flows are integrated circuits, drawn in tier 1's colour.
    const tier1 = MAP_PALETTES.dark.tiers['1'].slice(0, 3);
    const flowPixels = countColor(await mapPixels(page), tier1, 40);
    if (flowPixels < 50)
      throw new PageRunError(`no flows on screen (${flowPixels} flow-coloured pixels)`);

    const api = await page.evaluate(() => {
      if (!window.__tdcBench) throw new Error('window.__tdcBench is missing (no ?bench=1?)');
      return { viewKeys: window.__tdcBench.viewKeys, capabilities: window.__tdcBench.capabilities };
    });
    // Every figure below starts from an app at rest, the first ranking's calibration done.
    await page.evaluate(() => window.__tdcBench?.idle());
    const before = await memory(page);
    const run: PageRun = {
      coldReadyMs: drawn.startTime,
      firstView,
      loadStartMs: loadStart.startTime,
      duckdbStartMs: first('tdc:duckdb-start')?.startTime ?? Number.NaN,
      duckdbBootMs:
        (first('tdc:duckdb-ready')?.startTime ?? Number.NaN) -
        (first('tdc:duckdb-start')?.startTime ?? Number.NaN),
      loadMs: dataReady.startTime - loadStart.startTime,
      scoringMs: scored.detail?.ms ?? Number.NaN,
      rescoringMs: [],
      fps: null,
      rows: dataReady.detail?.rows ?? Number.NaN,
      flows: drawn.detail?.flows ?? 0,
      steps: [],
      naiveSteps: [],
      notYet: [],
      skipped: [],
      capabilities: api.capabilities,
      jsHeapBytes: before.jsHeap,
      duckdbBytes: before.duckdb,
      rendererPeakBytes: Number.NaN,
      transferBytes,
      requests,
      partLoad: null,
    };

    for (let i = 0; i < options.rescorings; i++) {
      run.rescoringMs.push(
        await page.evaluate(() => {
          if (!window.__tdcBench) throw new Error('window.__tdcBench is missing');
          return window.__tdcBench.rescore();
        }),
      );
      check();
    }

    for (const step of options.steps > 0 ? interactionSequence(options.steps, api.viewKeys) : []) {
      if (!isAvailable(step, api.viewKeys)) {
        if (!run.notYet.includes(step.kind)) run.notYet.push(step.kind);
        continue;
      }
      const change = step.change(
        step.kind === 'corridor-select' ? await listedCorridors(page) : [],
      );
      if (!change) {
        run.skipped.push({ kind: step.kind, reason: 'no corridor listed to select' });
        continue;
      }
      if (step.kind === 'corridor-back' && !(await selectedCorridor(page))) {
        // The selection before it was skipped (the filters left nothing to select).
        run.skipped.push({ kind: step.kind, reason: 'no corridor selected to go back from' });
        continue;
      }
      const marksBefore = await flowsDrawn(page);
      const { ms, rankedMs } = await page.evaluate((c) => {
        if (!window.__tdcBench) throw new Error('window.__tdcBench is missing');
        return window.__tdcBench.setView(c);
      }, change);
      const marksAfter = await flowsDrawn(page);
      if (marksAfter.count === marksBefore.count || marksAfter.flows === 0) {
        throw new PageRunError(`no flows drawn after ${JSON.stringify(change)}`);
      }
      check();
      run.steps.push({ kind: step.kind, ms, rankedMs });
      if (NAIVE_KINDS.includes(step.kind)) {
        const naive = await page.evaluate(() => {
          if (!window.__tdcBench) throw new Error('window.__tdcBench is missing');
          return window.__tdcBench.naive();
        });
        run.naiveSteps.push({ kind: step.kind, ms: naive });
      }
    }

    if (options.fpsSeconds > 0 && api.capabilities.includes('animation')) {
      const measure = (flows: number) =>
        page.evaluate(
          ([n, s]) => {
            if (!window.__tdcBench) throw new Error('window.__tdcBench is missing');
            return window.__tdcBench.fps(n, s);
          },
          [flows, options.fpsSeconds] as const,
        );
      run.fps = { '1k': await measure(1_000), '10k': await measure(10_000) };
      check();
    }

    // The memory figures are the data set's as it opened and was used; a change that then loads
    // more of it has its own.
    const after = await memory(page);
    run.jsHeapBytes = Math.max(run.jsHeapBytes, after.jsHeap);
    run.duckdbBytes = Math.max(run.duckdbBytes, after.duckdb);
    run.rendererPeakBytes = rendererPeakBytes();
    if (options.partChange) {
      const load = await timePartLoad(page, options.partChange, options.readyTimeoutMs);
      const { duckdb } = await memory(page);
      run.partLoad = { ...load, rendererPeakBytes: rendererPeakBytes(), duckdbBytes: duckdb };
      check();
    }
    check();
    return run;
  } finally {
    await context.close().catch(() => undefined);
    await browser.close().catch(() => undefined);
  }
}
