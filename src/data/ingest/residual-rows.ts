import { residualClashesSql, sumResidualRowsSql } from '../sql/ingest/sums';
import type { FileContext } from './file-pipeline';
import { plural } from './reasons';

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
  const [found] = await ctx.db.query(residualClashesSql(table));
  const rows = Number(found?.n ?? 0);
  const groups = Number(found?.groups ?? 0);
  if (rows === 0) return 0;
  for (const sql of sumResidualRowsSql(table, ctx.scratch.table(scratchName)))
    await ctx.db.query(sql);
  await ctx.scratch.release(ctx.db, scratchName);
  const partners = String(found?.partners ?? '');
  ctx.warnings.push({
    code: 'residuals_summed',
    params: { count: rows, file, partners, into: groups },
    message: `${plural(rows, 'row')} of ${file} whose partners are no one country fell under the same residual partner (${partners}) for the same product and period: summed into ${plural(groups, 'row')}.`,
  });
  return rows - groups;
}
