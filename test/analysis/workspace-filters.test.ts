import { describe, expect, it } from 'vitest';
import type { Corridor } from '../../src/analysis/corridor';
import { parseHsReference, productMatcher } from '../../src/analysis/product-selection';
import { scoreCorridors } from '../../src/data/corridors/score-corridors';
import { narrowLegs, type LegTotals } from '../../src/data/flow-slices';
import type { SqlRunner } from '../../src/data/sql-runner';
import { filterCorridors } from '../../src/state/corridor-filter';
import { readFileSync } from 'node:fs';

const HS = parseHsReference(readFileSync('data/reference/hs.csv', 'utf8'));

/** A corridor with only what the filters read. */
const corridor = (key: string, score: number): Corridor => {
  const [, via = '', destination = '', product = ''] = /^TWN>(\w+)>(\w+):(.+)$/.exec(key) ?? [];
  return { via, destination, product, level: '6', score } as unknown as Corridor;
};

describe('the ranking under the workspace filters', () => {
  const corridors = [
    corridor('TWN>KGZ>RUS:854231', 0.9),
    corridor('TWN>ARM>RUS:854232', 0.7),
    corridor('TWN>KGZ>BLR:845710', 0.5),
    corridor('TWN>KAZ>RUS:854231', 0.1),
  ];
  const none = { minScore: 0, via: null, to: null };
  const keys = (list: Corridor[]) => list.map((c) => `${c.via}>${c.destination}:${c.product}`);

  it('keeps every CHPL corridor above the threshold when nothing is chosen', () => {
    expect(
      keys(filterCorridors(corridors, { ...none, minScore: 0.2 }, productMatcher([], HS))),
    ).toEqual(['KGZ>RUS:854231', 'ARM>RUS:854232', 'KGZ>BLR:845710']);
  });

  it('narrows to an intermediary, a destination and products, all at once', () => {
    const matcher = productMatcher(['CHPL-1'], HS);
    expect(keys(filterCorridors(corridors, { ...none, via: 'KGZ' }, matcher))).toEqual([
      'KGZ>RUS:854231',
    ]);
    expect(
      keys(filterCorridors(corridors, { ...none, to: 'BLR' }, productMatcher([], HS))),
    ).toEqual(['KGZ>BLR:845710']);
    // HS 8542 covers both integrated-circuit codes, not the machine tool 845710.
    expect(keys(filterCorridors(corridors, none, productMatcher(['8542'], HS)))).toEqual([
      'KGZ>RUS:854231',
      'ARM>RUS:854232',
      'KAZ>RUS:854231',
    ]);
  });
});

describe('the legs narrowed to an intermediary and a destination', () => {
  const legs: LegTotals = {
    origin: 'TWN',
    firstLegs: [
      { via: 'CHN', value: 900 },
      { via: 'KGZ', value: 50 },
    ],
    secondLegs: [
      { via: 'CHN', to: 'RUS', value: 400 },
      { via: 'KGZ', to: 'RUS', value: 40 },
      { via: 'KGZ', to: 'BLR', value: 5 },
    ],
  };

  it('keeps the routes through the intermediary, and only those to the destination', () => {
    expect(narrowLegs(legs, { via: 'KGZ', to: null })).toEqual({
      origin: 'TWN',
      firstLegs: [{ via: 'KGZ', value: 50 }],
      secondLegs: [
        { via: 'KGZ', to: 'RUS', value: 40 },
        { via: 'KGZ', to: 'BLR', value: 5 },
      ],
    });
    expect(narrowLegs(legs, { via: null, to: 'BLR' })).toEqual({
      origin: 'TWN',
      firstLegs: legs.firstLegs,
      secondLegs: [{ via: 'KGZ', to: 'BLR', value: 5 }],
    });
  });
});

describe('a scoring aborted for newer settings', () => {
  it('stops before its next statement instead of running to the end', async () => {
    const controller = new AbortController();
    const statements: string[] = [];
    const runner: SqlRunner = {
      query: async (sql) => {
        statements.push(sql);
        // Aborted while the pipeline's second statement (the months) runs.
        if (sql.includes('"corridor_months"')) controller.abort();
        return [{ kinds: 1 }];
      },
    };
    await expect(scoreCorridors(runner, {}, { signal: controller.signal })).rejects.toThrow(
      /abort/i,
    );
    // It was the last statement run: none of the pipeline's statements after it ran.
    expect(statements.at(-1)).toContain('"corridor_months"');
  });
});
