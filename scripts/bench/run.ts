/**
 * `npm run bench`: generates canonical datasets of 100 k, 1 M and 10 M rows (cached in
 * bench/.data/), runs the production build in headless Chromium on each and on the bundled
 * sample, and reports how fast the app gets ready, loads, answers view changes and scores
 * corridors (against native DuckDB), how much memory it takes, how big the bundle is, how fast
 * the ingest CLI reads a Comtrade Plus file, and how well the ranking finds planted corridors.
 * Prints a table and writes bench/results/latest.json. See "Benchmark" in the README.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, resolve } from 'node:path';
import { build } from 'vite';
import { launchChromium } from '../../test/browser/chromium';
import { runBrowserIngest, type BrowserIngestRun } from './browser-ingest';
import { cachedComtradeFile, type ComtradeFile } from './comtrade';
import { bundleSizes, type BundleSizes } from './bundle';
import { cachedDataset, type DatasetMeta } from './dataset/generate';
import { runIngest, type IngestRun } from './ingest-rate';
import type { StepKind } from './interactions';
import { nativeScoring, type NativeScoring } from './native';
import {
  parseOptions,
  SIZES,
  USAGE,
  type BenchOptions,
  type Group,
  type SizeName,
} from './options';
import { runPage, type PageRun } from './page-run';
import { scenarioRanking, type ScenarioRanking } from './ranking';
import { figure, formatTable, verdicts, type Figure, type TableRow, type Unit } from './report';
import { startStaticServer, warmUp } from './server';
import { quantile } from './stats';

const SAMPLE_FILE = 'data/sample/trade-sample.parquet';
const BROWSER_GROUPS: Group[] = ['cold', 'load', 'interaction', 'scoring', 'memory', 'fps'];
const READY_TIMEOUT_MS: Record<SizeName, number> = {
  sample: 60_000,
  '100k': 60_000,
  '1m': 120_000,
  '10m': 480_000,
};
/** Rows of the Comtrade Plus file opened in the browser: ~330 MB, "a few hundred MB". */
const BROWSER_INGEST_ROWS = 1_000_000;

/** Scorings after the first, on the warm page: the figures compared with native DuckDB. */
const RESCORINGS = 3;
/** Seconds over which frames are counted, for each number of animated flows. */
const FPS_SECONDS = 5;
const WITH_ANIMATION = 'with the map animation running (particles and pulses, capped at 30 fps)';
const SAME_PATH =
  "the app queries the raw trade table on every change (no pre-aggregated tables yet): its path is the naive path, so the naive figures are the app's own";

/** A dataset the bench runs on. */
interface Dataset {
  name: SizeName;
  file: string;
  /** Same-origin path the app fetches it from (null: the bundled sample). */
  dataPath: string | null;
  meta: DatasetMeta | null;
  cached: boolean;
}

/** A failure that did not stop the bench: where, and what. */
interface Failure {
  where: string;
  error: string;
}

const started = performance.now();
const elapsed = () => `${((performance.now() - started) / 1000).toFixed(0).padStart(4)} s`;
const log = (text: string) => console.log(`[bench ${elapsed()}] ${text}`);
const message = (error: unknown) => (error instanceof Error ? error.message : String(error));
const ms = (value: number) => `${Math.round(value).toLocaleString('en')} ms`;
const mb = (value: number) => `${Math.round(value / 1e6).toLocaleString('en')} MB`;

async function prepareDatasets(options: BenchOptions, failures: Failure[]): Promise<Dataset[]> {
  const datasets: Dataset[] = [];
  for (const name of options.sizes) {
    if (name === 'sample') {
      datasets.push({ name, file: SAMPLE_FILE, dataPath: null, meta: null, cached: true });
      continue;
    }
    try {
      const meta = await cachedDataset(options.dataDir, name, SIZES[name], {
        seed: options.seed,
        // The app's validator checks one generation, on the smallest size (fast).
        validate: name === '100k',
        onGenerate: () => log(`generating the ${name} dataset (cached afterwards)…`),
      });
      if (!meta.cached)
        log(
          `${name}: ${meta.rows.toLocaleString('en')} rows, ${mb(meta.bytes)}, ${ms(meta.millis)}`,
        );
      datasets.push({
        name,
        file: meta.file,
        dataPath: `/bench-data/trade-${name}.parquet`,
        meta,
        cached: meta.cached,
      });
    } catch (error) {
      failures.push({ where: `generating ${name}`, error: message(error) });
    }
  }
  return datasets;
}

