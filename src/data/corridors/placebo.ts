import type { RouteScore } from '../../analysis/calibration';
import { withCalibration } from '../../analysis/corridor';
import {
  comparisonParams,
  placeboParams,
  resolveParams,
  type AnalysisParams,
} from '../../analysis/params';
import type { SqlRunner } from '../sql-runner';
import { analyzeCorridors, type Analysis, type ScoreOptions } from './score-corridors';
import {
  corridorTables,
  dropCorridorTablesSql,
  type CorridorTables,
} from '../sql/corridors/tables';

/** The scores of the control runs: routes nobody diverted goods through for the war. */
export interface ControlScores {
  /** Every route scored with the cut-off two years before the real one (see placeboParams). */
  placebo: RouteScore[];
  /** Every route scored towards the comparison destinations instead (see comparisonParams). */
  elsewhere: RouteScore[];
}

/**
 * The scores of every route `settings` score (nothing when null), in working tables of their
 * own (`suffix` after the prefix), dropped afterwards, so the last analysis's tables stay as
 * they were. The run reads the analysis's store; with `ownCubes` (other destinations than the
 * analysis's), cubes of its own, kept for the next run.
 */
async function controlRun(
  db: SqlRunner,
  settings: AnalysisParams | null,
  suffix: string,
  options: ScoreOptions,
  ownCubes: boolean,
): Promise<RouteScore[]> {
  if (!settings) return [];
  const prefix = options.tablePrefix ?? 'corridor_';
  const tablePrefix = `${prefix}${suffix}`;
  const storePrefix = options.storePrefix ?? prefix;
  const cubePrefix = ownCubes ? tablePrefix : (options.cubePrefix ?? storePrefix);
  const run = { ...options, tablePrefix, storePrefix, cubePrefix };
  try {
    const { pools } = await analyzeCorridors(db, settings, run);
    return [...pools.listed, ...pools.unlisted];
  } finally {
    const tables = corridorTables(tablePrefix, storePrefix, cubePrefix);
    for (const sql of dropCorridorTablesSql(tables)) await db.query(sql);
  }
}

/** The prefix after the analysis's of the comparison run's tables. */
const COMPARISON = 'elsewhere_';

/**
 * The tables the comparison run of an analysis under `prefix` keeps from one calibration to the
 * next (its cubes), to drop when the analysis's own are dropped.
 */
export function comparisonTables(prefix = 'corridor_'): CorridorTables {
  return corridorTables(`${prefix}${COMPARISON}`, prefix, `${prefix}${COMPARISON}`);
}

/**
 * The control runs of an analysis: the same scoring with the placebo cut-off, two years before
 * the real one, and towards the comparison destinations, economies far away that nobody had a
 * reason to send diverted goods to, however their trade moved. Each is empty where the data or
 * the periods leave it nothing to score.
 */
export async function placeboScores(
  db: SqlRunner,
  params: AnalysisParams,
  options: ScoreOptions = {},
): Promise<ControlScores> {
  const placebo = await controlRun(db, placeboParams(params), 'placebo_', options, false);
  const elsewhere = await controlRun(db, comparisonParams(params), COMPARISON, options, true);
  return { placebo, elsewhere };
}

/** An analysis calibrated again with the control runs' scores among its controls. */
export function withPlacebo(analysis: Analysis, controls: ControlScores): Analysis {
  const pools = {
    ...analysis.pools,
    placebo: [...controls.placebo],
    elsewhere: [...controls.elsewhere],
  };
  return { ...analysis, pools, corridors: withCalibration(analysis.corridors, pools) };
}

/** {@link analyzeCorridors}, then the control runs and the calibration against them. */
export async function analyzeWithPlacebo(
  db: SqlRunner,
  partial: Partial<AnalysisParams> = {},
  options: ScoreOptions = {},
): Promise<Analysis> {
  const analysis = await analyzeCorridors(db, partial, options);
  return withPlacebo(analysis, await placeboScores(db, resolveParams(partial), options));
}
