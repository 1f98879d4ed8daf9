import type { SqlRunner } from '../sql-runner';
import { columnLookup } from '../sql/ingest/columns';
import { userMappingReader } from '../sql/ingest/formats/user-mapping';
import {
  mappedTableSql,
  notesSql,
  okRowsViewSql,
  type MapContext,
  type ResolvedOptions,
} from '../sql/ingest/mapping';
import { sumToKeySql } from '../sql/ingest/sums';
import { countRowsSql, createTableAsSql, dropSql } from '../sql/statements';
import { canonicalRowsSql, validateTradeTable, type ValidationIssue } from '../validate';
import { readerFor } from './formats';
import { invalidCode } from './reasons';
import { sumResidualRows } from './residual-rows';
import { tallyMappedSkips, type SkipTally } from './tally';
import {
  IngestError,
  type Detection,
  type FileReport,
  type IngestFile,
  type IngestFormat,
  type IngestWarning,
  type MessageParams,
  type ParquetStager,
  type TextEncoding,
} from './types';

/** Temporary tables and views made during an ingest, dropped at the end. */
export class Scratch {
  private readonly tables: string[] = [];
  private readonly views: string[] = [];

  /** Records and returns a table name. */
  table(name: string): string {
    this.tables.push(name);
    return name;
  }

  /** Records and returns a view name. */
  view(name: string): string {
    this.views.push(name);
    return name;
  }

  /** Drops tables or views no later step needs, so that big files do not hold every copy. */
  async release(db: SqlRunner, ...names: string[]): Promise<void> {
    for (const name of names) {
      const list = this.views.includes(name) ? this.views : this.tables;
      await db.query(dropSql(name, list === this.views ? 'VIEW' : 'TABLE'));
      list.splice(list.indexOf(name), 1);
    }
  }

  /** Drops everything recorded (views first: they depend on tables). */
  async drop(db: SqlRunner): Promise<void> {
    for (const view of this.views.reverse()) await db.query(dropSql(view, 'VIEW'));
    for (const table of this.tables.reverse()) await db.query(dropSql(table));
  }
}

/** A file staged as text rows with line numbers. */
export interface StagedFile {
  raw: string;
  columns: string[];
  encoding: TextEncoding | null;
  rowsRead: number;
  rejected: number;
}

/** Everything a step needs besides the file itself. */
export interface FileContext {
  db: SqlRunner;
  scratch: Scratch;
  tally: SkipTally;
  warnings: IngestWarning[];
  options: ResolvedOptions;
  stageParquet: ParquetStager;
  /** Canonical rows already loaded, merged with the files (see IngestOptions.base). */
  base: { table: string; name: string } | null;
}

const count = async (db: SqlRunner, table: string) =>
  Number((await db.query(countRowsSql(table)))[0]?.n ?? 0);

/** What mapping and validation made of a staged file. */
export interface MappedFile {
  /** Canonical rows, ready to merge. */
  table: string;
  report: FileReport;
  /** Customs rows summed into coarser rows, and rows summed into one residual partner's. */
  combined: number;
}

/** Maps a staged file to canonical rows, validates them and keeps the valid ones. */
export async function mapFile(
  ctx: FileContext,
  file: IngestFile,
  d: Detection & { format: IngestFormat },
  staged: StagedFile,
  tables: { codes: string; names: string; baciCountries: string | null },
  index: number,
): Promise<MappedFile> {
  const { db, scratch, options } = ctx;
  const reader = file.mapping ? userMappingReader(file.mapping) : readerFor(d.format);
  const mapCtx: MapContext = {
    columns: columnLookup(staged.columns),
    stage: staged.raw,
    countries: options.countriesTable,
    ...tables,
    world: options.world,
    mixed490: options.mixed490,
    header: d.header,
  };
  await reader.check?.(db, mapCtx, file.name);
  const spec = reader.mapping(mapCtx);
  const mapped = scratch.table(`ingest_mapped_${index}`);
  await db.query(mappedTableSql(spec, mapped));
  const mappingSkipped = await tallyMappedSkips(
    db,
    mapped,
    file.name,
    ctx.tally,
    options.exampleLimit,
  );

  const notes = notesSql(spec, mapped);
  if (notes) {
    const [counts] = await db.query(notes);
    (spec.notes ?? []).forEach((note, i) => {
      const n = Number(counts?.[`n${i}`] ?? 0);
      if (n > 0)
        ctx.warnings.push({
          code: note.code,
          params: { count: n, file: file.name },
          message: note.message(n, file.name),
        });
    });
  }

  const ok = scratch.view(`ingest_ok_${index}`);
  await db.query(okRowsViewSql(mapped, ok));
  const report = await validateTradeTable(db, ok, {
    countriesTable: options.countriesTable,
    rowNumber: '_line',
    exampleLimit: options.exampleLimit,
  });
  if (report.schemaIssues.length > 0) throw schemaError(file, report.schemaIssues);
  for (const issue of report.rowIssues)
    ctx.tally.add(
      invalidCode(issue.kind),
      issue.count,
      issue.examples.map((e) => ({ file: file.name, line: e.row, value: e.value })),
      issue.valueUsd ?? null,
    );

  const valid = scratch.table(`ingest_valid_${index}`);
  await db.query(
    createTableAsSql(valid, await canonicalRowsSql(db, ok, options.countriesTable), true),
  );
  const rowsValid = report.rows - report.invalidRows;
  let table = valid;
  let combined = 0;
  if (reader.sumsToKey) {
    table = scratch.table(`ingest_summed_${index}`);
    await db.query(sumToKeySql(valid, table));
    combined = rowsValid - (await count(db, table));
    await scratch.release(db, valid);
  } else combined = await sumResidualRows(ctx, valid, file.name, `ingest_residuals_${index}`);
  await scratch.release(db, ok, mapped, staged.raw);
  return {
    table,
    combined,
    report: {
      name: file.name,
      format: d.format,
      encoding: file.unpacking?.encoding ?? staged.encoding,
      rowsRead: staged.rowsRead,
      rowsValid,
      rowsSkipped: staged.rejected + mappingSkipped + report.invalidRows,
      position: d.format === 'canonical-parquet' ? 'row' : 'line',
    },
  };
}

/** The error for columns that cannot hold the canonical ones (a numeric `hs`, say). */
function schemaError(file: IngestFile, issues: ValidationIssue[]): IngestError {
  const what = issues.map((i) =>
    i.kind === 'missing_column'
      ? `column ${i.column} is missing`
      : `column ${i.column} is ${i.found}`,
  );
  const params: MessageParams = {
    columns: issues.map((i) => (i.found ? `${i.column} (${i.found})` : i.column)).join(', '),
  };
  return new IngestError(
    `cannot be loaded: ${what.join('; ')} (codes must be text: as numbers they lose their leading zeros)`,
    file.name,
    { code: 'column_types', params },
  );
}
