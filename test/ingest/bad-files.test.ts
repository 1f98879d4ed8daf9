import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, NoRowsError } from '../../src/data/ingest/ingest';
import { IngestError, type IngestFile } from '../../src/data/ingest/types';
import type { NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { FIXTURES, fixture, ingestedRows, openWithCountries } from './helpers';

let db: NodeDuckDB;
let dir: string;
beforeAll(async () => {
  db = await openWithCountries();
  dir = mkdtempSync(join(tmpdir(), 'ingest-bad-'));
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

/** Writes a file into the temporary folder and returns it as the CLI would hand it over. */
function tempFile(name: string, content: string | Uint8Array): IngestFile {
  const path = join(dir, name);
  writeFileSync(path, content);
  return { name, path, head: readFileSync(path).subarray(0, 64 * 1024) };
}

describe('files the ingest refuses', () => {
  it('stops on an unknown file, naming it, before touching the previous result', async () => {
    await ingestFiles(db, [fixture('canonical-trade.csv')]);
    const attempt = ingestFiles(db, [
      fixture('comtrade-legacy-sau.csv'),
      fixture('bad-unknown.csv'),
    ]);
    await expect(attempt).rejects.toThrow(IngestError);
    await expect(attempt).rejects.toThrow(/^bad-unknown\.csv: not a known trade file/);
    expect(await ingestedRows(db)).toHaveLength(3);
  });

  it('stops on a Comtrade file whose value column is misnamed', async () => {
    await expect(ingestFiles(db, [fixture('bad-wrong-column.csv')])).rejects.toThrow(
      'bad-wrong-column.csv: looks like a UN Comtrade Plus CSV file but lacks column(s) primaryValue',
    );
  });

  it('stops on a canonical Parquet file whose HS codes are numbers (leading zeros lost)', async () => {
    const path = join(dir, 'numeric-hs.parquet');
    await db.query(`COPY (SELECT DATE '2023-01-01' AS period, 'M' AS freq, 'KGZ' AS reporter,
      'RUS' AS partner, 'X' AS flow, 30490 AS hs, 1.0 AS value_usd, 'test' AS source) TO '${path}' (FORMAT parquet)`);
    const file = { name: 'numeric-hs.parquet', path, head: readFileSync(path).subarray(0, 64) };
    await expect(ingestFiles(db, [file])).rejects.toThrow(
      'numeric-hs.parquet: cannot be loaded: column hs is INTEGER',
    );
  });

  it('stops when no row survives, says why each row went, and keeps the previous result', async () => {
    await ingestFiles(db, [fixture('canonical-trade.csv')]);
    const header = readFileSync(FIXTURES + 'comtrade-plus-tur.csv', 'latin1').split('\r\n')[0];
    const total = readFileSync(FIXTURES + 'comtrade-plus-tur.csv', 'latin1').split('\r\n')[8];
    const file = tempFile('only-total.csv', Buffer.from(`${header}\r\n${total}\r\n`, 'latin1'));
    const error: unknown = await ingestFiles(db, [file]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoRowsError);
    const summary = (error as NoRowsError).summary;
    expect(summary.skipped.map((s) => [s.code, s.count, s.examples[0]?.line])).toEqual([
      ['commodity_total', 1, 2],
    ]);
    expect(await ingestedRows(db)).toHaveLength(3);
  });
});

describe('files with problems the ingest works around', () => {
  it('reads a file whose BOM claims UTF-8 but whose bytes are Latin-1, losing no row', async () => {
    const summary = await ingestFiles(db, [fixture('bad-encoding-claim.csv')]);
    expect(summary).toMatchObject({ rowsRead: 2, rowsWritten: 2, rowsSkipped: 0 });
    expect(summary.warnings[0]?.message).toBe(
      'bad-encoding-claim.csv starts with a UTF-8 byte-order mark but is not UTF-8: read as Latin-1 (ISO-8859-1).',
    );
  });

  it('loses every "Türkiye" row if the user insists a Latin-1 file is UTF-8, and says why', async () => {
    const error: unknown = await ingestFiles(db, [fixture('comtrade-plus-tur.csv')], {
      encoding: 'utf-8',
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(NoRowsError);
    const [reason] = (error as NoRowsError).summary.skipped;
    expect(reason).toMatchObject({ code: 'unreadable:invalid_encoding', count: 14 });
    expect(reason?.examples[0]).toMatchObject({ line: 2 });
  });

  it('rereads as Latin-1 a file that is plain ASCII at first and Latin-1 further in', async () => {
    const rows = ['period,freq,reporter,partner,flow,hs,value_usd,net_kg,qty,qty_unit,source'];
    for (let month = 1; month <= 9; month++)
      rows.push(`2023-0${month}-01,M,KGZ,RUS,X,854231,${month * 100},,3,St\u00fcck,sample`);
    const file = tempFile('late-latin1.csv', Buffer.from(rows.join('\n') + '\n', 'latin1'));
    const summary = await ingestFiles(db, [{ ...file, head: file.head.subarray(0, 80) }]);
    expect(summary).toMatchObject({ rowsRead: 9, rowsWritten: 9 });
    expect(summary.files[0]?.encoding).toBe('latin-1');
    expect(summary.warnings.map((w) => w.code)).toContain('encoding_latin1');
    const [unit] = await db.query('SELECT DISTINCT qty_unit FROM ingested');
    expect(unit?.qty_unit).toBe('Stück');
  });

  it('keeps the 2 good rows of a damaged file and points at each bad line', async () => {
    const summary = await ingestFiles(db, [fixture('bad-rows.csv')]);
    expect(summary).toMatchObject({ rowsRead: 9, rowsWritten: 2, rowsSkipped: 7 });
    const reasons = Object.fromEntries(
      summary.skipped.map((s) => [s.code, s.examples.map((e) => `${e.line}: ${e.value}`)]),
    );
    expect(reasons).toEqual({
      value_not_number: ['3: n/a'],
      partner_unmapped: ['4: code 999 Atlantis'],
      'invalid:value_negative': ['5: -50.0'],
      'invalid:hs_invalid': ['6: 85423'],
      'unreadable:missing_columns': ['7: Expected Number of Columns: 48 Found: 10'],
      period_unreadable: ['8: 202513 (freqCode M)'],
      duplicate_line: ['10: same as line 9'],
    });
    const rows = await ingestedRows(db);
    expect(rows.map((r) => [r.period, r.freq, r.value_usd])).toEqual([
      ['2022-01-01', 'A', 100_000],
      ['2023-01-01', 'M', 2500],
    ]);
  });
});
