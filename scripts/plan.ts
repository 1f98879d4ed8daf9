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
import * as v from 'valibot';
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
} from '../src/data/sql/reference';
import { quoteLiteral } from '../src/data/sql/quote';
import { makeCanonical, validateTradeTable } from '../src/data/validate';
import { LOCALES, type Locale } from '../src/i18n';
import { oneOf, parseOptions, UsageError, type OptionSpec } from './lib/cli-options';
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
  origin?: string | undefined;
  destinations?: string[] | undefined;
  intermediaries?: string[] | undefined;
}

const codes = v.pipe(v.string(), v.transform(parseCodes));
const OPTIONS = {
  input: { kind: 'list', schema: v.string() },
  out: { kind: 'value', schema: v.string() },
  json: { kind: 'switch' },
  lang: { kind: 'value', schema: oneOf(LOCALES), default: 'en' },
  origin: {
    kind: 'value',
    schema: v.pipe(codes, v.length(1, 'takes one code')),
  },
  dest: { kind: 'value', schema: codes },
  via: { kind: 'value', schema: codes },
} satisfies Record<string, OptionSpec>;

/** Parses the arguments; throws with the usage on anything wrong. */
export function parsePlanArgs(argv: readonly string[]): PlanArgs {
  const { values } = parseOptions(argv, OPTIONS, USAGE);
  if (values.input.length === 0) throw new UsageError(`--input is required\n${USAGE}`);
  return {
    inputs: values.input,
    out: values.out ?? null,
    json: values.json,
    locale: values.lang,
    origin: values.origin?.[0],
    destinations: values.dest,
    intermediaries: values.via,
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
  await makeCanonical(db, 'trade_input', 'trade', report);
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
