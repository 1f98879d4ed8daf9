import { OPTIONAL_COLUMNS, TRADE_COLUMNS, type TradeColumn } from './schema';
import type { SqlRunner } from './sql-runner';
import { quoteIdent } from './sql/quote';
import { countRowsSql, createTableAsSql, describeSql, dropSql } from './sql/statements';
import {
  canonicalSelectSql,
  deleteInvalidRowsSql,
  isCanonicalLayout,
  ruleCountsSql,
  ruleExamplesSql,
  rowRules,
  type ColumnTypes,
} from './sql/validate';

/** What can be wrong with a trade table: a schema problem (fatal) or a row problem. */
export type IssueKind =
  | 'missing_column'
  | 'wrong_type'
  | 'period_invalid'
  | 'period_not_month_start'
  | 'period_out_of_range'
  | 'freq_invalid'
  | 'annual_not_january'
  | 'reporter_unknown'
  | 'partner_unknown'
  | 'flow_invalid'
  | 'hs_invalid'
  | 'hs_unknown_chapter'
  | 'value_missing'
  | 'value_negative'
  | 'value_implausible'
  | 'net_kg_invalid'
  | 'net_kg_implausible'
  | 'qty_invalid'
  | 'source_missing'
  | 'months_invalid';

/** One offending row: its 1-based row number in the input and the value found there. */
export interface IssueExample {
  row: number;
  value: string;
}

/** A problem found in the input, with how often it occurs and where. */
export interface ValidationIssue {
  kind: IssueKind;
  column: TradeColumn;
  /** Rows with this problem (0 for schema problems). */
  count: number;
  /** The first offending rows, in input order. */
  examples: IssueExample[];
  /** For `wrong_type`: the type found in the input. */
  found?: string;
  /**
   * For row problems: the US$ value of the rows with this problem, over those whose value is a
   * non-negative number (null when none is).
   */
  valueUsd?: number | null;
}

/** The outcome of validating a table against the canonical schema. */
export interface ValidationReport {
  rows: number;
  /** Rows with at least one row problem; they are left out when the table is loaded. */
  invalidRows: number;
  /** Problems that prevent loading anything (missing columns, wrong types). */
  schemaIssues: ValidationIssue[];
  rowIssues: ValidationIssue[];
}

/** Options for {@link validateTradeTable}. */
export interface ValidateOptions {
  /** Table with a column `iso3` listing the known economies. */
  countriesTable?: string;
  /** SQL expression giving each row's 1-based position in the input. */
  rowNumber?: string;
  /** How many offending rows to show per problem. */
  exampleLimit?: number;
  /**
   * The last year a period may fall in: next year by default (a date after it is a typo).
   * Given here, not taken from DuckDB, whose current_date needs an extension in the browser.
   */
  lastYear?: number;
}

/** The default {@link ValidateOptions.lastYear}: the current year + 1. */
export const defaultLastYear = () => new Date().getFullYear() + 1;

const isNumericType = (type: string) =>
  /^(TINYINT|SMALLINT|INTEGER|BIGINT|HUGEINT|UTINYINT|USMALLINT|UINTEGER|UBIGINT|UHUGEINT|FLOAT|DOUBLE|DECIMAL)/.test(
    type,
  );
const isTemporalType = (type: string) => /^(DATE|TIMESTAMP)/.test(type);
const isNullType = (type: string) => type === 'NULL' || type === '"NULL"';

/** Whether a column of DuckDB type `type` can hold the canonical column `column`. */
function acceptsType(column: (typeof TRADE_COLUMNS)[number], type: string): boolean {
  if (isNullType(type)) return OPTIONAL_COLUMNS.has(column.name);
  switch (column.type) {
    // Codes must be text: a numeric HS column has already lost its leading zeros.
    case 'VARCHAR':
      return type === 'VARCHAR';
    case 'DATE':
      return type === 'VARCHAR' || isTemporalType(type);
    case 'DOUBLE':
    case 'INTEGER':
      return type === 'VARCHAR' || isNumericType(type);
  }
}

/** Reads a table's columns as lower-case name → DuckDB type. */
async function describe(db: SqlRunner, table: string): Promise<ColumnTypes> {
  const rows = await db.query(describeSql(table));
  return new Map(
    rows.map((r) => [
      String(r.column_name).toLowerCase(),
      { name: String(r.column_name), type: String(r.column_type) },
    ]),
  );
}

