import {
  buildCorridor,
  rankCorridors,
  withCalibration,
  withoutCoarserDuplicates,
  withoutPartialTwins,
  type Corridor,
} from '../../analysis/corridor';
import { poolsOf, type ScorePools } from '../../analysis/calibration';
import { resolveParams, type AnalysisParams } from '../../analysis/params';
import type { SqlRunner } from '../sql-runner';
import {
  countRoutes,
  isUnscoredReason,
  type RouteCounts,
  type RouteStatus,
  type UnscoredRoute,
} from '../../analysis/routes';
import { readCorridorRow } from './read-row';
import { corridorPipelineSql, cubeKeySql, routeStatusesSql } from '../sql/corridors/pipeline';
import { rowKindsSql } from '../sql/corridors/prepare';
import { corridorRowsSql } from '../sql/corridors/result';
import { corridorTables } from '../sql/corridors/tables';
import { REPORTER_COVERAGE_SQL, yearCorridorRowsSql } from '../sql/corridors/yearly';

/** Options of {@link scoreCorridors}. */
export interface ScoreOptions {
  /** Prefix of the working tables (default 'corridor_'), which are kept for drill-down. */
  tablePrefix?: string;
  /** Stops the scoring between two statements (it then rejects with the signal's reason). */
  signal?: AbortSignal;
}

/** What a reporter gives in the data the analysis ran on. */
export interface ReporterCoverage {
  reporter: string;
  freqs: string[];
  firstYear: number;
  lastYear: number;
  /** Partners other than the World. */
  partners: number;
  /** Whether it gives totals to or from the World. */
  world: boolean;
  /** HS code lengths. */
  levels: number[];
  flows: string[];
}

/** The outcome of an analysis: the ranking, the routes it could not score and why, coverage. */
export interface Analysis {
  /** At most `topN` corridors, best first. */
  corridors: Corridor[];
  /** Every route that was considered and could not be scored, with its reason. */
  unscored: UnscoredRoute[];
  /** The scores of every corridor scored, before the cut to the top N: for calibration. */
  pools: ScorePools;
  counts: RouteCounts;
  coverage: ReporterCoverage[];
}

/**
 * Finds and scores the corridors in the `trade` table (with the `countries` and `hs_codes`
 * reference tables loaded): runs the pipeline's SQL, then scores, explains and ranks each
 * candidate in plain TypeScript, and says which routes could not be scored and why. The same
 * SQL text runs in duckdb-wasm and @duckdb/node-api.
 */
export async function analyzeCorridors(
  db: SqlRunner,
  partial: Partial<AnalysisParams> = {},
  options: ScoreOptions = {},
): Promise<Analysis> {
  const params = resolveParams(partial);
  const tables = corridorTables(options.tablePrefix);
  const [kinds] = await db.query(rowKindsSql(params.level).sql);
  const mixedRows = Number(kinds?.kinds ?? 2) > 1;
  // The two cubes, the costliest tables, are kept when the last run built them from the same
  // data and the settings they depend on (a new minimum value, say); forgotten before any
  // other run changes them, and remembered once they are whole.
  const cubeKey = cubeKeySql(params, tables, mixedRows);
  await db.query(cubeKey.prepare);
  const [identity] = await db.query(cubeKey.hasIdentity.sql, cubeKey.hasIdentity.params);
  const [key] =
    Number(identity?.n) > 0 ? await db.query(cubeKey.read.sql, cubeKey.read.params) : [];
  const wanted = key?.wanted == null ? null : String(key.wanted);
  const keepCubes = wanted !== null && wanted === key?.built;
  if (!keepCubes) await db.query(cubeKey.forget);
  for (const { sql, params: values } of corridorPipelineSql(params, tables, mixedRows, keepCubes)) {
    options.signal?.throwIfAborted();
    await db.query(sql, values);
  }
  if (wanted !== null && !keepCubes) {
    const { sql, params: values } = cubeKey.remember(wanted);
    await db.query(sql, values);
  }
  const rows = [];
  for (const { sql, params: values } of [corridorRowsSql(tables), yearCorridorRowsSql(tables)]) {
    options.signal?.throwIfAborted();
    rows.push(...(await db.query(sql, values)));
  }
  const corridors = rows.map((row) => buildCorridor(readCorridorRow(row), params));
  const routes = await db.query(routeStatusesSql(tables));
  const statuses = routes.map((r) => ({
    status: String(r.status) as RouteStatus,
    reason: isUnscoredReason(r.reason) ? r.reason : null,
  }));
  const unscored = routes.flatMap((r) =>
    isUnscoredReason(r.reason)
      ? [
          {
            origin: String(r.origin),
            via: String(r.via),
            destination: String(r.destination),
            product: String(r.product),
            reason: r.reason,
          },
        ]
      : [],
  );
  const coverage = (await db.query(REPORTER_COVERAGE_SQL)).map((r) => ({
    reporter: String(r.reporter),
    freqs: String(r.freqs).split(','),
    firstYear: Number(r.first_year),
    lastYear: Number(r.last_year),
    partners: Number(r.partners),
    world: Boolean(r.world),
    levels: String(r.levels).split(',').map(Number),
    flows: String(r.flows).split(','),
  }));
  const pools = poolsOf(corridors);
  return {
    corridors: rankCorridors(
      withoutCoarserDuplicates(withoutPartialTwins(withCalibration(corridors, pools))),
      params.topN,
    ),
    unscored,
    pools,
    counts: countRoutes(statuses),
    coverage,
  };
}

/** {@link analyzeCorridors}, the ranking alone. */
export async function scoreCorridors(
  db: SqlRunner,
  partial: Partial<AnalysisParams> = {},
  options: ScoreOptions = {},
): Promise<Corridor[]> {
  return (await analyzeCorridors(db, partial, options)).corridors;
}