/** Opens a generated Comtrade Plus file of a few hundred MB in the app, `options.runs` times. */
async function browserIngestRuns(options: BenchOptions, failures: Failure[]) {
  const runs: BrowserIngestRun[] = [];
  try {
    const file = await cachedComtradeFile(options.dataDir, BROWSER_INGEST_ROWS, options.seed, () =>
      log(`generating a ${BROWSER_INGEST_ROWS.toLocaleString('en')}-row Comtrade Plus file…`),
    );
    const server = await startStaticServer('dist', options.dataDir);
    try {
      for (let i = 0; i < options.runs; i++) {
        const run = await runBrowserIngest(server.origin, file.file);
        runs.push(run);
        log(
          `browser ingest run ${i + 1}/${options.runs}: ${mb(file.bytes)}, ${run.rows.toLocaleString('en')} rows in ${ms(run.ms)}, longest frame gap ${ms(run.maxFrameGapMs)}`,
        );
      }
    } finally {
      await server.close();
    }
    return { file, runs };
  } catch (error) {
    failures.push({ where: 'browser ingest', error: message(error) });
    return null;
  }
}

/** Page runs of each dataset, with a note when the size's time budget cut them short. */
interface BrowserResults {
  runs: Map<SizeName, PageRun[]>;
  notes: Map<SizeName, string>;
  chromium: string;
}

async function browserRuns(
  options: BenchOptions,
  datasets: Dataset[],
  failures: Failure[],
): Promise<BrowserResults> {
  const results: BrowserResults = { runs: new Map(), notes: new Map(), chromium: '' };
  const server = await startStaticServer('dist', options.dataDir);
  try {
    await warmUp(server, ['/', ...readdirSync('dist/assets').map((name) => `/assets/${name}`)]);
    const probe = await launchChromium();
    results.chromium = probe.version();
    await probe.close();
    const steps = options.groups.has('interaction') ? options.steps : 0;
    for (const dataset of datasets) {
      const runs: PageRun[] = [];
      const sizeStarted = performance.now();
      for (let i = 0; i < options.runs; i++) {
        const spent = (performance.now() - sizeStarted) / 1000;
        if (i > 0 && spent > options.budgetSeconds[dataset.name]) {
          const note = `${i} of ${options.runs} runs: the size's budget of ${options.budgetSeconds[dataset.name]} s was spent`;
          results.notes.set(dataset.name, note);
          log(`${dataset.name}: ${note}`);
          break;
        }
        try {
          const run = await runPage(server.origin, {
            dataPath: dataset.dataPath,
            steps,
            rescorings: options.groups.has('scoring') ? RESCORINGS : 0,
            // Frame rates once, on the smallest dataset: they measure drawing, not data.
            fpsSeconds: options.groups.has('fps') && dataset === datasets[0] ? FPS_SECONDS : 0,
            readyTimeoutMs: READY_TIMEOUT_MS[dataset.name],
            sent: server.sent,
          });
          runs.push(run);
          const times = run.steps.map((s) => s.ms);
          log(
            `${dataset.name} run ${i + 1}/${options.runs}: first flows ${ms(run.coldReadyMs)}, ` +
              `load ${ms(run.loadMs)}, scoring ${ms(run.scoringMs)}` +
              (run.rescoringMs.length ? ` then ${run.rescoringMs.map(ms).join(', ')}` : '') +
              (times.length
                ? `, ${times.length} view changes p50 ${ms(quantile(times, 0.5))} p95 ${ms(quantile(times, 0.95))}`
                : '') +
              `, tab ${mb(run.rendererPeakBytes)}`,
          );
        } catch (error) {
          failures.push({ where: `${dataset.name} run ${i + 1}`, error: message(error) });
          log(`${dataset.name} run ${i + 1} FAILED: ${message(error)}`);
          // A crash or a load that cannot finish will not go better the next time.
          if (/crash|Timeout|failed to load/i.test(message(error))) break;
        }
      }
      results.runs.set(dataset.name, runs);
    }
  } finally {
    await server.close();
  }
  return results;
}

