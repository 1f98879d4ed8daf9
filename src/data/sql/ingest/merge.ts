import { TRADE_COLUMNS } from '../../schema';
import { quoteIdent, quoteLiteral } from '../quote';

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

const ALL = TRADE_COLUMNS.map((c) => c.name).join(', ');
const KEY = 'period, freq, reporter, partner, flow, hs';

/** SQL ranking a row's source by {@link SOURCE_PRECEDENCE} (lower wins). */
export const rankSql = () =>
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

/** SQL replacing the (persistent) table `out` with the rows of `from`, in their order. */
export function publishSql(from: string, out: string): string {
  return `CREATE OR REPLACE TABLE ${quoteIdent(out)} AS SELECT * FROM ${quoteIdent(from)}`;
}

/**
 * SQL counting the exact repeats {@link copiesSql} marked, by the file of the row kept (`kept`)
 * and the file of the repeat (`dropped`).
 */
export const duplicatesSql = (copies: string) =>
  `SELECT _dup_of AS kept, _file AS dropped, count(*)::DOUBLE AS n
FROM ${quoteIdent(copies)} WHERE _copy > 1 GROUP BY ALL ORDER BY ALL`;

/**
 * SQL counting the rows {@link picksSql} left out for a row of the same key, by the kept
 * row's file and source and the dropped row's, with the first such key as an example.
 */
export const clashesSql = (picks: string) =>
  `SELECT _kept_file AS kept, _kept_source AS kept_source, _file AS dropped,
  source, count(*)::DOUBLE AS n,
  first(concat_ws(' ', reporter, flow, partner, hs, CAST(period AS VARCHAR), freq) ORDER BY _row) AS example
FROM ${quoteIdent(picks)} WHERE _pick > 1 GROUP BY ALL ORDER BY ALL`;
