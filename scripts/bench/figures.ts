/**
 * The benchmark's figures under the stable keys of latest.json (see "Reading latest.json" in
 * the README), from what each part of the run measured; table-rows.ts picks the rows of the
 * table it prints from them.
 */
import { execFileSync } from 'node:child_process';
import { cpus, totalmem } from 'node:os';
import type { BrowserIngestRun } from './browser-ingest';
import type { BundleSizes } from './bundle';
import type { ComtradeFile } from './comtrade';
import type { DatasetMeta } from './dataset/generate';
import type { IngestRun } from './ingest-rate';
import { isFilterStep, NAIVE_KINDS, type StepKind } from './interactions';
import type { NativeScoring } from './native';
import type { BenchOptions, Group, SizeName } from './options';
import type { PageRun } from './page-run';
import type { ScenarioRanking } from './ranking';
import {
  bundleFigures,
  bySize,
  ingestFigures,
  memoryFigures,
  partsFigures,
  prebuiltFigures,
  rankingFigures,
  scoringFigures,
} from './part-figures';
import { figure } from './report';
import { quantile } from './stats';

/** Seconds over which frames are counted, for each number of animated flows. */
export const FPS_SECONDS = 5;
const WITH_ANIMATION = 'with the map animation running (particles and pulses, capped at 30 fps)';
const NAIVE =
  'the same filter changes answered by SQL over the raw trade table (map flows, timeline, Sankey legs), queries only, no drawing';

/** A dataset the bench runs on. */
export interface Dataset {
  name: SizeName;
  file: string;
  /** Same-origin path the app fetches it from (null: the bundled sample). */
  dataPath: string | null;
  meta: DatasetMeta | null;
  cached: boolean;
}

/** Page runs of each dataset, with a note when the size's time budget cut them short. */
export interface BrowserResults {
  runs: Map<SizeName, PageRun[]>;
  notes: Map<SizeName, string>;
  chromium: string;
}

/** Everything a bench run measured (null or empty: that part did not run). */
export interface BenchResults {
  datasets: Dataset[];
  browser: BrowserResults;
  /** The same datasets loaded as prebuilt DuckDB databases (null: not run). */
  prebuilt: BrowserResults | null;
  /** The same datasets opened as data sets in parts, by their manifests (null: not run). */
  parts: BrowserResults | null;
  native: Map<SizeName, NativeScoring>;
  bundle: BundleSizes | null;
  ingest: { file: ComtradeFile; runs: IngestRun[] } | null;
  browserIngest: { file: ComtradeFile; runs: BrowserIngestRun[] } | null;
  scenarios: ScenarioRanking | null;
}

/** The times of a run's steps of the kinds `keep` lets through. */
const stepTimes = (run: PageRun, keep: (kind: StepKind) => boolean = isFilterStep) =>
  run.steps.filter((s) => keep(s.kind)).map((s) => s.ms);
const naiveTimes = (run: PageRun) => run.naiveSteps.map((s) => s.ms);
/** The times of a run's setting changes up to the new ranking drawn. */
const rankedTimes = (run: PageRun) =>
  run.steps.flatMap((s) => (!isFilterStep(s.kind) && s.rankedMs !== null ? [s.rankedMs] : []));
const inNaive = (kind: StepKind) => NAIVE_KINDS.includes(kind);

function interactionDetails(runs: Map<SizeName, PageRun[]>) {
  const out: Record<string, unknown> = {};
  for (const [size, list] of runs) {
    const kinds = new Map<StepKind, number[]>();
    for (const run of list)
      for (const s of run.steps) kinds.set(s.kind, [...(kinds.get(s.kind) ?? []), s.ms]);
    out[size] = {
      timed_per_run: list.map((r) => r.steps.length),
      not_yet: list[0]?.notYet ?? [],
      skipped: list.flatMap((r) => r.skipped),
      by_kind_ms: Object.fromEntries([...kinds].map(([kind, values]) => [kind, figure(values)])),
    };
  }
  return out;
}

