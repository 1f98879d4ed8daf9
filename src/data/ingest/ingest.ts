import type { SqlRunner } from '../sql-runner';
import { columnLookup } from '../sql/ingest/columns';
import { countryCodesSql, countryNamesSql } from '../sql/ingest/countries';
import { baciCountriesSql } from '../sql/ingest/formats/baci';
import { stageParquetWithDuckDB } from '../sql/ingest/formats/canonical';
import type { ResolvedOptions } from '../sql/ingest/mapping';
import { publishSql } from '../sql/ingest/merge';
import { copyTableSql, insertionOrderSql } from '../sql/statements';
import { validateTradeTable } from '../validate';
import { detectFormat } from './detect';
import { mapFile, Scratch, type FileContext, type MappedFile } from './file-pipeline';
import { mergeParts } from './merge';
import { plural } from './reasons';
import { stageFile } from './stage-file';
import { readFigures, tableWarnings } from './summary';
import { SkipTally } from './tally';
import {
  IngestError,
  type Detection,
  type IngestFile,
  type IngestFormat,
  type IngestMessage,
  type IngestOptions,
  type IngestStage,
  type IngestSummary,
} from './types';
import type { ConvertedEncoding } from './unpack';
import { detectMapped } from './user-mapping';

/** A file with what detection found, known to be readable. */
type Detected = { file: IngestFile; detection: Detection & { format: IngestFormat } };

function resolve(options: IngestOptions): ResolvedOptions {
  return {
    world: options.world ?? 'keep',
    mixed490: options.mixed490 ?? 'keep',
    countriesTable: options.countriesTable ?? 'countries',
    outputTable: options.outputTable ?? 'ingested',
    exampleLimit: options.exampleLimit ?? 5,
  };
}

const unknownError = (file: IngestFile, detection: Detection) =>
  detection.problem
    ? IngestError.of(detection.problem, file.name)
    : new IngestError(detection.reason ?? 'unknown format', file.name);

/**
 * Detects every file's format first, so that an unreadable file stops the ingest before any
 * work. A member of an archive that is no trade file (BACI's product list, a readme) is left
 * out with a note, unless nothing else is left.
 */
function detectAll(
  files: readonly IngestFile[],
  options: IngestOptions,
): { detected: Detected[]; leftOut: IngestMessage[] } {
  if (files.length === 0) throw new IngestError('no files given', undefined, { code: 'no_files' });
  const detected: Detected[] = [];
  const leftOut: IngestMessage[] = [];
  let firstUnknown: IngestError | null = null;
  for (const file of files) {
    if (file.mapping) {
      detected.push({ file, detection: detectMapped(file, file.mapping, options.encoding) });
      continue;
    }
    const detection = detectFormat(file.head, file.name, options);
    if (detection.format !== 'unknown') {
      detected.push({ file, detection: { ...detection, format: detection.format } });
      continue;
    }
    if (!file.archive) throw unknownError(file, detection);
    firstUnknown ??= unknownError(file, detection);
    leftOut.push({
      code: 'archive_member_left_out',
      params: { file: file.name, archive: file.archive },
      message: `${file.name} is not a trade file: left out of what ${file.archive} holds.`,
    });
  }
  if (detected.length === 0 && firstUnknown) throw firstUnknown;
  return { detected, leftOut };
}

/** What the user should know about how a file was made readable: the encoding it was read in. */
function unpackingNotes(file: IngestFile): IngestMessage[] {
  const encoding = file.unpacking?.encoding;
  if (!encoding) return [];
  const name = ENCODING_NAMES[encoding];
  return [
    {
      code: 'encoding_converted',
      params: { encoding: name },
      message: `is in ${name}: converted to UTF-8 to read it`,
    },
  ];
}

/** How the encodings a file is converted from are named to the user. */
const ENCODING_NAMES: Record<ConvertedEncoding, string> = {
  'utf-16le': 'UTF-16 (little-endian)',
  'utf-16be': 'UTF-16 (big-endian)',
  big5: 'Big5 (Traditional Chinese)',
  shift_jis: 'Shift-JIS (Japanese)',
};

