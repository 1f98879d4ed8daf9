import { fileURLToPath } from 'node:url';
import { referenceTablesSql } from '../../src/data/sql/reference';
import type { SqlRunner } from '../../src/data/sql-runner';

const REFERENCE_DIR = fileURLToPath(new URL('../../data/reference/', import.meta.url));

/**
 * Loads every reference table the app loads (countries, HS codes, the HS 2017 ↔ 2022
 * concordance and its comparable groups) from data/reference/, for the CLIs, the bench and
 * the tests.
 */
export async function loadReferenceTables(db: SqlRunner): Promise<void> {
  for (const sql of referenceTablesSql((file) => REFERENCE_DIR + file)) await db.query(sql);
}
