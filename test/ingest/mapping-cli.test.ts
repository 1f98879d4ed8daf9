import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { FIXTURES } from './helpers';

const SCRIPT = fileURLToPath(new URL('../../scripts/ingest.ts', import.meta.url));

/** Runs the CLI as a user would, from the fixtures folder. */
function ingest(...args: string[]) {
  const result = spawnSync('npx', ['tsx', SCRIPT, ...args], { cwd: FIXTURES, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
let db: NodeDuckDB;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-map-cli-'));
  db = await openNodeDuckDB();
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run ingest -- --map', () => {
  it("reads an analyst's own layout through its mapping into canonical Parquet", async () => {
    const out = join(dir, 'own.parquet');
    const run = ingest(
      'tw-customs-own-layout.csv',
      '--map',
      'tw-customs-own-layout.mapping.json',
      '--out',
      out,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(
      /tw-customs-own-layout\.csv +user-mapping +utf-8 +14 read, 13 valid, 1 skipped/,
    );
    expect(run.stdout).toContain('Rows: 14 read, 12 written, 1 skipped, 1 combined');
    expect(run.stdout).toContain('tw-customs-own-layout.csv line 15: Total');
    const [written] = await db.query(`SELECT count(*)::DOUBLE AS n, sum(value_usd) AS v,
      (count(*) FILTER (WHERE months = 8))::DOUBLE AS partial FROM '${out}'`);
    // 2,407,300 (2022) + 2,372,700 (2023, other countries' 7,000 included) + 2,442,100 (2025,
    // January–August) = 7,222,100, the sheet's own Total, in 12 rows, the 3 of 2025 a partial
    // year (see user-mapping.test.ts for each row).
    expect(written).toEqual({ n: 12, v: 7_222_100, partial: 3 });
  });

  it('exits 1, writing nothing, when the mapping names a column the file lacks', () => {
    const out = join(dir, 'never.parquet');
    const run = ingest(
      'tw-customs-own-layout.csv',
      '--map',
      'bad-mapping-wrong-header.json',
      '--out',
      out,
    );
    expect(run.code).toBe(1);
    expect(run.stderr).toBe(
      'ingest: tw-customs-own-layout.csv: has no column "Partner" (mapped to partner); its columns are: Year, Country, HS Code, Description, Export Value (USD); nothing written.\n',
    );
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 on a misspelt field, naming the mapping file, and on a missing one', () => {
    const out = join(dir, 'never.parquet');
    const typo = ingest(
      'tw-customs-own-layout.csv',
      '--map',
      'bad-mapping-typos.json',
      '--out',
      out,
    );
    expect(typo.code).toBe(1);
    expect(typo.stderr).toContain(
      'ingest: bad-mapping-typos.json: names an unknown field "country" in "columns" (fields: year, month, period, months, reporter, partner, flow, hs, value_usd, net_kg, qty, qty_unit); nothing written.',
    );
    const missing = ingest('tw-customs-own-layout.csv', '--map', 'no-such.json', '--out', out);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('ingest: no-such.json: cannot read it (ENOENT)');
    expect(existsSync(out)).toBe(false);
  });

  it('refuses a file of its own layout without a mapping, saying how to map its columns', () => {
    const out = join(dir, 'never.parquet');
    const alone = ingest('tw-customs-own-layout.csv', '--out', out);
    expect(alone.code).toBe(1);
    expect(alone.stderr).toContain(
      'ingest: tw-customs-own-layout.csv: not a known trade file (header: Year, Country, HS Code, Description, Export Value (USD));',
    );
    expect(alone.stderr).toContain('map its columns');
    expect(alone.stderr).toContain('README.md, "Column mappings"');
    expect(alone.stderr).toContain(
      `\n  npm run ingest -- tw-customs-own-layout.csv --map <mapping.json> --out ${out}\n`,
    );
    // Among other files: the mapping would read them all, so the file is read on its own first.
    const among = ingest('canonical-trade.csv', 'tw-customs-own-layout.csv', '--out', out);
    expect(among.code).toBe(1);
    expect(among.stderr).toContain(
      '\n  npm run ingest -- tw-customs-own-layout.csv --map <mapping.json> --out mapped.parquet\n' +
        `  npm run ingest -- canonical-trade.csv mapped.parquet --out ${out}\n`,
    );
    // A file that is no table at all gets no such advice.
    const image = ingest('bad-image.csv', '--out', out);
    expect(image.code).toBe(1);
    expect(image.stderr).not.toContain('--map');
    expect(existsSync(out)).toBe(false);
  });
});
