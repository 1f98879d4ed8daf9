import { createReferenceTableSql } from '../../src/data/sql/reference';
import { TRADE_COLUMNS } from '../../src/data/schema';
import type { SqlRunner } from '../../src/data/sql-runner';

/**
 * A series of a fixture: monthly rows over `months` ('2021-01:2021-12'), or one annual row of
 * `year` (with `partial`, a partial year covering its first months).
 */
export type FixtureSeries = {
  reporter: string;
  partner: string;
  flow: 'X' | 'M';
  hs: string;
  source: string;
} & ({ months: string } | { year: number; partial?: number });

/** SQL inserting a series' rows (US$1,000 each) into `table`. */
function insertSql(table: string, s: FixtureSeries): string {
  const fixed = `'${s.reporter}', '${s.partner}', '${s.flow}', '${s.hs}', 1000, NULL, NULL, NULL, '${s.source}'`;
  if ('months' in s) {
    const [from, to] = s.months.split(':');
    return `INSERT INTO ${table} SELECT CAST(m AS DATE), 'M', ${fixed}, NULL
      FROM generate_series(DATE '${from}-01', DATE '${to}-01', INTERVAL 1 MONTH) g(m)`;
  }
  return `INSERT INTO ${table} VALUES (DATE '${s.year}-01-01', 'A', ${fixed}, ${s.partial ?? 'NULL'})`;
}

/** Creates the reference tables and a canonical `table` holding the series. */
export async function loadSeries(
  db: SqlRunner,
  series: readonly FixtureSeries[],
  table = 'trade',
): Promise<void> {
  await db.query(createReferenceTableSql('countries', 'data/reference/countries.csv'));
  await db.query(createReferenceTableSql('hs_codes', 'data/reference/hs.csv'));
  const columns = TRADE_COLUMNS.map((c) => `${c.name} ${c.type}`).join(', ');
  await db.query(`CREATE OR REPLACE TABLE ${table} (${columns})`);
  for (const s of series) await db.query(insertSql(table, s));
}
