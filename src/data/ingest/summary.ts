import type { SqlRunner } from '../sql-runner';
import {
  annualAndMonthlySql,
  distinctSql,
  HS_LEVEL_SQL,
  rangeSql,
  residualsSql,
  taiwan490Sql,
  valueByYearSql,
} from '../sql/ingest/summary';
import { MIXED_490_REPORTERS } from '../sql/ingest/countries';
import { residualOf } from '../residuals';
import { plural, usdText } from './reasons';
import type { IngestSummary, IngestWarning, YearValue } from './types';

/** The summary figures of a canonical table. */
export async function readFigures(
  db: SqlRunner,
  table: string,
): Promise<
  Pick<
    IngestSummary,
    'periods' | 'reporters' | 'partners' | 'hsLevels' | 'valueByYear' | 'rowsWritten'
  >
> {
  const [range] = await db.query(rangeSql(table));
  const values = async (expr: string) => (await db.query(distinctSql(table, expr))).map((r) => r.v);
  const valueByYear: YearValue[] = (await db.query(valueByYearSql(table))).map((r) => ({
    year: Number(r.year),
    freq: String(r.freq),
    months: r.months == null ? null : Number(r.months),
    exportsUsd: Number(r.exports_usd),
    importsUsd: Number(r.imports_usd),
    worldUsd: Number(r.world_usd),
  }));
  return {
    rowsWritten: Number(range?.n ?? 0),
    periods: {
      first: range?.first == null ? null : String(range.first),
      last: range?.last == null ? null : String(range.last),
      freqs: (await values('freq')).map(String),
    },
    reporters: (await values('reporter')).map(String),
    partners: Number(range?.partners ?? 0),
    hsLevels: (await values(HS_LEVEL_SQL)).map(Number),
    valueByYear,
  };
}

/**
 * The warning about rows at several HS levels. No flow is given at two levels (the merge keeps
 * one, see overlaps.ts), but different flows may be: a sum over all rows mixes an 8542 total of
 * one partner with the 854231 of another, so views add up one level at a time.
 */
function hsLevelWarning(hsLevels: number[]): IngestWarning[] {
  if (hsLevels.length < 2) return [];
  const levels = hsLevels.join(', ');
  return [
    {
      code: 'several_hs_levels',
      params: { levels },
      message: `Rows at HS levels ${levels}: a coarser code already contains the finer ones, so sum one level at a time.`,
    },
  ];
}

/** The warning about Taiwan read from UN code 490, naming reporters known to mix others in. */
async function taiwan490Warning(db: SqlRunner, table: string): Promise<IngestWarning[]> {
  const [tw] = await db.query(taiwan490Sql(table));
  if (!(Number(tw?.n) > 0)) return [];
  const count = Number(tw?.n);
  const mixed = Number(tw?.mixed);
  const reporters = mixed > 0 ? String(tw?.mixed_reporters) : MIXED_490_REPORTERS.join(', ');
  const tail =
    mixed > 0
      ? ` Known to file exports to unknown destinations under 490 too: ${reporters}, so ${plural(mixed, 'row')} of these may include other countries (the mixed-490 option "drop" leaves them out).`
      : ` Reporters known to mix other countries into 490 (${reporters}) are not among them.`;
  return [
    {
      code: 'taiwan_490',
      params: { count, mixed, reporters },
      message: `${plural(count, 'row')} from UN-coded sources (Comtrade, BACI) ${count === 1 ? 'has' : 'have'} Taiwan under code 490 "Other Asia, nes", read as TWN.${tail}`,
    },
  ];
}

/**
 * A warning per residual partner present: its rows are kept so that totals add up, but they
 * are no country ("US$16.5 M in 97 rows kept as 'other countries (not specified)' (XNS)").
 */
async function residualWarnings(db: SqlRunner, table: string): Promise<IngestWarning[]> {
  return (await db.query(residualsSql(table))).map((row) => {
    const code = String(row.partner);
    const count = Number(row.n);
    const valueUsd = Number(row.v);
    return {
      code: 'residual_partner',
      params: { count, valueUsd, residual: code, code },
      message: `${usdText(valueUsd)} in ${plural(count, 'row')} kept as '${residualOf(code)?.label ?? code}' (${code}): in the totals, but not one country, so neither on the map nor an intermediary or destination.`,
    };
  });
}

/** Warnings about the written table a user must know before adding figures up. */
export async function tableWarnings(
  db: SqlRunner,
  table: string,
  hsLevels: number[],
): Promise<IngestWarning[]> {
  const warnings: IngestWarning[] = [];
  const [both] = await db.query(annualAndMonthlySql(table));
  const count = Number(both?.n ?? 0);
  if (count > 0)
    warnings.push({
      code: 'annual_and_monthly',
      params: { count, example: String(both?.example) },
      message: `${plural(count, 'series', 'series')} ${count === 1 ? 'has' : 'have'} both annual and monthly rows for the same year (first: ${both?.example}): add up one frequency at a time, never both.`,
    });
  warnings.push(...hsLevelWarning(hsLevels));
  warnings.push(...(await taiwan490Warning(db, table)));
  warnings.push(...(await residualWarnings(db, table)));
  return warnings;
}
