/**
 * Reads real trade files (UN Comtrade Plus or legacy CSV, BACI with its country file, Taiwan
 * customs portal exports, canonical CSV or Parquet) into one canonical ZSTD Parquet file.
 *
 *     npm run ingest -- <file> [<file> ...] --out <dataset.parquet> [options]
 *
 * Exit code 0 when the file is written (warnings included), 1 when nothing could be written.
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as v from 'valibot';
import {
  formatSummary,
  ingestFiles,
  IngestError,
  INGEST_FORMATS,
  NoRowsError,
  parseMappingJson,
  unpackAll,
  type IngestFile,
  type IngestFormat,
  type IngestOptions,
  type IngestSummary,
} from '../src/data/ingest';
import { offersMapping } from '../src/data/ingest/user-mapping';
import { fileStore, readHead } from './lib/file-store';
import { downloadPlan } from '../src/data/coverage/plan';
import { readCoverage } from '../src/data/coverage/read-coverage';
import { coverageLines, planLine } from '../src/data/coverage/summary-lines';
import { firstViewKv } from './lib/first-view';
import { writePartitionedDataSet } from './lib/partitioned';
import { writePrebuiltDatabase } from './lib/prebuilt';
import { isManifestPath } from '../src/data/manifest';
import { createReferenceTableSql } from '../src/data/sql/reference';
import { quoteLiteral } from '../src/data/sql/quote';
import { oneOf, parseOptions, UsageError, type OptionSpec } from './lib/cli-options';
import { openNodeDuckDB, type NodeDuckDB } from './lib/node-duckdb';

/**
 * DuckDB's memory for an ingest. Past it DuckDB spills to a temporary folder, so a file of any
 * size goes through in bounded memory: with 1GB, a 0.67 GB and a 1.06 GB Comtrade Plus file
 * both peak at about 1.8 GB for the whole process (512MB: 1.1 GB, a little slower).
 */
const DEFAULT_MEMORY_LIMIT = '1GB';

const USAGE = `Usage: npm run ingest -- <file> [<file> ...] --out <dataset.parquet> [options]

Reads UN Comtrade Plus and legacy Comtrade CSV, BACI (with its country_codes file), Taiwan
customs portal exports and canonical CSV/Parquet, detecting each file's format and encoding.

Options:
  --out <file>           the canonical Parquet file to write (required); a name ending in
                         .duckdb writes a prebuilt DuckDB database instead, which the page
                         loads faster but without a stored first view (see the README); a
                         name ending in .json (e.g. trade/manifest.json) writes a data set in
                         parts into that folder: a Parquet file per group of products and
                         the manifest listing them, of which the page loads only the parts
                         its first view needs
  --format <name>        read every file as this format: ${[...INGEST_FORMATS, 'canonical'].join(', ')}
  --encoding <name>      utf-8 or latin-1, instead of detecting it
  --map <mapping.json>   read the files with this column mapping (which header holds the year,
                         partner, HS code, value..., and fixed values such as reporter TWN), for
                         files in a layout of your own; README.md, "Column mappings", says how
  --world keep|drop      world-total rows (partner WLD): keep (default) or drop
  --mixed-490 keep|drop  rows under UN code 490 from reporters known to file other countries
                         there too (SAU): keep with a warning (default) or drop
  --memory-limit <size>  DuckDB's memory for the ingest, e.g. 1GB (default ${DEFAULT_MEMORY_LIMIT}); beyond it,
                         work spills to a temporary folder, so any file size fits
  --json                 print the summary as JSON instead of text
  -h, --help             this help

Files listed first win when two files give different figures for the same row of the same source.`;

/** Rows per Parquet row group: several groups let the browser show progress and bound memory. */
const ROW_GROUP_SIZE = 100_000;

const COUNTRIES_CSV = fileURLToPath(new URL('../data/reference/countries.csv', import.meta.url));