/** Figures by size from page runs. */
function bySize(
  runs: Map<SizeName, PageRun[]>,
  pick: (run: PageRun) => number | number[],
  note?: string,
  notes?: Map<SizeName, string>,
): Record<string, Figure> {
  const out: Record<string, Figure> = {};
  for (const [size, list] of runs) {
    const extra = [note, notes?.get(size)].filter(Boolean).join('; ');
    out[size] = list.length
      ? figure(list.flatMap(pick), extra || undefined)
      : { status: 'failed', reason: 'no run finished (see failures)' };
  }
  return out;
}

const stepTimes = (run: PageRun) => run.steps.map((s) => s.ms);

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

async function main(args: string[]): Promise<number> {
  let options: BenchOptions | null;
  try {
    options = parseOptions(args);
  } catch (error) {
    console.error(`bench: ${message(error)}\n\n${USAGE}`);
    return 2;
  }
  if (!options) {
    console.log(USAGE);
    return 0;
  }
  const failures: Failure[] = [];
  const wants = (group: Group) => options.groups.has(group);
  log(
    `${options.mode} run: sizes ${options.sizes.join(', ')}; ${[...options.groups].join(', ')}; ${options.runs} runs`,
  );

  const datasets = await prepareDatasets(options, failures);

  const needsBrowser = BROWSER_GROUPS.some(wants);
  if ((needsBrowser || wants('bundle') || wants('ingest')) && options.build) {
    log('building the app (vite build)…');
    await build({ logLevel: 'warn' });
  }

  let browser: BrowserResults = { runs: new Map(), notes: new Map(), chromium: '' };
  if (needsBrowser) browser = await browserRuns(options, datasets, failures);

  const native = new Map<SizeName, NativeScoring>();
  if (wants('scoring') || wants('ranking')) {
    for (const dataset of datasets) {
      try {
        const truth = dataset.meta
          ? { planted: dataset.meta.planted, lookAlikes: dataset.meta.lookAlikes }
          : null;
        const result = await nativeScoring(
          dataset.file,
          options.runs,
          wants('ranking') ? truth : null,
        );
        native.set(dataset.name, result);
        log(
          `${dataset.name} native scoring: ${result.ms.map(ms).join(', ')} (${result.threads} threads); one thread ${result.oneThreadMs.map(ms).join(', ')}`,
        );
      } catch (error) {
        failures.push({ where: `native scoring ${dataset.name}`, error: message(error) });
      }
    }
  }

  let bundle: BundleSizes | null = null;
  if (wants('bundle')) {
    try {
      bundle = bundleSizes('dist');
    } catch (error) {
      failures.push({ where: 'bundle', error: message(error) });
    }
  }

  let browserIngest: { file: ComtradeFile; runs: BrowserIngestRun[] } | null = null;
  const ingestRuns: IngestRun[] = [];
  let ingestFile: { file: string; rows: number; bytes: number } | null = null;
  if (wants('ingest')) {
    try {
      ingestFile = await cachedComtradeFile(options.dataDir, options.ingestRows, options.seed, () =>
        log(
          `generating a ${options.ingestRows.toLocaleString('en')}-row Comtrade Plus file (cached afterwards)…`,
        ),
      );
      for (let i = 0; i < options.runs; i++) {
        const run = await runIngest(
          ingestFile.file,
          resolve(options.dataDir, 'ingest-out.parquet'),
        );
        ingestRuns.push(run);
        log(
          `ingest run ${i + 1}/${options.runs}: ${run.rowsRead.toLocaleString('en')} rows in ${ms(run.wallMs)}, peak memory ${mb(run.peakBytes)}`,
        );
      }
    } catch (error) {
      failures.push({ where: 'ingest', error: message(error) });
    }
    browserIngest = await browserIngestRuns(options, failures);
  }

  let scenarios: ScenarioRanking | null = null;
  if (wants('ranking')) {
    try {
      scenarios = await scenarioRanking();
      log(
        `scenarios: precision ${scenarios.meanPrecision.toFixed(2)}, recall ${scenarios.meanRecall.toFixed(2)} over ${scenarios.seeds} seeds`,
      );
    } catch (error) {
      failures.push({ where: 'ranking', error: message(error) });
    }
  }

  // Figures, under the stable keys of the issue.
  const { runs, notes } = browser;
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
      'fetch + decode + insert + validate (no pre-aggregated tables yet)',
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
    json.naive_interaction_p95_ms = bySize(runs, (r) => quantile(stepTimes(r), 0.95), SAME_PATH);
    json.speedup_vs_naive = bySize(runs, () => 1, SAME_PATH);
    json.interaction_steps = interactionDetails(runs);
  }
  if (wants('scoring')) {
    if (runs.size > 0) {
      json.scoring_first_ms = bySize(
        runs,
        (r) => r.scoringMs,
        'first scoring after load, duckdb-wasm (one thread), with its WebAssembly warm-up',
      );
      json.scoring_ms = bySize(
        runs,
        (r) => r.rescoringMs,
        'the same scoring again on the warm page, as a change of settings runs it',
      );
    }
    json.native_scoring_ms = Object.fromEntries(
      [...native].map(([s, n]) => [s, figure(n.ms, `@duckdb/node-api, ${n.threads} threads`)]),
    );
    json.native_scoring_1thread_ms = Object.fromEntries(
      [...native].map(([s, n]) => [s, figure(n.oneThreadMs, '@duckdb/node-api, one thread')]),
    );
    const ratio = (oneThread: boolean) =>
      Object.fromEntries(
        [...native].flatMap(([size, n]) => {
          const browserRuns = runs.get(size) ?? [];
          const base = quantile(oneThread ? n.oneThreadMs : n.ms, 0.5);
          if (!browserRuns.length) return [];
          const note = `warm browser scoring ÷ native median (${oneThread ? 'one thread' : `${n.threads} threads`})`;
          return [
            [
              size,
              figure(
                browserRuns.flatMap((r) => r.rescoringMs.map((v) => v / base)),
                note,
              ),
            ],
          ];
        }),
      );
    json.scoring_ratio = ratio(false);
    json.scoring_ratio_1thread = ratio(true);
  }
  if (wants('fps')) {
    const measured = [...runs.values()].flat().flatMap((r) => (r.fps ? [r.fps] : []));
    const note = (n: string) =>
      `${n} synthetic animated flows over the map for ${FPS_SECONDS} s, software WebGL; the animation is capped at 30 fps`;
    json.fps = measured.length
      ? {
          '1k': figure(
            measured.map((f) => f['1k']),
            note('1,000'),
          ),
          '10k': figure(
            measured.map((f) => f['10k']),
            note('10,000'),
          ),
        }
      : {
          '1k': { status: 'not run', reason: 'no page run' },
          '10k': { status: 'not run', reason: 'no page run' },
        };
  }
  if (has('memory')) {
    json.peak_memory_bytes = bySize(
      runs,
      (r) => r.rendererPeakBytes,
      'peak resident memory of the tab (renderer process: JS, workers, WebAssembly)',
    );
    json.js_heap_bytes = bySize(
      runs,
      (r) => r.jsHeapBytes,
      'performance.memory.usedJSHeapSize, main thread, largest sample',
    );
    json.duckdb_memory_bytes = bySize(
      runs,
      (r) => r.duckdbBytes,
      'sum(memory_usage_bytes) FROM duckdb_memory(), largest sample',
    );
    json.transfer_bytes = bySize(
      runs,
      (r) => r.transferBytes,
      'bytes received up to the first flows, cold cache; the server gzips text and WebAssembly',
    );
  }
  if (bundle) {
    json.js_gzip_bytes = bundle.jsGzipBytes;
    json.bundle = {
      js_gzip_bytes: bundle.jsGzipBytes,
      entry_js_gzip_bytes: bundle.entryJsGzipBytes,
      duckdb_worker_gzip_bytes: bundle.duckdbWorkerGzipBytes,
      duckdb_wasm_bytes: bundle.duckdbWasmBytes,
      duckdb_wasm_gzip_bytes: bundle.duckdbWasmGzipBytes,
      dist_bytes: bundle.distBytes,
      files: bundle.files,
    };
  }
  if (ingestFile) {
    json.ingest_rows_per_s = figure(
      ingestRuns.map((r) => r.rowsRead / (r.wallMs / 1000)),
      'npm run ingest on a generated Comtrade Plus CSV (Latin-1, trailing commas), process start to exit',
    );
    json.ingest = {
      file: ingestFile.file,
      rows: ingestFile.rows,
      bytes: ingestFile.bytes,
      wall_ms: figure(ingestRuns.map((r) => r.wallMs)),
    };
    if (browserIngest) {
      const { file, runs: list } = browserIngest;
      const what = `a ${mb(file.bytes)} Comtrade Plus CSV opened with the file picker`;
      json.browser_ingest_rows_per_s = figure(
        list.map((r) => r.rows / (r.ms / 1000)),
        `${what}, file chosen → ready`,
      );
      json.browser_ingest_max_frame_gap_ms = figure(
        list.map((r) => r.maxFrameGapMs),
        `${what}: the longest wait between two frames meanwhile`,
      );
      json.browser_ingest = {
        file: file.file,
        rows: file.rows,
        bytes: file.bytes,
        steps: list[0]?.steps,
      };
    }
    json.ingest_peak_memory_bytes = figure(
      ingestRuns.map((r) => r.peakBytes),
      `peak resident memory of the ingest process on the ${mb(ingestFile.bytes)} file (DuckDB memory limit 1GB, spilling to disk beyond it)`,
    );
  }
  if (wants('ranking')) {
    json.ranking = {
      scenarios,
      datasets: Object.fromEntries(
        [...native].flatMap(([size, n]) =>
          n.quality
            ? [
                [
                  size,
                  {
                    k: n.quality.k,
                    precision: n.quality.precision,
                    recall: n.quality.recall,
                    recall_at_2k: n.quality.recallAt2K,
                    look_alikes_in_top_k: n.quality.lookAlikesInTopK.map(
                      (l) => `${l.kind} ${l.via}>${l.destination}:${l.product}`,
                    ),
                    missed: n.quality.missed.map(
                      (m) => `${m.via}>${m.destination}:${m.product}${m.subtle ? ' (subtle)' : ''}`,
                    ),
                  },
                ],
              ]
            : [],
        ),
      ),
    };
  }
  const checked = verdicts(json);
  json.targets = checked;
  json.failures = failures;
  json.elapsed_s = Math.round((performance.now() - started) / 1000);

  const out = resolve(options.out);
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);

  console.log(`\n${formatTable(tableRows(json, options), checked)}\n`);
  if (scenarios) {
    console.log(
      `ranking on scenarios: precision ${scenarios.meanPrecision.toFixed(2)}, recall ${scenarios.meanRecall.toFixed(2)} (clear ${scenarios.meanClearRecall.toFixed(2)}), look-alikes in top K: ${scenarios.lookAlikesInTopK}`,
    );
  }
  for (const [size, n] of native) {
    if (n.quality)
      console.log(
        `ranking on ${size}: K=${n.quality.k} precision ${n.quality.precision.toFixed(2)} recall ${n.quality.recall.toFixed(2)}`,
      );
  }
  for (const v of checked) {
    const ran = v.size === null || (options.sizes as string[]).includes(v.size);
    if (ran && v.verdict !== 'met')
      console.log(`target ${v.verdict}: ${v.target}${v.note ? ` (${v.note})` : ''}`);
  }
  for (const f of failures) console.error(`FAILED ${f.where}: ${f.error}`);
  log(`wrote ${options.out}`);
  return failures.length > 0 ? 1 : 0;
}

