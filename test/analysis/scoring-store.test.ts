import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { loadReferenceTables } from '../../scripts/lib/reference';
import type { AnalysisParams } from '../../src/analysis/params';
import { analyzeWithPlacebo } from '../../src/data/corridors/placebo';
import { analyzeCorridors, type Analysis } from '../../src/data/corridors/score-corridors';
import { moveIntoTable } from '../../src/data/move-table';
import { tradeTableFromSql } from '../../src/data/sql/trade';
import type { SqlRunner } from '../../src/data/sql-runner';

/**
 * A scoring reads the cubes and facts of the scoring's store, built once per load (see
 * store.ts): the facts from the rows, the cubes from the rows, the origins and destinations,
 * one product level at a time, whatever the periods. Checked against the only thing that
 * matters: the analysis is the one a database that never scored before gives, for the same rows
 * and settings.
 */

const SAMPLE = "read_parquet('public/sample/trade-sample.parquet')";
/** The sample without Kyrgyzstan's own reports: other rows, the same shape. */
const WITHOUT_KGZ = `(SELECT * FROM ${SAMPLE} WHERE reporter <> 'KGZ')`;

/** Loads `from` as the app does: into a table of its own, swapped in as `trade`. */
async function load(db: NodeDuckDB, from: string) {
  for (const sql of tradeTableFromSql(`SELECT * FROM ${from}`, 'trade_next')) await db.query(sql);
  await moveIntoTable(db, 'trade_next', 'trade', false);
}

/** The cube levels built (table:level, as 'corridor_store_cube:6') while `work` ran. */
async function cubesBuilt(db: NodeDuckDB, work: (db: SqlRunner) => Promise<Analysis>) {
  const built: string[] = [];
  const spy: SqlRunner = {
    query: (sql, params) => {
      const table = /^(?:CREATE OR REPLACE TABLE|INSERT INTO) "(\w+_store_(?:year_)?cube)"/.exec(
        sql,
      );
      const level = /SELECT '([^']+)' AS level/.exec(sql);
      if (table) built.push(`${table[1]}:${level?.[1]}`);
      return db.query(sql, params);
    },
  };
  return { analysis: await work(spy), built };
}

/** Both cubes of each level, as {@link cubesBuilt} lists them. */
const both = (...levels: string[]) =>
  levels.flatMap((l) => [`corridor_store_cube:${l}`, `corridor_store_year_cube:${l}`]);

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

/** `analyze` run on `from` with `params` in a database that never scored before. */
async function freshBy(
  analyze: typeof analyzeCorridors,
  from: string,
  params: Partial<AnalysisParams>,
): Promise<Analysis> {
  const db = await openNodeDuckDB();
  try {
    await loadReferenceTables(db);
    await load(db, from);
    return await analyze(db, params);
  } finally {
    db.close();
  }
}

const fresh = (from: string, params: Partial<AnalysisParams>) =>
  freshBy(analyzeCorridors, from, params);
const freshWithPlacebo = (from: string, params: Partial<AnalysisParams>) =>
  freshBy(analyzeWithPlacebo, from, params);

