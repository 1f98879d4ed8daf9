/**
 * The benchmark's figures of scoring, memory, bundle, ingest and ranking, each part under the
 * keys latest.json keeps it; figures.ts puts them together with the page's timings.
 */
import type { BrowserIngestRun } from './browser-ingest';
import type { BundleSizes } from './bundle';
import type { BrowserResults } from './figures';
import type { ComtradeFile } from './comtrade';
import type { IngestRun } from './ingest-rate';
import type { NativeScoring } from './native';
import type { SizeName } from './options';
import type { PageRun } from './page-run';
import type { ScenarioRanking } from './ranking';
import { figure, type Figure } from './report';
import { quantile } from './stats';

const mb = (value: number) => `${Math.round(value / 1e6).toLocaleString('en')} MB`;

/** Figures by size from page runs. */
export function bySize(
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

/** The page's scoring, native DuckDB's, and their ratios (runs may be empty: native only). */
export function scoringFigures(
  runs: Map<SizeName, PageRun[]>,
  native: Map<SizeName, NativeScoring>,
): Record<string, unknown> {
  const json: Record<string, unknown> = {};
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
  const nativeFigure = (pick: (n: NativeScoring) => number[], what: (n: NativeScoring) => string) =>
    Object.fromEntries(
      [...native].map(([s, n]) => [s, figure(pick(n), `@duckdb/node-api, ${what(n)}`)]),
    );
  const threads = (n: NativeScoring) => `${n.threads} threads`;
  json.native_scoring_ms = nativeFigure(
    (n) => n.ms,
    (n) => `from scratch, ${threads(n)}`,
  );
  json.native_scoring_1thread_ms = nativeFigure(
    (n) => n.oneThreadMs,
    () => 'from scratch, one thread',
  );
  json.native_rescoring_ms = nativeFigure(
    (n) => n.warmMs,
    (n) => `again, what the last run built kept, ${threads(n)}`,
  );
  json.native_rescoring_1thread_ms = nativeFigure(
    (n) => n.warmOneThreadMs,
    () => 'again, what the last run built kept, one thread',
  );
  // Like with like: the page's first scoring against native's from scratch, its scoring again
  // (the working tables of the last run kept) against native's again.
  const ratio = (
    browser: (r: PageRun) => number[],
    base: (n: NativeScoring) => number[],
    note: string,
  ) =>
    Object.fromEntries(
      [...native].flatMap(([size, n]) => {
        const browserRuns = runs.get(size) ?? [];
        const median = quantile(base(n), 0.5);
        if (!browserRuns.length) return [];
        const values = browserRuns.flatMap((r) => browser(r).map((v) => v / median));
        return [[size, figure(values, `${note} (${threads(n)})`)]];
      }),
    );
  json.scoring_first_ratio = ratio(
    (r) => [r.scoringMs],
    (n) => n.ms,
    "the page's first scoring ÷ native from scratch, median",
  );
  json.scoring_ratio = ratio(
    (r) => r.rescoringMs,
    (n) => n.warmMs,
    "the page's scoring again ÷ native again, median",
  );
  json.scoring_ratio_1thread = ratio(
    (r) => r.rescoringMs,
    (n) => n.warmOneThreadMs,
    "the page's scoring again ÷ native again with one thread, median",
  );
  return json;
}

/**
 * The tab's memory, DuckDB's, and the bytes received up to the first flows; for the prebuilt
 * runs, under keys starting `prefix`, each note starting `about`.
 */
export function memoryFigures(
  runs: Map<SizeName, PageRun[]>,
  prefix = '',
  about = '',
): Record<string, unknown> {
  const figures = {
    peak_memory_bytes: bySize(
      runs,
      (r) => r.rendererPeakBytes,
      `${about}peak resident memory of the tab (renderer process: JS, workers, WebAssembly)`,
    ),
    js_heap_bytes: bySize(
      runs,
      (r) => r.jsHeapBytes,
      `${about}performance.memory.usedJSHeapSize, main thread, largest sample`,
    ),
    duckdb_memory_bytes: bySize(
      runs,
      (r) => r.duckdbBytes,
      `${about}sum(memory_usage_bytes) FROM duckdb_memory(), largest sample`,
    ),
    transfer_bytes: bySize(
      runs,
      (r) => r.transferBytes,
      `${about}bytes received up to the first flows, cold cache; the server gzips text and WebAssembly`,
    ),
  };
  return Object.fromEntries(Object.entries(figures).map(([key, f]) => [`${prefix}${key}`, f]));
}

/**
 * The load of datasets in another format (`prefix`, `what` it is), its ratio to the same
 * dataset's Parquet load (`parquet`, when the load group ran too), memory and bytes.
 */
function otherFormatFigures(
  other: BrowserResults,
  parquet: Map<SizeName, PageRun[]>,
  prefix: string,
  what: string,
  load: string,
): Record<string, unknown> {
  const { runs, notes } = other;
  const ratio = Object.fromEntries(
    [...runs].flatMap(([size, list]) => {
      const parquetLoads = (parquet.get(size) ?? []).map((r) => r.loadMs);
      if (!parquetLoads.length || !list.length) return [];
      const median = quantile(parquetLoads, 0.5);
      const note = `${what}'s load ÷ the Parquet file's, median (below 1: it loads faster)`;
      return [
        [
          size,
          figure(
            list.map((r) => r.loadMs / median),
            note,
          ),
        ],
      ];
    }),
  );
  return {
    [`${prefix}load_ms`]: bySize(runs, (r) => r.loadMs, `${what}: ${load}`, notes),
    [`${prefix}load_ratio`]: ratio,
    ...memoryFigures(runs, prefix, `${what}: `),
  };
}

/** The datasets loaded as prebuilt DuckDB databases (see {@link otherFormatFigures}). */
export function prebuiltFigures(
  prebuilt: BrowserResults,
  parquet: Map<SizeName, PageRun[]>,
): Record<string, unknown> {
  const what = 'a prebuilt DuckDB database (npm run ingest -- --out x.duckdb)';
  const load = 'fetch + attach + copy of its trade table + validate';
  return otherFormatFigures(prebuilt, parquet, 'prebuilt_', what, load);
}

/**
 * The datasets opened as data sets in parts (see {@link otherFormatFigures}), with the rows
 * the page loaded (the dual-use goods' part alone) and its first flows, from the manifest.
 */
export function partsFigures(
  parts: BrowserResults,
  parquet: Map<SizeName, PageRun[]>,
): Record<string, unknown> {
  const what = 'a data set in parts (npm run ingest -- --out <folder>/manifest.json)';
  const load = "manifest + fetch, check and insert of the dual-use goods' part + validate";
  return {
    ...otherFormatFigures(parts, parquet, 'parts_', what, load),
    parts_rows_loaded: bySize(parts.runs, (r) => r.rows, `${what}: rows the page loaded`),
    parts_cold_ready_ms: bySize(
      parts.runs,
      (r) => r.coldReadyMs,
      `${what}: navigation → first flows drawn (from the manifest's first view)`,
    ),
    parts_other_part_ms: bySize(
      parts.runs,
      (r) => r.partLoad?.ms ?? Number.NaN,
      `${what}: a product filter on a chapter left on the server (the part of median size), to the app at rest with that part fetched, checked and added`,
    ),
    parts_other_part_peak_memory_bytes: bySize(
      parts.runs,
      (r) => r.partLoad?.rendererPeakBytes ?? Number.NaN,
      `${what}: peak resident memory of the tab once that part was added and the app at rest`,
    ),
    parts_other_part_duckdb_memory_bytes: bySize(
      parts.runs,
      (r) => r.partLoad?.duckdbBytes ?? Number.NaN,
      `${what}: DuckDB's memory once that part was added and the app at rest`,
    ),
    parts_other_part_said: bySize(
      parts.runs,
      (r) => (r.partLoad ? Number(r.partLoad.said) : Number.NaN),
      `${what}: share of runs whose status line said, while loading, which part the filter needed`,
    ),
  };
}

/** The built app's sizes, the critical path's apart. */
export function bundleFigures(bundle: BundleSizes): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  json.js_gzip_bytes = bundle.jsGzipBytes;
  json.critical_js_gzip_bytes = bundle.criticalJsGzipBytes;
  json.bundle = {
    js_gzip_bytes: bundle.jsGzipBytes,
    entry_js_gzip_bytes: bundle.entryJsGzipBytes,
    critical_js_gzip_bytes: bundle.criticalJsGzipBytes,
    critical_js: bundle.criticalJs,
    duckdb_worker_gzip_bytes: bundle.duckdbWorkerGzipBytes,
    duckdb_wasm_bytes: bundle.duckdbWasmBytes,
    duckdb_wasm_gzip_bytes: bundle.duckdbWasmGzipBytes,
    dist_bytes: bundle.distBytes,
    files: bundle.files,
  };
  return json;
}

/** The ingest's speed and memory, in Node and in the page. */
export function ingestFigures(
  ingest: { file: ComtradeFile; runs: IngestRun[] },
  browserIngest: { file: ComtradeFile; runs: BrowserIngestRun[] } | null,
): Record<string, unknown> {
  const json: Record<string, unknown> = {};
  const { file: ingestFile, runs: ingestRuns } = ingest;
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
  return json;
}

/** How well the ranking finds what was planted, on the scenarios and the datasets. */
export function rankingFigures(
  native: Map<SizeName, NativeScoring>,
  scenarios: ScenarioRanking | null,
): Record<string, unknown> {
  const json: Record<string, unknown> = {};
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
  return json;
}
