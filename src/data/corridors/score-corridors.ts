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
import { corridorPipelineSql, routeStatusesSql } from '../sql/corridors/pipeline';
import { corridorRowsSql } from '../sql/corridors/result';
import { reportersSql } from '../sql/corridors/store';
import { corridorTables } from '../sql/corridors/tables';
import { yearCorridorRowsSql } from '../sql/corridors/yearly';
import { openStore, runAll } from './build-store';

/** Options of {@link scoreCorridors}. */
export interface ScoreOptions {
  /** Prefix of the working tables (default 'corridor_'), which are kept for drill-down. */
  tablePrefix?: string;
  /**
   * Prefix of the store the working tables read (default: `tablePrefix`), and of its cubes
   * (default: `storePrefix`): a scoring may read another's (see storeTables).
   */
  storePrefix?: string;
  cubePrefix?: string;
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
  const tables = corridorTables(options.tablePrefix, options.storePrefix, options.cubePrefix);
  const store = await openStore(db, tables, params, options.signal);
  const pipeline = corridorPipelineSql(tables);
  await runAll(db, pipeline.candidates, options.signal);
  await store.addWorld();
  await runAll(db, pipeline.rest, options.signal);
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
  const coverage = (await db.query(reportersSql(tables.store))).map((r) => ({
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
