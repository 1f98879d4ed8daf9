import { TRADE_COLUMNS } from '../../schema';
import { quoteIdent } from '../quote';
import { residualListSql } from '../residuals';

/**
 * SQL summing rows that share a canonical key (period, freq, reporter, partner, flow, hs,
 * source): the 11-digit customs codes of one HS-6 code become one row.
 */
export function sumToKeySql(from: string, out: string): string {
  return `CREATE OR REPLACE TEMP TABLE ${quoteIdent(out)} AS
SELECT period, freq, reporter, partner, flow, hs, sum(value_usd) AS value_usd,
  sum(net_kg) AS net_kg, sum(qty) AS qty, qty_unit, source, months
FROM ${quoteIdent(from)}
GROUP BY period, freq, reporter, partner, flow, hs, qty_unit, source, months`;
}

/** The canonical key, and the columns rows are summed over. */
const KEY = ['period', 'freq', 'reporter', 'partner', 'flow', 'hs', 'qty_unit', 'source', 'months'];
const SUMMED = ['value_usd', 'net_kg', 'qty'];

/** SQL true for a row whose partner is a residual partner. */
const residualRow = () => `partner IN ${residualListSql()}`;

/**
 * SQL counting the residual-partner rows of `table` that share a key with another (`n`), the
 * keys they share (`groups`) and their partners (`partners`, comma-separated).
 */
export const residualClashesSql = (table: string) =>
  `SELECT coalesce(sum(n), 0)::DOUBLE AS n, count(*)::DOUBLE AS groups,
  string_agg(DISTINCT partner, ', ' ORDER BY partner) AS partners
FROM (SELECT partner, count(*) AS n FROM ${quoteIdent(table)} WHERE ${residualRow()}
  GROUP BY ${KEY.join(', ')} HAVING count(*) > 1)`;

/**
 * The statements that sum, in place, the residual-partner rows of `table` that share a key:
 * their sums go to the scratch table `sums`, they leave `table`, and the sums come back.
 */
export function sumResidualRowsSql(table: string, sums: string): string[] {
  const t = quoteIdent(table);
  const s = quoteIdent(sums);
  const columns = TRADE_COLUMNS.map((c) => c.name);
  const select = columns.map((c) => (SUMMED.includes(c) ? `sum(${c}) AS ${c}` : c));
  return [
    `CREATE OR REPLACE TEMP TABLE ${s} AS SELECT ${select.join(', ')} FROM ${t}
WHERE ${residualRow()} GROUP BY ${KEY.join(', ')}`,
    `DELETE FROM ${t} WHERE ${residualRow()}`,
    `INSERT INTO ${t} (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM ${s}`,
  ];
}
