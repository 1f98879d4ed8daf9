import { parseArgs } from 'node:util';
import * as v from 'valibot';

/**
 * One option of a command: a switch, or a value whose schema checks it (and may turn it into
 * something else); the schema's message says what the value must be ('must be all, 6 or 4').
 */
export type OptionSpec =
  | { kind: 'switch'; short?: string }
  | { kind: 'value'; schema: v.GenericSchema<string, unknown>; short?: string; default?: string }
  | { kind: 'list'; schema: v.GenericSchema<string, unknown> };

type ValueOf<S extends OptionSpec> = S extends { kind: 'switch' }
  ? boolean
  : S extends { kind: 'list'; schema: v.GenericSchema<string, infer T> }
    ? T[]
    : S extends { kind: 'value'; schema: v.GenericSchema<string, infer T>; default: string }
      ? T
      : S extends { kind: 'value'; schema: v.GenericSchema<string, infer T> }
        ? T | undefined
        : never;

/** The options a command line gave, checked: absent values are undefined, lists empty. */
export type OptionValues<S extends Record<string, OptionSpec>> = { [K in keyof S]: ValueOf<S[K]> };

/** A command line that cannot be run: the message says what is wrong and how to write it. */
export class UsageError extends Error {
  override name = 'UsageError';
}

/** A value checked by its option's schema; throws a {@link UsageError} naming the option. */
function checked(name: string, schema: v.GenericSchema<string, unknown>, raw: string): unknown {
  const result = v.safeParse(schema, raw, { abortEarly: true });
  if (result.success) return result.output;
  throw new UsageError(`--${name} ${result.issues[0].message} (got "${raw}")`);
}

/**
 * The arguments with each value option's value joined to it ('--top', '-3' → '--top=-3'), so
 * that a value starting with a dash is read as the value, and checked as one.
 */
function joinValues(argv: readonly string[], specs: Record<string, OptionSpec>): string[] {
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    const spec = specs[arg.slice(2)];
    const next = argv[i + 1];
    if (arg.startsWith('--') && spec && spec.kind !== 'switch' && next !== undefined) {
      args.push(`${arg}=${next}`);
      i += 1;
    } else args.push(arg);
  }
  return args;
}

/**
 * Parses a command line (`--name value` and `--name=value`) against its options, checking each
 * value with its schema. Throws a {@link UsageError} on an unknown option, a missing value or a
 * value its schema refuses, with `usage` after the message where that helps.
 */
export function parseOptions<S extends Record<string, OptionSpec>>(
  argv: readonly string[],
  specs: S,
  usage: string,
  { positionals = false } = {},
): { values: OptionValues<S>; positionals: string[] } {
  const options = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => [
      name,
      {
        type: spec.kind === 'switch' ? ('boolean' as const) : ('string' as const),
        multiple: spec.kind === 'list',
        ...(spec.kind !== 'list' && spec.short ? { short: spec.short } : {}),
        ...(spec.kind === 'value' && spec.default !== undefined ? { default: spec.default } : {}),
      },
    ]),
  );
  let parsed: ReturnType<typeof parseArgs>;
  try {
    const args = joinValues(argv, specs);
    parsed = parseArgs({ args, options, allowPositionals: positionals, strict: true });
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const unknown = /Unknown option '([^']+)'/.exec(text)?.[1];
    const missing = /Option '(--[\w-]+)[^']*' argument missing/.exec(text)?.[1];
    const problem = unknown
      ? `unknown option ${unknown}`
      : missing
        ? `${missing} needs a value`
        : text;
    throw new UsageError(`${problem}\n${usage}`);
  }
  const values = Object.fromEntries(
    Object.entries(specs).map(([name, spec]) => {
      const raw = parsed.values[name];
      if (spec.kind === 'switch') return [name, raw === true];
      if (spec.kind === 'list') {
        const items = Array.isArray(raw) ? raw.map(String) : [];
        return [name, items.map((item) => checked(name, spec.schema, item))];
      }
      return [name, typeof raw === 'string' ? checked(name, spec.schema, raw) : undefined];
    }),
  );
  return { values: values as OptionValues<S>, positionals: parsed.positionals };
}

/** A number of zero or more ('250000', '0.5'). */
export const nonNegative = v.pipe(
  v.string(),
  v.regex(/^\s*\d+(\.\d+)?\s*$/, 'must be a non-negative number'),
  v.transform(Number),
);

/** A value of a fixed list, the message listing them ('must be all, 6, 4, 2 or tier'). */
export const oneOf = <const T extends readonly [string, ...string[]]>(options: T) =>
  v.picklist(options, `must be ${options.slice(0, -1).join(', ')} or ${options.at(-1)}`);
