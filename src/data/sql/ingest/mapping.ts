import { TRADE_COLUMNS, type TradeColumn } from '../../schema';
import { quoteIdent } from '../quote';
import type { SqlRunner } from '../../sql-runner';
import type { SqlQuery } from '../query';
import type { ColumnLookup } from './columns';
import type { IngestFormat, IngestOptions } from '../../ingest/types';

/** A reason to leave a row out: the first that holds wins. Both SQL texts are over the fields. */
export interface SkipRule {
  code: string;
  when: string;
  /** What the user sees in the example (the offending raw value). */
  detail: string;
}

/** Something to count and tell the user about among the rows that are kept. */
export interface NoteRule {
  code: string;
  when: string;
  /** The message for `n` rows of `file`. */
  message: (n: number, file: string) => string;
}

/**
 * How one format maps its staged rows to the canonical columns. The builder first computes the
 * named `fields` over `from` (the staged table is `s`; a field may use the fields before it),
 * then the canonical `columns`, skip rules and notes over the fields and the staged columns
 * (still `s`). Field names must differ from the file's column names.
 */
export interface MappingSpec {
  from: string;
  fields: [name: string, sql: string][];
  /** SQL of each canonical column; `months` may be left out (NULL: whole periods). */
  columns: Record<Exclude<TradeColumn, 'months'>, string> & { months?: string };
  skips: SkipRule[];
  notes?: NoteRule[];
}

/** What a format mapping may look at. */
export interface MapContext {
  columns: ColumnLookup;
  /** Staged table: the file's columns as text plus `_line` and `_first_line`. */
  stage: string;
  countries: string;
  /** Table `(code INTEGER, iso3 VARCHAR)` of numeric country codes (see countries.ts). */
  codes: string;
  /** Table `(name VARCHAR, iso3 VARCHAR)` of Chinese country names. */
  names: string;
  /** Table `(code, iso3, name)` from BACI country files, or null if none was given. */
  baciCountries: string | null;
  world: 'keep' | 'drop';
  mixed490: 'keep' | 'drop';
  /** The file's header as written (for formats whose header carries the unit). */
  header: readonly string[];
}

/** A file format: how to recognise it and how to map it. */
export interface FormatReader {
  format: IngestFormat;
  label: string;
  /** Normalized names of the columns the format must have; alternatives separated by '|'. */
  required: string[];
  mapping(ctx: MapContext): MappingSpec;
  /** Rows of finer codes to be summed per canonical key (11-digit customs codes → HS-6). */
  sumsToKey?: boolean;
  /**
   * Looks at the staged rows before they are mapped and throws an IngestError when the file
   * cannot be mapped at all (a user's value column that holds no numbers, say).
   */
  check?(db: SqlRunner, ctx: MapContext, file: string): Promise<void>;
}

/** Resolved options every step uses. */
type Resolved = Omit<IngestOptions, 'format' | 'encoding' | 'stageParquet' | 'base' | 'onStage'>;
export type ResolvedOptions = { [K in keyof Resolved]-?: NonNullable<Resolved[K]> };

const caseOf = (rules: SkipRule[], pick: (r: SkipRule) => string) =>
  rules.length === 0
    ? 'CAST(NULL AS VARCHAR)'
    : `CASE ${rules.map((r) => `WHEN ${r.when} THEN ${pick(r)}`).join(' ')} END`;

/** Exact duplicates of an earlier line are skipped, after every other reason. */
const DUPLICATE: SkipRule = {
  code: 'duplicate_line',
  when: '_first_line < _line',
  detail: "'same as line ' || _first_line",
};

/**
 * SQL creating `out` from a mapping: the canonical columns, `_line`, `_skip` / `_detail` (the
 * reason code and offending value for rows left out, NULL for rows kept) and one boolean
 * `_note<i>` per note.
 */
export function mappedTableSql(spec: MappingSpec, out: string): string {
  const fields = spec.fields.map(([name, sql]) => `,\n    ${sql} AS ${quoteIdent(name)}`);
  const columns = TRADE_COLUMNS.map(
    ({ name, type }) => `${spec.columns[name] ?? `CAST(NULL AS ${type})`} AS ${name}`,
  );
  const notes = (spec.notes ?? []).map(
    (note, i) => `,\n  coalesce(${note.when}, false) AS _note${i}`,
  );
  const rules = [...spec.skips, DUPLICATE];
  return `CREATE OR REPLACE TEMP TABLE ${quoteIdent(out)} AS
WITH f AS (
  SELECT s.*${fields.join('')}
  FROM ${spec.from}
)
SELECT ${columns.join(',\n  ')},
  _line,
  ${caseOf(rules, (r) => `'${r.code}'`)} AS _skip,
  ${caseOf(rules, (r) => `CAST(${r.detail} AS VARCHAR)`)} AS _detail${notes.join('')}
FROM f AS s`;
}

/** SQL counting each note among the kept rows of a mapped table (`n<i>` columns), or null. */
export function notesSql(spec: MappingSpec, mapped: string): string | null {
  const notes = spec.notes ?? [];
  if (notes.length === 0) return null;
  const counts = notes.map((_, i) => `count(*) FILTER (WHERE _note${i})::DOUBLE AS n${i}`);
  return `SELECT ${counts.join(', ')} FROM ${quoteIdent(mapped)} WHERE _skip IS NULL`;
}

/** SQL creating the view `out` of the rows of a mapped table that are kept (no `_skip`). */
export const okRowsViewSql = (mapped: string, out: string) =>
  `CREATE OR REPLACE TEMP VIEW ${quoteIdent(out)} AS
SELECT * EXCLUDE (_skip, _detail) FROM ${quoteIdent(mapped)} WHERE _skip IS NULL`;

/**
 * SQL counting the rows a mapped table left out, by reason (`code`, `n`), with the sum of their
 * value (`v`) where it is a non-negative number.
 */
export const skipCountsSql = (mapped: string) =>
  `SELECT _skip AS code, count(*)::DOUBLE AS n,
  sum(v) FILTER (WHERE isfinite(v) AND v >= 0)::DOUBLE AS v
FROM (SELECT _skip, TRY_CAST(value_usd AS DOUBLE) AS v FROM ${quoteIdent(mapped)} WHERE _skip IS NOT NULL)
GROUP BY _skip`;

/**
 * SQL listing the first `limit` rows a mapped table left out for each reason (`code`, `line`,
 * `value`).
 */
export const skipExamplesSql = (mapped: string, limit: number): SqlQuery => ({
  sql: `SELECT _skip AS code, _line::DOUBLE AS line, coalesce(_detail, '') AS value FROM (
  SELECT _skip, _line, _detail, row_number() OVER (PARTITION BY _skip ORDER BY _line) AS k
  FROM ${quoteIdent(mapped)} WHERE _skip IS NOT NULL
) WHERE k <= ? ORDER BY code, line`,
  params: [limit],
});
