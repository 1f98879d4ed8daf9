import type { SqlRunner } from '../../../sql-runner';
import {
  MAPPED_SOURCE,
  NUMERIC_FIELDS,
  VALUE_UNITS,
  type MappingField,
  type UserMapping,
} from '../../../ingest/user-mapping';
import { plural } from '../../../ingest/reasons';
import { IngestError } from '../../../ingest/types';
import { quoteIdent, quoteLiteral } from '../../quote';
import { blank } from '../columns';
import type { FormatReader, MapContext, MappingSpec, SkipRule } from '../mapping';
import {
  flowSql,
  hsSql,
  notSpreadsheetNumber,
  periodLayers,
  resolveCountry,
  spreadsheetNumber,
  TOTAL_CODES,
  withLayers,
} from '../user-mapping';

/** SQL of a field: its column in the staged table, its constant, or NULL. */
function fieldSql(mapping: UserMapping, ctx: MapContext, field: MappingField): string | null {
  const column = mapping.columns[field];
  if (column !== undefined) return ctx.columns.sql(column);
  const constant = mapping.constants[field];
  return constant === undefined ? null : quoteLiteral(constant);
}

/** The mapping SQL of a user's mapping (see {@link userMappingReader}). */
function mappingSpec(mapping: UserMapping, ctx: MapContext): MappingSpec {
  const field = (name: MappingField) => fieldSql(mapping, ctx, name) ?? 'CAST(NULL AS VARCHAR)';
  const optional = (name: MappingField) => fieldSql(mapping, ctx, name);
  const tables = { countries: ctx.countries, codes: ctx.codes, names: ctx.names };
  const reporter = resolveCountry('r', field('reporter'), tables);
  const partner = resolveCountry('p', field('partner'), tables);
  const periodText = optional('period') ?? field('year');
  const monthText = optional('month');
  const periodDetail = monthText
    ? `concat_ws(' ', ${blank(periodText)}, ${blank(monthText)})`
    : `coalesce(${blank(periodText)}, '')`;
  const scale = VALUE_UNITS[mapping.value_unit];
  const value = field('value_usd');
  const skips: SkipRule[] = [
    {
      code: 'flow_other',
      when: 'flow_canon IS NULL',
      detail: `coalesce(${blank(field('flow'))}, '')`,
    },
    { code: 'month_range', when: 'period_range AND period_date IS NULL', detail: periodDetail },
    { code: 'period_unreadable', when: 'period_date IS NULL', detail: periodDetail },
    {
      code: 'months_not_number',
      when: "period_freq = 'A' AND NOT period_range AND months_text IS NOT NULL AND months_given IS NULL",
      detail: 'months_text',
    },
    {
      code: 'reporter_unmapped',
      when: 'reporter_iso3 IS NULL',
      detail: `coalesce(${blank(field('reporter'))}, '')`,
    },
    {
      code: 'partner_unmapped',
      when: 'partner_iso3 IS NULL',
      detail: `coalesce(${blank(field('partner'))}, '')`,
    },
  ];
  if (ctx.world === 'drop')
    skips.push({ code: 'world_dropped', when: `partner_iso3 = 'WLD'`, detail: 'partner_iso3' });
  skips.push(
    {
      code: 'commodity_total',
      when: `upper(${blank(field('hs'))}) IN (${TOTAL_CODES.map(quoteLiteral).join(', ')})`,
      detail: blank(field('hs')),
    },
    { code: 'value_not_number', when: notSpreadsheetNumber(value), detail: blank(value) },
    {
      code: 'weight_not_number',
      when: notSpreadsheetNumber(field('net_kg')),
      detail: blank(field('net_kg')),
    },
    {
      code: 'qty_not_number',
      when: notSpreadsheetNumber(field('qty')),
      detail: blank(field('qty')),
    },
  );
  const period = periodLayers({ text: periodText, month: monthText, months: optional('months') });
  return {
    from: `${withLayers(ctx.stage, period)} s\n  ${reporter.join}\n  ${partner.join}`,
    fields: [
      ['reporter_iso3', reporter.iso3],
      ['partner_iso3', partner.iso3],
      ['flow_canon', flowSql(field('flow'))],
    ],
    columns: {
      period: 'period_date',
      freq: 'period_freq',
      reporter: 'reporter_iso3',
      partner: 'partner_iso3',
      flow: 'flow_canon',
      hs: hsSql(field('hs')),
      value_usd: `CAST(${spreadsheetNumber(value)} * ${scale} AS DOUBLE)`,
      net_kg: `CAST(${spreadsheetNumber(field('net_kg'))} AS DOUBLE)`,
      qty: `CAST(${spreadsheetNumber(field('qty'))} AS DOUBLE)`,
      qty_unit: blank(field('qty_unit')),
      source: quoteLiteral(MAPPED_SOURCE),
      months: 'CAST(months_covered AS INTEGER)',
    },
    skips,
    notes: [
      {
        code: 'partial_year',
        when: 'months_covered IS NOT NULL',
        message: (n, file) =>
          `${plural(n, 'row')} of ${file} ${n === 1 ? 'covers' : 'cover'} only the first months of a year: kept as a partial year, never compared with a full one.`,
      },
    ],
  };
}

