/**
 * The naive path, for the benchmark only: what the workspace's views would cost if every
 * filter change queried the raw `trade` table instead of the flow cube. The same answers (the
 * map's flows, the timeline's months, the Sankey's second legs), each as one SQL query.
 */
import { TIER_PREFIX } from '../analysis/products';
import { destinationCodes } from '../state/analysis-params';
import type { ViewState } from '../state/view-state';
import { browserSql } from '../data/duckdb-browser';
import { quoteLiteral } from '../data/sql';

/** The product filter as a SQL condition on `t.hs` and the joined `h.chpl_tier`. */
function productCondition(products: readonly string[]): string {
  if (products.length === 0) return 'h.chpl_tier IS NOT NULL';
  const parts = products.map((code) =>
    code.startsWith(TIER_PREFIX)
      ? `h.chpl_tier = ${quoteLiteral(code.slice(TIER_PREFIX.length))}`
      : `starts_with(t.hs, ${quoteLiteral(code)})`,
  );
  return `(${parts.join(' OR ')})`;
}

/** Runs the naive queries of `view` and resolves with their total milliseconds. */
export async function timeNaiveQueries(view: ViewState): Promise<number> {
  const started = performance.now();
  const origin = quoteLiteral(view.origin);
  const destinations = destinationCodes(view.destinations).map(quoteLiteral).join(', ') || "''";
  const [exporter, importer, flow] =
    view.source === 'reported' ? ['reporter', 'partner', 'X'] : ['partner', 'reporter', 'M'];
  const rows = `FROM trade t JOIN hs_codes h ON h.hs = t.hs AND h.level = 6
    WHERE t.freq = 'M' AND t.flow = '${flow}' AND ${productCondition(view.products)}`;
  const [last] = await browserSql.query(
    "SELECT CAST(max(period) AS VARCHAR) AS month FROM trade WHERE freq = 'M'",
  );
  const end = view.month ? `${view.month}-01` : String(last?.month ?? '');
  const window = `t.period BETWEEN CAST(${quoteLiteral(end)} AS DATE) - INTERVAL ${
    view.windowMonths - 1
  } MONTH AND CAST(${quoteLiteral(end)} AS DATE)`;
  await browserSql.query(`SELECT t.${importer} AS partner, h.chpl_tier, sum(t.value_usd) AS v
    ${rows} AND t.${exporter} = ${origin} AND ${window} GROUP BY ALL`);
  await browserSql.query(`SELECT t.period, sum(t.value_usd) AS v
    ${rows} AND t.${exporter} = ${origin} GROUP BY ALL`);
  await browserSql.query(`SELECT t.${exporter} AS via, t.${importer} AS "to", sum(t.value_usd) AS v
    ${rows} AND t.${importer} IN (${destinations}) AND t.${exporter} <> ${origin} AND ${window}
    GROUP BY ALL`);
  return performance.now() - started;
}
