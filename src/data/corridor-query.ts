import type { Corridor } from '../analysis/corridor';
import { resolveParams, type AnalysisParams } from '../analysis/params';
import { corridorMonthsSql, routeMonthsSql } from './corridors/drilldown-sql';
import { placeboScores } from './corridors/placebo';
import { analyzeCorridors, type Analysis } from './corridors/score-corridors';
import { corridorTables } from './corridors/tables';
import { trackWork } from './activity';
import { browserSql, runnerOn, withConnection } from './duckdb-browser';

/**
 * The analysis of the current dataset (corridors, routes that could not be scored and why,
 * coverage) and how long scoring took in the browser.
 */
export interface CorridorResult extends Analysis {
  ms: number;
}

// One analysis at a time: they share the working tables.
let running: Promise<unknown> = Promise.resolve();
// The placebo run under way in the background, which any other query pre-empts.
let background: AbortController | null = null;

function exclusive<T>(work: () => Promise<T>): Promise<T> {
  background?.abort();
  const next = trackWork(running.then(work));
  running = next.catch(() => undefined);
  return next;
}

/**
 * Scores the corridors of the `trade` table with the same SQL as `npm run analyze`. An
 * aborted `signal` stops a scoring that waits its turn or runs (between two statements), so
 * that a newer request does not queue behind stale ones.
 */
export function queryCorridors(
  params: Partial<AnalysisParams> = {},
  signal?: AbortSignal,
): Promise<CorridorResult> {
  return exclusive(async () => {
    signal?.throwIfAborted();
    const started = performance.now();
    const options = signal ? { signal } : {};
    const analysis = await withConnection((c) => analyzeCorridors(runnerOn(c), params, options));
    return { ...analysis, ms: performance.now() - started };
  });
}

/**
 * The scores of the placebo run for the same settings (see placebo.ts), for calibrating the
 * ranking once it is shown. It runs in the background: not counted as work under way, and
 * pre-empted by any other query, after which it starts again. `signal` gives it up.
 */
export async function queryPlacebo(
  params: Partial<AnalysisParams>,
  signal: AbortSignal,
): Promise<number[]> {
  for (;;) {
    signal.throwIfAborted();
    const own = new AbortController();
    const attempt = running.then(async () => {
      background = own;
      try {
        const options = { signal: AbortSignal.any([signal, own.signal]) };
        return await withConnection((c) =>
          placeboScores(runnerOn(c), resolveParams(params), options),
        );
      } finally {
        if (background === own) background = null;
      }
    });
    running = attempt.catch(() => undefined);
    try {
      return await attempt;
    } catch (error) {
      if (signal.aborted || !own.signal.aborted) throw error;
    }
  }
}

/** One corridor's legs month by month, as columns for a chart. */
export interface CorridorMonths {
  /** 'YYYY-MM-DD', ascending. */
  months: string[];
  first: (number | null)[];
  second: (number | null)[];
  direct: (number | null)[];
}

/** Reads a scored corridor's legs month by month from the working tables of the last scoring. */
export function queryCorridorMonths(corridor: Corridor): Promise<CorridorMonths> {
  return exclusive(async () => {
    const { sql, params } = corridorMonthsSql(corridorTables(), corridor);
    const rows = await browserSql.query(sql, params);
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
  });
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
 */
export function queryRouteMonths(corridors: readonly Corridor[]): Promise<RouteMonths> {
  return exclusive(async () => {
    const byRoute: RouteMonths = new Map();
    if (corridors.length === 0) return byRoute;
    const { sql, params } = routeMonthsSql(corridorTables(), corridors);
    for (const row of await browserSql.query(sql, params)) {
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
  });
}

/** An economy on the map: its anchor and its names. */
export interface Place {
  position: [number, number];
  name: { en: string; 'zh-TW': string };
  /** Other Chinese names it goes by ('阿聯酋', '大陸'), for search. */
  aliases: string[];
}

/** Every economy's map anchor and names, by ISO-3 code. */
export async function queryPlaces(): Promise<Map<string, Place>> {
  const rows = await browserSql.query(
    'SELECT iso3, lon, lat, name_en, name_zh, aliases_zh FROM countries',
  );
  return new Map(
    rows.map((r) => [
      String(r.iso3),
      {
        position: [Number(r.lon), Number(r.lat)],
        name: { en: String(r.name_en), 'zh-TW': String(r.name_zh) },
        aliases: r.aliases_zh ? String(r.aliases_zh).split('|') : [],
      },
    ]),
  );
}