describe("the scoring's store", () => {
  let db: NodeDuckDB;
  let first: Analysis;
  beforeAll(async () => {
    db = await openNodeDuckDB();
    await loadReferenceTables(db);
    await load(db, SAMPLE);
    first = await analyzeCorridors(db, { topN: 1000 });
  });
  afterAll(() => db.close());

  it('is kept for new periods, minimum value or a level it holds, and the analysis is the fresh one', async () => {
    for (const params of [
      { topN: 1000, minValueUsd: 500_000 },
      { topN: 1000, minValueUsd: 500_000, post: { start: '2022-06', end: null } },
      { topN: 1000, baseline: { start: '2019-01', end: '2021-12' } },
      {
        topN: 1000,
        baseline: { start: '2020-07', end: '2021-06' },
        post: { start: '2021-09', end: '2023-12' },
      },
      { topN: 1000, level: '4' as const },
      { topN: 1000, level: 'tier' as const, post: { start: '2022-06', end: '2023-06' } },
    ]) {
      const { analysis, built } = await cubesBuilt(db, (d) => analyzeCorridors(d, params));
      expect(built).toEqual([]);
      expect(rounded(analysis)).toEqual(rounded(await fresh(SAMPLE, params)));
    }
  });

  it('adds the rows of a level it lacks, and only those', async () => {
    const params = { topN: 1000, level: '2' as const };
    const { analysis, built } = await cubesBuilt(db, (d) => analyzeCorridors(d, params));
    expect(built).toEqual(both('2'));
    expect(rounded(analysis)).toEqual(rounded(await fresh(SAMPLE, params)));
    // The other levels are still there, once each.
    const again = await cubesBuilt(db, (d) => analyzeCorridors(d, { topN: 1000 }));
    expect(again.built).toEqual([]);
    expect(rounded(again.analysis)).toEqual(rounded(first));
  });

  it('is built again for other destinations', async () => {
    const params = { topN: 1000, destinations: ['BLR'] };
    const { analysis, built } = await cubesBuilt(db, (d) => analyzeCorridors(d, params));
    expect(built).toEqual(both('6', '4', 'tier'));
    expect(rounded(analysis)).toEqual(rounded(await fresh(SAMPLE, params)));
  });

  it('is built again once other rows are loaded, with the same settings', async () => {
    const params = { topN: 1000 };
    await analyzeCorridors(db, params);
    await load(db, WITHOUT_KGZ);
    const { analysis, built } = await cubesBuilt(db, (d) => analyzeCorridors(d, params));
    expect(built).toEqual(both('6', '4', 'tier'));
    expect(rounded(analysis)).toEqual(rounded(await fresh(WITHOUT_KGZ, params)));
    expect(rounded(analysis)).not.toEqual(rounded(first));
    await load(db, SAMPLE);
  });

  /** A scoring with `params` that stops right after the first statement `stop` matches. */
  async function stopped(params: Partial<AnalysisParams>, stop: RegExp) {
    const controller = new AbortController();
    const stopping: SqlRunner = {
      query: async (sql, values) => {
        const rows = await db.query(sql, values);
        if (stop.test(sql)) controller.abort();
        return rows;
      },
    };
    await expect(analyzeCorridors(stopping, params, { signal: controller.signal })).rejects.toThrow(
      /abort/i,
    );
  }

  it('is left whole by a scoring stopped half way through a level', async () => {
    await analyzeCorridors(db, { topN: 1000 });
    const params = { topN: 1000, level: '2' as const };
    await stopped(params, /^INSERT INTO "corridor_store_cube"/);
    const { analysis, built } = await cubesBuilt(db, (d) => analyzeCorridors(d, params));
    expect(built).toEqual(both('2'));
    expect(rounded(analysis)).toEqual(rounded(await fresh(SAMPLE, params)));
  });

  it("adds each intermediary's world trade once, even after a scoring stopped half way", async () => {
    const params = { topN: 1000, minValueUsd: 20_000 };
    await load(db, SAMPLE);
    await stopped(params, /^INSERT INTO "corridor_store_world"/);
    for (const settings of [params, { topN: 1000 }, params])
      expect(rounded(await analyzeCorridors(db, settings))).toEqual(
        rounded(await fresh(SAMPLE, settings)),
      );
    const [twice] = await db.query(`SELECT count(*) AS n FROM (
      SELECT level, month, reporter, dir, product FROM corridor_store_world
      GROUP BY ALL HAVING count(*) > 1)`);
    expect(Number(twice?.n)).toBe(0);
    const [vias] = await db.query(`SELECT count(DISTINCT reporter) AS n FROM corridor_store_world`);
    expect(Number(vias?.n)).toBeGreaterThan(1);
  });

  it('is shared by the control runs, the comparison run keeping cubes of its own', async () => {
    const params = { topN: 1000 };
    await analyzeCorridors(db, params);
    const tablesNow = async () =>
      (
        await db.query(
          "SELECT table_name FROM duckdb_tables() WHERE table_name LIKE 'corridor_%' ORDER BY ALL",
        )
      ).map((r) => String(r.table_name));
    const before = await tablesNow();
    const calibrated = await cubesBuilt(db, (d) => analyzeWithPlacebo(d, params));
    // The placebo run, towards the same destinations, builds nothing; the comparison run,
    // towards others, builds its own cubes, and nothing else: the facts are the rows'.
    const elsewhere = (b: string) => b.replace('corridor_', 'corridor_elsewhere_');
    expect(calibrated.built).toEqual(both('6', '4', 'tier').map(elsewhere));
    expect(rounded(calibrated.analysis)).toEqual(rounded(await freshWithPlacebo(SAMPLE, params)));
    const kept = ['corridor_store_cube', 'corridor_store_cube_key', 'corridor_store_year_cube'];
    expect(await tablesNow()).toEqual([...before, ...kept.map(elsewhere)].sort());
    // Calibrated again, for another minimum value: nothing is built.
    const next = { topN: 1000, minValueUsd: 200_000 };
    const again = await cubesBuilt(db, (d) => analyzeWithPlacebo(d, next));
    expect(again.built).toEqual([]);
    expect(rounded(again.analysis)).toEqual(rounded(await freshWithPlacebo(SAMPLE, next)));
  });

  it('is never kept for a table loaded otherwise, which has no identity', async () => {
    const plain = await openNodeDuckDB();
    try {
      await loadReferenceTables(plain);
      for (const sql of tradeTableFromSql(`SELECT * FROM ${SAMPLE}`)) await plain.query(sql);
      await analyzeCorridors(plain, { topN: 1000 });
      const { built } = await cubesBuilt(plain, (d) => analyzeCorridors(d, { topN: 1000 }));
      expect(built).toEqual(both('6', '4', 'tier'));
    } finally {
      plain.close();
    }
  });
});