/** An IngestError that carries the summary so far (why every row was skipped). */
export class NoRowsError extends IngestError {
  constructor(
    message: string,
    readonly summary: IngestSummary,
  ) {
    super(message, undefined, {
      code: 'no_valid_rows',
      params: { read: summary.rowsRead, count: summary.rowsRead },
    });
  }
}

/**
 * Reads trade files of any supported format into one canonical table (`options.outputTable`,
 * default `ingested`): detects each file's format and encoding, maps its rows to the canonical
 * schema, validates them (src/data/validate.ts; only valid rows are kept), sums customs codes to
 * HS-6, removes exact duplicates and resolves rows that give the same key twice. Runs the same
 * SQL in Node and in duckdb-wasm; the caller writes or swaps in the result. Throws
 * {@link IngestError} when nothing can be written (unknown format, unreadable file, no rows);
 * the output table is then left as it was.
 *
 * `db` must run every query on ONE connection: the scratch tables are temporary, and so are the
 * tables in which DuckDB's CSV reader records the rows it rejects. A runner that opens a new
 * connection per query would lose them between statements. The countries table must exist.
 * The mapping choices are listed in test/fixtures/README.md.
 */
export async function ingestFiles(
  db: SqlRunner,
  files: readonly IngestFile[],
  options: IngestOptions = {},
): Promise<IngestSummary> {
  const resolved = resolve(options);
  const { detected, leftOut } = detectAll(files, options);
  const scratch = new Scratch();
  const ctx: FileContext = {
    db,
    scratch,
    tally: new SkipTally(resolved.exampleLimit),
    warnings: leftOut,
    options: resolved,
    stageParquet: options.stageParquet ?? stageParquetWithDuckDB,
    base: options.base ?? null,
  };
  const onStage = options.onStage ?? (() => undefined);
  for (const { file, detection } of detected)
    for (const note of [...unpackingNotes(file), ...detection.notes])
      ctx.warnings.push({
        code: note.code,
        params: { ...note.params, file: file.name },
        message: `${file.name} ${note.message}.`,
      });
  try {
    return await run(ctx, detected, onStage);
  } finally {
    await scratch.drop(db);
  }
}

async function run(
  ctx: FileContext,
  detected: Detected[],
  onStage: (stage: IngestStage) => void,
): Promise<IngestSummary> {
  const { db, scratch, options } = ctx;
  const [order] = await db.query(insertionOrderSql);
  if (order?.on === false)
    ctx.warnings.push({
      code: 'line_numbers',
      params: {},
      message: 'preserve_insertion_order is off: line numbers in examples may be wrong.',
    });
  const codes = scratch.table('ingest_country_codes');
  const names = scratch.table('ingest_country_names');
  await db.query(countryCodesSql(options.countriesTable, codes));
  await db.query(countryNamesSql(options.countriesTable, names));

  const countryFiles = detected.filter((d) => d.detection.format === 'baci-countries');
  const dataFiles = detected.filter((d) => d.detection.format !== 'baci-countries');
  if (dataFiles.length === 0)
    throw new IngestError('no trade data among the files (only BACI country codes)', undefined, {
      code: 'only_baci_countries',
    });
  // Country files are read first; steps count every file in the order they are read.
  const stage = (step: 'reading' | 'mapping', item: Detected) =>
    onStage({
      step,
      file: item.file.name,
      index: [...countryFiles, ...dataFiles].indexOf(item) + 1,
      files: detected.length,
    });
  const baciCountries = await stageBaciCountries(ctx, countryFiles, detected, stage);
  if (!baciCountries && dataFiles.some((d) => d.detection.format === 'baci'))
    ctx.warnings.push({
      code: 'baci_without_countries',
      params: {},
      message: 'No BACI country file given: BACI codes read with the UN code table.',
    });

  // One file at a time, so that only one file's raw rows are held at once.
  const mapped: MappedFile[] = [];
  for (const item of dataFiles) {
    const index = detected.indexOf(item);
    stage('reading', item);
    const staged = await stageFile(ctx, item.file, item.detection, index);
    stage('mapping', item);
    mapped.push(
      await mapFile(ctx, item.file, item.detection, staged, { codes, names, baciCountries }, index),
    );
  }

  checkDataRows(ctx, mapped);
  onStage({ step: 'merging', rows: mapped.reduce((n, m) => n + m.report.rowsRead, 0) });
  const parts = mapped.map((m) => ({ table: m.table, file: m.report.name }));
  if (ctx.base) {
    // A copy: merging releases its parts, and the base must survive a failed ingest.
    const copy = scratch.table('ingest_base');
    await db.query(copyTableSql(ctx.base.table, copy, true));
    parts.push({ table: copy, file: ctx.base.name });
  }
  const merged = scratch.table('ingest_merged');
  const merge = await mergeParts(db, parts, merged, scratch);
  const figures = await readFigures(db, merged);
  const summary: IngestSummary = {
    files: mapped.map((m) => m.report),
    rowsRead: mapped.reduce((n, m) => n + m.report.rowsRead, 0),
    rowsSkipped: mapped.reduce((n, m) => n + m.report.rowsSkipped, 0),
    rowsCombined: mapped.reduce((n, m) => n + m.combined, 0),
    duplicatesRemoved: merge.duplicates,
    conflictsDropped: merge.conflicts,
    overlapsDropped: merge.overlapRows,
    overlaps: merge.overlaps,
    skipped: ctx.tally.list(),
    warnings: [...ctx.warnings, ...merge.warnings],
    ...figures,
  };
  if (summary.rowsWritten === 0)
    throw new NoRowsError(
      `no valid row among the ${plural(summary.rowsRead, 'row')} read`,
      summary,
    );
  summary.warnings.push(...(await tableWarnings(db, merged, figures.hsLevels)));
  await assertValid(db, merged, options);
  await db.query(publishSql(merged, options.outputTable));
  return summary;
}

