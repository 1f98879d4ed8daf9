/**
 * How much a load may take in the browser, and what a file will need there, so that a file too
 * big for DuckDB-wasm is refused with what to do before it is read rather than failing once
 * memory runs out. The command line has no such limit: it streams and spills to disk.
 */
import { TRADE_COLUMNS } from '../schema';
import { IngestError, type IngestMessage } from './types';

const GIB = 2 ** 30;

/**
 * DuckDB-wasm is 32-bit WebAssembly (4 GiB of memory at most); the app, the reference tables
 * and the data already loaded keep about 1 GiB of it, which leaves about 3 GiB for a load.
 */
const WASM_LOAD_BYTES = 3 * GIB;

/** The device's memory assumed when the browser does not say (only Chromium gives it). */
const DEFAULT_DEVICE_MEMORY_GIB = 4;

/** A load may take half the device's memory: the browser, the page and the system need the rest. */
const DEVICE_SHARE = 0.5;

/**
 * Memory per byte of a CSV: DuckDB holds its rows staged as text, then typed, then mapped to
 * the canonical table. An 800 MB CSV failed having used 3.1 GiB (4.2 bytes per byte, and it
 * needed more), so 5.
 */
export const TEXT_FACTOR = 5;

/**
 * Memory per byte of a Parquet file's declared uncompressed size: that size counts its pages
 * decompressed but still dictionary- and run-length-encoded, which decoding expands (a code
 * repeated on every row), and the ingest holds the decoded rows and their canonical copy at once.
 */
const PARQUET_FACTOR = 3;

/**
 * The least memory a decoded cell takes (a number; a string takes more). A Parquet file whose
 * columns repeat one value on every row encodes millions of rows in a few bytes, and its pages'
 * declared size says so: its rows times its columns do not.
 */
const CELL_BYTES = 8;

/**
 * The most columns a file may have. Trade files have a few dozen (the widest layout read here,
 * UN Comtrade Plus, has 47); 1,000 leaves room for any export with extra columns while refusing
 * a file that is no trade table (or whose delimiter was misread) before DuckDB stages thousands
 * of text columns.
 */
const MAX_COLUMNS = 1000;

/**
 * The bytes one load may use in the browser: the smaller of what DuckDB-wasm leaves for it and
 * half the device's memory (`navigator.deviceMemory`, in GiB; 4 when undefined).
 */
export function memoryBudget(deviceMemoryGiB: number | undefined): number {
  const device =
    deviceMemoryGiB !== undefined && deviceMemoryGiB > 0
      ? deviceMemoryGiB
      : DEFAULT_DEVICE_MEMORY_GIB;
  return Math.min(WASM_LOAD_BYTES, device * GIB * DEVICE_SHARE);
}

/** A size as the messages write it: "5.2 GB", "640 MB" (binary units, as the app shows sizes). */
function shownSize(bytes: number): string {
  const [value, unit] = bytes >= GIB ? [bytes / GIB, 'GB'] : [bytes / 2 ** 20, 'MB'];
  return `${Number(value.toFixed(1))} ${unit}`;
}

/** The command that ingests `files` on the command line (an archive's member: the archive). */
function ingestCommand(files: readonly string[]): string {
  const inputs = new Set(files.map((file) => file.replace(/(\.zip)\/.*$/i, '$1')));
  const quoted = [...inputs].map((input) => (/^[\w./-]+$/.test(input) ? input : `"${input}"`));
  return `npm run ingest -- ${quoted.join(' ')} --out data.parquet`;
}

/** The refusal of a load of `files` that needs `needs` bytes, more than `budget`. */
function tooBig(files: readonly string[], needs: number, budget: number): IngestError {
  const command = ingestCommand(files);
  return new IngestError(
    `needs at least ${shownSize(needs)} in the browser, more than the ${shownSize(budget)} this device allows a load; the command-line ingest reads it in a streaming pass: ${command}, then open data.parquet`,
    files.join(', '),
    { code: 'too_big', params: { needs, budget, command } },
  );
}

/** Why a file with `columns` columns is refused, or null when it has few enough. */
export function columnsProblem(columns: number): IngestMessage | null {
  if (columns <= MAX_COLUMNS) return null;
  return {
    code: 'too_many_columns',
    params: { columns, limit: MAX_COLUMNS },
    message: `has ${columns} columns, more than the ${MAX_COLUMNS} a trade file could have (the widest, UN Comtrade Plus, has 47): choose the trade data file, or export it with only the columns it needs`,
  };
}

/**
 * Refuses `file` with an {@link IngestError} (`too_big`, or `too_many_columns`) when what it
 * declares (its text bytes, or a Parquet file's uncompressed size; its column count) would not
 * fit in `budget` bytes of browser memory. The refusal gives the command-line way out.
 */
export function checkDeclared(
  file: string,
  declared: { kind: 'text' | 'parquet'; bytes: number; columns?: number; rows?: number },
  budget: number,
): void {
  const { kind, bytes, columns, rows } = declared;
  const wide = columns === undefined ? null : columnsProblem(columns);
  if (wide) throw IngestError.of(wide, file);
  const cells = (rows ?? 0) * (columns ?? 0) * CELL_BYTES;
  const needs = kind === 'text' ? bytes * TEXT_FACTOR : Math.max(bytes * PARQUET_FACTOR, cells);
  if (needs > budget) throw tooBig([file], needs, budget);
}

/** Whether `rows` canonical rows, at the least their cells take, fit in `budget`. */
export function rowsFit(rows: number, budget: number): boolean {
  return rows * TRADE_COLUMNS.length * CELL_BYTES <= budget;
}

/**
 * Refuses a load of several text files (`bytes` each, as read) that together would not fit in
 * `budget`, though each alone does: the ingest holds the rows of all of them at once.
 */
export function checkTotal(
  files: readonly { name: string; bytes: number }[],
  budget: number,
): void {
  const needs = files.reduce((sum, file) => sum + file.bytes, 0) * TEXT_FACTOR;
  if (needs > budget)
    throw tooBig(
      files.map((file) => file.name),
      needs,
      budget,
    );
}
