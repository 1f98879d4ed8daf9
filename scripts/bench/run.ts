/**
 * `npm run bench`: generates canonical datasets of 100 k, 1 M and 10 M rows (cached in
 * bench/.data/), runs the production build in headless Chromium on each and on the bundled
 * sample, and reports how fast the app gets ready, loads, answers view changes and scores
 * corridors (against native DuckDB), how much memory it takes, how big the bundle is, how fast
 * the ingest CLI reads a Comtrade Plus file, and how well the ranking finds planted corridors.
 * Prints a table and writes bench/results/latest.json. See "Benchmark" in the README.
 */
import { existsSync, mkdirSync, statSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { build } from 'vite';
import { launchChromium } from '../lib/chromium';
import { openNodeDuckDB } from '../lib/node-duckdb';
import { PARTS, PREBUILT, type OtherFormat } from './other-formats';
import { BROWSER_INGEST_ROWS, runBrowserIngest, type BrowserIngestRun } from './browser-ingest';
import { cachedComtradeFile, type ComtradeFile } from './comtrade';
import { bundleSizes, distFiles, type BundleSizes } from './bundle';
import { cachedDataset, datasetPath } from './dataset/cache';
import { benchFigures, FPS_SECONDS, type BrowserResults, type Dataset } from './figures';
import { runIngest, type IngestRun } from './ingest-rate';
import { nativeScoring, type NativeScoring } from './native';
import {
  parseOptions,
  PARTS_ONLY,
  SIZES,
  USAGE,
  type BenchOptions,
  type Group,
  type SizeName,
} from './options';
import { runPage, type PageRun } from './page-run';
import { scenarioRanking, type ScenarioRanking } from './ranking';
import { tableRows } from './table-rows';
import { formatTable, formatValue, verdicts } from './report';
import { quantile } from './stats';
import { startStaticServer, warmUp } from './server';

const SAMPLE_FILE = 'public/sample/trade-sample.parquet';
const BROWSER_GROUPS: Group[] = ['cold', 'load', 'interaction', 'scoring', 'memory', 'fps'];
const READY_TIMEOUT_MS: Record<SizeName, number> = {
  sample: 60_000,
  '100k': 60_000,
  '1m': 120_000,
  '10m': 480_000,
  '100m': 480_000,
};
/** Scorings after the first, on the warm page: the figures compared with native DuckDB. */
const RESCORINGS = 3;

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
const kB = (value: number) => formatValue(value, 'bytes');

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
        inParts: PARTS_ONLY.includes(name),
        onGenerate: () => log(`generating the ${name} dataset (cached afterwards)…`),
      });
      if (!meta.cached)
        log(
          `${name}: ${meta.rows.toLocaleString('en')} rows, ${mb(meta.bytes)}, ${ms(meta.millis)}`,
        );
      datasets.push({
        name,
        file: meta.file,
        dataPath: `/bench-data/${datasetPath(name, PARTS_ONLY.includes(name))}`,
        meta,
        cached: meta.cached,
      });
    } catch (error) {
      failures.push({ where: `generating ${name}`, error: message(error) });
    }
  }
  return datasets;
}

/**
 * Loads each dataset in `format` instead of its Parquet file (written once, and again when the
 * Parquet file is newer), `options.runs` times: the load, first flows and memory figures of
 * the other format.
 */
