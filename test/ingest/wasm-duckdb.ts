import { createRequire } from 'node:module';
import {
  createDuckDB,
  NODE_RUNTIME,
  VoidLogger,
  type DuckDBConnection,
} from '@duckdb/duckdb-wasm/blocking';
import type { Row, SqlRunner, SqlValue } from '../../src/data/sql-runner';

const resolveModule = createRequire(import.meta.url).resolve;

/** duckdb-wasm (the browser's engine, run synchronously in Node) behind one connection. */
export interface WasmDuckDB extends SqlRunner {
  /** Makes bytes readable under `name`, as the browser does for a dropped file. */
  register(name: string, bytes: Uint8Array): void;
  close(): void;
}

const plain = (row: Row): Row =>
  Object.fromEntries(
    Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]),
  );

/**
 * Starts duckdb-wasm with the settings the app locks in src/data/duckdb-browser.ts (no extension
 * downloads), and runs every query on one connection, as an ingest needs (its scratch tables and
 * DuckDB's CSV reject tables are temporary, so they live in the connection).
 */
export async function openWasmDuckDB(): Promise<WasmDuckDB> {
  const bundle = {
    mainModule: resolveModule('@duckdb/duckdb-wasm/dist/duckdb-eh.wasm'),
    mainWorker: resolveModule('@duckdb/duckdb-wasm/dist/duckdb-node-eh.worker.cjs'),
  };
  const db = await createDuckDB({ mvp: bundle, eh: bundle }, new VoidLogger(), NODE_RUNTIME);
  await db.instantiate(() => undefined);
  db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const connection: DuckDBConnection = db.connect();
  for (const setting of [
    'SET autoinstall_known_extensions = false',
    'SET autoload_known_extensions = false',
    'SET lock_configuration = true',
  ])
    connection.query(setting);
  return {
    async query(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
      if (params.length === 0)
        return connection
          .query(sql)
          .toArray()
          .map((r) => plain(r.toJSON()));
      const statement = connection.prepare(sql);
      try {
        return statement
          .query(...params)
          .toArray()
          .map((r) => plain(r.toJSON()));
      } finally {
        statement.close();
      }
    },
    register(name, bytes) {
      db.registerFileBuffer(name, bytes);
    },
    close() {
      connection.close();
      db.reset();
    },
  };
}