describe("a scoring's views of the store", () => {
  it('hold the months and years of its window, and the levels of its setting, only', async () => {
    const db = await openNodeDuckDB();
    try {
      await loadReferenceTables(db);
      await load(db, SAMPLE);
      await analyzeCorridors(db, { level: '4' });
      await analyzeCorridors(db, {
        level: '6',
        baseline: { start: '2021-01', end: '2021-12' },
        post: { start: '2022-03', end: '2022-12' },
      });
      const count = async (sql: string) => Number((await db.query(sql))[0]?.n);
      const inWindow = (time: string, from: string, to: string) =>
        `${time} BETWEEN ${from} AND ${to}`;
      const months = inWindow('month', "DATE '2021-01-01'", "DATE '2022-12-01'");
      const years = inWindow('year', '2021', '2022');
      for (const [view, store, window] of [
        ['corridor_cube', 'corridor_store_cube', months],
        ['corridor_year_cube', 'corridor_store_year_cube', years],
      ] as const) {
        // The store holds other months (or years) and the other level, the view only this.
        const all = await count(`SELECT count(*) AS n FROM ${store}`);
        const wanted = await count(
          `SELECT count(*) AS n FROM ${store} WHERE level = '6' AND ${window}`,
        );
        expect(await count(`SELECT count(DISTINCT level) AS n FROM ${store}`)).toBe(2);
        expect(
          await count(`SELECT count(*) AS n FROM ${store} WHERE NOT (${window})`),
        ).toBeGreaterThan(0);
        expect(wanted).toBeGreaterThan(0);
        expect(wanted).toBeLessThan(all);
        expect(await count(`SELECT count(*) AS n FROM ${view}`)).toBe(wanted);
        expect(await count(`SELECT count(*) AS n FROM ${view} WHERE NOT (${window})`)).toBe(0);
      }
      for (const [view, window] of [
        ['corridor_coverage', months],
        ['corridor_year_coverage', years],
      ] as const) {
        expect(await count(`SELECT count(*) AS n FROM ${view}`)).toBeGreaterThan(0);
        expect(await count(`SELECT count(*) AS n FROM ${view} WHERE NOT (${window})`)).toBe(0);
      }
    } finally {
      db.close();
    }
  });
});
