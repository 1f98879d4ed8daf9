import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import type { Row, SqlRunner, SqlValue } from '../../src/data/sql-runner';

/** A DuckDB database in this Node process, speaking the same {@link SqlRunner} as the browser. */
export interface NodeDuckDB extends SqlRunner {
  connection: DuckDBConnection;
  close(): void;
}

/**
 * Converts BIGINTs to numbers and DuckDB value objects (dates, decimals) to their text, so
 * rows look the same as in the browser. Queries shared by both runtimes cast dates to VARCHAR
 * and decimals to DOUBLE.
 */
function toPlain(value: unknown): unknown {
  if (typeof value === 'bigint') return Number(value);
  if (value !== null && typeof value === 'object') return String(value);
  return value;
}

/** Opens an in-memory (or file) DuckDB database, with DuckDB settings such as memory_limit. */
export async function openNodeDuckDB(
  path = ':memory:',
  settings: Record<string, string> = {},
): Promise<NodeDuckDB> {
  const instance = await DuckDBInstance.create(path, settings);
  const connection = await instance.connect();
  return {
    connection,
    async query(sql: string, params: readonly SqlValue[] = []): Promise<Row[]> {
      const reader = await connection.runAndReadAll(sql, params.length ? [...params] : undefined);
      return reader.getRowObjects().map((row) => {
        const plain: Row = {};
        for (const [key, value] of Object.entries(row)) plain[key] = toPlain(value);
        return plain;
      });
    },
    close() {
      connection.closeSync();
      instance.closeSync();
    },
  };
}
