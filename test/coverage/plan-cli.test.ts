import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../scripts/lib/node-duckdb';
import { loadSeries, type FixtureSeries } from './fixture';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * Taiwan's exports to Kyrgyzstan and Russia month by month 2019–2024 (its customs), Kyrgyzstan's
 * exports to Russia and the world and Russia's imports up to 2021 only: after 2021 nobody
 * gives Kyrgyzstan's exports, and Russia reports nothing.
 */
const SERIES: FixtureSeries[] = [
  {
    reporter: 'TWN',
    partner: 'KGZ',
    flow: 'X',
    hs: '854231',
    source: 'tw-customs',
    months: '2019-01:2024-12',
  },
  {
    reporter: 'TWN',
    partner: 'RUS',
    flow: 'X',
    hs: '854232',
    source: 'tw-customs',
    months: '2019-01:2024-12',
  },
  {
    reporter: 'KGZ',
    partner: 'RUS',
    flow: 'X',
    hs: '854231',
    source: 'comtrade',
    months: '2019-01:2021-12',
  },
  {
    reporter: 'KGZ',
    partner: 'WLD',
    flow: 'X',
    hs: '854231',
    source: 'comtrade',
    months: '2019-01:2021-12',
  },
  {
    reporter: 'RUS',
    partner: 'KGZ',
    flow: 'M',
    hs: '854231',
    source: 'comtrade',
    months: '2019-01:2021-12',
  },
  {
    reporter: 'RUS',
    partner: 'TWN',
    flow: 'M',
    hs: '854232',
    source: 'comtrade',
    months: '2019-01:2021-12',
  },
];

let dir: string;
let input: string;
beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'plan-cli-'));
  input = join(dir, 'kgz.parquet');
  const db = await openNodeDuckDB();
  await loadSeries(db, SERIES);
  await db.query(`COPY trade TO '${input}' (FORMAT parquet)`);
  db.close();
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Runs `npm run plan` as a user would. */
function plan(...args: string[]) {
  const result = spawnSync('npm', ['run', '--silent', 'plan', '--', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('npm run plan', () => {
  it('writes the matrix and the queries that fill its gaps as Markdown', () => {
    const out = join(dir, 'plan.md');
    const run = plan('--input', input, '--out', out, '--via', 'KGZ', '--dest', 'RUS');
    expect(run.code, run.stderr).toBe(0);
    expect(run.stdout).toContain(
      '  Intermediaries → Russia (second leg): 3 of 6 complete; missing 3',
    );
    expect(run.stdout).toContain(
      'Download plan: 1 query (3 downloads) fill 6 gaps; 0 fallback queries.',
    );
    const md = readFileSync(out, 'utf8');
    expect(md).toContain('Leg-years that need data: 6 of 24. 1 query (3 downloads) fill them.');
    // The missing legs, year by year.
    expect(md).toContain(
      '| Kyrgyzstan → Russia | 12/12 mo | 12/12 mo | 12/12 mo | missing | missing | missing | 36/36 mo | 0/34 mo |',
    );
    expect(md).toContain(
      '| Kyrgyzstan → World | 12/12 mo | 12/12 mo | 12/12 mo | missing | missing | missing |',
    );
    expect(md).toContain(
      '| Taiwan → Kyrgyzstan | 12/12 mo | 12/12 mo | 12/12 mo | 12/12 mo | 12/12 mo | 12/12 mo |',
    );
    // The one query that fills them, with its fields.
    expect(md).toContain(
      '#### C1. Kyrgyzstan (417) exports to Russia (643), World (0), HS: the 50 CHPL codes, monthly, 2022–2024',
    );
    expect(md).toContain('- Reporters: Kyrgyzstan (417)');
    expect(md).toContain('- Partners: Russia (643), World (0)');
    expect(md).toContain('- Trade flows: Export (X)');
    expect(md).toMatch(/- HS codes \(50\): `845710,845811,.*,854231,.*,903082`/);
    expect(md).toContain('- Periods: 202201–202212, 202301–202312, 202401–202412');
    expect(md).toContain('- Downloads: 3, one per year');
    expect(md).toMatch(
      /ask for the 24 CHPL headings instead: `8457,8458,8459,8466,8471,.*,9030`\./,
    );
    expect(md).toContain(
      '- Fills 6 gaps: Kyrgyzstan → Russia 2022–2024 (missing); Kyrgyzstan → World 2022–2024 (missing)',
    );
    expect(md).toContain("Russia reports nothing after 2021: use partners' exports (mirror).");
    expect(md).toContain('Taiwan is never a reporter in UN Comtrade');
    // No query asks Russia itself after 2021, nor Taiwan's customs (its exports are all there).
    expect(md).not.toContain('Reporters: Russia');
    expect(md).not.toContain('#### T1');
    // No website is named.
    expect(md).not.toMatch(/https?:|www\.|\.org|\.gov/);
  });

  it('writes the same in Chinese, and JSON for machines', () => {
    const zh = plan('--input', input, '--via', 'KGZ', '--dest', 'RUS', '--lang', 'zh-TW');
    expect(zh.code, zh.stderr).toBe(0);
    expect(zh.stdout).toContain(
      '| 吉爾吉斯 → 俄羅斯 | 12/12 月 | 12/12 月 | 12/12 月 | 缺漏 | 缺漏 | 缺漏 |',
    );
    expect(zh.stdout).toContain('俄羅斯在 2021 年後未再申報：請改用貿易夥伴的出口（鏡像）。');

    const out = join(dir, 'plan.json');
    const run = plan('--input', input, '--out', out, '--json', '--via', 'KGZ', '--dest', 'RUS');
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.scope).toEqual({
      origin: 'TWN',
      intermediaries: ['KGZ'],
      destinations: ['RUS'],
      firstYear: 2019,
      lastYear: 2024,
      lastMonth: '2024-12',
    });
    const second = json.legs.find((l: { leg: string }) => l.leg === 'second');
    expect(second.years.map((y: { status: string }) => y.status)).toEqual([
      'monthly',
      'monthly',
      'monthly',
      'missing',
      'missing',
      'missing',
    ]);
    expect(second.years[0]).toMatchObject({ basis: 'both', reportedSources: ['comtrade'] });
    expect(json.plan.queries).toHaveLength(1);
    expect(json.plan.queries[0]).toMatchObject({
      id: 'C1',
      source: 'comtrade',
      reporters: ['KGZ'],
      partners: ['RUS', 'WLD'],
      years: [2022, 2023, 2024],
      downloads: 3,
    });
  });

  it('exits 1 with the usage when no input is given', () => {
    const run = plan('--out', join(dir, 'never.md'));
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('plan: --input is required');
  });

  it('prints the coverage after an ingest', () => {
    const fixtures = join(ROOT, 'test/fixtures/ingest');
    const out = join(dir, 'kgz-ingest.parquet');
    const result = spawnSync(
      'npx',
      ['tsx', join(ROOT, 'scripts/ingest.ts'), 'comtrade-plus-kgz-monthly-2022.csv', '--out', out],
      { cwd: fixtures, encoding: 'utf8', env: { ...process.env, TMPDIR: dir } },
    );
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Coverage of the routes, 2019 to 2022-\d\d/m);
    expect(result.stdout).toContain('  Intermediaries → Russia and Belarus (second leg):');
    expect(result.stdout).toContain(
      `What to download: npm run plan -- --input ${out} --out plan.md`,
    );
  });
});
