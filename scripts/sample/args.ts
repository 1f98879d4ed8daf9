import * as v from 'valibot';
import { parseOptions, type OptionSpec } from '../lib/cli-options';
import { DEFAULT_OUT, DEFAULT_SEED } from './generate';

/** Options of `scripts/generate-sample.ts`. */
export interface SampleArgs {
  seed: number;
  out: string;
}

const OPTIONS = {
  seed: {
    kind: 'value',
    schema: v.pipe(
      v.string(),
      v.regex(/^\d+$/, 'must be an integer from 0 to 4294967295'),
      v.transform(Number),
      v.maxValue(2 ** 32 - 1, 'must be an integer from 0 to 4294967295'),
    ),
  },
  out: { kind: 'value', schema: v.string() },
} satisfies Record<string, OptionSpec>;

/** Parses `[--seed N] [--out path]` (also `--seed=N`); throws on anything else. */
export function parseSampleArgs(argv: readonly string[]): SampleArgs {
  const usage = 'usage: generate-sample.ts [--seed N] [--out path]';
  const { values } = parseOptions(argv, OPTIONS, usage);
  return { seed: values.seed ?? DEFAULT_SEED, out: values.out ?? DEFAULT_OUT };
}
