import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseAnalyzeArgs } from '../../scripts/analyze';

const run = promisify(execFile);

function analyze(...args: string[]) {
  return run(process.execPath, ['--import', 'tsx', 'scripts/analyze.ts', ...args], {
    encoding: 'utf8',
  });
}

describe('the analyze command line', () => {
  it('reads every option, in both spellings', () => {
    const args = parseAnalyzeArgs([
      '--input', 'a.parquet', '--input=b.parquet', '--out', 'c.json', '--origin', 'twn',
      '--dest', 'RUS', '--level', 'tier', '--baseline', '2018-01:2021-12', '--post', '2022-06:2024-12',
      '--top', '5', '--min-value', '250000',
    ]); // prettier-ignore
    expect(args).toEqual({
      inputs: ['a.parquet', 'b.parquet'],
      out: 'c.json',
      params: {
        origins: ['TWN'],
        destinations: ['RUS'],
        level: 'tier',
        baseline: { start: '2018-01', end: '2021-12' },
        post: { start: '2022-06', end: '2024-12' },
        topN: 5,
        minValueUsd: 250_000,
      },
    });
  });

  it.each([
    [['--out', 'c.json'], /usage/],
    [
      ['--input', 'a.parquet', '--out', 'c.json', '--level', '8'],
      /--level must be all, 6, 4, 2 or tier/,
    ],
    [
      ['--input', 'a.parquet', '--out', 'c.json', '--top', '-3'],
      /--top must be a non-negative number/,
    ],
    [['--input', 'a.parquet', '--out', 'c.json', '--colour', 'red'], /unknown option --colour/],
  ])('refuses %j', (argv, message) => {
    expect(() => parseAnalyzeArgs(argv)).toThrow(message);
  });

  describe('on the bundled sample', () => {
    let dir: string;
    beforeAll(async () => {
      dir = await mkdtemp(join(tmpdir(), 'analyze-'));
    });
    afterAll(() => rm(dir, { recursive: true, force: true }));

    it('writes the corridors as JSON, best first, and prints the top ones', async () => {
      const out = join(dir, 'corridors.json');
      const { stdout } = await analyze(
        '--input',
        'public/sample/trade-sample.parquet',
        '--out',
        out,
        '--top',
        '20',
      );
      const json = JSON.parse(await readFile(out, 'utf8')) as {
        corridors: Record<string, unknown>[];
        unscored: unknown[];
        coverage: Record<string, { frequencies: string[]; years: number[] }>;
        routes: { considered: number; full: number };
      };
      const { corridors } = json;
      expect(corridors).toHaveLength(20);
      const scores = corridors.map((c) => c.score as number);
      expect(scores).toEqual([...scores].sort((a, b) => b - a));
      expect(corridors[0]).toMatchObject({
        origin: 'TWN',
        via: 'ARM',
        destination: 'RUS',
        rank: 1,
      });
      for (const key of ['product', 'signals', 'legs', 'explanation', 'period'])
        expect(corridors[0]).toHaveProperty(key);
      expect(corridors[0]).toMatchObject({
        evidence: 'full',
        frequency: 'monthly',
        pretrend: false,
      });
      // The sample is monthly, Jan 2018 – Jun 2025, by partner; Taiwan reports its exports.
      expect(json.coverage.TWN).toMatchObject({ frequencies: ['M'], years: [2018, 2025] });
      expect(json.routes.full).toBeGreaterThan(0);
      expect(stdout).toMatch(/^#\s+score\s+route/);
      expect(stdout).toContain('TWN→KGZ→RUS  847150');
      expect(stdout).toMatch(/20 corridors written to .*corridors\.json; scored in \d+ ms/);
      expect(stdout).toMatch(/^Routes considered: \d+: \d+ scored fully, /m);
      // Calibrated against the placebo run too (cut-off moved from 2021-12 to 2019-12). The
      // sample holds no intermediary's exports to a comparison destination: that run scores none.
      const placebo = corridors[0]?.placebo_controls as number;
      const controls = corridors[0]?.controls as number;
      expect(placebo).toBeGreaterThan(0);
      expect(controls).toBeGreaterThan(placebo);
      expect(corridors[0]?.comparison_controls).toBe(0);
      // Too few controls of its own kind (monthly, fully known) in the sample: all of them,
      // as the line below counts them.
      expect(corridors[0]?.controls_matched).toBe(false);
      expect(stdout).toContain(
        `Calibrated against ${controls} routes: ${controls - placebo} of goods not on the list, ${placebo} scored with the cut-off at 2019-12 (placebo), 0 to the comparison destinations.`,
      );
    });

    it('writes CSV when the output ends in .csv', async () => {
      const out = join(dir, 'corridors.csv');
      await analyze(
        '--input',
        'public/sample/trade-sample.parquet',
        '--out',
        out,
        '--top',
        '3',
        '--level',
        '4',
      );
      const lines = (await readFile(out, 'utf8')).trimEnd().split('\r\n');
      expect(lines).toHaveLength(4);
      expect(lines[0]).toMatch(/^rank,score,origin,via,destination,product,level,/);
      expect(lines[1]).toMatch(/^1,0\.\d+,TWN,ARM,RUS,8542,4,/);
    });
  });

  describe('on an input it cannot read', () => {
    const F = 'test/fixtures/ingest';
    /** The exit code and the error output of a run that is to fail. */
    async function refused(input: string) {
      const error = await analyze('--input', input, '--out', 'r.json').then(
        () => null,
        (e: { code: number; stderr: string }) => e,
      );
      if (error === null) throw new Error(`${input} was analysed`);
      return error;
    }
    const ADVICE = 'The analysis reads the canonical Parquet file that the ingest writes. Run\n';

    it('says a CSV is to be ingested first, with the command, not what DuckDB says', async () => {
      const { code, stderr } = await refused(`${F}/canonical-trade.csv`);
      expect(code).toBe(1);
      expect(stderr).toBe(
        `${F}/canonical-trade.csv: not a Parquet file (a CSV or another download, not yet ingested).\n${ADVICE}` +
          `  npm run ingest -- ${F}/canonical-trade.csv --out canonical-trade.parquet\n` +
          '  npm run analyze -- --input canonical-trade.parquet --out r.json\n',
      );
    });

    it('names a missing file, a damaged Parquet file and one of another schema', async () => {
      const missing = await refused(`${F}/no-such.parquet`);
      expect(missing.stderr).toBe(
        `${F}/no-such.parquet: no such file.\n${ADVICE}` +
          '  npm run ingest -- <your trade files> --out trade.parquet\n' +
          '  npm run analyze -- --input trade.parquet --out r.json\n',
      );
      const damaged = await refused(`${F}/bad-corrupt.parquet`);
      expect(damaged.stderr).toMatch(
        /^test\/fixtures\/ingest\/bad-corrupt\.parquet: cannot be read as Parquet \(.*\): damaged, or not written whole\.\n/,
      );
      expect(damaged.stderr).toContain(`${ADVICE}  npm run ingest -- <your trade files>`);
      const other = await refused(`${F}/bad-schema.parquet`);
      expect(other.stderr).toMatch(
        /^test\/fixtures\/ingest\/bad-schema\.parquet: not the canonical schema \(missing_column period; .*\)\.\n/,
      );
      for (const run of [missing, damaged, other]) {
        expect(run.code).toBe(1);
        expect(run.stderr).not.toMatch(/LINE 1|read_parquet|CREATE/);
      }
    });
  });
});
