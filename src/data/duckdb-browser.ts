import { AsyncDuckDB, VoidLogger, type AsyncDuckDBConnection } from '@duckdb/duckdb-wasm';
import duckdbWasmUrl from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import duckdbWorkerUrl from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import type { Table } from 'apache-arrow';
import { activity } from './activity';
import { Coordinator, type Connector } from './coordinator';
import type { Row, SqlRunner, SqlValue } from './sql-runner';
import { LOCKED_SETTINGS_SQL, PAGE_DATABASE_SQL, USE_PAGE_DATABASE_SQL } from './sql/settings';

/** A connection of the page's database, as a request's work sees it. */
export interface BrowserConnection {
  /** The database (files registered and dropped). */
  db: AsyncDuckDB;
  /** The connection itself (Arrow inserts). */
  connection: AsyncDuckDBConnection;
  /** The same interface as the command line's: every statement on this one connection. */
  sql: SqlRunner;
  /** Runs a query (with `?` parameters) on this connection and returns its result as Arrow. */
  arrow(sql: string, params?: readonly SqlValue[]): Promise<Table>;
  /** Runs `init` once per database instance (again after a restart), e.g. reference tables. */
  once(name: string, init: () => Promise<void>): Promise<void>;
  /** A name, starting with `prefix`, that no other name asked of this page has. */
  uniqueName(prefix: string): string;
  /** Rejects when this database instance is stopped: work still waiting on it never ends. */
  stopped: Promise<never>;
  /**
   * Stops this database instance at once, as a trap would: every statement still running on
   * it fails, its tables are lost, and the next request starts a new instance.
   */
  abandon(): void;
}

/** A started DuckDB: its worker, the one-time work done in it, and whether it was stopped. */
interface Instance {
  db: Promise<AsyncDuckDB>;
  worker: Worker;
  done: Map<string, Promise<void>>;
  /** Rejects when the instance is stopped (see {@link BrowserConnection.stopped}). */
  stopped: Promise<never>;
  halt: (reason: Error) => void;
}

/** What a statement still running on a stopped database instance fails with. */
export class DatabaseStopped extends Error {
  constructor() {
    super('The in-browser database was stopped and started afresh');
    this.name = 'DatabaseStopped';
  }
}

async function startDuckDB(worker: Worker): Promise<AsyncDuckDB> {
  const db = new AsyncDuckDB(new VoidLogger(), worker);
  await db.instantiate(duckdbWasmUrl);
  await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
  const connection = await db.connect();
  try {
    for (const setting of [PAGE_DATABASE_SQL, ...LOCKED_SETTINGS_SQL])
      await connection.query(setting);
  } finally {
    await connection.close();
  }
  performance.mark('tdc:duckdb-ready');
  return db;
}

/** Whether an error is a WebAssembly trap, after which the instance cannot be trusted. */
function isWasmTrap(error: unknown): boolean {
  return (
    error instanceof Error &&
    /RuntimeError|unreachable|memory access out of bounds/.test(`${error.name} ${error.message}`)
  );
}

/** Runs a query (with `?` parameters) on `connection` and returns its result as Arrow. */
async function runOn(
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

/**
 * The page's one DuckDB (the `eh` bundle, no CDN), started on first use and started afresh
 * after a WebAssembly trap; it opens a connection per request of the {@link coordinator}.
 */
class PageDatabase implements Connector<BrowserConnection> {
  private instance: Instance | null = null;
  /** Instances not stopped yet. */
  private readonly live = new Set<Instance>();
  /** The instance each open connection belongs to. */
  private readonly instanceOf = new WeakMap<BrowserConnection, Instance>();
  private names = 0;
  /** How many times an instance was stopped after a trap: the tables it held are gone. */
  restarts = 0;

  private start(): Instance {
    if (this.instance) return this.instance;
    performance.mark('tdc:duckdb-start');
    const worker = new Worker(duckdbWorkerUrl);
    let halt: (reason: Error) => void = () => undefined;
    const stopped = new Promise<never>((_, reject) => (halt = reject));
    stopped.catch(() => undefined);
    const instance: Instance = { db: startDuckDB(worker), worker, done: new Map(), stopped, halt };
    this.live.add(instance);
    instance.db.catch(() => this.stop(instance));
    this.instance = instance;
    return instance;
  }

  /**
   * Terminates the worker, so that the next request starts a new instance; what still waits on
   * it fails with {@link DatabaseStopped} (a message to a stopped worker is never answered).
   */
  private stop(instance: Instance): void {
    if (!this.live.has(instance)) return;
    this.live.delete(instance);
    instance.halt(new DatabaseStopped());
    instance.worker.terminate();
    if (this.instance === instance) this.instance = null;
    this.restarts += 1;
  }

  async open(): Promise<BrowserConnection> {
    const instance = this.start();
    const db = await instance.db;
    const connection = await db.connect();
    const arrow = (sql: string, params: readonly SqlValue[] = []) =>
      Promise.race([runOn(connection, sql, params), instance.stopped]);
    await arrow(USE_PAGE_DATABASE_SQL);
    const session: BrowserConnection = {
      db,
      connection,
      sql: { query: async (sql, params = []) => toRows(await arrow(sql, params)) },
      arrow,
      once: (name, init) => {
        const started = instance.done.get(name);
        if (started) return started;
        const done = init();
        instance.done.set(name, done);
        // A failed run is tried again by the next request.
        done.catch(() => instance.done.delete(name));
        return done;
      },
      uniqueName: (prefix) => `${prefix}-${++this.names}`,
      stopped: instance.stopped,
      abandon: () => this.stop(instance),
    };
    this.instanceOf.set(session, instance);
    return session;
  }

  async close(session: BrowserConnection, failure: unknown): Promise<void> {
    const instance = this.instanceOf.get(session);
    // After a trap the worker is stopped: a message to it would never be answered.
    if (instance && isWasmTrap(failure)) this.stop(instance);
    if (instance && this.live.has(instance))
      await session.connection.close().catch(() => undefined);
  }
}

/**
 * The coordinator of the page's database: every query of the app goes through it (see
 * coordinator.ts), and its work is counted in {@link activity}.
 */
const database = new PageDatabase();
export const coordinator = new Coordinator<BrowserConnection>(database, activity);

/**
 * How many times the page's database was started afresh after it stopped on a trap (or failed
 * to start): each time, every table it held, the loaded data among them, is gone.
 */
export const databaseRestarts = (): number => database.restarts;
