import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { nonNegative, oneOf, parseOptions, UsageError } from '../../scripts/lib/cli-options';

const OPTIONS = {
  input: { kind: 'list', schema: v.string() },
  level: { kind: 'value', schema: oneOf(['all', '6', '4']) },
  top: { kind: 'value', schema: nonNegative, default: '10' },
  json: { kind: 'switch' },
} as const;

const parse = (...argv: string[]) =>
  parseOptions(argv, OPTIONS, 'usage: cmd', { positionals: true });

describe('the command lines’ one option parser', () => {
  it('reads both spellings, lists, switches, defaults and positionals, checked and typed', () => {
    const { values, positionals } = parse(
      'a.csv',
      '--input',
      'x',
      '--input=y',
      '--level=6',
      '--json',
    );
    expect(values).toEqual({ input: ['x', 'y'], level: '6', top: 10, json: true });
    expect(positionals).toEqual(['a.csv']);
    expect(parse().values).toEqual({ input: [], level: undefined, top: 10, json: false });
  });

  it.each([
    [['--level', '8'], '--level must be all, 6 or 4 (got "8")'],
    [['--top', '-3'], '--top must be a non-negative number (got "-3")'],
    [['--top', 'many'], '--top must be a non-negative number (got "many")'],
    [['--colour', 'red'], 'unknown option --colour\nusage: cmd'],
    [['--level'], '--level needs a value\nusage: cmd'],
  ])('refuses %j, saying what the option must be', (argv, message) => {
    expect(() => parse(...argv)).toThrow(new UsageError(message));
  });
});
