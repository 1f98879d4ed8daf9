import type { Row } from '../sql-runner';
import {
  decimalCommaSql,
  dropRejectsSql,
  numberRowsSql,
  readCsvSql,
  rejectedLinesSql,
  stageTables,
  type StageTables,
} from '../sql/ingest/stage';
import {
  countRowsSql,
  createTempTradeTableSql,
  describeSql,
  tableExistsSql,
} from '../sql/statements';
import { missingColumns } from './detect';
import type { FileContext, StagedFile } from './file-pipeline';
import { readerFor } from './formats';
import { unreadableCode } from './reasons';
import { IngestError, type Detection, type IngestFile } from './types';

const count = async (ctx: FileContext, table: string) =>
  Number((await ctx.db.query(countRowsSql(table)))[0]?.n ?? 0);

/** Reads a CSV file; if a guessed UTF-8 proves wrong further in, reads it again as Latin-1. */
async function readCsv(ctx: FileContext, file: IngestFile, d: Detection, tables: StageTables) {
  const rejectedLines = async () => ctx.db.query(rejectedLinesSql(tables));
  let encoding = d.encoding;
  const read = async () => {
    for (const sql of dropRejectsSql(tables)) await ctx.db.query(sql);
    const sql = readCsvSql(
      { path: file.path, encoding, delimiter: d.delimiter, columns: d.columns },
      tables,
    );
    await ctx.db.query(sql).catch((error: unknown) => {
      throw /state machine reached an invalid state/.test(String(error))
        ? new IngestError(
            'cannot be split into lines: they end in more than one way (CRLF, LF, CR) past its first part; save it again as CSV and open that',
            file.name,
            { code: 'line_ends_mixed', params: {} },
          )
        : error;
    });
  };
  await read();
  let rejected = await rejectedLines();
  if (d.encodingGuessed && rejected.some((r) => String(r.error_type) === 'INVALID ENCODING')) {
    encoding = 'latin-1';
    ctx.warnings.push({
      code: 'encoding_latin1',
      params: { file: file.name },
      message: `${file.name} is not UTF-8 beyond its first bytes: read as Latin-1 (ISO-8859-1).`,
    });
    await read();
    rejected = await rejectedLines();
  }
  return { encoding, rejected };
}

/**
 * In a file separated by ';' (a spreadsheet saved where ',' is the decimal separator), numbers
 * such as `2500,5` are read as 2500.5, and the user is told how many there were.
 */
async function readDecimalCommas(ctx: FileContext, file: IngestFile, d: Detection, table: string) {
  if (d.delimiter !== ';') return;
  const { count: countSql, update } = decimalCommaSql(table, d.columns);
  const [found] = await ctx.db.query(countSql);
  const n = Number(found?.n ?? 0);
  if (n === 0) return;
  await ctx.db.query(update);
  const example = String(found?.example);
  const read = example.replace(',', '.');
  ctx.warnings.push({
    code: 'decimal_comma',
    params: { file: file.name, count: n, example, read },
    message: `${file.name} writes ${n === 1 ? '1 number' : `${n} numbers`} with a decimal comma (e.g. ${example}): read as decimals (${read}).`,
  });
}

/**
 * Tells the user when the last line of a file was cut off: a row with too few fields or an
 * unclosed quote at the very end is the mark of an interrupted download or copy.
 */
function warnIfTruncated(
  ctx: FileContext,
  file: IngestFile,
  rejected: readonly Row[],
  lastLine: number,
) {
  const last = rejected.find((r) => Number(r.line) === lastLine);
  if (!last || !['MISSING COLUMNS', 'UNQUOTED VALUE'].includes(String(last.error_type))) return;
  ctx.warnings.push({
    code: 'truncated',
    params: { file: file.name, line: lastLine },
    message: `${file.name} ends in the middle of line ${lastLine}: the file looks cut off (an interrupted download or copy?). That line was skipped; get the file again to have all its rows.`,
  });
}

/** Why a Parquet file could not be read, without the path DuckDB puts in its messages. */
function unreadableParquet(file: IngestFile, error: unknown): IngestError {
  const text = error instanceof Error ? error.message : String(error);
  const detail = (text.split('\n')[0] ?? '')
    .replace(/^[\w ]*Error: /, '')
    .replaceAll(file.path, file.name);
  return new IngestError(
    `is not a readable Parquet file (${detail}): it may be cut off or damaged; export or download it again`,
    file.name,
    { code: 'parquet_unreadable', params: { engine: detail } },
  );
}

/** Stages a Parquet file: its columns as they are, numbered by row. */
async function stageParquet(
  ctx: FileContext,
  file: IngestFile,
  tables: StageTables,
): Promise<StagedFile> {
  try {
    await ctx.stageParquet(ctx.db, file, tables.read);
  } catch (error) {
    // A refusal of its own (too big, a damaged row group) is passed on as it is.
    throw error instanceof IngestError ? error : unreadableParquet(file, error);
  }
  // A file of no row group gives the browser's reader nothing to create a table from: it is
  // read as the canonical columns with no row, as DuckDB reads it in the command line.
  const exists = tableExistsSql(tables.read);
  const [staged] = await ctx.db.query(exists.sql, exists.params);
  if (Number(staged?.n) === 0) await ctx.db.query(createTempTradeTableSql(tables.read));
  const described = await ctx.db.query(describeSql(tables.read));
  const columns = described.map((r) => String(r.column_name));
  const missing = missingColumns(readerFor('canonical-parquet'), columns).join(', ');
  if (missing) {
    const found = columns.slice(0, 8).join(', ') + (columns.length > 8 ? ', …' : '');
    throw new IngestError(
      `is a Parquet file but not in the canonical schema: lacks column(s) ${missing} (it has ${found}). Give the data as CSV, or convert it to the canonical columns`,
      file.name,
      { code: 'parquet_not_canonical', params: { missing, found } },
    );
  }
  await ctx.db.query(numberRowsSql(tables, columns, false));
  await ctx.scratch.release(ctx.db, tables.read);
  return {
    raw: tables.raw,
    columns,
    encoding: null,
    rowsRead: await count(ctx, tables.raw),
    rejected: 0,
  };
}

/** Stages a file as text rows numbered by line (CSV) or row (Parquet). */
export async function stageFile(
  ctx: FileContext,
  file: IngestFile,
  d: Detection,
  index: number,
): Promise<StagedFile> {
  const tables = stageTables(index);
  ctx.scratch.table(tables.read);
  ctx.scratch.table(tables.raw);
  if (d.format === 'canonical-parquet') return stageParquet(ctx, file, tables);
  ctx.scratch.table(tables.rejects);
  ctx.scratch.table(tables.rejectScans);
  const { encoding, rejected } = await readCsv(ctx, file, d, tables);
  await readDecimalCommas(ctx, file, d, tables.read);
  await ctx.db.query(numberRowsSql(tables, d.columns, true));
  await ctx.scratch.release(ctx.db, tables.read);
  const byType = new Map<string, typeof rejected>();
  for (const row of rejected) {
    const code = unreadableCode(String(row.error_type));
    byType.set(code, [...(byType.get(code) ?? []), row]);
  }
  for (const [code, rows] of byType)
    ctx.tally.add(
      code,
      rows.length,
      rows.map((r) => ({ file: file.name, line: Number(r.line), value: String(r.message) })),
    );
  const rowsRead = (await count(ctx, tables.raw)) + rejected.length;
  warnIfTruncated(ctx, file, rejected, rowsRead + 1);
  return { raw: tables.raw, columns: d.columns, encoding, rowsRead, rejected: rejected.length };
}
