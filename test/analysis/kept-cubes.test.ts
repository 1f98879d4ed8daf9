import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { loadReferenceTables } from '../../scripts/lib/reference';
import type { AnalysisParams } from '../../src/analysis/params';
import { analyzeCorridors, type Analysis } from '../../src/data/corridors/score-corridors';
import { swapTableSql } from '../../src/data/sql/dataset';
import { tradeTableFromSql } from '../../src/data/sql/trade';
import type { SqlRunner } from '../../src/data/sql-runner';

/**
 * A scoring keeps the two cubes of the last one when it would build them again from the same
 * rows and the settings they depend on. Checked against the only thing that matters: the
 * analysis is the one a database that never scored before gives, for the same rows and settings.
 */

const SAMPLE = "read_parquet('public/sample/trade-sample.parquet')";
/** The sample without Kyrgyzstan's own reports: other rows, the same shape. */
const WITHOUT_KGZ = `(SELECT * FROM ${SAMPLE} WHERE reporter <> 'KGZ')`;

/** Loads `from` as the app does: into a table of its own, swapped in as `trade`. */
async function load(db: NodeDuckDB, from: string) {
  for (const sql of tradeTableFromSql(`SELECT * FROM ${from}`, 'trade_next')) await db.query(sql);
  const { begin, swap, commit } = swapTableSql('trade_next', 'trade');
  for (const sql of [begin, ...swap, commit]) await db.query(sql);
}

/** The statements that build either cube, among those `db` ran while `work` ran. */
async function cubesBuilt(db: NodeDuckDB, work: (db: SqlRunner) => Promise<Analysis>) {
  const built: string[] = [];
  const spy: SqlRunner = {
    query: (sql, params) => {
      const table = /^CREATE OR REPLACE TABLE "(corridor_(?:year_)?cube)"/.exec(sql)?.[1];
      if (table) built.push(table);
      return db.query(sql, params);
    },
  };
  return { analysis: await work(spy), built };
}

/**
 * An analysis with its numbers to 10 significant digits: DuckDB sums floating-point values in
 * parallel, in no fixed order, so two runs on the same rows may differ in the last digits.
 */
function rounded(value: unknown): unknown {
  if (typeof value === 'number') return Number(value.toPrecision(10));
  if (Array.isArray(value)) return value.map(rounded);
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, rounded(v)]));
  return value;
}

/** The analysis of `from` with `params` in a database that never scored before. */
async function fresh(from: string, params: Partial<AnalysisParams>): Promise<Analysis> {
  const db = await openNodeDuckDB();
  try {
    await loadReferenceTables(db);
    await load(db, from);
    return await analyzeCorridors(db, params);
  } finally {
    db.close();
  }
}

describe('the cubes kept from one scoring to the next', () => {
  let db: NodeDuckDB;
  let first: Analysis;
  beforeAll(async () => {
    db = await openNodeDuckDB();
    await loadReferenceTables(db);
    await load(db, SAMPLE);
    first = await analyzeCorridors(db, { topN: 1000 });
  });
  afterAll(() => db.close());

  it('are kept for a new minimum value or post start, and the analysis is the fresh one', async () => {
    for (const params of [
      { topN: 1000, minValueUsd: 500_000 },
      { topN: 1000, minValueUsd: 500_000, post: { start: '2022-06', end: null } },
    ]) {
      const { analysis, built } = await cubesBuilt(db, (d) => analyzeCorridors(d, params));
      expect(built).toEqual([]);
      expect(rounded(analysis)).toEqual(rounded(await fresh(SAMPLE, params)));
    }
  });

  it('are built again for another product level or baseline', async () => {
    for (const params of [
      { topN: 1000, level: '4' as const },
      { topN: 1000, baseline: { start: '2019-01', end: '2021-12' } },
    ]) {
      const { analysis, built } = await cubesBuilt(db, (d) => analyzeCorridors(d, params));
      expect(built).toEqual(['corridor_cube', 'corridor_year_cube']);
      expect(rounded(analysis)).toEqual(rounded(await fresh(SAMPLE, params)));
    }
  });

  it('are built again once other rows are loaded, with the same settings', async () => {
    const params = { topN: 1000 };
    await analyzeCorridors(db, params);
    await load(db, WITHOUT_KGZ);
    const { analysis, built } = await cubesBuilt(db, (d) => analyzeCorridors(d, params));
    expect(built).toEqual(['corridor_cube', 'corridor_year_cube']);
    expect(rounded(analysis)).toEqual(rounded(await fresh(WITHOUT_KGZ, params)));
    expect(rounded(analysis)).not.toEqual(rounded(first));
  });

  it('are never kept for a table loaded otherwise, which has no identity', async () => {
    for (const sql of tradeTableFromSql(`SELECT * FROM ${SAMPLE}`)) await db.query(sql);
    await db.query('DROP TABLE IF EXISTS trade_version');
    await analyzeCorridors(db, { topN: 1000 });
    const { built } = await cubesBuilt(db, (d) => analyzeCorridors(d, { topN: 1000 }));
    expect(built).toEqual(['corridor_cube', 'corridor_year_cube']);
  });
});
