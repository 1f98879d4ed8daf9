import { scoreCorridors } from '../../src/data/corridors/score-corridors';
import type { AnalysisParams } from '../../src/analysis/params';
import type { SqlRunner } from '../../src/data/sql-runner';
import { rankingQuality, type RankingQuality } from './evaluate';
import { generateScenario, type ScenarioOptions } from './generate';
import { loadScenarioRows } from './load';

/** The outcome of one scenario: its size, the scoring time, and the ranking's quality. */
export interface ScenarioResult extends RankingQuality {
  seed: number;
  rows: number;
  scoreMillis: number;
}

/**
 * Generates a scenario, loads it as `trade` into `db` (which must hold the reference tables
 * `countries` and `hs_codes`), scores it and judges the ranking. For tests and benchmarks.
 */
export async function runScenario(
  db: SqlRunner,
  options: ScenarioOptions,
  params: Partial<AnalysisParams> = {},
): Promise<ScenarioResult> {
  const scenario = generateScenario(options);
  await loadScenarioRows(db, scenario.rows);
  const started = performance.now();
  const corridors = await scoreCorridors(db, { topN: 1000, ...params });
  const scoreMillis = performance.now() - started;
  const quality = rankingQuality(corridors, scenario.planted, scenario.lookAlikes);
  return { seed: options.seed, rows: scenario.rows.length, scoreMillis, ...quality };
}

/** Mean of a field over results. */
export function meanOf(
  results: readonly ScenarioResult[],
  field: 'precision' | 'recall' | 'clearRecall',
) {
  return results.reduce((sum, r) => sum + r[field], 0) / Math.max(1, results.length);
}
