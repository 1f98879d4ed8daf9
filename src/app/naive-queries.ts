/**
 * The naive path, for the benchmark only: what the workspace's views would cost if every
 * filter change queried the raw `trade` table instead of the flow cube. The same answers (the
 * map's flows, the timeline's months, the Sankey's second legs), each as one SQL query (see
 * src/data/sql/bench.ts), with the view's values bound as parameters.
 */
import { monthStart } from '../analysis/month';
import { freshValue } from '../data/coordinator';
import { coordinator } from '../data/duckdb-browser';
import { lastMonthSql, naiveQueriesSql } from '../data/sql/bench';
import { destinationCodes } from '../state/analysis-params';
import type { ViewState } from '../state/view-state';

/** Runs the naive queries of `view` and resolves with their total milliseconds. */
export async function timeNaiveQueries(view: ViewState): Promise<number> {
  const started = performance.now();
  const filter = {
    origin: view.origin,
    destinations: destinationCodes(view.destinations),
    source: view.source,
    products: view.products,
    windowMonths: view.windowMonths,
  };
  const outcome = await coordinator.read(async (c) => {
    const [last] = await c.sql.query(lastMonthSql);
    const end = view.month ? monthStart(view.month) : String(last?.month ?? '');
    for (const { sql, params } of naiveQueriesSql(filter, end)) await c.sql.query(sql, params);
  });
  freshValue(outcome);
  return performance.now() - started;
}