/**
 * A file with a header and no data rows (an export of a query that matched nothing, say) is
 * worth a warning; if no file has any row, there is nothing to ingest.
 */
function checkDataRows(ctx: FileContext, mapped: MappedFile[]) {
  const empty = mapped.filter((m) => m.report.rowsRead === 0).map((m) => m.report);
  const [only] = empty;
  if (only && mapped.length === 1)
    throw new IngestError(
      'has a header but no data rows: nothing to read (did the export or query match nothing?)',
      only.name,
      {
        code: 'no_data_rows',
        params: { format: only.format },
      },
    );
  if (empty.length === mapped.length) {
    const files = empty.map((f) => f.name).join(', ');
    throw new IngestError(`none of the files has data rows (${files})`, undefined, {
      code: 'no_data_rows_any',
      params: { files },
    });
  }
  for (const f of empty)
    ctx.warnings.push({
      code: 'no_data_rows',
      params: { file: f.name, format: f.format },
      message: `${f.name} has a header but no data rows: nothing was read from it.`,
    });
}

/** Reads the BACI country files into one `(code, iso3, name)` table, or returns null if none. */
async function stageBaciCountries(
  ctx: FileContext,
  files: Detected[],
  all: Detected[],
  stage: (step: 'reading', item: Detected) => void,
) {
  if (files.length === 0) return null;
  const stages = [];
  for (const item of files) {
    stage('reading', item);
    const staged = await stageFile(ctx, item.file, item.detection, all.indexOf(item));
    stages.push({ table: staged.raw, columns: columnLookup(staged.columns) });
  }
  const table = ctx.scratch.table('ingest_baci_countries');
  await ctx.db.query(baciCountriesSql(stages, table));
  await ctx.scratch.release(ctx.db, ...stages.map((s) => s.table));
  return table;
}

/** The merged table must pass the validator as a whole; anything else is a bug here. */
async function assertValid(db: SqlRunner, table: string, options: ResolvedOptions) {
  const report = await validateTradeTable(db, table, { countriesTable: options.countriesTable });
  if (report.schemaIssues.length > 0 || report.invalidRows > 0)
    throw new Error(
      `Ingest produced ${report.invalidRows} invalid rows: ${JSON.stringify(report)}`,
    );
}
