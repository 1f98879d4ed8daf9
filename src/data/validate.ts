import { residualListSql } from './residuals';
import { OPTIONAL_COLUMNS, TRADE_COLUMNS, WORLD, type TradeColumn } from './schema';
import { quoteIdent } from './sql';
import type { SqlRunner } from './sql-runner';

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

interface RowRule {
  kind: Exclude<IssueKind, 'missing_column' | 'wrong_type'>;
  column: TradeColumn;
  /** True for a bad row; written over the typed columns (`c_*`) and the raw ones. */
  bad: string;
}

/** The Harmonized System came into force on 1 January 1988: no HS-coded trade is older. */
export const FIRST_HS_DATE = '1988-01-01';

/**
 * No single row (one reporter, partner, product and period) can exceed these: US$10 trillion is
 * more than any country's exports of all goods in a year, and 10 billion tonnes is close to all
 * the world's seaborne trade in a year. (1e12 kg would be too low: China's yearly iron-ore
 * imports alone are about 1.1e12 kg.) A larger figure is a unit or decimal error.
 */
export const MAX_VALUE_USD = 1e13;
/** See {@link MAX_VALUE_USD}. */
export const MAX_NET_KG = 1e13;

/** SQL true for a 2-, 4- or 6-digit HS code whose chapter does not exist (00, 77, 98, 99). */
const UNKNOWN_CHAPTER = `regexp_full_match(c_hs, '[0-9]{2}([0-9]{2}([0-9]{2})?)?')
  AND (left(c_hs, 2) NOT BETWEEN '01' AND '97' OR left(c_hs, 2) = '77')`;

const KNOWN = (countries: string) => `(SELECT iso3 FROM ${quoteIdent(countries)})`;

function rowRules(countries: string, lastYear: number): RowRule[] {
  const known = KNOWN(countries);
  return [
    { kind: 'period_invalid', column: 'period', bad: 'c_period IS NULL' },
    { kind: 'period_not_month_start', column: 'period', bad: 'day(c_period) <> 1' },
    {
      kind: 'period_out_of_range',
      column: 'period',
      bad: `c_period < DATE '${FIRST_HS_DATE}' OR year(c_period) > ${Math.floor(lastYear)}`,
    },
    { kind: 'freq_invalid', column: 'freq', bad: "c_freq IS NULL OR c_freq NOT IN ('M', 'A')" },
    { kind: 'annual_not_january', column: 'period', bad: "c_freq = 'A' AND month(c_period) <> 1" },
    {
      kind: 'reporter_unknown',
      column: 'reporter',
      bad: `c_reporter IS NULL OR c_reporter NOT IN ${known}`,
    },
    {
      kind: 'partner_unknown',
      column: 'partner',
      bad: `c_partner IS NULL OR (c_partner <> '${WORLD}' AND c_partner NOT IN ${known}
        AND c_partner NOT IN ${residualListSql()})`,
    },
    {
      kind: 'flow_invalid',
      column: 'flow',
      bad: "c_flow IS NULL OR c_flow NOT IN ('X', 'M', 'RX', 'RM')",
    },
    {
      kind: 'hs_invalid',
      column: 'hs',
      bad: "c_hs IS NULL OR NOT regexp_full_match(c_hs, '[0-9]{2}([0-9]{2}([0-9]{2})?)?')",
    },
    { kind: 'hs_unknown_chapter', column: 'hs', bad: UNKNOWN_CHAPTER },
    { kind: 'value_missing', column: 'value_usd', bad: 'c_value_usd IS NULL' },
    {
      kind: 'value_negative',
      column: 'value_usd',
      bad: 'c_value_usd < 0 OR NOT isfinite(c_value_usd)',
    },
    {
      kind: 'value_implausible',
      column: 'value_usd',
      bad: `isfinite(c_value_usd) AND c_value_usd > ${MAX_VALUE_USD}`,
    },
    {
      kind: 'net_kg_invalid',
      column: 'net_kg',
      bad: '(r_net_kg IS NOT NULL AND c_net_kg IS NULL) OR c_net_kg < 0 OR NOT isfinite(c_net_kg)',
    },
    {
      kind: 'net_kg_implausible',
      column: 'net_kg',
      bad: `isfinite(c_net_kg) AND c_net_kg > ${MAX_NET_KG}`,
    },
    {
      kind: 'qty_invalid',
      column: 'qty',
      bad: '(r_qty IS NOT NULL AND c_qty IS NULL) OR c_qty < 0 OR NOT isfinite(c_qty)',
    },
    { kind: 'source_missing', column: 'source', bad: "c_source IS NULL OR trim(c_source) = ''" },
    {
      kind: 'months_invalid',
      column: 'months',
      bad: "(r_months IS NOT NULL AND c_months IS NULL) OR (c_months IS NOT NULL AND (c_freq <> 'A' OR c_months NOT BETWEEN 1 AND 12))",
    },
  ];
}

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
async function describe(
  db: SqlRunner,
  table: string,
): Promise<Map<string, { name: string; type: string }>> {
  const rows = await db.query(`DESCRIBE ${quoteIdent(table)}`);
  return new Map(
    rows.map((r) => [
      String(r.column_name).toLowerCase(),
      { name: String(r.column_name), type: String(r.column_type) },
    ]),
  );
}

