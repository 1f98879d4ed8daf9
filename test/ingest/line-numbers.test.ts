import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/data/ingest/ingest';
import type { IngestSummary } from '../../src/data/ingest/types';
import type { NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { openWithCountries } from './helpers';

// A canonical CSV large enough for DuckDB to read in parallel, whose value is its own line
// number. Lines with an extra field are rejected by the CSV reader; the reported lines of the
// rows after them must still be right.
const ROWS = 150_000;
const EXTRA_FIELD = new Set([1_000, 60_000, 60_001]);
const NEGATIVE = [30_001, 90_001, 150_001];
const REPEAT = 120_000; // an exact copy of line 119 999

let db: NodeDuckDB;
let dir: string;
let summary: IngestSummary;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-lines-'));
  const lines = ['period,freq,reporter,partner,flow,hs,value_usd,net_kg,qty,qty_unit,source'];
  for (let line = 2; line <= ROWS + 1; line++) {
    const value = NEGATIVE.includes(line) ? -line : line === REPEAT ? line - 1 : line;
    const extra = EXTRA_FIELD.has(line) ? ',oops' : '';
    lines.push(`2023-01-01,M,KGZ,RUS,X,854231,${value},,,,sample${extra}`);
  }
  const path = join(dir, 'large.csv');
  writeFileSync(path, lines.join('\n') + '\n');
  db = await openWithCountries();
  await db.query('SET threads = 4');
  const file = { name: 'large.csv', path, head: readFileSync(path).subarray(0, 64 * 1024) };
  summary = await ingestFiles(db, [file]);
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('line numbers in a large file read in parallel', () => {
  it('points at the rejected lines themselves', () => {
    const rejected = summary.skipped.find((s) => s.code === 'unreadable:too_many_columns');
    expect(rejected?.examples.map((e) => e.line)).toEqual([...EXTRA_FIELD]);
  });

  it('points at the right lines after rejected lines (validator examples)', () => {
    const negative = summary.skipped.find((s) => s.code === 'invalid:value_negative');
    expect(negative?.examples.map((e) => [e.line, e.value])).toEqual(
      NEGATIVE.map((line) => [line, String(-line)]),
    );
  });

  it('points at the right lines after rejected lines (repeated line)', () => {
    const repeat = summary.skipped.find((s) => s.code === 'duplicate_line');
    expect(repeat?.examples).toEqual([
      { file: 'large.csv', line: REPEAT, value: `same as line ${REPEAT - 1}` },
    ]);
  });

  it('keeps every other row', () => {
    expect(summary.rowsRead).toBe(ROWS);
    expect(summary.rowsWritten).toBe(1); // all rows share one key: the first good one wins
    expect(summary.conflictsDropped).toBe(ROWS - EXTRA_FIELD.size - NEGATIVE.length - 1 - 1);
  });
});
