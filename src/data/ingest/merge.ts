import { TRADE_COLUMNS } from '../schema';
import { quoteIdent, quoteLiteral } from '../sql';
import type { SqlRunner } from '../sql-runner';
import { plural } from './reasons';
import { layersSql, readOverlaps } from './overlaps';
import type { IngestWarning, Overlap } from './types';

/**
 * Which source wins when two files give the same period, freq, reporter, partner, flow and HS
 * code: Taiwan's own customs figures for its own flows, then what a country reported to the UN,
 * then BACI (CEPII's reconciliation of both sides), then anything else (canonical files, the
 * sample). Among equals, the file listed first wins, then the earlier row.
 */
export const SOURCE_PRECEDENCE: readonly string[] = ['tw-customs', 'comtrade', 'baci'];

/** One file's canonical rows. */
export interface MergePart {
  table: string;
  file: string;
}

/** What merging removed. */
export interface MergeOutcome {
  duplicates: number;
  conflicts: number;
  /** Rows dropped because a finer or more authoritative source gave the same flow. */
  overlapRows: number;
  overlaps: Overlap[];
  warnings: IngestWarning[];
}

const ALL = TRADE_COLUMNS.map((c) => c.name).join(', ');
const KEY = 'period, freq, reporter, partner, flow, hs';

const rankSql = () =>
  `CASE source ${SOURCE_PRECEDENCE.map((s, i) => `WHEN ${quoteLiteral(s)} THEN ${i}`).join(' ')}
    ELSE ${SOURCE_PRECEDENCE.length} END`;

/**
 * SQL marking each row of the union of `parts`: `_copy` > 1 for an exact repeat of an earlier
 * row (all columns equal; `_dup_of` is the file of the first), `_file` / `_row` for provenance.
 */
export function copiesSql(parts: readonly MergePart[], out: string): string {
  const union = parts
    .map((p, i) => `SELECT ${ALL}, ${i} AS _file, rowid AS _row FROM ${quoteIdent(p.table)}`)
    .join('\nUNION ALL\n');
  return `CREATE OR REPLACE TEMP TABLE ${quoteIdent(out)} AS
SELECT *, row_number() OVER w AS _copy, first_value(_file) OVER w AS _dup_of
FROM (${union})
WINDOW w AS (PARTITION BY ${ALL} ORDER BY _file, _row)`;
}

/**
 * SQL ranking the distinct rows that share a key by {@link SOURCE_PRECEDENCE}, file and row:
 * `_pick` = 1 is kept; `_kept_file` / `_kept_source` say which row won.
 */
export function picksSql(copies: string, out: string): string {
  return `CREATE OR REPLACE TEMP TABLE ${quoteIdent(out)} AS
SELECT *, row_number() OVER k AS _pick, first_value(_file) OVER k AS _kept_file,
  first_value(source) OVER k AS _kept_source
FROM ${quoteIdent(copies)} WHERE _copy = 1
WINDOW k AS (PARTITION BY ${KEY} ORDER BY ${rankSql()}, _file, _row)`;
}

/**
 * SQL writing the kept rows (the first layer of each flow, see overlaps.ts) to the temporary
 * `out` in the canonical types, each series contiguous.
 */
export function mergedTableSql(layers: string, out: string): string {
  const columns = TRADE_COLUMNS.map(({ name, type }) => `CAST(${name} AS ${type}) AS ${name}`);
  return `CREATE OR REPLACE TEMP TABLE ${quoteIdent(out)} AS
SELECT ${columns.join(', ')} FROM ${quoteIdent(layers)} WHERE _layer = 1
ORDER BY reporter, flow, partner, hs, freq, period, source`;
}

const precedence = () => `${SOURCE_PRECEDENCE.join(', ')}, others; then the file listed first`;

/** SQL replacing the (persistent) table `out` with the rows of `from`, in their order. */
export function publishSql(from: string, out: string): string {
  return `CREATE OR REPLACE TABLE ${quoteIdent(out)} AS SELECT * FROM ${quoteIdent(from)}`;
}

