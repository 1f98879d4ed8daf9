/**
 * Says which legs of which routes a canonical dataset can support, year by year, and writes
 * the downloads that would fill the gaps (UN Comtrade Plus and Taiwan customs queries):
 *
 *   npm run plan -- --input <dataset.parquet> [--input <more.parquet>] [--out <plan.md>]
 *     [--json] [--lang en|zh-TW] [--origin TWN] [--dest RUS,BLR] [--via KGZ,ARM]
 *
 * Writes Markdown (the coverage matrix, then the plan), or JSON with --json, to --out or to
 * standard output, and prints a short summary. Runs offline, on the data alone.
 */
import { writeFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { parseCodes } from '../src/analysis/params';
import { coverageJson } from '../src/data/coverage/json';
import { coverageMarkdown } from '../src/data/coverage/markdown';
import { downloadPlan } from '../src/data/coverage/plan';
import { readCoverage } from '../src/data/coverage/read-coverage';
import { coverageLines, planLine } from '../src/data/coverage/summary-lines';
import {
  createReferenceTableSql,
  REFERENCE_TABLES,
  type ReferenceTable,
} from '../src/data/reference';
import { quoteLiteral } from '../src/data/sql';
import { canonicalRowsSql, validateTradeTable } from '../src/data/validate';
import { isLocale, type Locale } from '../src/i18n';
import { openNodeDuckDB, type NodeDuckDB } from './lib/node-duckdb';

const USAGE = `usage: npm run plan -- --input <dataset.parquet> [--input <more.parquet>] [--out <plan.md>]
  [--json] [--lang en|zh-TW] [--origin TWN] [--dest RUS,BLR] [--via KGZ,ARM]

  --input   canonical Parquet file(s), as written by npm run ingest (required)
  --out     where to write the plan (default: standard output)
  --json    write JSON for machines instead of Markdown
  --lang    language of the Markdown: en (default) or zh-TW
  --origin  the origin (default TWN); --dest the destinations (default RUS,BLR)
  --via     the intermediaries to follow instead of the intermediaries of concern (those the
            data holds, exporters to a destination, are always added)`;

/** The command line, parsed. */
interface PlanArgs {
  inputs: string[];
  out: string | null;
  json: boolean;
  locale: Locale;
  origin?: string;
  destinations?: string[];
  intermediaries?: string[];
}

/** Parses the arguments; throws with the usage on anything wrong. */
export function parsePlanArgs(argv: readonly string[]): PlanArgs {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      input: { type: 'string', multiple: true, default: [] },
      out: { type: 'string' },
      json: { type: 'boolean', default: false },
      lang: { type: 'string', default: 'en' },
      origin: { type: 'string' },
      dest: { type: 'string' },
      via: { type: 'string' },
    },
  });
  if (values.input.length === 0) throw new Error(`--input is required\n${USAGE}`);
  if (!isLocale(values.lang)) throw new Error(`--lang must be en or zh-TW, got ${values.lang}`);
  const origin = values.origin === undefined ? undefined : parseCodes(values.origin);
  if (origin !== undefined && origin.length !== 1) throw new Error('--origin takes one code');
  return {
    inputs: values.input,
    out: values.out ?? null,
    json: values.json,
    locale: values.lang,
    origin: origin?.[0],
    destinations: values.dest === undefined ? undefined : parseCodes(values.dest),
    intermediaries: values.via === undefined ? undefined : parseCodes(values.via),
  };
}

const REFERENCE_DIR = fileURLToPath(new URL('../data/reference/', import.meta.url));

/** Reads the inputs into `trade` through the validator; returns how many rows were left out. */
async function loadTrade(db: NodeDuckDB, inputs: readonly string[]): Promise<number> {
  for (const table of Object.keys(REFERENCE_TABLES) as ReferenceTable[])
    await db.query(createReferenceTableSql(table, REFERENCE_DIR + REFERENCE_TABLES[table].file));
  const files = inputs.map(quoteLiteral).join(', ');
  await db.query(
    `CREATE OR REPLACE TABLE trade_input AS SELECT * FROM read_parquet([${files}], union_by_name = true)`,
  );
  const report = await validateTradeTable(db, 'trade_input');
  if (report.schemaIssues.length > 0) {
    const what = report.schemaIssues.map((i) => `${i.kind} ${i.column}`);
    throw new Error(`the input does not have the canonical schema: ${what.join('; ')}`);
  }
  await db.query(`CREATE OR REPLACE TABLE trade AS ${await canonicalRowsSql(db, 'trade_input')}`);
  await db.query('DROP TABLE trade_input');
  return report.invalidRows;
}

async function main(argv: readonly string[]): Promise<void> {
  const args = parsePlanArgs(argv);
  const db = await openNodeDuckDB();
  try {
    const skipped = await loadTrade(db, args.inputs);
    if (skipped > 0) console.warn(`${skipped} invalid rows left out (see the validator's report)`);
    const coverage = await readCoverage(db, {
      origin: args.origin,
      destinations: args.destinations,
      intermediaries: args.intermediaries,
    });
    const plan = downloadPlan(coverage);
    const name = args.inputs.map((input) => basename(input)).join(', ');
    const text = args.json
      ? `${JSON.stringify(coverageJson(coverage, plan), null, 2)}\n`
      : coverageMarkdown(args.locale, coverage, plan, name);
    if (args.out === null) {
      process.stdout.write(text);
      return;
    }
    await writeFile(args.out, text);
    console.log([...coverageLines(coverage), planLine(plan), `Written to ${args.out}`].join('\n'));
  } finally {
    db.close();
  }
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).catch((error: unknown) => {
    console.error(`plan: ${error instanceof Error ? error.message : error}`);
    process.exitCode = 1;
  });
}
