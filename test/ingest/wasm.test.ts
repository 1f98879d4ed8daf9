import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/data/ingest/ingest';
import type { IngestFile, IngestSummary } from '../../src/data/ingest/types';
import { createReferenceTableSql } from '../../src/data/sql/reference';
import { COUNTRIES_CSV, FIXTURES, GOOD_FIXTURES } from './helpers';
import { openWasmDuckDB, type WasmDuckDB } from './wasm-duckdb';

// The browser will run the same ingest SQL in duckdb-wasm 1.32 (DuckDB 1.4.3, not the CLI's
// 1.5): every CSV format, Latin-1 included, must read there without any extension.

const CSV_FIXTURES = GOOD_FIXTURES.filter((name) => name.endsWith('.csv'));

let db: WasmDuckDB;

/** Registers a fixture under its bare name, as a dropped file would be. */
function dropped(name: string): IngestFile {
  const bytes = new Uint8Array(readFileSync(FIXTURES + name));
  db.register(name, bytes);
  return { name, path: name, head: bytes.subarray(0, 64 * 1024) };
}

beforeAll(async () => {
  db = await openWasmDuckDB();
  db.register('countries.csv', new Uint8Array(readFileSync(COUNTRIES_CSV)));
  await db.query(createReferenceTableSql('countries', 'countries.csv'));
});
afterAll(() => db.close());

describe('the ingest in duckdb-wasm', () => {
  it('runs on the engine the browser ships: DuckDB 1.4', async () => {
    const [version] = await db.query('SELECT version() AS v');
    expect(String(version?.v)).toMatch(/^v1\.4\./);
  });

  let summary: IngestSummary;
  it('reads every CSV format with the same figures as the command line', async () => {
    summary = await ingestFiles(db, CSV_FIXTURES.map(dropped));
    // As in merge.test.ts, without the Parquet file (3 repeated rows and KAZ's 7,000).
    expect(summary).toMatchObject({
      rowsRead: 53,
      rowsSkipped: 9,
      rowsCombined: 3,
      duplicatesRemoved: 0,
      conflictsDropped: 2,
      overlapsDropped: 0,
      rowsWritten: 39,
    });
    expect(summary.files[0]?.encoding).toBe('latin-1');
    expect(summary.valueByYear).toEqual([
      {
        year: 2019,
        freq: 'A',
        months: null,
        exportsUsd: 501_000,
        importsUsd: 803_000,
        worldUsd: 2_000_000,
      },
      { year: 2019, freq: 'M', months: null, exportsUsd: 12_345, importsUsd: 0, worldUsd: 0 },
      {
        year: 2022,
        freq: 'A',
        months: null,
        // All 14,734,148.7 of partner rows but TUR's imports from 490 (1,200,000) and of 854232
        // (458,000), which are imports.
        exportsUsd: expect.closeTo(13_076_148.7, 6),
        importsUsd: 1_658_000,
        worldUsd: 9_000_000,
      },
      // tw-customs-products-usd.csv: exports 150,000,000 + 25,000,000; its 3,000,000 are imports.
      { year: 2023, freq: 'A', months: null, exportsUsd: 0, importsUsd: 0, worldUsd: 175_000_000 },
      {
        year: 2023,
        freq: 'M',
        months: null,
        // 2,468,801 of partner rows less imports (TUR from 490 250,000, TWN from KGZ
        // 1,000) and TUR's re-export to KGZ (42,000).
        exportsUsd: expect.closeTo(2_175_801, 6),
        importsUsd: 251_000,
        worldUsd: 12_000_000,
      },
      { year: 2025, freq: 'A', months: 7, exportsUsd: 999_000, importsUsd: 0, worldUsd: 0 },
      { year: 2025, freq: 'M', months: null, exportsUsd: 40_000, importsUsd: 0, worldUsd: 0 },
    ]);
  });

  it('finds Taiwan under 490 and in the Chinese customs names', async () => {
    const rows =
      await db.query(`SELECT reporter, partner, source, count(*)::DOUBLE AS n FROM ingested
      WHERE 'TWN' IN (reporter, partner) GROUP BY ALL ORDER BY ALL`);
    expect(
      rows.filter((r) => r.source !== 'tw-customs').map((r) => [r.reporter, r.partner, r.n]),
    ).toEqual([
      ['SAU', 'TWN', 2],
      ['TUR', 'TWN', 3],
      ['TWN', 'ARE', 1],
      ['TWN', 'RUS', 1],
    ]);
  });

  it("reads the customs portal's partner names and keeps the residual partners, as the command line does", async () => {
    // As in partner-names.test.ts: 33 + 13 rows read, 4 skipped, Belgium-Luxembourg and SACU summed.
    const both = await ingestFiles(db, [
      dropped('tw-customs-partners.csv'),
      dropped('comtrade-plus-kaz-residuals.csv'),
    ]);
    expect(both).toMatchObject({ rowsRead: 46, rowsWritten: 41, rowsSkipped: 4, rowsCombined: 1 });
    expect(both.partners).toBe(25);
    const residuals = await db.query(`SELECT partner, count(*)::DOUBLE AS n, sum(value_usd) AS v
      FROM ingested WHERE partner LIKE 'X%' GROUP BY ALL ORDER BY partner`);
    expect(residuals.map((r) => [r.partner, r.n, r.v])).toEqual([
      ['XBK', 1, 4500],
      ['XFZ', 1, 80_000],
      ['XHG', 2, 3400],
      ['XNS', 4, 160_000],
      ['XRN', 1, 10_000],
      ['XSC', 1, 60_000],
    ]);
  });

  it('points at the same bad lines as the command line', async () => {
    const bad = await ingestFiles(db, [dropped('bad-rows.csv')]);
    expect(bad.skipped.map((s) => s.examples[0]?.line).sort((a, b) => (a ?? 0) - (b ?? 0))).toEqual(
      [3, 4, 5, 6, 7, 8, 10],
    );
  });
});