async function otherFormatRuns(
  options: BenchOptions,
  datasets: Dataset[],
  failures: Failure[],
  format: OtherFormat,
): Promise<BrowserResults> {
  const written: Dataset[] = [];
  const db = await openNodeDuckDB();
  try {
    for (const dataset of datasets) {
      const name = format.path(dataset.name);
      const file = resolve(options.dataDir, name);
      try {
        // A set generated in this format already (too big for one file) is used as it is.
        if (
          file !== dataset.file &&
          (!existsSync(file) || statSync(file).mtimeMs < statSync(dataset.file).mtimeMs)
        ) {
          log(`writing ${name} from ${dataset.file}…`);
          await format.write(db, dataset.file, file);
        }
        written.push({ ...dataset, file, dataPath: `/bench-data/${name}` });
      } catch (error) {
        failures.push({ where: `writing ${name}`, error: message(error) });
      }
    }
  } finally {
    db.close();
  }
  const groups = new Set<Group>(['load', 'memory']);
  return browserRuns({ ...options, groups }, written, failures, format);
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

async function browserRuns(
  options: BenchOptions,
  datasets: Dataset[],
  failures: Failure[],
  format: OtherFormat | null = null,
): Promise<BrowserResults> {
  const label = format ? `${format.label} ` : '';
  const results: BrowserResults = { runs: new Map(), notes: new Map(), chromium: '' };
  const server = await startStaticServer('dist', options.dataDir);
  try {
    await warmUp(server, ['/', ...distFiles('dist').map((path) => `/${path}`)]);
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
            partChange: format?.partChange?.(dataset.file) ?? null,
          });
          runs.push(run);
          const times = run.steps.map((s) => s.ms);
          log(
            `${label}${dataset.name} run ${i + 1}/${options.runs}: first flows ${ms(run.coldReadyMs)}` +
              `${run.firstView ? ' (stored first view)' : ''}, ` +
              `load ${ms(run.loadMs)}, scoring ${ms(run.scoringMs)}` +
              (run.rescoringMs.length ? ` then ${run.rescoringMs.map(ms).join(', ')}` : '') +
              (times.length
                ? `, ${times.length} view changes p50 ${ms(quantile(times, 0.5))} p95 ${ms(quantile(times, 0.95))}`
                : '') +
              `, tab ${mb(run.rendererPeakBytes)}` +
              (run.partLoad
                ? `; ${run.partLoad.rows.toLocaleString('en')} rows of another part in ${ms(run.partLoad.ms)}` +
                  (run.partLoad.said ? ', said so' : ', NOT SAID')
                : ''),
          );
        } catch (error) {
          failures.push({ where: `${label}${dataset.name} run ${i + 1}`, error: message(error) });
          log(`${label}${dataset.name} run ${i + 1} FAILED: ${message(error)}`);
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
  const needsBuild =
    needsBrowser || wants('prebuilt') || wants('parts') || wants('bundle') || wants('ingest');
  if (needsBuild && options.build) {
    log('building the app (vite build)…');
    await build({ logLevel: 'warn' });
  }

  // A set too big for a tab as one file exists in parts only: the page opens it by its
  // manifest, and it has no other format, nor a native scoring of the whole.
  const whole = datasets.filter((dataset) => !PARTS_ONLY.includes(dataset.name));
  let browser: BrowserResults = { runs: new Map(), notes: new Map(), chromium: '' };
  if (needsBrowser) browser = await browserRuns(options, datasets, failures);
  const prebuilt = wants('prebuilt')
    ? await otherFormatRuns(options, whole, failures, PREBUILT)
    : null;
  const parts = wants('parts') ? await otherFormatRuns(options, datasets, failures, PARTS) : null;

  const native = new Map<SizeName, NativeScoring>();
  if (wants('scoring') || wants('ranking')) {
    for (const dataset of whole) {
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
          `${dataset.name} native scoring: ${result.ms.map(ms).join(', ')} (${result.threads} threads); one thread ${result.oneThreadMs.map(ms).join(', ')}; again ${result.warmMs.map(ms).join(', ')}, one thread ${result.warmOneThreadMs.map(ms).join(', ')}`,
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
      const chunks = bundle.criticalJs.slice(0, 5).map((c) => `${c.name} ${kB(c.gzipBytes)}`);
      log(`critical-path JS ${kB(bundle.criticalJsGzipBytes)} gzip: ${chunks.join(', ')}`);
    } catch (error) {
      failures.push({ where: 'bundle', error: message(error) });
    }
  }

  let browserIngest: { file: ComtradeFile; runs: BrowserIngestRun[] } | null = null;
  const ingestRuns: IngestRun[] = [];
  let ingestFile: ComtradeFile | null = null;
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

  const json = benchFigures(
    {
      datasets,
      browser,
      prebuilt,
      parts,
      native,
      bundle,
      ingest: ingestFile && { file: ingestFile, runs: ingestRuns },
      browserIngest,
      scenarios,
    },
    options,
  );
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
    const hard = scenarios.hard;
    const byTrap = Object.entries(hard.byTrap).map(
      ([trap, t]) => `${trap} ${t.found}/${t.planted}`,
    );
    console.log(
      `ranking on hard worlds: precision ${hard.meanPrecision.toFixed(2)}, recall ${hard.meanRecall.toFixed(2)} (at 2K ${hard.meanRecallAt2K.toFixed(2)}), look-alikes in top K: ${hard.lookAlikesInTopK}; found/planted by trap: ${byTrap.join(', ')}`,
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

process.exitCode = await main(process.argv.slice(2));
