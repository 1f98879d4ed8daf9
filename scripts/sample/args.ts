import { DEFAULT_OUT, DEFAULT_SEED } from './generate';

/** Options of `scripts/generate-sample.ts`. */
export interface SampleArgs {
  seed: number;
  out: string;
}

/** Parses `[--seed N] [--out path]` (also `--seed=N`); throws on anything else. */
export function parseSampleArgs(argv: readonly string[]): SampleArgs {
  const args: SampleArgs = { seed: DEFAULT_SEED, out: DEFAULT_OUT };
  for (let i = 0; i < argv.length; i++) {
    const [flag = '', inline] = (argv[i] ?? '').split(/=(.*)/s, 2);
    const value = inline ?? argv[++i];
    if (value === undefined) throw new Error(`${flag} needs a value`);
    if (flag === '--seed') {
      if (!/^\d+$/.test(value) || Number(value) > 2 ** 32 - 1)
        throw new Error(`--seed must be an integer from 0 to 4294967295, got ${value}`);
      args.seed = Number(value);
    } else if (flag === '--out') {
      args.out = value;
    } else {
      throw new Error(`unknown option ${flag}; usage: generate-sample.ts [--seed N] [--out path]`);
    }
  }
  return args;
}
