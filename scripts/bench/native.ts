import { newIdentitySql } from '../../src/data/sql/dataset';
import { tradeTableFromSql } from '../../src/data/sql/trade';
import { openNodeDuckDB } from '../lib/node-duckdb';
import { rankingQuality, type RankingQuality } from '../scenarios/evaluate';
import type { Truth } from '../scenarios/stories';
import { scoreCorridors } from '../../src/data/corridors/score-corridors';
import { loadReferenceTables } from '../lib/reference';
import { quoteLiteral } from '../../src/data/sql/quote';

/**
 * Corridor scoring over a Parquet file in native DuckDB (@duckdb/node-api): from scratch, as
 * the page's first scoring, and again with the same settings on data with an identity, whose
 * store is kept as the page keeps it (see store.ts), as the page's re-scoring.
 */
export interface NativeScoring {
  /** From scratch, with DuckDB's default threads (all cores), one value per run. */
  ms: number[];
  /** From scratch, with one thread, like duckdb-wasm's `eh` build. */
  oneThreadMs: number[];
  /** Again, what the last run built kept, with the default threads. */
  warmMs: number[];
  /** Again, what the last run built kept, with one thread. */
  warmOneThreadMs: number[];
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
    const times = async (threadCount: string) => {
      await db.query(`SET threads = ${threadCount}`);
      const ms: number[] = [];
      for (let i = 0; i < runs; i++) ms.push(await time());
      return ms;
    };
    const ms = await times(String(threads?.n));
    const oneThreadMs = await times('1');
    // An identity for the rows, as the page gives them at each load: a run keeps what the
    // last one built from the same rows and settings.
    await db.query(newIdentitySql('trade'));
    await time();
    const warmOneThreadMs = await times('1');
    const warmMs = await times(String(threads?.n));
    let quality: RankingQuality | null = null;
    if (truth) {
      const ranked = await scoreCorridors(db, { topN: 1000 });
      quality = rankingQuality(ranked, truth.planted, truth.lookAlikes);
    }
    return { ms, oneThreadMs, warmMs, warmOneThreadMs, threads: Number(threads?.n), quality };
  } finally {
    db.close();
  }
}
