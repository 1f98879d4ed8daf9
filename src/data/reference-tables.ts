import countriesCsv from '../../data/reference/countries.csv?raw';
import hsConcordanceCsv from '../../data/reference/hs-concordance.csv?raw';
import hsCsv from '../../data/reference/hs.csv?raw';
import type { BrowserConnection } from './duckdb-browser';
import { REFERENCE_TABLES, referenceTablesSql, type ReferenceTable } from './sql/reference';

/** The reference CSV files, bundled with the app: each table's text. */
const REFERENCE_CSV: Record<ReferenceTable, string> = {
  countries: countriesCsv,
  hs_codes: hsCsv,
  hs_concordance: hsConcordanceCsv,
};

/**
 * Loads the reference tables (countries, HS codes, concordance) with DuckDB's CSV reader, on
 * `c`, once per database instance.
 */
export function loadReferenceTables(c: BrowserConnection): Promise<void> {
  return c.once('reference-tables', async () => {
    for (const table of Object.keys(REFERENCE_TABLES) as ReferenceTable[])
      await c.db.registerFileText(REFERENCE_TABLES[table].file, REFERENCE_CSV[table]);
    for (const sql of referenceTablesSql((file) => file)) await c.sql.query(sql);
  });
}