/** The printed table's rows, in a fixed order. */
function tableRows(json: Record<string, unknown>, options: BenchOptions): TableRow[] {
  const rows: TableRow[] = [];
  const sized: [string, Unit][] = [
    ['cold_ready_ms', 'ms'],
    ['duckdb_start_ms', 'ms'],
    ['duckdb_boot_ms', 'ms'],
    ['load_start_ms', 'ms'],
    ['load_ms', 'ms'],
    ['interaction_p50_ms', 'ms'],
    ['interaction_p95_ms', 'ms'],
    ['naive_interaction_p95_ms', 'ms'],
    ['speedup_vs_naive', 'ratio'],
    ['scoring_first_ms', 'ms'],
    ['scoring_ms', 'ms'],
    ['native_scoring_ms', 'ms'],
    ['native_scoring_1thread_ms', 'ms'],
    ['scoring_ratio', 'ratio'],
    ['peak_memory_bytes', 'bytes'],
    ['js_heap_bytes', 'bytes'],
    ['duckdb_memory_bytes', 'bytes'],
    ['transfer_bytes', 'bytes'],
  ];
  for (const [key, unit] of sized) {
    const entry = json[key] as Record<string, Figure> | undefined;
    if (!entry) continue;
    for (const size of options.sizes)
      if (entry[size]) rows.push({ figure: key, size, value: entry[size], unit });
  }
  const fps = json.fps as Record<string, Figure> | undefined;
  if (fps)
    for (const [flows, value] of Object.entries(fps))
      rows.push({ figure: 'fps', size: flows, value, unit: 'fps' });
  if (typeof json.js_gzip_bytes === 'number')
    rows.push({ figure: 'js_gzip_bytes', size: '', value: json.js_gzip_bytes, unit: 'bytes' });
  const bundle = json.bundle as
    { duckdb_wasm_bytes: number; duckdb_wasm_gzip_bytes: number } | undefined;
  if (bundle) {
    rows.push({
      figure: 'duckdb_wasm_bytes',
      size: '',
      value: bundle.duckdb_wasm_bytes,
      unit: 'bytes',
    });
    rows.push({
      figure: 'duckdb_wasm_gzip_bytes',
      size: '',
      value: bundle.duckdb_wasm_gzip_bytes,
      unit: 'bytes',
    });
  }
  if (json.ingest_rows_per_s)
    rows.push({
      figure: 'ingest_rows_per_s',
      size: `${options.ingestRows / 1e6}m csv`,
      value: json.ingest_rows_per_s as Figure,
      unit: 'rows/s',
    });
  for (const [key, unit] of [
    ['browser_ingest_rows_per_s', 'rows/s'],
    ['browser_ingest_max_frame_gap_ms', 'ms'],
  ] as const)
    if (json[key])
      rows.push({
        figure: key,
        size: `${BROWSER_INGEST_ROWS / 1e6}m csv`,
        value: json[key] as Figure,
        unit,
      });
  if (json.ingest_peak_memory_bytes)
    rows.push({
      figure: 'ingest_peak_memory_bytes',
      size: `${options.ingestRows / 1e6}m csv`,
      value: json.ingest_peak_memory_bytes as Figure,
      unit: 'bytes',
    });
  return rows;
}

/** The commit the app was built from (read-only). */
function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

process.exitCode = await main(process.argv.slice(2));