const OPTIONS = {
  out: { kind: 'value', schema: v.string(), short: 'o' },
  format: {
    kind: 'value',
    schema: v.pipe(
      v.string(),
      v.transform((format) => (format === 'canonical' ? 'canonical-csv' : format)),
      oneOf(INGEST_FORMATS),
    ),
  },
  encoding: { kind: 'value', schema: oneOf(['utf-8', 'latin-1']) },
  map: { kind: 'value', schema: v.string() },
  world: { kind: 'value', schema: oneOf(['keep', 'drop']) },
  'mixed-490': { kind: 'value', schema: oneOf(['keep', 'drop']) },
  'memory-limit': {
    kind: 'value',
    schema: v.pipe(
      v.string(),
      v.regex(/^\d+(\.\d+)?\s*[KMGT]i?B$/i, 'must be a size such as 1GB or 512MB'),
    ),
    default: DEFAULT_MEMORY_LIMIT,
  },
  json: { kind: 'switch' },
  help: { kind: 'switch', short: 'h' },
} satisfies Record<string, OptionSpec>;

/** Parses the command line into files, output path and ingest options. */
function parseCommandLine(args: string[]) {
  const { values, positionals } = parseOptions(args, OPTIONS, USAGE, { positionals: true });
  if (values.help) return { help: true as const };
  if (positionals.length === 0) throw new UsageError('no input files given');
  if (!values.out) throw new UsageError('--out <dataset.parquet> is required');
  if (values.map !== undefined && values.format !== undefined)
    throw new UsageError(
      '--map and --format cannot be used together: the mapping says how to read the files',
    );
  const options: IngestOptions = {
    format: values.format as IngestFormat | undefined,
    encoding: values.encoding,
    world: values.world,
    mixed490: values['mixed-490'],
  };
  return {
    help: false as const,
    files: positionals,
    out: values.out,
    map: values.map,
    json: values.json,
    memoryLimit: values['memory-limit'],
    options,
  };
}

/**
 * Makes each file readable for the ingest (decompressed, in UTF-8, a ZIP archive's members
 * extracted; see unpack.ts), failing clearly on a missing or unreadable one.
 */
async function readFiles(paths: string[], dir: string): Promise<IngestFile[]> {
  const store = fileStore(dir);
  const files: IngestFile[] = [];
  for (const path of paths) {
    const absolute = resolve(path);
    try {
      if (!statSync(absolute).isFile()) throw new UsageError(`${path}: not a file`);
      readHead(absolute);
    } catch (error) {
      if (error instanceof UsageError) throw error;
      throw new UsageError(
        `${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? error})`,
      );
    }
    for (const { name, source, unpacking, archive } of await unpackAll(path, absolute, store))
      files.push({ name, path: source, head: readHead(source), unpacking, archive });
  }
  return files;
}

/** Reads a column mapping file; its problems are told as the ingest's, naming the file. */
function readMapping(path: string) {
  let text: string;
  try {
    text = readFileSync(resolve(path), 'utf8');
  } catch (error) {
    throw new UsageError(
      `${path}: cannot read it (${(error as NodeJS.ErrnoException).code ?? error})`,
    );
  }
  return parseMappingJson(text, path);
}

/** The files an ingest read, and the format of each: recorded with its output. */
const filesOf = (summary: IngestSummary) =>
  summary.files.map((f) => ({ name: f.name, format: f.format }));

/**
 * Writes the ingested table as canonical ZSTD Parquet, each series contiguous, with the page's
 * first view of it in its metadata. Written beside the target and renamed, so a failed write
 * never leaves half a file under the real name.
 */
async function writeParquet(db: NodeDuckDB, table: string, out: string, summary: IngestSummary) {
  mkdirSync(dirname(resolve(out)), { recursive: true });
  const partial = `${resolve(out)}.partial`;
  const files = JSON.stringify(filesOf(summary));
  try {
    await db.query(`COPY (SELECT * FROM ${table} ORDER BY reporter, flow, partner, hs, freq, period, source)
      TO ${quoteLiteral(partial)}
      (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE},
       KV_METADATA {ingest_files: ${quoteLiteral(files)}${await firstViewKv(db, table)}})`);
    renameSync(partial, resolve(out));
  } finally {
    rmSync(partial, { force: true });
  }
}