/** How many example lines a "not a number" error gives. */
const NOT_NUMERIC_EXAMPLES = 5;

/**
 * A figure column that holds mostly no numbers is the wrong column (the description, say): that
 * stops the ingest with examples, rather than skipping every row. A few bad cells (a note, a
 * `n/a`) only skip their rows.
 */
async function checkFigures(db: SqlRunner, ctx: MapContext, mapping: UserMapping, file: string) {
  for (const field of NUMERIC_FIELDS) {
    const column = mapping.columns[field];
    if (column === undefined) continue;
    const expr = ctx.columns.sql(column);
    const [counts] = await db.query(figureCountsSql(ctx.stage, expr));
    const filled = Number(counts?.filled ?? 0);
    const bad = Number(counts?.bad ?? 0);
    if (bad === 0 || bad * 2 <= filled) continue;
    const rows = await db.query(notNumericLinesSql(ctx.stage, expr, NOT_NUMERIC_EXAMPLES));
    const examples = rows.map((r) => `${Number(r.line)}: ${String(r.value)}`).join('; ');
    throw new IngestError(
      `column "${column}" (${field}) is not a number in ${bad} of its ${filled} filled rows (lines ${examples}): map ${field} to the column that holds the figures`,
      file,
      { code: 'mapping_not_numeric', params: { column, field, count: bad, filled, examples } },
    );
  }
}

/**
 * A reader built from a user's mapping: it plugs into the ingest like the built-in formats
 * (detection, staging, mapping SQL, validation, merge). Countries are ISO-3 or numeric codes,
 * Chinese or English names; flows are codes or words (export, 出口); periods are years, months
 * or year-to-date ranges (see ../user-mapping.ts); codes of 8–11 digits become HS-6 and rows that
 * then share a key are summed; values are multiplied by the unit.
 */
export function userMappingReader(mapping: UserMapping): FormatReader {
  return {
    format: 'user-mapping',
    label: 'column mapping',
    required: [],
    sumsToKey: true,
    check: (db, ctx, file) => checkFigures(db, ctx, mapping, file),
    mapping: (ctx) => mappingSpec(mapping, ctx),
  };
}

/**
 * SQL counting the filled cells of a staged column (`filled`) and those that are no number
 * (`bad`); `expr` is the column (see ColumnLookup.sql).
 */
export const figureCountsSql = (stage: string, expr: string) =>
  `SELECT count(${blank(expr)})::DOUBLE AS filled,
  (count(*) FILTER (WHERE ${notSpreadsheetNumber(expr)}))::DOUBLE AS bad
FROM ${quoteIdent(stage)} s`;

/** SQL listing the first `limit` lines (`line`, `value`) where a staged column is no number. */
export const notNumericLinesSql = (stage: string, expr: string, limit: number) =>
  `SELECT _line::DOUBLE AS line, ${blank(expr)} AS value FROM ${quoteIdent(stage)} s
WHERE ${notSpreadsheetNumber(expr)} ORDER BY _line LIMIT ${Math.floor(limit)}`;
