/**
 * The benchmark's handle on the app (`npm run bench`), installed only when the page address
 * has `?bench=1` (main.tsx loads this module then, and only then). It changes the view the way
 * the browser's back button does (through the URL and a popstate event) and times each change
 * up to the first frame that draws its result.
 */
import { pendingWork, whenIdle } from '../data/activity';
import { freshValue } from '../data/coordinator';
import { queryCorridors } from '../data/corridor-query';
import { stallNextLoad, trapNextLoad } from '../data/dataset';
import { coordinator } from '../data/duckdb-browser';
import { memorySql } from '../data/sql/bench';
import { setExtraLayers } from '../map/extra-layers';
import { currentData, onFrameDrawn, type DrawnFrame } from '../map/frame-signal';
import { timeNaiveQueries } from './naive-queries';
import { syntheticFlowLayers } from './synthetic-flows';
import { analysisParams } from '../state/analysis-params';
import { viewStore } from '../state/use-view-state';
import { readViewState, type ViewState } from '../state/view-state';

/** How long a view change took, in milliseconds from the change. */
export interface ViewTiming {
  /**
   * To the first frame drawn after every query it caused has finished and the map has its new
   * data: the app at rest, the ranking's calibration included where the page runs it.
   */
  ms: number;
  /** To the first frame drawn once the corridors were scored again; null if they were not. */
  rankedMs: number | null;
}

/** What `window.__tdcBench` offers. */
export interface BenchApi {
  /** The keys of the view state: a scripted step that sets another key is "not yet" here. */
  viewKeys: string[];
  /** Features the benchmark may exercise beyond view changes ('animation': {@link fps}). */
  capabilities: string[];
  /** The current view. */
  view(): ViewState;
  /**
   * Applies a view change and resolves with its timing (see {@link ViewTiming}). Rejects if
   * the change leaves the map's data as it was, or after `timeoutMs`.
   */
  setView(change: Partial<ViewState>, timeoutMs?: number): Promise<ViewTiming>;
  /**
   * Scores the corridors again with the current view's settings, as a change of settings does
   * once the first scoring has warmed up the database, and resolves with its milliseconds.
   */
  rescore(): Promise<number>;
  /**
   * Resolves once the app is at rest: no database work under way, the background's included
   * (the ranking's calibration after the first scoring).
   */
  idle(): Promise<void>;
  /**
   * Draws `flows` synthetic animated flows (arcs from Taiwan with particles) over the map for
   * `seconds` with the animation running, and resolves with the frames drawn per second.
   */
  fps(flows: number, seconds: number): Promise<number>;
  /**
   * Answers the current view's filters the naive way, from the raw trade table (see
   * naive-queries.ts), and resolves with the milliseconds it took: what the flow cube saves.
   */
  naive(): Promise<number>;
  /** The JS heap in use (Chromium only, else NaN) and DuckDB's own memory, in bytes. */
  memory(): Promise<{ jsHeap: number; duckdb: number }>;
  /**
   * Makes the next load stop as a WebAssembly trap in DuckDB does (the database is started
   * afresh and its tables are lost), to check that the data loaded before comes back.
   */
  trapNextLoad(): void;
  /** Makes the next load wait until it is cancelled (see dataset.ts). */
  stallNextLoad(): void;
}

declare global {
  interface Window {
    __tdcBench?: BenchApi;
  }
}

const DEFAULT_TIMEOUT_MS = 300_000;

/** Waits for a frame and then a task: React has rendered and run its effects by then. */
const nextFrameAndTask = () =>
  new Promise<void>((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

/**
 * Waits until the app is at rest: no database work under way, and none started by the
 * renders that the finished work caused (a scoring's result can start a follow-up query).
 */
async function settle(): Promise<void> {
  for (;;) {
    await nextFrameAndTask();
    if (pendingWork() > 0) {
      await whenIdle();
      continue;
    }
    const { version } = currentData();
    await nextFrameAndTask();
    if (pendingWork() === 0 && currentData().version === version) return;
  }
}

function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what}: no result after ${ms} ms`)), ms);
  });
  return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
}

async function timeViewChange(change: Partial<ViewState>): Promise<ViewTiming> {
  const started = performance.now();
  const before = currentData().version;
  const frames: DrawnFrame[] = [];
  let frameWaiter: (() => void) | null = null;
  const stop = onFrameDrawn((frame) => {
    frames.push(frame);
    frameWaiter?.();
  });
  try {
    viewStore().change(change);
    await settle();
    const { version } = currentData();
    if (version === before) {
      throw new Error(`view change ${JSON.stringify(change)} did not change the map's data`);
    }
    for (;;) {
      // Frames are recorded as they are drawn, so waiting longer never inflates the figure.
      const drawn = frames.find((frame) => frame.dataVersion >= version);
      if (drawn) return { ms: drawn.time - started, rankedMs: rankedAt(started, frames) };
      await new Promise<void>((resolve) => (frameWaiter = resolve));
    }
  } finally {
    stop();
  }
}

/** Milliseconds from `started` to the first frame drawn after the next scoring, if any. */
function rankedAt(started: number, frames: readonly DrawnFrame[]): number | null {
  const scored = performance
    .getEntriesByName('tdc:corridors-scored')
    .find((mark) => mark.startTime >= started);
  const frame = scored && frames.find((f) => f.time >= scored.startTime);
  return frame ? frame.time - started : null;
}

async function rescore(): Promise<number> {
  const { params, error } = analysisParams(viewStore().get());
  if (!params) throw new Error(`the view's analysis settings are invalid: ${error.message}`);
  return freshValue(await queryCorridors(params)).ms;
}

async function fps(flows: number, seconds: number): Promise<number> {
  setExtraLayers(syntheticFlowLayers(flows));
  try {
    // Let the first frames (buffer uploads) pass before counting.
    await new Promise((resolve) => setTimeout(resolve, 500));
    let frames = 0;
    const stop = onFrameDrawn(() => (frames += 1));
    const started = performance.now();
    await new Promise((resolve) => setTimeout(resolve, seconds * 1000));
    stop();
    return (frames * 1000) / (performance.now() - started);
  } finally {
    setExtraLayers([]);
  }
}

async function memory(): Promise<{ jsHeap: number; duckdb: number }> {
  const heap = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory;
  const [row] = freshValue(await coordinator.read((c) => c.sql.query(memorySql)));
  return { jsHeap: heap?.usedJSHeapSize ?? Number.NaN, duckdb: Number(row?.bytes ?? Number.NaN) };
}

/** Installs `window.__tdcBench` (the app loads this module only when the address has `?bench=1`). */
export function installBenchApi(): void {
  let queue: Promise<unknown> = Promise.resolve();
  window.__tdcBench = {
    viewKeys: Object.keys(readViewState('')),
    capabilities: ['animation'],
    view: () => viewStore().get(),
    setView(change, timeoutMs = DEFAULT_TIMEOUT_MS) {
      // One change at a time: each is timed on its own.
      const timed = queue.then(() => withTimeout(timeViewChange(change), timeoutMs, 'setView'));
      queue = timed.catch(() => undefined);
      return timed;
    },
    rescore,
    idle: settle,
    naive: () => timeNaiveQueries(viewStore().get()),
    fps,
    memory,
    trapNextLoad,
    stallNextLoad,
  };
}
