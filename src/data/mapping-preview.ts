import type { Outcome } from './coordinator';
import { loadReferenceTables } from './reference-tables';
import { coordinator, type BrowserConnection } from './duckdb-browser';
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
import { canonicalPreviewSql } from './sql/dataset';
import { dropSql } from './sql/statements';

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

/**
 * Runs the whole ingest (the same mapping SQL, validation and merge as a load) in duckdb-wasm
 * on the header and first {@link PREVIEW_LINES} lines of `file`, whose first bytes are `head`.
 * Previews run one at a time, in the coordinator's exclusive lane, scope 'mapping-preview' (the
 * loaded data is not touched, and the app's reads go on beside them). A newer preview supersedes one that has not ended: it resolves stale (see
 * coordinator.ts), and so does one whose `signal` aborts.
 */
export function requestMappingPreview(
  file: File,
  head: Uint8Array,
  mapping: UserMapping,
  signal?: AbortSignal,
): Promise<Outcome<MappingPreview>> {
  return coordinator.exclusive((c) => preview(c, file, head, mapping), {
    key: 'mapping-preview',
    scope: 'mapping-preview',
    signal,
  });
}

async function preview(
  c: BrowserConnection,
  file: File,
  head: Uint8Array,
  mapping: UserMapping,
): Promise<MappingPreview> {
  await loadReferenceTables(c);
  const bytes = firstLinesBytes(head, PREVIEW_LINES, file.size <= head.length);
  const path = `${c.uniqueName('mapping-preview')}.csv`;
  await c.db.registerFileBuffer(path, bytes.slice());
  try {
    const summary = await ingestFiles(c.sql, [{ name: file.name, path, head: bytes, mapping }], {
      outputTable: PREVIEW_TABLE,
    });
    const rows = await c.sql.query(canonicalPreviewSql(PREVIEW_TABLE, PREVIEW_ROWS));
    return { rows, summary, problem: null };
  } catch (error) {
    if (!(error instanceof IngestError)) throw error;
    const problem = { code: error.code, params: error.params, message: error.reason };
    return { rows: [], summary: error instanceof NoRowsError ? error.summary : null, problem };
  } finally {
    await c.sql.query(dropSql(PREVIEW_TABLE)).catch(() => undefined);
    await c.db.dropFile(path).catch(() => undefined);
  }
}
