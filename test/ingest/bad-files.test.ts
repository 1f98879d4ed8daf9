import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles, NoRowsError } from '../../src/data/ingest/ingest';
import { IngestError, type IngestFile } from '../../src/data/ingest/types';
import type { NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { FIXTURES, fixture, ingestedRows, openWithCountries, skips } from './helpers';

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

/** Runs the CLI on fixtures, as a user would from the fixtures folder. */
function cli(...args: string[]) {
  const script = fileURLToPath(new URL('../../scripts/ingest.ts', import.meta.url));
  const result = spawnSync('npx', ['tsx', script, ...args, '--out', join(dir, 'cli.parquet')], {
    cwd: FIXTURES,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

// The bad-input corpus of test/fixtures/README.md: each file, what the user is told.
const REFUSED: [file: string, code: string, message: string | RegExp][] = [
  ['bad-empty.csv', 'empty', 'the file is empty (0 bytes): export or download it again'],
  [
    'bad-header-only.csv',
    'no_data_rows',
    'has a header but no data rows: nothing to read (did the export or query match nothing?)',
  ],
  [
    'bad-image.csv',
    'image',
    'is a PNG image, not a table: choose the trade data file (CSV or Parquet)',
  ],
  [
    'bad-random.csv',
    'binary',
    'holds binary data, not text, so it is not a CSV file: choose the CSV or Parquet file exported from the trade database',
  ],
  [
    'bad-corrupt.parquet',
    'parquet_unreadable',
    /^is not a readable Parquet file \([^/]*bad-corrupt\.parquet[^/]*\): it may be cut off or damaged; export or download it again$/,
  ],
  [
    'bad-schema.parquet',
    'parquet_not_canonical',
    'is a Parquet file but not in the canonical schema: lacks column(s) period, freq, reporter, partner, flow, hs, value_usd, source (it has refYear, reporterCode, reporterISO, partnerCode, partnerISO, flowCode, cmdCode, primaryValue). Give the data as CSV, or convert it to the canonical columns',
  ],
];

describe('the bad-input corpus: files refused with a message naming them', () => {
  it.each(REFUSED)('%s (%s)', async (name, code, message) => {
    await ingestFiles(db, [fixture('canonical-trade.csv')]);
    const error: unknown = await ingestFiles(db, [fixture(name)]).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IngestError);
    expect(error).not.toBeInstanceOf(NoRowsError);
    const refused = error as IngestError;
    expect(refused).toMatchObject({ file: name, code, params: { file: name } });
    expect(refused.reason).toMatch(message);
    expect(refused.message).toBe(`${name}: ${refused.reason}`);
    expect(await ingestedRows(db)).toHaveLength(3);
  });

  it.each(REFUSED)('the CLI prints it and exits 1: %s', (name, _, message) => {
    const run = cli(name);
    expect(run.code).toBe(1);
    const line = run.stderr.split('\n').find((l) => l.startsWith('ingest:')) ?? run.stderr;
    const prefix = `ingest: ${name}: `;
    if (typeof message === 'string') expect(line).toBe(`${prefix}${message}; nothing written.`);
    else expect(line.slice(prefix.length).replace(/; nothing written\.$/, '')).toMatch(message);
  });

  it('reads a header-only file beside others with a warning naming it', async () => {
    const files = [fixture('canonical-trade.csv'), fixture('bad-header-only.csv')];
    const summary = await ingestFiles(db, files);
    expect(summary.rowsWritten).toBe(3);
    expect(summary.warnings).toContainEqual({
      code: 'no_data_rows',
      params: { file: 'bad-header-only.csv', format: 'comtrade-plus' },
      message: 'bad-header-only.csv has a header but no data rows: nothing was read from it.',
    });
  });
});

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
    const error: unknown = await ingestFiles(db, [file]).catch((e: unknown) => e);
    expect(error).toMatchObject({
      message:
        'numeric-hs.parquet: cannot be loaded: column hs is INTEGER (codes must be text: as numbers they lose their leading zeros)',
      code: 'column_types',
      params: { file: 'numeric-hs.parquet', columns: 'hs (INTEGER)' },
    });
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
    expect(summary.warnings[0]).toEqual({
      code: 'bom_not_utf8',
      params: { file: 'bad-encoding-claim.csv' },
      message:
        'bad-encoding-claim.csv starts with a UTF-8 byte-order mark but is not UTF-8: read as Latin-1 (ISO-8859-1).',
    });
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
    expect(skips(summary)).toEqual({
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

describe('a Parquet file with no row at all', () => {
  let file: IngestFile;
  beforeAll(async () => {
    const path = join(dir, 'no-rows.parquet');
    await db.query(
      `COPY (SELECT * FROM '${FIXTURES}canonical-trade.parquet' LIMIT 0) TO '${path}' (FORMAT parquet)`,
    );
    file = { name: 'no-rows.parquet', path, head: readFileSync(path).subarray(0, 64 * 1024) };
  });

  it.each([
    ['DuckDB, as in the command line', undefined],
    // parquet-wasm reads no row group, so the browser creates no table.
    ['a reader that creates no table, as in the browser', () => Promise.resolve()],
  ])('is refused as having no data rows when read by %s', async (_, stageParquet) => {
    const error = await ingestFiles(db, [file], stageParquet ? { stageParquet } : {}).catch(
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).code).toBe('no_data_rows');
    expect((error as IngestError).message).toMatch(
      /^no-rows\.parquet: has a header but no data rows/,
    );
  });
});
