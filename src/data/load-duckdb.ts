import { DuckDBDataProtocol } from '@duckdb/duckdb-wasm';
import type { BrowserConnection } from './duckdb-browser';
import { LoadError } from './load-error';
import { quoteIdent, quoteLiteral } from './sql/quote';

/** The bytes a DuckDB database file carries at offset 8 ("DUCK"). */
const MAGIC = 'DUCK';

/** A DuckDB database file starts with a main header and two database headers of 4 KiB each. */
const HEADER_BYTES = 4096;

/**
 * The size a DuckDB database file declares: its headers and its blocks, as the newer of its
 * two database headers counts them (each: checksum, iteration, meta block, free list, block
 * count, block size, as little-endian 64-bit numbers); null when too short to tell.
 */
export async function declaredDatabaseBytes(blob: Blob): Promise<number | null> {
  if (blob.size < 3 * HEADER_BYTES) return null;
  const view = new DataView(await blob.slice(0, 3 * HEADER_BYTES).arrayBuffer());
  const field = (header: number, index: number) =>
    Number(view.getBigUint64(header * HEADER_BYTES + index * 8, true));
  const newer = field(1, 1) >= field(2, 1) ? 1 : 2;
  return 3 * HEADER_BYTES + field(newer, 4) * field(newer, 5);
}

/** The table a prebuilt database holds the canonical rows in. */
const PREBUILT_TABLE = 'trade';

/** Whether `blob` is a DuckDB database file, from its first bytes. */
export async function isDuckDBFile(blob: Blob): Promise<boolean> {
  const head = new Uint8Array(await blob.slice(8, 12).arrayBuffer());
  return new TextDecoder().decode(head) === MAGIC;
}

/**
 * Copies the `trade` table of the prebuilt DuckDB database in `blob` into `table` and returns
 * its row count. The database is attached read-only from the Blob (DuckDB reads the blocks it
 * needs) and detached afterwards. Throws a LoadError the user can act on when DuckDB cannot
 * open the file (a newer format, a damaged or cut file) or the file has no `trade` table.
 */
export async function copyPrebuiltTable(
  c: BrowserConnection,
  blob: Blob,
  table: string,
): Promise<number> {
  // DuckDB in the page may never return from attaching a file cut short: it is refused before.
  const declared = await declaredDatabaseBytes(blob);
  if (declared === null || declared > blob.size) {
    const engine = `the file has ${blob.size} bytes; its headers declare ${declared ?? 'more'}`;
    throw new LoadError('error.duckdbUnreadable', {}, [], null, null, engine);
  }
  const name = c.uniqueName('prebuilt');
  const [file, alias] = [`${name}.duckdb`, quoteIdent(name)];
  await c.db.registerFileHandle(file, blob, DuckDBDataProtocol.BROWSER_FILEREADER, true);
  try {
    await c.sql.query(`ATTACH ${quoteLiteral(file)} AS ${alias} (READ_ONLY)`).catch((error) => {
      const engine = error instanceof Error ? error.message : String(error);
      throw new LoadError('error.duckdbUnreadable', {}, [], null, null, engine);
    });
    try {
      const tables = await c.sql.query(
        `SELECT table_name FROM duckdb_tables() WHERE database_name = ? AND schema_name = 'main'
         ORDER BY table_name`,
        [name],
      );
      const names = tables.map((t) => String(t.table_name));
      if (!names.includes(PREBUILT_TABLE)) {
        throw new LoadError('error.duckdbNoTrade', { tables: names.join(', ') || '—' });
      }
      const source = `${alias}.main.${quoteIdent(PREBUILT_TABLE)}`;
      await c.sql.query(`CREATE TABLE ${quoteIdent(table)} AS FROM ${source}`);
      const [count] = await c.sql.query(`SELECT count(*)::DOUBLE AS n FROM ${quoteIdent(table)}`);
      return Number(count?.n ?? 0);
    } finally {
      await c.sql.query(`DETACH ${alias}`);
    }
  } finally {
    await c.db.dropFile(file);
  }
}
