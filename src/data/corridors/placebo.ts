import { withCalibration } from '../../analysis/corridor';
import { placeboParams, resolveParams, type AnalysisParams } from '../../analysis/params';
import type { SqlRunner } from '../sql-runner';
import { analyzeCorridors, type Analysis, type ScoreOptions } from './score-corridors';
import { corridorTables, dropCorridorTablesSql } from '../sql/corridors/tables';

/**
 * The scores of every route the analysis scores with the placebo cut-off, two years before the
 * real one (see placeboParams): routes nobody diverted goods through for the war, however
 * their trade moved. Runs in working tables of their own, dropped afterwards, so the last
 * analysis's tables stay as they were. Empty where the data or the periods leave no window.
 */
export async function placeboScores(
  db: SqlRunner,
  params: AnalysisParams,
  options: ScoreOptions = {},
): Promise<number[]> {
  const placebo = placeboParams(params);
  if (!placebo) return [];
  const tablePrefix = `${options.tablePrefix ?? 'corridor_'}placebo_`;
  try {
    const { pools } = await analyzeCorridors(db, placebo, { ...options, tablePrefix });
    return [...pools.listed, ...pools.unlisted];
  } finally {
    for (const sql of dropCorridorTablesSql(corridorTables(tablePrefix))) await db.query(sql);
  }
}

/** An analysis calibrated again with the placebo run's scores among its controls. */
export function withPlacebo(analysis: Analysis, placebo: readonly number[]): Analysis {
  const pools = { ...analysis.pools, placebo: [...placebo] };
  return { ...analysis, pools, corridors: withCalibration(analysis.corridors, pools) };
}

/** {@link analyzeCorridors}, then the placebo run and the calibration against it. */
export async function analyzeWithPlacebo(
  db: SqlRunner,
  partial: Partial<AnalysisParams> = {},
  options: ScoreOptions = {},
): Promise<Analysis> {
  const analysis = await analyzeCorridors(db, partial, options);
  return withPlacebo(analysis, await placeboScores(db, resolveParams(partial), options));
}
