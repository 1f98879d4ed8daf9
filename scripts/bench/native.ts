import { tradeTableFromSql } from '../../src/data/sql/trade';
import { openNodeDuckDB } from '../lib/node-duckdb';
import { rankingQuality, type RankingQuality } from '../scenarios/evaluate';
import type { Truth } from '../scenarios/stories';
import { scoreCorridors } from '../../src/data/corridors/score-corridors';
import { loadReferenceTables } from '../lib/reference';
import { quoteLiteral } from '../../src/data/sql/quote';

/** Corridor scoring over a Parquet file in native DuckDB (@duckdb/node-api). */
export interface NativeScoring {
  /** With DuckDB's default threads (all cores), one value per run. */
  ms: number[];
  /** With one thread, like duckdb-wasm's `eh` build. */
  oneThreadMs: number[];
  threads: number;
  /** How the ranking (top 1000) finds what the generator planted, when that is known. */
  quality: RankingQuality | null;
}

/**
 * Loads `file` as the `trade` table and times the corridor scoring `runs` times (the same SQL
 * and default settings as the app's first scoring), with all threads and with one.
 */
export async function nativeScoring(
  file: string,
  runs: number,
  truth: { planted: Truth[]; lookAlikes: Truth[] } | null,
): Promise<NativeScoring> {
  const db = await openNodeDuckDB();
  try {
    await loadReferenceTables(db);
    for (const sql of tradeTableFromSql(`SELECT * FROM ${quoteLiteral(file)}`)) await db.query(sql);
    const [threads] = await db.query("SELECT current_setting('threads') AS n");
    const time = async () => {
      const started = performance.now();
      await scoreCorridors(db);
      return performance.now() - started;
    };
    const ms: number[] = [];
    for (let i = 0; i < runs; i++) ms.push(await time());
    await db.query('SET threads = 1');
    const oneThreadMs: number[] = [];
    for (let i = 0; i < runs; i++) oneThreadMs.push(await time());
    let quality: RankingQuality | null = null;
    if (truth) {
      await db.query('RESET threads');
      const ranked = await scoreCorridors(db, { topN: 1000 });
      quality = rankingQuality(ranked, truth.planted, truth.lookAlikes);
    }
    return { ms, oneThreadMs, threads: Number(threads?.n), quality };
  } finally {
    db.close();
  }
}
