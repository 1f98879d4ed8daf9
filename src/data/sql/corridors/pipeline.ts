import type { AnalysisParams } from '../../../analysis/params';
import type { SqlQuery } from '../query';
import { candidatesSql, totalsSql, worldSql } from './candidates';
import { benchmarksSql, candidateMonthsSql, comovementSql } from './movement';
import { legsSql, pairMonthsSql, peakLevelSql, seriesSql } from './legs';
import { coverageSql, cubeSql, monthsSql, paramsSql } from './prepare';
import { yearCandidatesSql } from './year-candidates';
import { routesSql, yearCoverageSql, yearCubeSql, yearLegsSql, yearSeriesSql } from './yearly';
import type { CorridorTables } from './tables';
import { versionTable } from '../dataset';
import { quoteIdent } from '../quote';
import { tableExistsSql } from '../statements';

/**
 * The statements that build the working tables, in order: parameters, months, coverage, the
 * pre-aggregated cube, legs and their series, candidates, world and origin totals, the
 * candidates' monthly legs, their benchmarks and co-movement; then the same by year for the
 * routes the months cannot score (see yearly.ts). `mixedRows`: the data may hold
 * a flow twice (a heading and its subheadings, exports and re-exports; see rowKindsSql).
 * `keepCubes`: the monthly and yearly cubes of the last run are kept as they are (see
 * cubeKeySql).
 */
export function corridorPipelineSql(
  params: AnalysisParams,
  tables: CorridorTables,
  mixedRows = true,
  keepCubes = false,
): SqlQuery[] {
  const cubes = (...built: SqlQuery[]) => (keepCubes ? [] : built);
  return [
    paramsSql(tables, params),
    monthsSql(tables),
    coverageSql(tables),
    ...cubes(cubeSql(tables, params.level, mixedRows)),
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
    ...cubes(yearCubeSql(tables, params.level)),
    yearLegsSql(tables),
    yearSeriesSql(tables),
    yearCandidatesSql(tables),
    routesSql(tables),
  ];
}

/**
 * What the two cubes depend on: the data's identity (see versionTable), and of the settings the
 * product level, the origins and destinations and the months they span (the baseline's start,
 * the post period's end); not the minimum value, the post period's start or the scores. A
 * table made without an identity (the command line's) gets none here: its cubes are never kept.
 */
export function cubeKeySql(params: AnalysisParams, tables: CorridorTables, mixedRows: boolean) {
  const version = quoteIdent(versionTable('trade'));
  const settings = JSON.stringify([
    params.level,
    mixedRows,
    params.origins,
    params.destinations,
    params.baseline.start,
    params.post.end,
  ]);
  return {
    prepare: `CREATE TABLE IF NOT EXISTS ${tables.cubeKey} (key VARCHAR)`,
    /** Whether the data has an identity (`n` > 0), without which `read` cannot run. */
    hasIdentity: tableExistsSql(versionTable('trade')),
    /** One row: `wanted`, the key of these settings, and `built`, the key the cubes have. */
    read: {
      sql: `SELECT (SELECT any_value(id) FROM ${version}) || ? AS wanted,
  (SELECT any_value(key) FROM ${tables.cubeKey}) AS built`,
      params: [settings],
    },
    forget: `DELETE FROM ${tables.cubeKey}`,
    remember: (key: string) => ({
      sql: `INSERT INTO ${tables.cubeKey} VALUES (?)`,
      params: [key],
    }),
  };
}

/** SQL reading every route considered, with its status and the reason it was not scored. */
export const routeStatusesSql = (tables: CorridorTables) => `SELECT * FROM ${tables.routes}`;
