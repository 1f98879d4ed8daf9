import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/data/ingest/ingest';
import { parseMappingJson } from '../../src/data/ingest/user-mapping';
import { createReferenceTableSql } from '../../src/data/sql/reference';
import { COUNTRIES_CSV, FIXTURES } from './helpers';
import { openWasmDuckDB, type WasmDuckDB } from './wasm-duckdb';

// The app previews and loads a mapped file with duckdb-wasm (DuckDB 1.4, not the CLI's 1.5):
// the mapping's SQL (regular expressions, translate, make_date) must give the same rows there.

let db: WasmDuckDB;
beforeAll(async () => {
  db = await openWasmDuckDB();
  db.register('countries.csv', new Uint8Array(readFileSync(COUNTRIES_CSV)));
  await db.query(createReferenceTableSql('countries', 'countries.csv'));
});
afterAll(() => db.close());

describe('a column mapping in duckdb-wasm', () => {
  it('reads the own-layout table with the figures worked out by hand', async () => {
    const name = 'tw-customs-own-layout.csv';
    const bytes = new Uint8Array(readFileSync(FIXTURES + name));
    db.register(name, bytes);
    const mapping = parseMappingJson(
      readFileSync(FIXTURES + 'tw-customs-own-layout.mapping.json', 'utf8'),
    );
    const summary = await ingestFiles(db, [{ name, path: name, head: bytes, mapping }]);
    // As in user-mapping.test.ts: 14 read, 1 skipped (line 15), 1 combined, 12 written
    // (其他國家 kept as the residual XNS).
    expect(summary).toMatchObject({
      rowsRead: 14,
      rowsSkipped: 1,
      rowsCombined: 1,
      rowsWritten: 12,
    });
    expect(summary.valueByYear).toEqual([
      { year: 2022, freq: 'A', months: null, exportsUsd: 2_407_300, importsUsd: 0, worldUsd: 0 },
      { year: 2023, freq: 'A', months: null, exportsUsd: 2_372_700, importsUsd: 0, worldUsd: 0 },
      { year: 2025, freq: 'A', months: 8, exportsUsd: 2_442_100, importsUsd: 0, worldUsd: 0 },
    ]);
    expect(summary.skipped.map((s) => [s.code, s.examples[0]?.line, s.examples[0]?.value])).toEqual(
      [['period_unreadable', 15, 'Total']],
    );
  });

  it('reads months, ranges and words the same way', async () => {
    const csv = [
      'Date,Direction,From,To,Code,Value',
      '112年3月,出口,臺灣,Kazakhstan,8542.31,"1,000"',
      '114年1月~114年8月,Export,490,吉爾吉斯,84571000009,US$2500',
      '2025-03~2025-05,X,TWN,KGZ,854231,9',
      '',
    ].join('\r\n');
    db.register('forms.csv', new TextEncoder().encode(csv));
    const mapping = parseMappingJson(
      JSON.stringify({
        columns: {
          period: 'Date',
          flow: 'Direction',
          reporter: 'From',
          partner: 'To',
          hs: 'Code',
          value_usd: 'Value',
        },
      }),
    );
    const head = new TextEncoder().encode(csv);
    const summary = await ingestFiles(db, [
      { name: 'forms.csv', path: 'forms.csv', head, mapping },
    ]);
    const rows = await db.query(
      `SELECT CAST(period AS VARCHAR) AS period, freq, months, reporter, partner, flow, hs, value_usd
       FROM ingested ORDER BY period`,
    );
    expect(rows).toEqual([
      {
        period: '2023-03-01',
        freq: 'M',
        months: null,
        reporter: 'TWN',
        partner: 'KAZ',
        flow: 'X',
        hs: '854231',
        value_usd: 1000,
      },
      {
        period: '2025-01-01',
        freq: 'A',
        months: 8,
        reporter: 'TWN',
        partner: 'KGZ',
        flow: 'X',
        hs: '845710',
        value_usd: 2500,
      },
    ]);
    expect(summary.skipped.map((s) => s.code)).toEqual(['month_range']);
  });
});
