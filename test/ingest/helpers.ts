import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { HEAD_BYTES } from '../../src/data/ingest/detect';
import type { IngestFile, IngestSummary } from '../../src/data/ingest/types';
import { createReferenceTableSql } from '../../src/data/sql/reference';
import type { Row } from '../../src/data/sql-runner';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';

/** Folder of the ingest fixtures (see test/fixtures/README.md). */
export const FIXTURES = fileURLToPath(new URL('../fixtures/ingest/', import.meta.url));

/** The reference countries table shipped with the app. */
export const COUNTRIES_CSV = fileURLToPath(
  new URL('../../data/reference/countries.csv', import.meta.url),
);

/**
 * Every good fixture, in the order the figures of test/fixtures/README.md were worked out
 * (56 rows read, 38 written): the country file and the Parquet file are among them.
 */
export const GOOD_FIXTURES = [
  'comtrade-plus-tur.csv',
  'comtrade-legacy-sau.csv',
  'BACI_HS17_Y2022_V202401.csv',
  'country_codes_V202401.csv',
  'tw-customs-by-country.csv',
  'tw-customs-products-usd.csv',
  'canonical-trade.csv',
  'canonical-trade.parquet',
] as const;

/** A fixture as the CLI hands it to the ingest: name, path and first bytes. */
export function fixture(name: string): IngestFile {
  const path = FIXTURES + name;
  return { name, path, head: readFileSync(path).subarray(0, HEAD_BYTES) };
}

/** An in-memory DuckDB with the reference countries loaded. */
export async function openWithCountries(): Promise<NodeDuckDB> {
  const db = await openNodeDuckDB();
  await db.query(createReferenceTableSql('countries', COUNTRIES_CSV));
  return db;
}

/** The ingested rows with their period as text, in a stable order. */
export async function ingestedRows(db: NodeDuckDB, where = 'true'): Promise<Row[]> {
  return db.query(`SELECT CAST(period AS VARCHAR) AS period, freq, reporter, partner, flow, hs,
    value_usd, net_kg, qty, qty_unit, source, months FROM ingested WHERE ${where}
    ORDER BY reporter, flow, partner, hs, period`);
}

/** One ingested row by key, or undefined. */
export async function ingestedRow(
  db: NodeDuckDB,
  key: { period: string; reporter: string; partner: string; flow: string; hs: string },
): Promise<Row | undefined> {
  const rows = await db.query(
    `SELECT CAST(period AS VARCHAR) AS period, freq, value_usd, net_kg, qty, qty_unit, source
     FROM ingested WHERE period = CAST(? AS DATE) AND reporter = ? AND partner = ? AND flow = ? AND hs = ?`,
    [key.period, key.reporter, key.partner, key.flow, key.hs],
  );
  return rows[0];
}

/** Skip reasons as code → ["line: value", ...], in the order of their examples. */
export const skips = (summary: IngestSummary): Record<string, string[]> =>
  Object.fromEntries(
    summary.skipped.map((s) => [s.code, s.examples.map((e) => `${e.line}: ${e.value}`)]),
  );
