import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type * as DuckDBWasm from '@duckdb/duckdb-wasm/blocking';
import type { Row, SqlRunner, SqlValue } from '../../src/data/sql-runner';
import {
  LOCKED_SETTINGS_SQL,
  PAGE_DATABASE_SQL,
  USE_PAGE_DATABASE_SQL,
} from '../../src/data/sql/settings';

const require = createRequire(import.meta.url);

/** duckdb-wasm running in this Node process, behind the same {@link SqlRunner} as the browser. */
export interface WasmDuckDB extends SqlRunner {
  close(): void;
}

function toPlain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  return value;
}

/**
 * Starts duckdb-wasm's blocking Node bundle on the `eh` wasm file the browser uses, with the
 * browser's settings (BIGINT and DECIMAL as doubles, extensions never fetched, the tables in a
 * compressed in-memory database). Queries with parameters go through prepared statements, as
 * in src/data/duckdb-browser.ts.
 */
export async function openWasmDuckDB(): Promise<WasmDuckDB> {
  const bundle = require.resolve('@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs');
  const duckdb = require(bundle) as typeof DuckDBWasm;
  const dist = dirname(bundle);
  const bundles = {
    mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: '' },
    eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: '' },
  };
  const db = await duckdb.createDuckDB(bundles, new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
  await db.instantiate();
  db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const connection = db.connect();
  for (const setting of [PAGE_DATABASE_SQL, ...LOCKED_SETTINGS_SQL, USE_PAGE_DATABASE_SQL]) {
    connection.query(setting);
  }
  return {
    async query(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
      let table;
      if (params.length === 0) {
        table = connection.query(sql);
      } else {
        const statement = connection.prepare(sql);
        try {
          table = statement.query(...params);
        } finally {
          statement.close();
        }
      }
      return table.toArray().map((row: { toJSON(): Row }) => {
        const plain: Row = {};
        for (const [key, value] of Object.entries(row.toJSON())) plain[key] = toPlain(value);
        return plain;
      });
    },
    close() {
      connection.close();
      db.reset();
    },
  };
}
