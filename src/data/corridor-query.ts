import type { Corridor } from '../analysis/corridor';
import { resolveParams, type AnalysisParams } from '../analysis/params';
import type { Outcome } from './coordinator';
import { placeboScores, type ControlScores } from './corridors/placebo';
import { analyzeCorridors, type Analysis } from './corridors/score-corridors';
import { coordinator, type BrowserConnection } from './duckdb-browser';
import { corridorMonthsSql, routeMonthsSql } from './sql/corridors/drilldown';
import { corridorTables } from './sql/corridors/tables';

/**
 * The analysis of the current dataset (corridors, routes that could not be scored and why,
 * coverage) and how long scoring took in the browser.
 */
export interface CorridorResult extends Analysis {
  ms: number;
}

/**
 * Scores the corridors of the `trade` table with the same SQL as `npm run analyze`, in the
 * coordinator's exclusive lane, scope 'corridors' (it rebuilds the working tables that the
 * month-by-month reads below read; other reads go on beside it). A newer scoring supersedes one
 * that waits or runs, and so does an aborted `signal`: it stops between two statements and
 * resolves stale, so that a newer request does not queue behind stale ones.
 */
export function queryCorridors(
  params: Partial<AnalysisParams> = {},
  signal?: AbortSignal,
): Promise<Outcome<CorridorResult>> {
  return coordinator.exclusive(
    async (c, signal) => {
      const started = performance.now();
      const analysis = await analyzeCorridors(c.sql, params, { signal });
      return { ...analysis, ms: performance.now() - started };
    },
    { key: 'corridors', scope: 'corridors', signal },
  );
}

/**
 * The scores of the control runs for the same settings (see placebo.ts), for calibrating the
 * ranking once it is shown. It runs in the coordinator's background lane: pre-empted by any
 * other query, after which it starts again. `signal` gives it up.
 */
export function queryPlacebo(
  params: Partial<AnalysisParams>,
  signal: AbortSignal,
): Promise<Outcome<ControlScores>> {
  return coordinator.background(
    (c, signal) => placeboScores(c.sql, resolveParams(params), { signal }),
    { key: 'placebo', signal },
  );
}

/** One corridor's legs month by month, as columns for a chart. */
export interface CorridorMonths {
  /** 'YYYY-MM-DD', ascending. */
  months: string[];
  first: (number | null)[];
  second: (number | null)[];
  direct: (number | null)[];
}

/**
 * Reads a scored corridor's legs month by month from the working tables of the last scoring
 * (after any scoring asked before it). A newer request, or an aborted `signal`, makes it stale.
 */
export function queryCorridorMonths(
  corridor: Corridor,
  signal?: AbortSignal,
): Promise<Outcome<CorridorMonths>> {
  const read = async (c: BrowserConnection) => {
    const { sql, params } = corridorMonthsSql(corridorTables(), corridor);
    const rows = await c.sql.query(sql, params);
    const months = [...new Set(rows.map((r) => String(r.month).slice(0, 10)))].sort();
    const index = new Map(months.map((m, i) => [m, i]));
    const series = () => months.map((): number | null => null);
    const result: CorridorMonths = { months, first: series(), second: series(), direct: series() };
    for (const row of rows) {
      const leg = row.leg as 'first' | 'second' | 'direct';
      const i = index.get(String(row.month).slice(0, 10)) ?? -1;
      result[leg][i] = row.value_usd === null ? null : Number(row.value_usd);
    }
    return result;
  };
  return coordinator.read(read, { key: 'corridor-months', scope: 'corridors', signal });
}

/** Both legs of a corridor in one month, US$ (FOB). */
export interface LegPair {
  first: number;
  second: number;
}

/** Route ('TWN>KGZ>RUS') → product → month ('YYYY-MM-01') → both legs. */
export type RouteMonths = Map<string, Map<string, Map<string, LegPair>>>;

/**
 * Month by month legs of the given corridors, grouped by route: for each route ('TWN>KGZ>RUS')
 * and each of its products, a map from month ('YYYY-MM-01') to both legs' values. Read from the
 * working tables of the last scoring, so the map can play a corridor's story month by month.
 * A newer request, or an aborted `signal`, makes it stale.
 */
export function queryRouteMonths(
  corridors: readonly Corridor[],
  signal?: AbortSignal,
): Promise<Outcome<RouteMonths>> {
  const read = async (c: BrowserConnection) => {
    const byRoute: RouteMonths = new Map();
    if (corridors.length === 0) return byRoute;
    const { sql, params } = routeMonthsSql(corridorTables(), corridors);
    for (const row of await c.sql.query(sql, params)) {
      const route = String(row.route);
      const products = byRoute.get(route) ?? new Map<string, Map<string, LegPair>>();
      byRoute.set(route, products);
      const months = products.get(String(row.product)) ?? new Map<string, LegPair>();
      products.set(String(row.product), months);
      months.set(String(row.month).slice(0, 10), {
        first: Number(row.first ?? 0),
        second: Number(row.second ?? 0),
      });
    }
    return byRoute;
  };
  return coordinator.read(read, { key: 'route-months', scope: 'corridors', signal });
}
