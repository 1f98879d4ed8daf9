import { describe, expect, it } from 'vitest';
import { quantile, summarize } from '../../scripts/bench/stats';

describe('bench statistics', () => {
  it.each([
    [[5], 0.5, 5],
    [[1, 2, 3], 0.5, 2],
    [[3, 1, 2, 4], 0.5, 2.5],
    // p95 of three runs lies between the two largest
    [[10, 20, 30], 0.95, 29],
    [[10, 20, 30], 0, 10],
    [[10, 20, 30], 1, 30],
  ])('quantile of %j at %d is %d', (values, q, expected) => {
    expect(quantile(values, q)).toBeCloseTo(expected, 10);
  });

  it('ignores values that are not finite, and says NaN when none is left', () => {
    expect(summarize([3, Number.NaN, 1, Infinity, 2])).toEqual({
      median: 2,
      p95: 2.9,
      min: 1,
      max: 3,
      n: 3,
    });
    expect(summarize([]).median).toBeNaN();
  });
});
