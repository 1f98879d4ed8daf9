import { levelsOf, type AnalysisParams } from '../../analysis/params';
import type { SqlQuery } from '../sql/query';
import type { SqlRunner, SqlValue } from '../sql-runner';
import { cubeSql, monthsSql, paramsSql } from '../sql/corridors/prepare';
import { worldSql } from '../sql/corridors/candidates';
import {
  candidateViasSql,
  cubePart,
  dropLevelSql,
  factsSql,
  kindsSql,
  levelMixed,
  storeKeySql,
  worldPart,
} from '../sql/corridors/store';
import type { CorridorTables } from '../sql/corridors/tables';
import { yearCubeSql } from '../sql/corridors/yearly';

/** Runs statements in order, stopping between two when `signal` is aborted. */
export async function runAll(
  db: SqlRunner,
  statements: readonly (SqlQuery | string)[],
  signal?: AbortSignal,
) {
  for (const statement of statements) {
    signal?.throwIfAborted();
    const { sql, params } =
      typeof statement === 'string' ? { sql: statement, params: [] } : statement;
    await db.query(sql, params);
  }
}

/** A scoring's store, opened for its settings (see openStore). */
export interface OpenStore {
  /** Adds the world trade of the candidates' intermediaries the store lacks at these levels. */
  addWorld(): Promise<void>;
}

/**
 * Makes the parameter and month tables of a scoring, and the store it reads as its settings
 * need it: the facts when the rows are new, the cubes when the origins or destinations are
 * new, and the levels they lack; then, once the candidates are known, the world trade of
 * intermediaries it has not seen. A part is remembered only once it is whole, so a scoring
 * stopped half way leaves nothing half built behind.
 */
export async function openStore(
  db: SqlRunner,
  tables: CorridorTables,
  params: AnalysisParams,
  signal?: AbortSignal,
): Promise<OpenStore> {
  const store = tables.store;
  const key = storeKeySql(store, params);
  const query = (sql: string, values?: readonly SqlValue[]) => {
    signal?.throwIfAborted();
    return db.query(sql, values);
  };
  for (const sql of key.prepare) await query(sql);
  const [withIdentity] = await query(key.hasIdentity.sql, key.hasIdentity.params);
  const [read] = Number(withIdentity?.n) > 0 ? await query(key.identity) : [];
  const identity = read?.identity == null ? null : String(read.identity);
  const built = new Map((await query(key.parts)).map((r) => [String(r.part), String(r.key)]));
  const remember = async (part: string, value: string | null) => {
    if (value === null) return;
    const { sql, params: values } = key.remember(part, value);
    await query(sql, values);
  };

  const factsKept = identity !== null && built.get('facts') === identity;
  if (!factsKept) {
    await query(key.forget('facts'));
    await runAll(db, factsSql(store), signal);
    await remember('facts', identity);
  }
  await runAll(db, [paramsSql(tables, params), monthsSql(tables)], signal);
  const kinds = (await query(kindsSql(store))).map((r) => ({ len: Number(r.len) }));
  const levels = levelsOf(params.level);

  const cubeKey = identity === null ? null : key.cubeKey(identity);
  const cubes = [...built].filter(([part]) => part.startsWith('cube:'));
  const reset = cubeKey === null || cubes.length === 0 || cubes.some(([, k]) => k !== cubeKey);
  if (reset) await query(key.forget('cubes'));
  const missing = levels.filter((l) => reset || built.get(cubePart(l)) !== cubeKey);
  for (const [i, level] of missing.entries()) {
    const create = reset && i === 0;
    await runAll(
      db,
      [
        ...(reset ? [] : dropLevelSql(store, level)),
        cubeSql(tables, level, levelMixed(kinds, level), create),
        yearCubeSql(tables, level, create),
      ],
      signal,
    );
    await remember(cubePart(level), cubeKey);
  }

  const addWorld = async () => {
    const vias = (await query(candidateViasSql(tables))).map((r) => String(r.via));
    for (const level of levels) {
      const lacking = vias.filter(
        (via) => !factsKept || built.get(worldPart(level, via)) !== identity,
      );
      if (lacking.length === 0) continue;
      await runAll(db, worldSql(tables, level, levelMixed(kinds, level), lacking), signal);
      for (const via of lacking) await remember(worldPart(level, via), identity);
    }
  };
  return { addWorld };
}
