import { loadReferenceTables } from './dataset';
import { getDuckDB, runnerOn, withConnection } from './duckdb-browser';
import {
  IngestError,
  NoRowsError,
  ingestFiles,
  type IngestMessage,
  type IngestSummary,
  type UserMapping,
} from './ingest';
import { firstLinesBytes } from './ingest/user-mapping';
import type { Row } from './sql-runner';

/** How many data lines of a file the preview reads. */
export const PREVIEW_LINES = 50;

/** How many canonical rows the preview shows. */
const PREVIEW_ROWS = 8;

/** The table the preview writes: never `trade`, which stays as it is. */
const PREVIEW_TABLE = 'mapping_preview';

/** What a mapping makes of the first lines of a file. */
export interface MappingPreview {
  /** The first canonical rows (period as text). */
  rows: Row[];
  /** What the ingest read and skipped, with reasons and lines; null when it was refused. */
  summary: IngestSummary | null;
  /** Why the mapping cannot be used (or no row of these lines is valid), else null. */
  problem: IngestMessage | null;
}

let previews = 0;
let running: Promise<unknown> = Promise.resolve();

/**
 * Runs the whole ingest (the same mapping SQL, validation and merge as a load) in duckdb-wasm
 * on the header and first {@link PREVIEW_LINES} lines of `file`, whose first bytes are `head`.
 * Previews run one at a time; the loaded data is not touched.
 */
export function previewMapping(
  file: File,
  head: Uint8Array,
  mapping: UserMapping,
): Promise<MappingPreview> {
  const next = running.then(() => preview(file, head, mapping));
  running = next.catch(() => undefined);
  return next;
}

async function preview(
  file: File,
  head: Uint8Array,
  mapping: UserMapping,
): Promise<MappingPreview> {
  const db = await getDuckDB();
  await loadReferenceTables();
  const bytes = firstLinesBytes(head, PREVIEW_LINES, file.size <= head.length);
  previews += 1;
  const path = `mapping-preview-${previews}.csv`;
  await db.registerFileBuffer(path, bytes.slice());
  try {
    return await withConnection(async (connection) => {
      const runner = runnerOn(connection);
      try {
        const summary = await ingestFiles(
          runner,
          [{ name: file.name, path, head: bytes, mapping }],
          {
            outputTable: PREVIEW_TABLE,
          },
        );
        const rows = await runner.query(
          `SELECT CAST(period AS VARCHAR) AS period, freq, months, reporter, partner, flow, hs, value_usd
           FROM ${PREVIEW_TABLE} LIMIT ${PREVIEW_ROWS}`,
        );
        return { rows, summary, problem: null };
      } catch (error) {
        if (!(error instanceof IngestError)) throw error;
        const problem = { code: error.code, params: error.params, message: error.reason };
        return { rows: [], summary: error instanceof NoRowsError ? error.summary : null, problem };
      } finally {
        await runner.query(`DROP TABLE IF EXISTS ${PREVIEW_TABLE}`);
      }
    });
  } finally {
    await db.dropFile(path).catch(() => undefined);
  }
}
