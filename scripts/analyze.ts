/**
 * Finds and scores transshipment corridors in canonical Parquet files:
 *
 *   npm run analyze -- --input <dataset.parquet> [--input <more.parquet>] --out <corridors.json>
 *     [--origin TWN] [--dest RUS,BLR] [--level all|6|4|2|tier] [--baseline 2019-01:2021-12]
 *     [--post 2022-03:2025-12] [--top N] [--min-value USD]
 *
 * Writes JSON — { corridors (sorted by score), unscored (routes the data could not score, with
 * the reason), coverage (what each reporter gives), routes (counts) } — or the corridors as CSV
 * when --out ends in .csv, and prints the top corridors, a verdict and the route counts. The
 * method is in docs/methodology.md.
 */
import { statSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MIN_MATCHED_CONTROLS, type ScorePools } from '../src/analysis/calibration';
import type { Corridor } from '../src/analysis/corridor';
import { analysisToJson, corridorTable, corridorsToCsv } from '../src/analysis/export';
import { REASON_TEXT, routeCountsLine, type RouteCounts } from '../src/analysis/routes';
import * as v from 'valibot';
import {
  PRODUCT_LEVELS,
  parseCodes,
  parseMonthRange,
  placeboParams,
  resolveParams,
  type AnalysisParams,
} from '../src/analysis/params';
import { analyzeCorridors } from '../src/data/corridors/score-corridors';
import { newIdentitySql } from '../src/data/sql/dataset';
import { placeboScores, withPlacebo } from '../src/data/corridors/placebo';
import { nonNegative, oneOf, parseOptions, UsageError, type OptionSpec } from './lib/cli-options';
import { loadReferenceTables } from './lib/reference';
import { quoteLiteral } from '../src/data/sql/quote';
import { makeCanonical, validateTradeTable } from '../src/data/validate';
import { openNodeDuckDB, type NodeDuckDB } from './lib/node-duckdb';
import { readHead } from './lib/file-store';
import { isParquet } from '../src/data/ingest/head';

const USAGE = `usage: npm run analyze -- --input <dataset.parquet> [--input <more.parquet>] --out <corridors.json|.csv>
  [--origin TWN] [--dest RUS,BLR] [--level all|6|4|2|tier] [--baseline 2019-01:2021-12]
  [--post 2022-03:2025-12] [--top N] [--min-value USD]`;

/** The command line, parsed. */
interface AnalyzeArgs {
  inputs: string[];
  out: string;
  params: Partial<AnalysisParams>;
}

const OPTIONS = {
  input: { kind: 'list', schema: v.string() },
  out: { kind: 'value', schema: v.string() },
  origin: { kind: 'value', schema: v.pipe(v.string(), v.transform(parseCodes)) },
  dest: { kind: 'value', schema: v.pipe(v.string(), v.transform(parseCodes)) },
  level: { kind: 'value', schema: oneOf(PRODUCT_LEVELS) },
  baseline: { kind: 'value', schema: v.pipe(v.string(), v.transform(parseMonthRange)) },
  post: { kind: 'value', schema: v.pipe(v.string(), v.transform(parseMonthRange)) },
  top: { kind: 'value', schema: v.pipe(nonNegative, v.transform(Math.floor)) },
  'min-value': { kind: 'value', schema: nonNegative },
} satisfies Record<string, OptionSpec>;

/** Parses the arguments (also `--flag=value`); throws with the usage on anything wrong. */
export function parseAnalyzeArgs(argv: readonly string[]): AnalyzeArgs {
  const { values } = parseOptions(argv, OPTIONS, USAGE);
  if (values.input.length === 0 || values.out === undefined) throw new UsageError(USAGE);
  const given = {
    origins: values.origin,
    destinations: values.dest,
    level: values.level,
    baseline: values.baseline,
    post: values.post,
    topN: values.top,
    minValueUsd: values['min-value'],
  };
  const params = Object.fromEntries(
    Object.entries(given).filter(([, value]) => value !== undefined),
  ) as Partial<AnalysisParams>;
  resolveParams(params);
  return { inputs: values.input, out: values.out, params };
}

/**
 * What to run instead: the ingest that writes the canonical Parquet file the analysis reads
 * (of `path` if it is trade data, else of the user's trade files), then the analysis of it.
 */
function ingestAdvice(path: string | null, out: string): string {
  const name = path === null ? '' : basename(path);
  const stem = name.replace(/\..*$/, '') || 'trade';
  const parquet = `${stem}.parquet` === name ? `${stem}-canonical.parquet` : `${stem}.parquet`;
  return [
    'The analysis reads the canonical Parquet file that the ingest writes. Run',
    `  npm run ingest -- ${path ?? '<your trade files>'} --out ${parquet}`,
    `  npm run analyze -- --input ${parquet} --out ${out}`,
  ].join('\n');
}

/**
 * Why an input cannot be analysed, found before DuckDB reads it (whose own words name neither
 * the cause nor the cure): missing, not a file, or not Parquet at all (a CSV download, say).
 */
