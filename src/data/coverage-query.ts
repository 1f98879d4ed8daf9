import type { Outcome } from './coordinator';
import { readCoverage, type Coverage } from './coverage/read-coverage';
import { coordinator } from './duckdb-browser';

/**
 * Reads, in the browser, what the loaded `trade` table covers of the routes: the same SQL as
 * `npm run plan`, run by duckdb-wasm on the data already in the page (nothing goes online). A
 * newer request, or an aborted `signal`, makes it stale.
 */
export function queryCoverage(signal?: AbortSignal): Promise<Outcome<Coverage>> {
  return coordinator.read((c) => readCoverage(c.sql), { key: 'coverage', signal });
}
