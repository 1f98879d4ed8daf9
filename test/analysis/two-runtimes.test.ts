import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../scripts/lib/node-duckdb';
import type { ScenarioRow } from '../../scripts/scenarios/book';
import { generateScenario } from '../../scripts/scenarios/generate';
import type { AnalysisParams } from '../../src/analysis/params';
import { corridorKey } from '../../src/analysis/corridor';
import { corridorMonthsSql } from '../../src/data/sql/corridors/drilldown';
import { scoreCorridors } from '../../src/data/corridors/score-corridors';
import { corridorTables } from '../../src/data/sql/corridors/tables';
import type { SqlRunner } from '../../src/data/sql-runner';
import { FIXTURE_PARAMS, fixtureRows, loadFixture } from './fixture';
import { MIRROR_WORLD, REPORTED_WORLD } from './small-world';
import { openWasmDuckDB, type WasmDuckDB } from './wasm-runner';

/** Every difference between two values, numbers compared to a relative 1e-9. */
function differences(a: unknown, b: unknown, path = ''): string[] {
  if (typeof a === 'number' && typeof b === 'number') {
    const close = Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
    return close || (Number.isNaN(a) && Number.isNaN(b)) ? [] : [`${path}: ${a} ≠ ${b}`];
  }
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = new Set([...Object.keys(a), ...Object.keys(b)]);
    return [...keys].flatMap((k) =>
      differences(
        (a as Record<string, unknown>)[k],
        (b as Record<string, unknown>)[k],
        `${path}.${k}`,
      ),
    );
  }
  return Object.is(a, b) ? [] : [`${path}: ${String(a)} ≠ ${String(b)}`];
}

/** The ranked corridors, and the best one's legs month by month (the chart's query). */
async function run(db: SqlRunner, rows: readonly ScenarioRow[], params: Partial<AnalysisParams>) {
  await loadFixture(db, rows);
  const corridors = await scoreCorridors(db, params);
  const best = corridors[0];
  const months = best ? corridorMonthsSql(corridorTables(), best) : null;
  return { corridors, months: months ? await db.query(months.sql, months.params) : [] };
}

const SCENARIO = generateScenario({
  seed: 7,
  transit: 8,
  products: 5,
  planted: 4,
  lookAlikesPerKind: 1,
});

const CASES: [string, ScenarioRow[], Partial<AnalysisParams>][] = [
  ['the mirror world', fixtureRows(MIRROR_WORLD), FIXTURE_PARAMS],
  ['the reported world', fixtureRows(REPORTED_WORLD), FIXTURE_PARAMS],
  [
    'the reported world by CHPL tier',
    fixtureRows(REPORTED_WORLD),
    { ...FIXTURE_PARAMS, level: 'tier' },
  ],
  // a heading total beside its subheadings: the step that keeps one kind of row runs
  ['the reported world by HS-4', fixtureRows(REPORTED_WORLD), { ...FIXTURE_PARAMS, level: '4' }],
  [`a generated scenario (${SCENARIO.rows.length} rows)`, SCENARIO.rows, { topN: 1000 }],
];

describe('one SQL, two runtimes: @duckdb/node-api and duckdb-wasm give the same corridors', () => {
  let wasm: WasmDuckDB;
  beforeAll(async () => {
    wasm = await openWasmDuckDB();
  });
  afterAll(() => wasm.close());

  it.each(CASES)('%s', async (_, rows, params) => {
    const node = await openNodeDuckDB();
    let fromNode: Awaited<ReturnType<typeof run>>;
    try {
      fromNode = await run(node, rows, params);
    } finally {
      node.close();
    }
    const fromWasm = await run(wasm, rows, params);
    expect(fromNode.corridors.length).toBeGreaterThan(0);
    expect(fromWasm.corridors.map(corridorKey)).toEqual(fromNode.corridors.map(corridorKey));
    expect(differences(fromWasm.corridors, fromNode.corridors)).toEqual([]);
    expect(fromNode.months.length).toBeGreaterThan(0);
    expect(differences(fromWasm.months, fromNode.months)).toEqual([]);
  });
});
