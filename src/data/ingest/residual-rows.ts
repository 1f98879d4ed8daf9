import { residualListSql } from '../residuals';
import { TRADE_COLUMNS } from '../schema';
import { quoteIdent } from '../sql';
import type { FileContext } from './file-pipeline';
import { plural } from './reasons';

/** The canonical key, and the columns rows are summed over. */
const KEY = ['period', 'freq', 'reporter', 'partner', 'flow', 'hs', 'qty_unit', 'source', 'months'];
const SUMMED = ['value_usd', 'net_kg', 'qty'];

/**
 * Sums, in place, the rows of one file's canonical table `table` that share a key because
 * their partners became the same residual partner: Comtrade's 58 (Belgium-Luxembourg) and 711
 * (Southern African Customs Union) are both XHG, so a reporter's exports of one product in one
 * year to both are one XHG row of their sum, not two rows of which the merge would keep one.
 * Reads only the residual rows when there is nothing to sum. Returns how many rows disappeared
 * into others, and warns when there are any.
 */
export async function sumResidualRows(
  ctx: FileContext,
  table: string,
  file: string,
  scratchName: string,
): Promise<number> {
  const t = quoteIdent(table);
  const residual = `partner IN ${residualListSql()}`;
  const [found] = await ctx.db.query(
    `SELECT coalesce(sum(n), 0)::DOUBLE AS n, count(*)::DOUBLE AS groups,
       string_agg(DISTINCT partner, ', ' ORDER BY partner) AS partners
     FROM (SELECT partner, count(*) AS n FROM ${t} WHERE ${residual} GROUP BY ${KEY.join(', ')}
       HAVING count(*) > 1)`,
  );
  const rows = Number(found?.n ?? 0);
  const groups = Number(found?.groups ?? 0);
  if (rows === 0) return 0;
  const sums = quoteIdent(ctx.scratch.table(scratchName));
  const columns = TRADE_COLUMNS.map((c) => c.name);
  const select = columns.map((c) => (SUMMED.includes(c) ? `sum(${c}) AS ${c}` : c));
  await ctx.db.query(
    `CREATE OR REPLACE TEMP TABLE ${sums} AS SELECT ${select.join(', ')} FROM ${t}
     WHERE ${residual} GROUP BY ${KEY.join(', ')}`,
  );
  await ctx.db.query(`DELETE FROM ${t} WHERE ${residual}`);
  await ctx.db.query(
    `INSERT INTO ${t} (${columns.join(', ')}) SELECT ${columns.join(', ')} FROM ${sums}`,
  );
  await ctx.scratch.release(ctx.db, scratchName);
  const partners = String(found?.partners ?? '');
  ctx.warnings.push({
    code: 'residuals_summed',
    params: { count: rows, file, partners, into: groups },
    message: `${plural(rows, 'row')} of ${file} whose partners are no one country fell under the same residual partner (${partners}) for the same product and period: summed into ${plural(groups, 'row')}.`,
  });
  return rows - groups;
}