/** Finds missing columns and columns whose type cannot hold the canonical one. */
function checkSchema(columns: Map<string, { name: string; type: string }>): ValidationIssue[] {
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
 * SQL selecting the input's columns as `r_<name>` (raw) and `c_<name>` (cast to the canonical
 * type; NULL where the cast fails or the optional column is absent).
 */
function typedColumnsSql(columns: Map<string, { name: string; type: string }>): string {
  return TRADE_COLUMNS.map(({ name, type }) => {
    const found = columns.get(name);
    if (!found) return `NULL::${type} AS r_${name}, NULL::${type} AS c_${name}`;
    const raw = quoteIdent(found.name);
    const cast = type === 'VARCHAR' ? `CAST(${raw} AS VARCHAR)` : `TRY_CAST(${raw} AS ${type})`;
    return `${raw} AS r_${name}, ${cast} AS c_${name}`;
  }).join(',\n  ');
}

/** Wraps a rule so that NULL counts as "not bad". */
const isBad = (rule: RowRule) => `coalesce((${rule.bad}), false)`;

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
  const columns = await describe(db, table);
  const rules = rowRules(countriesTable, lastYear);
  const select = TRADE_COLUMNS.map(({ name }) => `c_${name} AS ${name}`).join(', ');
  return `SELECT ${select} FROM (SELECT ${typedColumnsSql(columns)} FROM ${quoteIdent(table)})
WHERE NOT (${rules.map(isBad).join(' OR ')})`;
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
  const [total] = await db.query(`SELECT count(*)::DOUBLE AS n FROM ${quoteIdent(table)}`);
  const rows = Number(total?.n ?? 0);
  if (schemaIssues.length > 0) return { rows, invalidRows: rows, schemaIssues, rowIssues: [] };

  const rules = rowRules(countriesTable, lastYear);
  const checked = `(SELECT ${rowNumber} AS _row, ${typedColumnsSql(columns)} FROM ${quoteIdent(table)})`;
  const readable = 'isfinite(c_value_usd) AND c_value_usd >= 0';
  const counts = rules.map(
    (rule, i) => `count(*) FILTER (WHERE ${isBad(rule)})::DOUBLE AS n${i},
    sum(c_value_usd) FILTER (WHERE ${isBad(rule)} AND ${readable})::DOUBLE AS v${i}`,
  );
  const anyBad = rules.map(isBad).join(' OR ');
  const [summary] = await db.query(
    `SELECT count(*) FILTER (WHERE ${anyBad})::DOUBLE AS invalid, ${counts.join(', ')} FROM ${checked}`,
  );

  const rowIssues: ValidationIssue[] = [];
  for (const [i, rule] of rules.entries()) {
    const count = Number(summary?.[`n${i}`] ?? 0);
    if (count === 0) continue;
    const examples = await db.query(
      `SELECT _row::DOUBLE AS row, coalesce(CAST(r_${rule.column} AS VARCHAR), '') AS value
       FROM ${checked} WHERE ${isBad(rule)} ORDER BY _row LIMIT ${Math.floor(exampleLimit)}`,
    );
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