/** Finds missing columns and columns whose type cannot hold the canonical one. */
function checkSchema(columns: ColumnTypes): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  for (const column of TRADE_COLUMNS) {
    const found = columns.get(column.name);
    if (!found) {
      if (!OPTIONAL_COLUMNS.has(column.name))
        issues.push({ kind: 'missing_column', column: column.name, count: 0, examples: [] });
    } else if (!acceptsType(column, found.type)) {
      issues.push({
        kind: 'wrong_type',
        column: column.name,
        count: 0,
        examples: [],
        found: found.type,
      });
    }
  }
  return issues;
}

/**
 * SQL that selects the valid rows of `table` in the canonical schema and types. Only call it
 * for a table whose {@link ValidationReport.schemaIssues} are empty (and with the `lastYear`
 * it was validated with, if not the default).
 */
export async function canonicalRowsSql(
  db: SqlRunner,
  table: string,
  countriesTable = 'countries',
  lastYear = defaultLastYear(),
): Promise<string> {
  return canonicalSelectSql(await describe(db, table), table, countriesTable, lastYear);
}

/**
 * Makes `table`, validated as `report` (with the same `countriesTable` and `lastYear`), the
 * canonical table `target`, holding its valid rows. Where its columns are already canonical
 * (our own files: the sample, the ingest's output), the invalid rows are deleted and the table
 * renamed, so that no second copy of the rows ever exists; otherwise its valid rows are copied
 * into `target` through {@link canonicalRowsSql} and `table` dropped. Says which it did.
 */
export async function makeCanonical(
  db: SqlRunner,
  table: string,
  target: string,
  report: ValidationReport,
  countriesTable = 'countries',
  lastYear = defaultLastYear(),
): Promise<'in place' | 'copied'> {
  const columns = await describe(db, table);
  await db.query(dropSql(target));
  if (!isCanonicalLayout(columns)) {
    const select = canonicalSelectSql(columns, table, countriesTable, lastYear);
    await db.query(createTableAsSql(target, select));
    await db.query(dropSql(table));
    return 'copied';
  }
  if (report.invalidRows > 0)
    await db.query(deleteInvalidRowsSql(columns, table, rowRules(countriesTable, lastYear)));
  if (!columns.has('months'))
    await db.query(`ALTER TABLE ${quoteIdent(table)} ADD COLUMN months INTEGER`);
  await db.query(`ALTER TABLE ${quoteIdent(table)} RENAME TO ${quoteIdent(target)}`);
  return 'in place';
}

/**
 * Checks a table against the canonical trade schema: every required column present with a
 * usable type, and every row with a known reporter and partner (a country of the countries
 * table; a partner may also be the world, 'WLD', or a residual partner such as 'XNS', see
 * src/data/residuals.ts), a valid period (a month start,
 * from 1988, when the HS began, to next year), frequency, flow and HS code (of an existing
 * chapter), and non-negative numbers within what one row can plausibly hold. Reports each problem with a count and the first
 * rows where it occurs. This is the one gate every dataset passes through, in the browser and
 * in the command line.
 */
export async function validateTradeTable(
  db: SqlRunner,
  table: string,
  options: ValidateOptions = {},
): Promise<ValidationReport> {
  const {
    countriesTable = 'countries',
    rowNumber = 'rowid + 1',
    exampleLimit = 5,
    lastYear = defaultLastYear(),
  } = options;
  const columns = await describe(db, table);
  const schemaIssues = checkSchema(columns);
  const [total] = await db.query(countRowsSql(table));
  const rows = Number(total?.n ?? 0);
  if (schemaIssues.length > 0) return { rows, invalidRows: rows, schemaIssues, rowIssues: [] };

  const rules = rowRules(countriesTable, lastYear);
  const [summary] = await db.query(ruleCountsSql(columns, table, rules, rowNumber));

  const rowIssues: ValidationIssue[] = [];
  for (const [i, rule] of rules.entries()) {
    const count = Number(summary?.[`n${i}`] ?? 0);
    if (count === 0) continue;
    const examples = await db.query(ruleExamplesSql(columns, table, rule, rowNumber, exampleLimit));
    const value = summary?.[`v${i}`];
    rowIssues.push({
      kind: rule.kind,
      column: rule.column,
      count,
      examples: examples.map((e) => ({ row: Number(e.row), value: String(e.value) })),
      valueUsd: value == null ? null : Number(value),
    });
  }
  return { rows, invalidRows: Number(summary?.invalid ?? 0), schemaIssues, rowIssues };
}
