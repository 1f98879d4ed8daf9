import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import countryGroups from '../../data/reference/country-groups.json';
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

const FIXTURES = join(ROOT, 'test/fixtures/ingest');

/** Runs the ingest on one of the real fixtures, from their folder, as a user would. */
function ingest(file: string, out: string) {
  return spawnSync('npx', ['tsx', join(ROOT, 'scripts/ingest.ts'), file, '--out', out], {
    cwd: FIXTURES,
    encoding: 'utf8',
    env: { ...process.env, TMPDIR: dir },
  });
}

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
    const out = join(dir, 'kgz-ingest.parquet');
    const result = ingest('comtrade-plus-kgz-monthly-2022.csv', out);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toMatch(/^Coverage of the routes, 2019 to 2022-\d\d/m);
    expect(result.stdout).toContain('  Intermediaries → Russia and Belarus (second leg):');
    expect(result.stdout).toContain(
      `What to download: npm run plan -- --input ${out} --out plan.md`,
    );
  });

  it('leaves a second leg unknown when the reporter gave only its exports to the World', async () => {
    const file = 'comtrade-plus-8542-to-world.csv';
    // From the raw file: no row names a partner (every one is the World, code 0), and the
    // years in which Kyrgyzstan gives its exports to the World.
    const db = await openNodeDuckDB();
    const raw = `read_csv('${join(FIXTURES, file)}', all_varchar = true)`;
    const [byPartner] = await db.query(`SELECT count(*) AS n FROM ${raw} WHERE partnerCode <> '0'`);
    const worldYears = (
      await db.query(
        `SELECT DISTINCT CAST(refYear AS INTEGER) AS y FROM ${raw}
         WHERE reporterISO = 'KGZ' AND partnerCode = '0' AND freqCode = 'A' ORDER BY y`,
      )
    ).map((r) => Number(r.y));
    db.close();
    expect(byPartner?.n).toBe(0);
    expect(worldYears).toEqual([2021, 2022, 2023, 2024]);

    const parquet = join(dir, 'to-world.parquet');
    const ingested = ingest(file, parquet);
    expect(ingested.status, ingested.stderr).toBe(0);
    // The intermediaries of concern × Russia and Belarus × 2019–2024: all unknown.
    const cells = countryGroups.intermediaries_of_concern.members.length * 2 * 6;
    expect(ingested.stdout).toContain(
      `  Intermediaries → Russia and Belarus (second leg): 0 of ${cells} complete; missing ${cells}\n`,
    );
    const out = join(dir, 'to-world.json');
    const run = plan('--input', parquet, '--out', out, '--json', '--via', 'KGZ', '--dest', 'RUS');
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    const years = (leg: string) =>
      json.legs
        .find((l: { leg: string }) => l.leg === leg)
        .years.map((y: { year: number; status: string }) => [y.year, y.status]);
    const span = [2019, 2020, 2021, 2022, 2023, 2024];
    expect(years('second')).toEqual(span.map((y) => [y, 'missing']));
    expect(years('world')).toEqual(
      span.map((y) => [y, worldYears.includes(y) ? 'annual' : 'missing']),
    );
    // The plan asks for Kyrgyzstan's exports to Russia by partner, every year.
    const c1 = json.plan.queries.find((q: { id: string }) => q.id === 'C1');
    expect(c1).toMatchObject({ reporters: ['KGZ'], partners: ['RUS', 'WLD'], years: span });
  });

  it('keeps the years of the routes when a stray residual row is decades older', async () => {
    const file = 'comtrade-plus-kaz-residuals.csv';
    // From the raw file (Latin-1): its years, and the partners of its 1998 rows, two former
    // economies that are residual partners.
    const db = await openNodeDuckDB();
    const raw = `read_csv('${join(FIXTURES, file)}', all_varchar = true, encoding = 'latin-1')`;
    const [found] = await db.query(
      `SELECT string_agg(DISTINCT refYear, ',' ORDER BY refYear) AS years,
         string_agg(DISTINCT partnerDesc, '; ' ORDER BY partnerDesc)
           FILTER (WHERE refYear = '1998') AS partners
       FROM ${raw}`,
    );
    db.close();
    expect(found).toEqual({
      years: '1998,2022',
      partners: 'Belgium-Luxembourg; So. African Customs Union',
    });

    const parquet = join(dir, 'kaz.parquet');
    const ingested = ingest(file, parquet);
    expect(ingested.status, ingested.stderr).toBe(0);
    // The baseline's first year (2019) to the end of 2022, the data's last year.
    expect(ingested.stdout).toContain('Coverage of the routes, 2019 to 2022-12 (');
    const out = join(dir, 'kaz.json');
    const run = plan('--input', parquet, '--out', out, '--json');
    expect(run.code, run.stderr).toBe(0);
    const json = JSON.parse(readFileSync(out, 'utf8'));
    expect(json.scope).toMatchObject({ firstYear: 2019, lastYear: 2022 });
    const queries: { role: string; flow: string; reporters: string[]; years: number[] }[] =
      json.plan.queries;
    expect(queries.flatMap((q) => q.years).every((y) => y >= 2019 && y <= 2022)).toBe(true);
    // Russia's and Belarus's imports, up to 2021 when they stopped reporting.
    const mirror = queries.find((q) => q.flow === 'M');
    expect(mirror).toMatchObject({ reporters: ['BLR', 'RUS'], years: [2019, 2020, 2021] });
  });
});
