import { buildCorridor, rankCorridors, withoutCoarserDuplicates, type Corridor } from '../../analysis/corridor';
import { resolveParams, type AnalysisParams } from '../../analysis/params';
import type { SqlQuery } from '../flows-sql';
import type { SqlRunner } from '../sql-runner';
import { candidatesSql, totalsSql, worldSql } from './candidates-sql';
import { benchmarksSql, candidateMonthsSql, comovementSql } from './movement-sql';
import { legsSql, pairMonthsSql, peakLevelSql, seriesSql } from './legs-sql';
import { coverageSql, cubeSql, monthsSql, paramsSql, rowKindsSql } from './prepare-sql';
import { readCorridorRow } from './read-row';
import { corridorRowsSql } from './result-sql';
import { corridorTables, type CorridorTables } from './tables';

/**
 * The statements that build the working tables, in order: parameters, months, coverage, the
 * pre-aggregated cube, legs and their series, candidates, world and origin totals, the
 * candidates' monthly legs, their benchmarks and co-movement. `mixedRows`: the data may hold
 * a flow twice (a heading and its subheadings, exports and re-exports; see rowKindsSql).
 */
export function corridorPipelineSql(
  params: AnalysisParams,
  tables: CorridorTables,
  mixedRows = true,
): SqlQuery[] {
  return [
    paramsSql(tables, params),
    monthsSql(tables),
    coverageSql(tables),
    cubeSql(tables, params.level, mixedRows),
    pairMonthsSql(tables),
    legsSql(tables),
    seriesSql(tables),
    peakLevelSql(tables),
    candidatesSql(tables),
    worldSql(tables, params.level, mixedRows),
    totalsSql(tables),
    candidateMonthsSql(tables),
    benchmarksSql(tables),
    comovementSql(tables),
  ];
}

/** Options of {@link scoreCorridors}. */
export interface ScoreOptions {
  /** Prefix of the working tables (default 'corridor_'), which are kept for drill-down. */
  tablePrefix?: string;
  /** Stops the scoring between two statements (it then rejects with the signal's reason). */
  signal?: AbortSignal;
}

/**
 * Finds and scores the corridors in the `trade` table (with the `countries` and `hs_codes`
 * reference tables loaded): runs the pipeline's SQL, then scores, explains and ranks each
 * candidate in plain TypeScript. The same SQL text runs in duckdb-wasm and @duckdb/node-api.
 * Returns at most `topN` corridors, best first.
 */
export async function scoreCorridors(
  db: SqlRunner,
  partial: Partial<AnalysisParams> = {},
  options: ScoreOptions = {},
): Promise<Corridor[]> {
  const params = resolveParams(partial);
  const tables = corridorTables(options.tablePrefix);
  const [kinds] = await db.query(rowKindsSql(params.level).sql);
  const mixedRows = Number(kinds?.kinds ?? 2) > 1;
  for (const { sql, params: values } of corridorPipelineSql(params, tables, mixedRows)) {
    options.signal?.throwIfAborted();
    await db.query(sql, values);
  }
  options.signal?.throwIfAborted();
  const { sql, params: values } = corridorRowsSql(tables);
  const rows = await db.query(sql, values);
  const corridors = rows.map((row) => buildCorridor(readCorridorRow(row), params));
  return rankCorridors(withoutCoarserDuplicates(corridors), params.topN);
}
