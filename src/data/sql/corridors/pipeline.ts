import { candidateWorldSql, candidatesSql, totalsSql } from './candidates';
import { benchmarksSql, candidateMonthsSql, comovementSql } from './movement';
import { legsSql, pairMonthsSql, peakLevelSql, seriesSql } from './legs';
import { yearCandidatesSql } from './year-candidates';
import { routesSql, yearLegsSql, yearSeriesSql } from './yearly';
import { windowViewsSql } from './store';
import type { CorridorTables } from './tables';

/**
 * The statements that build the working tables once the parameters, the months and the store
 * are there (see scoreCorridors), in order: the views cutting the store to the window, legs and
 * their series, candidates, world and origin totals, the candidates' monthly legs, their
 * benchmarks and co-movement; then the same by year for the routes the months cannot score
 * (see yearly.ts).
 */
export function corridorPipelineSql(tables: CorridorTables) {
  return {
    /** Up to the candidates, whose intermediaries' world trade the store then adds. */
    candidates: [
      ...windowViewsSql(tables),
      pairMonthsSql(tables),
      legsSql(tables),
      seriesSql(tables),
      peakLevelSql(tables),
      candidatesSql(tables),
    ],
    rest: [
      candidateWorldSql(tables),
      totalsSql(tables),
      candidateMonthsSql(tables),
      benchmarksSql(tables),
      comovementSql(tables),
      yearLegsSql(tables),
      yearSeriesSql(tables),
      yearCandidatesSql(tables),
      routesSql(tables),
    ],
  };
}

/** SQL reading every route considered, with its status and the reason it was not scored. */
export const routeStatusesSql = (tables: CorridorTables) => `SELECT * FROM ${tables.routes}`;
