import { TRADE_COLUMNS } from '../schema';
import { quoteIdent } from './quote';

/** SQL creating (or replacing) an empty canonical trade table. */
export function createTradeTableSql(table = 'trade'): string {
  const columns = TRADE_COLUMNS.map((c) => `${quoteIdent(c.name)} ${c.type}`).join(', ');
  return `CREATE OR REPLACE TABLE ${quoteIdent(table)} (${columns})`;
}

/**
 * The statements that make `table` a canonical trade table holding the rows of `select` (a
 * canonical file read as it is, say): columns matched by name, optional columns the source
 * lacks (`months` in files written before it existed) left NULL.
 */
export function tradeTableFromSql(select: string, table = 'trade'): string[] {
  return [createTradeTableSql(table), `INSERT INTO ${quoteIdent(table)} BY NAME ${select}`];
}
