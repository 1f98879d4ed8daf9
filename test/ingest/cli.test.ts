import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFirstView } from '../../scripts/lib/first-view';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { loadReferenceTables } from '../../scripts/lib/reference';
import { decodeFirstView, decodeRanking, sameRanking } from '../../src/data/first-view';
import { parseManifest } from '../../src/data/manifest';
import { FIXTURES, GOOD_FIXTURES } from './helpers';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/** Runs the CLI as a user would (from the fixtures folder, so file names are short). */
function ingest(...args: string[]) {
  const result = spawnSync('npx', ['tsx', join(ROOT, 'scripts/ingest.ts'), ...args], {
    cwd: FIXTURES,
    encoding: 'utf8',
    env: { ...process.env, TMPDIR: spillRoot },
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

let dir: string;
/** The CLI's temporary folder, where DuckDB spills past its memory limit. */
let spillRoot: string;
let db: NodeDuckDB;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'ingest-cli-'));
  spillRoot = join(dir, 'tmp');
  mkdirSync(spillRoot);
  db = await openNodeDuckDB();
  await loadReferenceTables(db);
});
afterAll(() => {
  db.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('npm run ingest', () => {
  it('writes every good fixture to one canonical Parquet file and prints what it did', async () => {
    const out = join(dir, 'nested', 'all.parquet');
    const run = ingest(...GOOD_FIXTURES, '--out', out);
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      'Rows: 57 read, 40 written, 9 skipped, 3 combined (customs codes summed to HS-6, residual partners summed), 3 duplicates removed, 2 conflicting rows dropped, 0 dropped as another file gave the same flow',
    );
    expect(run.stdout).toContain('Reporters (9): ARM, IND, ITA, KAZ, KGZ, SAU, TUR, TWN, USA');
    expect(run.stdout).toMatch(/2023 A +exports +0 +imports 0 +world exports 175,000,000/);
    expect(run.stdout).toContain('      tw-customs-by-country.csv line 16: 113年7月~114年6月');

    const columns = await db.query(
      `SELECT column_name AS name, column_type AS type FROM (DESCRIBE SELECT * FROM '${out}')`,
    );
    expect(columns.map((c) => `${c.name} ${c.type}`)).toEqual([
      'period DATE',
      'freq VARCHAR',
      'reporter VARCHAR',
      'partner VARCHAR',
      'flow VARCHAR',
      'hs VARCHAR',
      'value_usd DOUBLE',
      'net_kg DOUBLE',
      'qty DOUBLE',
      'qty_unit VARCHAR',
      'source VARCHAR',
      'months INTEGER',
    ]);
    const [codecs] = await db.query(
      `SELECT string_agg(DISTINCT compression, ',') AS c FROM parquet_metadata('${out}')`,
    );
    expect(codecs?.c).toBe('ZSTD');
    const [twn] = await db.query(`SELECT count(*)::DOUBLE AS n, sum(value_usd) AS v FROM '${out}'
      WHERE reporter = 'TWN' AND partner = 'KGZ' AND flow = 'X' AND freq = 'A' AND year(period) = 2022`);
    expect(twn).toEqual({ n: 1, v: 1_500_000 });
    const [first] = await db.query(`SELECT reporter, flow, partner FROM '${out}' LIMIT 1`);
    expect(first).toEqual({ reporter: 'ARM', flow: 'X', partner: 'RUS' });
    // The page's first view of the file: Taiwan's monthly exports of CHPL goods by partner
    // (places on the map, not the World), as plain SQL sums the rows written.
    const view = readFirstView(out);
    const partners = await db.query(`SELECT t.partner, sum(t.value_usd) AS v FROM '${out}' t
      WHERE t.reporter = 'TWN' AND t.flow = 'X' AND t.freq = 'M' AND length(t.hs) = 6
        AND t.hs IN (SELECT hs FROM hs_codes WHERE level = 6 AND chpl_tier IS NOT NULL)
        AND t.partner IN (SELECT iso3 FROM countries WHERE lon IS NOT NULL)
      GROUP BY t.partner ORDER BY t.partner`);
    expect(view?.months.partners).toEqual(partners.map((r) => r.partner));
    const cells = (view?.months.months.length ?? 0) * (view?.months.tiers.length ?? 0);
    expect(
      view?.months.partners.map((_, p) =>
        view.months.values.subarray(p * cells, (p + 1) * cells).reduce((a, b) => a + b, 0),
      ),
    ).toEqual(partners.map((r) => r.v));
    expect(existsSync(`${out}.partial`)).toBe(false);
  });

  it('writes a prebuilt DuckDB database, in a version the page reads, with the same rows', async () => {
    const [parquet, database] = [join(dir, 'same.parquet'), join(dir, 'same.duckdb')];
    for (const out of [parquet, database]) {
      const run = ingest(...GOOD_FIXTURES, '--out', out);
      expect(run.code, run.stderr).toBe(0);
    }
    await db.query(`ATTACH '${database}' AS prebuilt (READ_ONLY)`);
    try {
      const [storage] = await db.query(`SELECT tags['storage_version'] AS v FROM duckdb_databases()
        WHERE database_name = 'prebuilt'`);
      expect(storage?.v).toBe('v1.4.0+');
      const [differ] = await db.query(`SELECT
        (SELECT count(*) FROM (FROM prebuilt.main.trade EXCEPT ALL FROM '${parquet}'))
        + (SELECT count(*) FROM (FROM '${parquet}' EXCEPT ALL FROM prebuilt.main.trade))
        AS n, (SELECT count(*)::DOUBLE FROM prebuilt.main.trade) AS rows`);
      expect(differ).toEqual({ n: 0, rows: 40 });
      const columns = await db.query(`SELECT column_name AS name, data_type AS type
        FROM duckdb_columns() WHERE database_name = 'prebuilt' ORDER BY column_index`);
      const fromParquet = await db.query(
        `SELECT column_name AS name, column_type AS type FROM (DESCRIBE SELECT * FROM '${parquet}')`,
      );
      expect(columns).toEqual(fromParquet);
    } finally {
      await db.query('DETACH prebuilt');
    }
    expect(existsSync(`${database}.partial`)).toBe(false);
  });

  it('writes a data set in parts: each row once, grouped by product, as its manifest says', async () => {
    const sample = join(ROOT, 'public/sample/trade-sample.parquet');
    const [whole, folder] = [join(dir, 'whole.parquet'), join(dir, 'parts')];
    const manifestPath = join(folder, 'manifest.json');
    // A part left from an earlier write, which the new manifest will not name.
    mkdirSync(join(folder, 'group=99'), { recursive: true });
    for (const out of [whole, manifestPath]) {
      const run = ingest(sample, '--out', out);
      expect(run.code, run.stderr).toBe(0);
    }
    const manifest = parseManifest(readFileSync(manifestPath, 'utf8'));
    const files = manifest.parts.map((part) => join(folder, part.path));
    const list = files.map((file) => `'${file}'`).join(', ');
    const [differ] = await db.query(`SELECT
      (SELECT count(*) FROM (FROM read_parquet([${list}], hive_partitioning = false) EXCEPT ALL FROM '${whole}'))
      + (SELECT count(*) FROM (FROM '${whole}' EXCEPT ALL FROM read_parquet([${list}], hive_partitioning = false))) AS n,
      (SELECT count(*)::DOUBLE FROM '${whole}') AS rows`);
    expect(differ).toEqual({ n: 0, rows: manifest.rows });
    expect(readdirSync(folder).sort()).toEqual(
      ['manifest.json', ...manifest.parts.map((part) => part.path.split('/')[0])].sort(),
    );

    // Each part's figures, from its own file.
    for (const [i, part] of manifest.parts.entries()) {
      const file = files[i] ?? '';
      const [read] = await db.query(`SELECT count(*)::DOUBLE AS rows,
        strftime(min(period), '%Y-%m-%d') AS first_period,
        strftime(max(period), '%Y-%m-%d') AS last_period,
        count(DISTINCT reporter)::DOUBLE AS reporters FROM '${file}'`);
      const headings = await db.query(
        `SELECT DISTINCT substr(hs, 1, 4) AS h FROM '${file}' ORDER BY h`,
      );
      expect({ ...read, bytes: statSync(file).size }, part.path).toEqual({
        rows: part.rows,
        first_period: part.first_period,
        last_period: part.last_period,
        reporters: part.reporters,
        bytes: part.bytes,
      });
      expect(part.headings, part.path).toEqual(headings.map((row) => row.h));
      expect(createHash('sha256').update(readFileSync(file)).digest('hex')).toBe(part.sha256);
    }

    // The dual-use headings (of the CHPL list, and of the HS 2017 codes that became CHPL
    // codes) in one part, which is the one the page loads; every other row in its chapter's.
    const headings = `SELECT left(hs6, 4) FROM read_csv('${ROOT}data/reference/chpl.csv', all_varchar = true)
      UNION SELECT left(hs2017, 4) FROM read_csv('${ROOT}data/reference/hs-concordance.csv',
        all_varchar = true) WHERE chpl_counterpart = 'true'`;
    const [listed, ...others] = manifest.parts;
    expect(listed?.group).toBe('chpl');
    expect(manifest.default_groups).toEqual(['chpl']);
    expect(manifest.default_rows).toBe(listed?.rows);
    expect(others.length).toBeGreaterThan(0);
    const [misplaced] = await db.query(`SELECT
      (SELECT count(*) FROM '${files[0]}' WHERE left(hs, 4) NOT IN (${headings}))
      + (SELECT count(*) FROM read_parquet([${files
        .slice(1)
        .map((f) => `'${f}'`)
        .join(', ')}],
          filename = true)
        WHERE left(hs, 4) IN (${headings}) OR NOT contains(filename, 'group=' || left(hs, 2)))
      AS n`);
    expect(misplaced?.n).toBe(0);

    // The first view is the page's view of the rows it loads: those of the dual-use part.
    const alone = join(dir, 'listed.parquet');
    expect(ingest(files[0] ?? '', '--out', alone).code).toBe(0);
    const stored = readFirstView(alone);
    expect(stored).not.toBeNull();
    expect(decodeFirstView(manifest.first_view ?? '')).toEqual({
      origin: stored?.origin,
      source: stored?.source,
      months: stored?.months,
    });
    // The same ranking, but for the last bits of sums DuckDB adds in another order.
    const ranking = decodeRanking(manifest.first_ranking ?? '');
    expect(ranking?.params).toBe(stored?.ranking?.params);
    const [ours, theirs] = [ranking?.analysis, stored?.ranking?.analysis];
    expect(ours?.corridors.length).toBeGreaterThan(0);
    expect(ours && theirs && sameRanking(ours, theirs)).toBe(true);
  });

  it('prints the summary as JSON when asked, within a given memory limit', () => {
    const out = join(dir, 'tw.parquet');
    const run = ingest(
      'tw-customs-products-usd.csv',
      '--out',
      out,
      '--json',
      '--memory-limit',
      '64MB',
    );
    expect(run.code, run.stderr).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ rowsRead: 4, rowsWritten: 3, rowsCombined: 1 });
    expect(summary.valueByYear[0]).toEqual({
      year: 2023,
      freq: 'A',
      months: null,
      exportsUsd: 0,
      importsUsd: 0,
      // Exports to the world 150,000,000 + 25,000,000; the 3,000,000 of imports are no exports.
      worldUsd: 175_000_000,
    });
    // The folder DuckDB may spill into is gone afterwards.
    expect(readdirSync(spillRoot).filter((name) => name.startsWith('tdc-ingest-'))).toEqual([]);
  });

  it('reads a gzip download, a Big5 export and a ZIP archive as they come, and cleans up after', async () => {
    const out = join(dir, 'packed.parquet');
    const run = ingest(
      'comtrade-plus-8542-to-world.csv.gz',
      'tw-customs-8542-2021-big5.csv',
      'BACI_HS17_V202501.zip',
      '--out',
      out,
    );
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/tw-customs-8542-2021-big5\.csv +tw-customs +big5 +8 read/);
    expect(run.stdout).toContain(
      'tw-customs-8542-2021-big5.csv is in Big5 (Traditional Chinese): converted to UTF-8 to read it.',
    );
    expect(run.stdout).toContain(
      'BACI_HS17_V202501.zip/Readme.txt is not a trade file: left out of what BACI_HS17_V202501.zip holds.',
    );
    // By hand: Kyrgyzstan's 4 years to World; 1,000,000 + 500,000 thousand US$ to China;
    // BACI's 1,850.3 + 75.125 thousand US$ from Kyrgyzstan to Russia.
    const [sums] = await db.query(`SELECT
      count(*) FILTER (WHERE reporter = 'KGZ' AND partner = 'WLD') AS kyrgyz,
      sum(value_usd) FILTER (WHERE partner = 'CHN') AS china,
      sum(value_usd) FILTER (WHERE reporter = 'KGZ' AND partner = 'RUS') AS russia FROM '${out}'`);
    expect(sums).toEqual({ kyrgyz: 4, china: 1_500_000_000, russia: 1_925_425 });
    expect(readdirSync(spillRoot).filter((name) => name.startsWith('tdc-ingest-'))).toEqual([]);
  });

  it('exits 1 with a clear message, writing nothing, on an unknown file', () => {
    const out = join(dir, 'never.parquet');
    const run = ingest('canonical-trade.csv', 'bad-unknown.csv', '--out', out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('ingest: bad-unknown.csv: not a known trade file');
    expect(run.stderr).toContain('nothing written');
    expect(existsSync(out)).toBe(false);
  });

  it('exits 1 on a missing file and on a missing --out', () => {
    const missing = ingest('no-such-file.csv', '--out', join(dir, 'x.parquet'));
    expect(missing.code).toBe(1);
    expect(missing.stderr).toContain('no-such-file.csv: cannot read it (ENOENT)');
    const noOut = ingest('canonical-trade.csv');
    expect(noOut.code).toBe(1);
    expect(noOut.stderr).toContain('--out <dataset.parquet> is required');
    const badLimit = ingest(
      'canonical-trade.csv',
      '--out',
      join(dir, 'x.parquet'),
      '--memory-limit',
      'lots',
    );
    expect(badLimit.code).toBe(1);
    expect(badLimit.stderr).toContain(
      '--memory-limit must be a size such as 1GB or 512MB (got "lots")',
    );
  });
});