const HS_CSV = fileURLToPath(new URL('../data/reference/hs.csv', import.meta.url));

/** After the summary: a line of coverage per kind of leg, and how to get the download plan. */
async function printCoverage(db: NodeDuckDB, out: string): Promise<void> {
  try {
    await db.query(createReferenceTableSql('hs_codes', HS_CSV));
    const coverage = await readCoverage(db, { table: 'ingested' });
    const plan = downloadPlan(coverage);
    const hint = `What to download: npm run plan -- --input ${out} --out plan.md`;
    console.log(['', ...coverageLines(coverage), planLine(plan), hint].join('\n'));
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`ingest: the coverage could not be read (${message}); the file is written.`);
  }
}

/**
 * After a refusal of a file in no known layout, read without a mapping: how to read it all the
 * same, with a column mapping (the page offers one to fill in; here it is a file of its own).
 * A mapping reads every file given with it, so a refused file among others is read on its own
 * first, and its Parquet then joins the others.
 */
function mappingHint(refused: string, files: readonly string[], out: string): string {
  const others = files.filter((file) => file !== refused);
  const own = others.length === 0 ? out : 'mapped.parquet';
  return [
    '',
    'To read a file in a layout of your own, map its columns: write a mapping file naming the',
    'header that holds the year, the partner, the HS code and the value in US dollars, with fixed',
    'values such as reporter TWN and flow X (README.md, "Column mappings"), and run',
    `  npm run ingest -- ${refused} --map <mapping.json> --out ${own}`,
    ...(others.length === 0 ? [] : [`  npm run ingest -- ${others.join(' ')} ${own} --out ${out}`]),
  ].join('\n');
}

async function main(args: string[]): Promise<number> {
  let command;
  try {
    command = parseCommandLine(args);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(`ingest: ${message}\n\n${USAGE}`);
    return 1;
  }
  if (command.help) {
    console.log(USAGE);
    return 0;
  }
  const spill = mkdtempSync(join(tmpdir(), 'tdc-ingest-'));
  const db = await openNodeDuckDB(':memory:', {
    memory_limit: command.memoryLimit,
    temp_directory: spill,
  });
  try {
    const mapping = command.map === undefined ? undefined : readMapping(command.map);
    const files = (await readFiles(command.files, spill)).map((file) => ({ ...file, mapping }));
    await db.query(createReferenceTableSql('countries', COUNTRIES_CSV));
    const summary = await ingestFiles(db, files, { ...command.options, outputTable: 'ingested' });
    if (command.out.endsWith('.duckdb')) await writePrebuiltDatabase(db, 'ingested', command.out);
    else if (isManifestPath(command.out))
      await writePartitionedDataSet(db, 'ingested', command.out, filesOf(summary));
    else await writeParquet(db, 'ingested', command.out, summary);
    console.log(
      command.json ? JSON.stringify(summary, null, 2) : formatSummary(summary, command.out),
    );
    if (!command.json) await printCoverage(db, command.out);
    return 0;
  } catch (error) {
    if (error instanceof NoRowsError) {
      console.error(
        `ingest: ${error.message}; nothing written.\n\n${formatSummary(error.summary)}`,
      );
      return 1;
    }
    if (error instanceof IngestError && command.map === undefined && offersMapping(error.code)) {
      console.error(
        `ingest: ${error.message}; nothing written.\n${mappingHint(error.file ?? command.files.join(' '), command.files, command.out)}`,
      );
      return 1;
    }
    if (error instanceof IngestError || error instanceof UsageError) {
      console.error(`ingest: ${error.message}; nothing written.`);
      return 1;
    }
    console.error(
      `ingest: unexpected failure; nothing written.\n${error instanceof Error ? error.stack : error}`,
    );
    return 1;
  } finally {
    db.close();
    rmSync(spill, { recursive: true, force: true });
  }
}

process.exitCode = await main(process.argv.slice(2));