/** The figures of a run, keyed as latest.json keeps them (targets and failures apart). */
export function benchFigures(
  results: BenchResults,
  options: BenchOptions,
): Record<string, unknown> {
  const { datasets, browser, prebuilt, parts, native, bundle, ingest, browserIngest, scenarios } =
    results;
  const { runs, notes } = browser;
  const wants = (group: Group) => options.groups.has(group);
  const has = (group: Group) => wants(group) && runs.size > 0;
  const json: Record<string, unknown> = {
    schema_version: 1,
    generated_at: new Date().toISOString(),
    mode: options.mode,
    options: {
      sizes: options.sizes,
      groups: [...options.groups],
      runs: options.runs,
      steps: options.steps,
      seed: options.seed,
    },
    machine: {
      cpus: cpus().length,
      memory_bytes: totalmem(),
      node: process.version,
      chromium: browser.chromium,
      platform: process.platform,
    },
    app: { commit: gitCommit() },
    datasets: Object.fromEntries(
      datasets.map((d) => [
        d.name,
        d.meta
          ? {
              file: d.meta.file,
              rows: d.meta.rows,
              bytes: d.meta.bytes,
              reporters: d.meta.reporters,
              partners: d.meta.partners,
              hs6_codes: d.meta.codes,
              months: d.meta.months,
              generation_ms: d.meta.millis,
              cached: d.cached,
              planted: d.meta.planted.length,
              look_alikes: d.meta.lookAlikes.length,
            }
          : { file: d.file, rows: runs.get(d.name)?.[0]?.rows ?? null },
      ]),
    ),
  };
  if (has('cold')) {
    json.cold_ready_ms = bySize(runs, (r) => r.coldReadyMs, undefined, notes);
    json.load_start_ms = bySize(
      runs,
      (r) => r.loadStartMs,
      'navigation → dataset fetch starts (app JS, DuckDB start, reference tables)',
    );
    json.duckdb_start_ms = bySize(runs, (r) => r.duckdbStartMs, 'navigation → DuckDB starts');
    json.duckdb_boot_ms = bySize(
      runs,
      (r) => r.duckdbBootMs,
      'DuckDB start → ready (worker, WebAssembly compile, settings)',
    );
  }
  if (has('load'))
    json.load_ms = bySize(
      runs,
      (r) => r.loadMs,
      'fetch + decode + insert + validate (the flow cube is built after, alongside the first scoring)',
    );
  if (has('interaction')) {
    json.interaction_p50_ms = bySize(
      runs,
      (r) => quantile(stepTimes(r), 0.5),
      WITH_ANIMATION,
      notes,
    );
    json.interaction_p95_ms = bySize(
      runs,
      (r) => quantile(stepTimes(r), 0.95),
      WITH_ANIMATION,
      notes,
    );
    json.settings_p95_ms = bySize(
      runs,
      (r) =>
        quantile(
          stepTimes(r, (kind) => !isFilterStep(kind)),
          0.95,
        ),
      `${WITH_ANIMATION}; a change of analysis settings scores the corridors again, up to the app at rest (the calibration included where the page runs it)`,
    );
    json.settings_ranked_p95_ms = bySize(
      runs,
      (r) => quantile(rankedTimes(r), 0.95),
      `${WITH_ANIMATION}; a change of analysis settings, up to the first frame drawn with the new ranking`,
    );
    json.naive_interaction_p95_ms = bySize(runs, (r) => quantile(naiveTimes(r), 0.95), NAIVE);
    json.speedup_vs_naive = bySize(
      runs,
      (r) => quantile(naiveTimes(r), 0.95) / quantile(stepTimes(r, inNaive), 0.95),
      `${NAIVE}, against the app's p95 of the same steps up to the drawn frame`,
    );
    json.interaction_steps = interactionDetails(runs);
  }
  if (wants('scoring')) Object.assign(json, scoringFigures(runs, native));
  if (wants('fps')) {
    const measured = [...runs.values()].flat().flatMap((r) => (r.fps ? [r.fps] : []));
    const note = (n: string) =>
      `${n} synthetic animated flows over the map for ${FPS_SECONDS} s, software WebGL; the animation is capped at 30 fps`;
    const flows = [
      ['1k', '1,000'],
      ['10k', '10,000'],
    ] as const;
    json.fps = Object.fromEntries(
      flows.map(([key, n]) => [
        key,
        measured.length
          ? figure(
              measured.map((f) => f[key]),
              note(n),
            )
          : { status: 'not run', reason: 'no page run' },
      ]),
    );
  }
  if (has('memory')) Object.assign(json, memoryFigures(runs));
  if (prebuilt) Object.assign(json, prebuiltFigures(prebuilt, runs));
  if (parts) Object.assign(json, partsFigures(parts, runs));
  if (bundle) Object.assign(json, bundleFigures(bundle));
  if (ingest) Object.assign(json, ingestFigures(ingest, browserIngest));
  if (wants('ranking')) Object.assign(json, rankingFigures(native, scenarios));
  return json;
}

/** The commit the app was built from (read-only). */
function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}