/**
 * Merges files into the temporary table `out`: exact duplicate rows are removed, and where several rows share a key
 * only the one that wins by {@link SOURCE_PRECEDENCE} is kept, so the same flow is never counted
 * twice. Says, as warnings, how many rows went and from which files.
 */
export async function mergeParts(
  db: SqlRunner,
  parts: readonly MergePart[],
  out: string,
  scratch: {
    table(name: string): string;
    release(db: SqlRunner, ...names: string[]): Promise<void>;
  },
): Promise<MergeOutcome> {
  const copies = scratch.table('ingest_merge_copies');
  const picks = scratch.table('ingest_merge_picks');
  const layers = scratch.table('ingest_merge_layers');
  await db.query(copiesSql(parts, copies));
  await scratch.release(db, ...parts.map((p) => p.table));
  await db.query(picksSql(copies, picks));
  await db.query(layersSql(picks, layers, rankSql()));
  await db.query(mergedTableSql(layers, out));
  const name = (i: unknown) => {
    const file = parts[Number(i)]?.file ?? '?';
    const twice = parts.filter((p) => p.file === file).length > 1;
    return twice ? `${file} (file ${Number(i) + 1})` : file;
  };
  const warnings: IngestWarning[] = [];

  const dups = await db.query(`SELECT _dup_of AS kept, _file AS dropped, count(*)::DOUBLE AS n
    FROM ${quoteIdent(copies)} WHERE _copy > 1 GROUP BY ALL ORDER BY ALL`);
  await scratch.release(db, copies);
  let duplicates = 0;
  for (const d of dups) {
    duplicates += Number(d.n);
    const within = d.kept === d.dropped;
    const where = within
      ? `appear twice in ${name(d.kept)}`
      : `repeat rows of ${name(d.kept)} exactly`;
    warnings.push({
      code: within ? 'duplicates_in_file' : 'duplicates_removed',
      params: {
        count: Number(d.n),
        file: name(d.dropped),
        ...(within ? {} : { other: name(d.kept) }),
      },
      message: `${plural(d.n, 'row')} of ${name(d.dropped)} ${where}: removed, counted once.`,
    });
  }

  const clashes =
    await db.query(`SELECT _kept_file AS kept, _kept_source AS kept_source, _file AS dropped,
      source, count(*)::DOUBLE AS n,
      first(concat_ws(' ', reporter, flow, partner, hs, CAST(period AS VARCHAR), freq) ORDER BY _row) AS example
    FROM ${quoteIdent(picks)} WHERE _pick > 1 GROUP BY ALL ORDER BY ALL`);
  await scratch.release(db, picks);
  let conflicts = 0;
  for (const c of clashes) {
    conflicts += Number(c.n);
    const within = c.kept === c.dropped;
    const other = within
      ? 'other rows of the same file'
      : `rows of ${name(c.kept)} (${c.kept_source})`;
    const params = {
      count: Number(c.n),
      file: name(c.dropped),
      source: String(c.source),
      keptSource: String(c.kept_source),
      precedence: SOURCE_PRECEDENCE.join(', '),
      example: String(c.example),
    };
    warnings.push({
      code: within ? 'conflicts_in_file' : 'conflicts_dropped',
      params: within ? params : { ...params, other: name(c.kept) },
      message: `${plural(c.n, 'row')} of ${name(c.dropped)} (${c.source}) ${Number(c.n) === 1 ? 'has' : 'have'} the same period, reporter, partner, flow and HS code as ${other} with different figures: dropped, kept ${c.kept_source} (precedence: ${precedence()}). First: ${c.example}.`,
    });
  }
  const overlaps = await readOverlaps(db, layers, name);
  await scratch.release(db, layers);
  const overlapRows = overlaps.reduce((n, o) => n + o.rowsDropped, 0);
  return { duplicates, conflicts, overlapRows, overlaps, warnings };
}