function inputProblem(path: string, out: string): string | null {
  let head: Uint8Array;
  try {
    if (!statSync(path).isFile()) return `${path}: not a file.\n${ingestAdvice(null, out)}`;
    head = readHead(path);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const what = code === 'ENOENT' ? 'no such file' : `cannot read it (${code ?? String(error)})`;
    return `${path}: ${what}.\n${ingestAdvice(null, out)}`;
  }
  if (isParquet(head)) return null;
  return `${path}: not a Parquet file (a CSV or another download, not yet ingested).\n${ingestAdvice(path, out)}`;
}

/** Reads the inputs into `trade` through the validator; returns how many rows were left out. */
async function loadTrade(db: NodeDuckDB, inputs: readonly string[], out: string): Promise<number> {
  for (const path of inputs) {
    const problem = inputProblem(path, out);
    if (problem !== null) throw new Error(problem);
  }
  const files = inputs.map(quoteLiteral).join(', ');
  const named = inputs.join(', ');
  try {
    await db.query(
      `CREATE OR REPLACE TABLE trade_input AS SELECT * FROM read_parquet([${files}], union_by_name = true)`,
    );
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    throw new Error(
      `${named}: cannot be read as Parquet (${reason}): damaged, or not written whole.\n${ingestAdvice(null, out)}`,
    );
  }
  const report = await validateTradeTable(db, 'trade_input');
  if (report.schemaIssues.length > 0) {
    const what = report.schemaIssues.map(
      (i) => `${i.kind} ${i.column}${i.found ? ` (${i.found})` : ''}`,
    );
    throw new Error(
      `${named}: not the canonical schema (${what.join('; ')}).\n${ingestAdvice(null, out)}`,
    );
  }
  await makeCanonical(db, 'trade_input', 'trade', report);
  // An identity for the rows, as the page gives them: the control runs read the scoring's
  // store that the first scoring built instead of building it again.
  await db.query(newIdentitySql('trade'));
  return report.invalidRows;
}

/**
 * What the false-positive rates were measured against, in one sentence: how many routes of
 * goods not on the list, of the placebo run (or why it had no window) and of the comparison run.
 */
export function calibrationLine(params: AnalysisParams, pools: ScorePools): string {
  const cutoff = placeboParams(params)?.baseline.end;
  const placebo = cutoff
    ? `${pools.placebo.length} scored with the cut-off at ${cutoff} (placebo)`
    : 'none with a placebo cut-off (the periods leave no window)';
  const routes = pools.unlisted.length + pools.placebo.length + pools.elsewhere.length;
  return (
    `Calibrated against ${routes} routes: ${pools.unlisted.length} of goods not on the list, ${placebo}, ${pools.elsewhere.length} to the comparison destinations. ` +
    `Each corridor is compared with those of its own kind (month by month or year by year, fully or partly known) where there are at least ${MIN_MATCHED_CONTROLS} of them.`
  );
}

/**
 * What the ranking amounts to, in one sentence: flagged corridors, nothing standing out among
 * the routes scored, or nothing that could be scored at all, and why.
 */
export function verdict(corridors: readonly Corridor[], counts: RouteCounts): string {
  const flagged = corridors.filter((c) => c.score > 0).length;
  if (flagged > 0) return `${flagged} corridors flagged (score above 0).`;
  if (counts.full + counts.partial + counts.noSignal > 0)
    return `Nothing stands out: the ${counts.full + counts.partial + counts.noSignal} routes the data let us score show no corridor.`;
  if (counts.unscored === 0)
    return 'Nothing could be scored: the data hold no dual-use goods on a route from the origins to the destinations.';
  const why = counts.reasons.map((r) => `${REASON_TEXT[r.reason].en} (${r.count} routes)`);
  return `Nothing could be scored, because: ${why.join('; ')}.`;
}

async function main(argv: readonly string[]): Promise<void> {
  const { inputs, out, params } = parseAnalyzeArgs(argv);
  const db = await openNodeDuckDB();
  try {
    await loadReferenceTables(db);
    const skipped = await loadTrade(db, inputs, out);
    if (skipped > 0) console.warn(`${skipped} invalid rows left out (see the validator's report)`);
    const started = performance.now();
    const first = await analyzeCorridors(db, params);
    const millis = performance.now() - started;
    const resolved = resolveParams(params);
    const controls = await placeboScores(db, resolved);
    const analysis = withPlacebo(first, controls);
    const { corridors, counts } = analysis;
    const text = out.toLowerCase().endsWith('.csv')
      ? corridorsToCsv(corridors)
      : `${JSON.stringify(analysisToJson(analysis, resolved), null, 2)}\n`;
    await writeFile(out, text);
    if (corridors.length > 0) console.log(corridorTable(corridors, 15));
    console.log(`\n${verdict(corridors, counts)}`);
    console.log(
      `${corridors.length} corridors written to ${out}; scored in ${Math.round(millis)} ms`,
    );
    console.log(calibrationLine(resolved, analysis.pools));
    console.log(routeCountsLine(counts));
  } finally {
    db.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
