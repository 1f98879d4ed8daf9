import countriesCsv from '../../data/reference/countries.csv?raw';
import hsCsv from '../../data/reference/hs.csv?raw';
import { browserSql, getDuckDB, withConnection } from './duckdb-browser';
import { LoadError } from './load-error';
import { fetchBytes, insertParquet } from './load-parquet';
import { createReferenceTableSql, REFERENCE_TABLES, type ReferenceTable } from './reference';
import { canonicalRowsSql, validateTradeTable, type ValidationIssue } from './validate';

/** Where a dataset comes from. */
export interface DatasetSource {
  /** Shown to the user ("Bundled sample", a file name). */
  name: string;
  url: string;
  /** Synthetic demonstration data, to be labelled as such. */
  isSample: boolean;
}

/** What is loaded: the `trade` table's extent and what was left out. */
export interface DatasetSummary {
  source: DatasetSource;
  rows: number;
  /** First and last month, as ISO dates. */
  start: string;
  end: string;
  skippedRows: number;
  issues: ValidationIssue[];
}

/** A step of loading, for the status line. */
export type LoadProgress =
  | { step: 'starting' }
  | { step: 'reference' }
  | { step: 'downloading'; loaded: number; total: number | null }
  | { step: 'inserting'; done: number; total: number; rows: number }
  | { step: 'validating'; rows: number };

const STAGING = 'trade_staging';
const NEXT = 'trade_next';
/** The table every query reads: the canonical trade flows of the current dataset. */
export const TRADE = 'trade';

const REFERENCE_CSV: Record<ReferenceTable, string> = { countries: countriesCsv, hs_codes: hsCsv };
let referenceLoaded: Promise<void> | null = null;

/** Loads the reference tables (countries, HS codes) once, through DuckDB's CSV reader. */
function loadReferenceTables(): Promise<void> {
  referenceLoaded ??= (async () => {
    const db = await getDuckDB();
    for (const table of Object.keys(REFERENCE_TABLES) as ReferenceTable[]) {
      const file = REFERENCE_TABLES[table].file;
      await db.registerFileText(file, REFERENCE_CSV[table]);
      await browserSql.query(createReferenceTableSql(table, file));
    }
  })().catch((error: unknown) => {
    referenceLoaded = null;
    throw error;
  });
  return referenceLoaded;
}

/** Swaps the validated table in, in one transaction: `trade` is never missing or half-made. */
function replaceTradeTable(): Promise<void> {
  return withConnection(async (connection) => {
    await connection.query('BEGIN TRANSACTION');
    try {
      await connection.query(`DROP TABLE IF EXISTS ${TRADE}`);
      await connection.query(`ALTER TABLE ${NEXT} RENAME TO ${TRADE}`);
      await connection.query('COMMIT');
    } catch (error) {
      await connection.query('ROLLBACK');
      throw error;
    }
  });
}

/**
 * Loads a canonical Parquet dataset into the `trade` table. The new data replaces the old
 * only once it has been read and validated, so a failed load leaves the previous dataset
 * intact. Rows that fail validation are left out and reported.
 */
export function loadDataset(
  source: DatasetSource,
  onProgress: (progress: LoadProgress) => void,
): Promise<DatasetSummary> {
  // One load at a time: two loads would share the staging tables.
  const load = loading.then(() => loadNow(source, onProgress));
  loading = load.catch(() => undefined);
  return load;
}

let loading: Promise<unknown> = Promise.resolve();

async function loadNow(
  source: DatasetSource,
  onProgress: (progress: LoadProgress) => void,
): Promise<DatasetSummary> {
  onProgress({ step: 'starting' });
  await getDuckDB();
  onProgress({ step: 'reference' });
  await loadReferenceTables();

  const bytes = await fetchBytes(source.url, (loaded, total) =>
    onProgress({ step: 'downloading', loaded, total }),
  );
  try {
    await browserSql.query(`DROP TABLE IF EXISTS ${STAGING}`);
    const rows = await insertParquet(new Blob([bytes as BlobPart]), STAGING, (done, total, rowsSoFar) =>
      onProgress({ step: 'inserting', done, total, rows: rowsSoFar }),
    );
    if (rows === 0) throw new LoadError('error.empty');
    onProgress({ step: 'validating', rows });
    const report = await validateTradeTable(browserSql, STAGING);
    if (report.schemaIssues.length > 0) throw new LoadError('error.schema', {}, report.schemaIssues);
    if (report.invalidRows === report.rows) {
      throw new LoadError('error.allInvalid', {}, report.rowIssues);
    }
    await browserSql.query(
      `CREATE OR REPLACE TABLE ${NEXT} AS ${await canonicalRowsSql(browserSql, STAGING)}`,
    );
    await replaceTradeTable();
    const [extent] = await browserSql.query(
      `SELECT count(*) AS rows, CAST(min(period) AS VARCHAR) AS start,
              CAST(max(period) AS VARCHAR) AS "end" FROM ${TRADE}`,
    );
    return {
      source,
      rows: Number(extent?.rows),
      start: String(extent?.start),
      end: String(extent?.end),
      skippedRows: report.invalidRows,
      issues: report.rowIssues,
    };
  } finally {
    // Cleanup must not hide the error that brought us here.
    await browserSql.query(`DROP TABLE IF EXISTS ${STAGING}`).catch(() => undefined);
    await browserSql.query(`DROP TABLE IF EXISTS ${NEXT}`).catch(() => undefined);
  }
}

/** Any error thrown while loading, as a {@link LoadError}. */
export function asLoadError(error: unknown): LoadError {
  if (error instanceof LoadError) return error;
  return new LoadError('error.database', {
    detail: error instanceof Error ? error.message : String(error),
  });
}
