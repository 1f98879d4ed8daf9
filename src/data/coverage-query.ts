import { browserSql } from './duckdb-browser';
import { readCoverage, type Coverage } from './coverage/read-coverage';

/**
 * Reads, in the browser, what the loaded `trade` table covers of the routes: the same SQL as
 * `npm run plan`, run by duckdb-wasm on the data already in the page (nothing goes online).
 */
export function queryCoverage(): Promise<Coverage> {
  return readCoverage(browserSql);
}
