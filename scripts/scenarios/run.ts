import { scoreCorridors } from '../../src/data/corridors/score-corridors';
import type { AnalysisParams } from '../../src/analysis/params';
import type { SqlRunner } from '../../src/data/sql-runner';
import {
  finds,
  judgeRanking,
  rankingQuality,
  type HardRankingQuality,
  type RankingQuality,
  type Tally,
} from './evaluate';
import { generateScenario, type ScenarioOptions } from './generate';
import { generateHardScenario, type HardOptions, type HardTruth } from './hard';
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
export function meanOf<R extends Record<F, number>, F extends keyof R>(
  results: readonly R[],
  field: F,
): number {
  return results.reduce((sum, r) => sum + r[field], 0) / Math.max(1, results.length);
}

/**
 * The hard worlds of the test and the bench: every trap on; the origin silent (as Taiwan in
 * UN data) on odd seeds, reporting as Taiwan's customs do on even ones.
 */
export const HARD_SEEDS: readonly HardOptions[] = [301, 302, 303, 304, 305, 306, 307, 308].map(
  (seed) => ({ seed, traps: { 'origin-silent': seed % 2 === 1 } }),
);

/** The outcome of one hard world: its size, the scoring time, and the ranking's quality. */
export interface HardScenarioResult extends HardRankingQuality<HardTruth> {
  seed: number;
  rows: number;
  scoreMillis: number;
  /**
   * Each planted corridor fed mostly from China that the ranking scores: the origin's true
   * share of what went on, and the analysis's estimate (its share of the rise in the
   * intermediary's imports).
   */
  attributions: { truth: HardTruth; estimate: number | null; evidence: 'full' | 'partial' }[];
}

/**
 * Generates a hard world (scripts/scenarios/hard.ts), loads it as `trade` into `db` (which
 * must hold the reference tables), scores it with the app's analysis and judges the ranking.
 */
export async function runHardScenario(
  db: SqlRunner,
  options: HardOptions,
  params: Partial<AnalysisParams> = {},
): Promise<HardScenarioResult> {
  const world = generateHardScenario(options);
  await loadScenarioRows(db, world.rows);
  const started = performance.now();
  const corridors = await scoreCorridors(db, { topN: 1000, ...params });
  const scoreMillis = performance.now() - started;
  const quality = judgeRanking(corridors, world.planted, world.lookAlikes);
  const attributions = world.planted.flatMap((truth) => {
    const c = corridors.find((c) => c.score > 0 && finds(c, truth));
    if (truth.attributableShare === null || !c) return [];
    return [{ truth, estimate: c.originShare, evidence: c.evidence }];
  });
  return { seed: options.seed, rows: world.rows.length, scoreMillis, ...quality, attributions };
}

/** Summed tallies of several hard worlds: per tag, and per kind of evidence. */
export function pooledTallies(results: readonly HardScenarioResult[]) {
  const add = (into: Record<string, Tally>, from: Record<string, Tally>) => {
    for (const [key, t] of Object.entries(from)) {
      const sum = into[key] ?? { planted: 0, found: 0 };
      into[key] = { planted: sum.planted + t.planted, found: sum.found + t.found };
    }
  };
  const byTag: Record<string, Tally> = {};
  const byEvidence: Record<string, Tally> = {};
  for (const r of results) {
    add(byTag, r.byTag);
    add(byEvidence, r.byEvidence);
  }
  return { byTag, byEvidence };
}
