import { AsyncDuckDB, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import duckdbWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import duckdbWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Table } from 'apache-arrow';
import { trackWork } from './activity';
import type { Row, SqlRunner, SqlValue } from './sql-runner';

/**
 * Settings applied once at start, then locked. duckdb-wasm would otherwise try to download
 * extensions (e.g. `parquet`) from the internet, which must never happen here: the app runs
 * offline and data must not leave the browser.
 */
const LOCKED_SETTINGS = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
  'SET lock_configuration = true',
];

let started: Promise<AsyncDuckDB> | null = null;
let worker: Worker | null = null;

async function startDuckDB(): Promise<AsyncDuckDB> {
  performance.mark('tdc:duckdb-start');
  worker = new Worker(duckdbWorkerUrl);
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  await db.instantiate(duckdbWasmUrl);
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const connection = await db.connect();
  try {
    for (const setting of LOCKED_SETTINGS) await connection.query(setting);
  } finally {
    await connection.close();
  }
  performance.mark('tdc:duckdb-ready');
  return db;
}

/** The one DuckDB instance of the page, started on first use (the `eh` bundle, no CDN). */
export function getDuckDB(): Promise<AsyncDuckDB> {
  started ??= startDuckDB().catch((error: unknown) => {
    stopDuckDB();
    throw error;
  });
  return started;
}

/** Terminates the worker so that the next {@link getDuckDB} starts afresh (after a trap). */
export function stopDuckDB(): void {
  worker?.terminate();
  worker = null;
  started = null;
}

/** Whether an error is a WebAssembly trap, after which the instance cannot be trusted. */
function isWasmTrap(error: unknown): boolean {
  return (
    error instanceof Error &&
    /RuntimeError|unreachable|memory access out of bounds/.test(`${error.name} ${error.message}`)
  );
}

/** Runs `work` with a fresh connection that is always closed afterwards. */
export function withConnection<T>(work: (c: AsyncDuckDBConnection) => Promise<T>): Promise<T> {
  return trackWork(
    (async () => {
      const db = await getDuckDB();
      const connection = await db.connect();
      try {
        return await work(connection);
      } catch (error) {
        if (isWasmTrap(error)) stopDuckDB();
        throw error;
      } finally {
        await connection.close().catch(() => undefined);
      }
    })(),
  );
}

/** Runs a query (with `?` parameters) on `connection` and returns its result as Arrow. */
export async function runOn(
  connection: AsyncDuckDBConnection,
  sql: string,
  params: readonly SqlValue[],
): Promise<Table> {
  if (params.length === 0) return connection.query(sql);
  const statement = await connection.prepare(sql);
  try {
    return await statement.query(...params);
  } finally {
    await statement.close();
  }
}

const toRows = (table: Table): Row[] =>
  table.toArray().map((row: { toJSON(): Row }) => row.toJSON());

/** Runs a query (with `?` parameters) and returns its result as an Arrow table. */
export function queryArrow(sql: string, params: readonly SqlValue[] = []): Promise<Table> {
  return withConnection((connection) => runOn(connection, sql, params));
}

/**
 * A {@link SqlRunner} on one open connection, for work whose temporary tables must live
 * across statements (the ingest).
 */
export function runnerOn(connection: AsyncDuckDBConnection): SqlRunner {
  return { query: async (sql, params = []) => toRows(await runOn(connection, sql, params)) };
}

/** The browser's {@link SqlRunner}: the same SQL text as the command line, run by duckdb-wasm. */
export const browserSql: SqlRunner = {
  async query(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
    return toRows(await queryArrow(sql, params));
  },
};
