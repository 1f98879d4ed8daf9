import { parseArgs } from 'node:util';

/** The datasets the bench can run on: the bundled sample and four generated sizes. */
export const SIZES = {
  sample: 0,
  '100k': 100_000,
  '1m': 1_000_000,
  '10m': 10_000_000,
  '100m': 100_000_000,
} as const;

/** A dataset size by name. */
export type SizeName = keyof typeof SIZES;

/**
 * Sizes too big for a browser tab as one file: generated and opened only as data sets in parts,
 * of which the page loads the dual-use goods' part.
 */
export const PARTS_ONLY: readonly SizeName[] = ['100m'];

/** Groups of figures that can be asked for one at a time with `--only`. */
export const GROUPS = [
  'cold',
  'load',
  'interaction',
  'scoring',
  'memory',
  'fps',
  'bundle',
  'ingest',
  'ranking',
  'prebuilt',
  'parts',
] as const;

/** A group of figures. */
export type Group = (typeof GROUPS)[number];

/** What a bench run measures, and how. */
export interface BenchOptions {
  mode: 'quick' | 'full' | 'custom';
  sizes: SizeName[];
  groups: Set<Group>;
  /** Page loads per size (and repeats of every other figure). */
  runs: number;
  /** Scripted view changes per run (at least 50 for a reported figure). */
  steps: number;
  seed: number;
  build: boolean;
  out: string;
  dataDir: string;
  /** Rows of the generated Comtrade Plus file for the ingest figures (3.2 M rows ≈ 1 GB). */
  ingestRows: number;
  /** Seconds a size may take before its remaining runs are dropped (recorded as such). */
  budgetSeconds: Record<SizeName, number>;
}

export const USAGE = `Usage: npm run bench [-- options]

  (no option)       full run: sample, 100k, 1m, 10m and 100m (in parts), every figure,
                    3 runs (~15 min; the first time, ~20 min more to generate the sets)
  --quick           sample and 100k only, browser figures and bundle, 3 runs (< 2 min)
  --size <list>     sizes to run, comma-separated: ${Object.keys(SIZES).join(', ')}
  --only <list>     figure groups, comma-separated: ${GROUPS.join(', ')}
  --runs <n>        repeats of each figure (default 3)
  --steps <n>       scripted view changes per run (default 56)
  --seed <n>        seed of the generated datasets (default 20220224)
  --no-build        use the existing dist/ instead of building it
  --out <file>      where to write the JSON (default bench/results/latest.json)
  -h, --help        this help

Generated data is cached in bench/.data/ (delete it to start afresh).`;

const list = <T extends string>(text: string, allowed: readonly T[], what: string): T[] => {
  const items = text.split(',').map((item) => item.trim().toLowerCase());
  const bad = items.filter((item) => !(allowed as readonly string[]).includes(item));
  if (bad.length > 0)
    throw new Error(`unknown ${what}: ${bad.join(', ')} (one of ${allowed.join(', ')})`);
  return items as T[];
};

const positive = (text: string, what: string): number => {
  const value = Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`${what} must be a whole number ≥ 1`);
  return value;
};

/** Parses the command line; returns null for --help. */
export function parseOptions(args: string[]): BenchOptions | null {
  const { values } = parseArgs({
    args,
    options: {
      quick: { type: 'boolean', default: false },
      size: { type: 'string' },
      only: { type: 'string' },
      runs: { type: 'string' },
      steps: { type: 'string' },
      seed: { type: 'string' },
      build: { type: 'boolean', default: true },
      'no-build': { type: 'boolean', default: false },
      out: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
  });
  if (values.help) return null;
  const quick = values.quick;
  const sizes = values.size
    ? list(values.size, Object.keys(SIZES) as SizeName[], 'size')
    : quick
      ? (['sample', '100k'] as SizeName[])
      : (Object.keys(SIZES) as SizeName[]);
  const quickGroups = GROUPS.filter((group) => group !== 'ingest' && group !== 'ranking');
  const groups = new Set(
    values.only ? list(values.only, GROUPS, 'figure group') : quick ? quickGroups : [...GROUPS],
  );
  return {
    mode: values.size || values.only ? 'custom' : quick ? 'quick' : 'full',
    sizes,
    groups,
    runs: values.runs ? positive(values.runs, '--runs') : 3,
    steps: values.steps ? positive(values.steps, '--steps') : 56,
    seed: values.seed ? positive(values.seed, '--seed') : 20220224,
    build: values.build && !values['no-build'],
    out: values.out ?? 'bench/results/latest.json',
    dataDir: 'bench/.data',
    ingestRows: 3_200_000,
    budgetSeconds: { sample: 150, '100k': 150, '1m': 240, '10m': 540, '100m': 600 },
  };
}
