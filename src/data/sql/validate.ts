import { TRADE_COLUMNS, WORLD, type TradeColumn } from '../schema';
import type { IssueKind } from '../validate';
import { quoteIdent } from './quote';
import { residualListSql } from './residuals';

/** A table's columns by lower-case name: the name as written and its DuckDB type. */
export type ColumnTypes = ReadonlyMap<string, { name: string; type: string }>;

/** A row problem as SQL: which issue, in which column, and when a row has it. */
export interface RowRule {
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

/** SQL list of the known economies' codes. */
const KNOWN = (countries: string) => `(SELECT iso3 FROM ${quoteIdent(countries)})`;

/**
 * The row rules, in the order problems are reported: `countries` is the table of known
 * economies, `lastYear` the last year a period may fall in.
 */
export function rowRules(countries: string, lastYear: number): RowRule[] {
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

/**
 * SQL selecting the input's columns as `r_<name>` (raw) and `c_<name>` (cast to the canonical
 * type; NULL where the cast fails or the optional column is absent).
 */
function typedColumnsSql(columns: ColumnTypes): string {
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

/** SQL true for a row that breaks any of `rules`. */
const anyBad = (rules: readonly RowRule[]) => rules.map(isBad).join(' OR ');

/**
 * SQL that selects the valid rows of `table`, whose columns are `columns`, in the canonical
 * schema and types (see validate.ts for when it may be used).
 */
export function canonicalSelectSql(
  columns: ColumnTypes,
  table: string,
  countriesTable: string,
  lastYear: number,
): string {
  const rules = rowRules(countriesTable, lastYear);
  const select = TRADE_COLUMNS.map(({ name }) => `c_${name} AS ${name}`).join(', ');
  return `SELECT ${select} FROM (SELECT ${typedColumnsSql(columns)} FROM ${quoteIdent(table)})
WHERE NOT (${anyBad(rules)})`;
}

/**
 * Whether `columns` are already the canonical ones, with the canonical types and in the
 * canonical order, `months` (added later) perhaps missing at the end: then the typed columns
 * are the raw ones, and the valid rows can be kept in place instead of copied.
 */
export function isCanonicalLayout(columns: ColumnTypes): boolean {
  const found = [...columns.values()];
  const expected =
    found.length === TRADE_COLUMNS.length - 1 ? TRADE_COLUMNS.slice(0, -1) : TRADE_COLUMNS;
  return (
    found.length === expected.length &&
    expected.every((c, i) => found[i]?.name === c.name && found[i]?.type === c.type)
  );
}

/**
 * SQL deleting the rows of `table` that break any of `rules`: with {@link rowRules}, what is
 * left is what {@link canonicalSelectSql} would copy, when the layout is canonical.
 */
export const deleteInvalidRowsSql = (
  columns: ColumnTypes,
  table: string,
  rules: readonly RowRule[],
) => `DELETE FROM ${quoteIdent(table)} WHERE rowid IN (SELECT _row
FROM ${checkedRowsSql(columns, table, 'rowid')} WHERE ${anyBad(rules)})`;

/** The rows of `table` with their position (`_row`, from `rowNumber`), raw and typed columns. */
const checkedRowsSql = (columns: ColumnTypes, table: string, rowNumber: string) =>
  `(SELECT ${rowNumber} AS _row, ${typedColumnsSql(columns)} FROM ${quoteIdent(table)})`;

/**
 * SQL counting the rows of `table` that break any of `rules` (`invalid`), and for each rule `i`
 * the rows that break it (`n<i>`) and their US$ value where it is readable (`v<i>`).
 */
export function ruleCountsSql(
  columns: ColumnTypes,
  table: string,
  rules: readonly RowRule[],
  rowNumber: string,
): string {
  const readable = 'isfinite(c_value_usd) AND c_value_usd >= 0';
  const counts = rules.map(
    (rule, i) => `count(*) FILTER (WHERE ${isBad(rule)})::DOUBLE AS n${i},
    sum(c_value_usd) FILTER (WHERE ${isBad(rule)} AND ${readable})::DOUBLE AS v${i}`,
  );
  return `SELECT count(*) FILTER (WHERE ${anyBad(rules)})::DOUBLE AS invalid, ${counts.join(', ')}
FROM ${checkedRowsSql(columns, table, rowNumber)}`;
}

/** SQL listing the first `limit` rows that break `rule`: their position and raw value. */
export function ruleExamplesSql(
  columns: ColumnTypes,
  table: string,
  rule: RowRule,
  rowNumber: string,
  limit: number,
): string {
  return `SELECT _row::DOUBLE AS row, coalesce(CAST(r_${rule.column} AS VARCHAR), '') AS value
FROM ${checkedRowsSql(columns, table, rowNumber)} WHERE ${isBad(rule)}
ORDER BY _row LIMIT ${Math.floor(limit)}`;
}
