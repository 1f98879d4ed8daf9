import type { AnalysisParams } from '../../../analysis/params';
import type { SqlQuery } from '../query';
import { candidatesSql, totalsSql, worldSql } from './candidates';
import { benchmarksSql, candidateMonthsSql, comovementSql } from './movement';
import { legsSql, pairMonthsSql, peakLevelSql, seriesSql } from './legs';
import { coverageSql, cubeSql, monthsSql, paramsSql } from './prepare';
import { yearCandidatesSql } from './year-candidates';
import { routesSql, yearCoverageSql, yearCubeSql, yearLegsSql, yearSeriesSql } from './yearly';
import type { CorridorTables } from './tables';

/**
 * The statements that build the working tables, in order: parameters, months, coverage, the
 * pre-aggregated cube, legs and their series, candidates, world and origin totals, the
 * candidates' monthly legs, their benchmarks and co-movement; then the same by year for the
 * routes the months cannot score (see yearly.ts). `mixedRows`: the data may hold
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
    yearCoverageSql(tables),
    yearCubeSql(tables, params.level),
    yearLegsSql(tables),
    yearSeriesSql(tables),
    yearCandidatesSql(tables),
    routesSql(tables),
  ];
}

/** SQL reading every route considered, with its status and the reason it was not scored. */
export const routeStatusesSql = (tables: CorridorTables) => `SELECT * FROM ${tables.routes}`;
