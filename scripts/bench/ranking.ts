import { openNodeDuckDB } from '../lib/node-duckdb';
import { placementKey } from '../scenarios/evaluate';
import type { Tally } from '../scenarios/evaluate';
import {
  HARD_SEEDS,
  meanOf,
  pooledTallies,
  runHardScenario,
  runScenario,
  type HardScenarioResult,
  type ScenarioResult,
} from '../scenarios/run';
import { loadReferenceTables } from '../lib/reference';

/** The seeds of test/analysis/scenarios.test.ts: two with an origin that reports nothing. */
const SEEDS = [
  ...[101, 102, 103, 104, 105, 106].map((seed) => ({ seed, originReports: true })),
  ...[201, 202].map((seed) => ({ seed, originReports: false })),
];

/** Precision and recall of the top-ranked corridors over the generated scenarios. */
export interface ScenarioRanking {
  seeds: number;
  meanPrecision: number;
  meanRecall: number;
  meanClearRecall: number;
  lookAlikesInTopK: number;
  perSeed: {
    seed: number;
    rows: number;
    k: number;
    precision: number;
    recall: number;
    scoreMs: number;
    missed: string[];
  }[];
  /** The same on the hard worlds (scripts/scenarios/hard.ts), with every trap of real data. */
  hard: HardScenarioRanking;
}

/** Precision and recall of the top-ranked corridors over the hard worlds, and per trap. */
export interface HardScenarioRanking {
  seeds: number;
  meanPrecision: number;
  meanRecall: number;
  meanRecallAt2K: number;
  lookAlikesInTopK: number;
  /** Planted corridors and those found in the top K, summed over the worlds, per trap. */
  byTrap: Record<string, Tally>;
  /** The same for corridors whose evidence is full or only partial. */
  byEvidence: Record<string, Tally>;
  perSeed: {
    seed: number;
    rows: number;
    k: number;
    precision: number;
    recall: number;
    scoreMs: number;
    missed: string[];
  }[];
}

function hardRanking(results: readonly HardScenarioResult[]): HardScenarioRanking {
  const { byTag, byEvidence } = pooledTallies(results);
  return {
    seeds: results.length,
    meanPrecision: meanOf(results, 'precision'),
    meanRecall: meanOf(results, 'recall'),
    meanRecallAt2K: meanOf(results, 'recallAt2K'),
    lookAlikesInTopK: results.reduce((n, r) => n + r.lookAlikesInTopK.length, 0),
    byTrap: byTag,
    byEvidence,
    perSeed: results.map((r) => ({
      seed: r.seed,
      rows: r.rows,
      k: r.k,
      precision: r.precision,
      recall: r.recall,
      scoreMs: r.scoreMillis,
      missed: r.missed.map((m) => `${placementKey(m)} [${m.tags.join(' ')}]`),
    })),
  };
}

/**
 * Runs the seeded scenarios of scripts/scenarios, and the hard worlds, in native DuckDB and
 * judges each ranking.
 */
export async function scenarioRanking(): Promise<ScenarioRanking> {
  const db = await openNodeDuckDB();
  try {
    await loadReferenceTables(db);
    const results: ScenarioResult[] = [];
    for (const options of SEEDS) results.push(await runScenario(db, options));
    const hard: HardScenarioResult[] = [];
    for (const options of HARD_SEEDS) hard.push(await runHardScenario(db, options));
    return {
      seeds: results.length,
      meanPrecision: meanOf(results, 'precision'),
      meanRecall: meanOf(results, 'recall'),
      meanClearRecall: meanOf(results, 'clearRecall'),
      lookAlikesInTopK: results.reduce((n, r) => n + r.lookAlikesInTopK.length, 0),
      perSeed: results.map((r) => ({
        seed: r.seed,
        rows: r.rows,
        k: r.k,
        precision: r.precision,
        recall: r.recall,
        scoreMs: r.scoreMillis,
        missed: r.missed.map((m) => `${placementKey(m)}${m.subtle ? ' (subtle)' : ''}`),
      })),
      hard: hardRanking(hard),
    };
  } finally {
    db.close();
  }
}
