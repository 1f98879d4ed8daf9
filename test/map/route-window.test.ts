import { describe, expect, it } from 'vitest';
import type { RouteMonths } from '../../src/data/corridor-query';
import { legTotals, routeWindow } from '../../src/map/route-window';

const legs = (entries: [string, number, number][]) =>
  new Map(entries.map(([month, first, second]) => [month, { first, second }]));

describe('what a route carried in a window of months', () => {
  const months: RouteMonths = new Map([
    [
      'TWN>KGZ>RUS',
      new Map([
        // Processors: 100 in, 80 on in Mar 2022; 50 in, 70 on in Apr 2022.
        [
          '854231',
          legs([
            ['2022-03-01', 100, 80],
            ['2022-04-01', 50, 70],
            ['2021-01-01', 5, 0],
          ]),
        ],
        // Memories: only the first leg in the window.
        ['854232', legs([['2022-03-01', 40, 0]])],
      ]),
    ],
  ]);

  it('sums, per product, the smaller of the two legs over the window', () => {
    const { values } = routeWindow(months, '2022-03-01', '2022-04-01', 2);
    // Processors: min(150, 150) = 150; memories: min(40, 0) = 0.
    expect(values.get('TWN>KGZ>RUS')).toBe(150);
  });

  it('gives nothing for a window before the route carried anything', () => {
    expect(routeWindow(months, '2020-01-01', '2020-12-01', 12).values.get('TWN>KGZ>RUS')).toBe(0);
  });

  it("scales to the busiest month of any route, times the window's length", () => {
    // Busiest month: Mar 2022, min(100, 80) + min(40, 0) = 80.
    expect(routeWindow(months, '2022-03-01', '2022-03-01', 3).ceiling).toBe(240);
  });
});

describe("what one corridor's legs carried in a window of months", () => {
  it('sums each leg over the window, months outside it left out', () => {
    const months = legs([
      ['2022-03-01', 100, 80],
      ['2022-04-01', 50, 70],
      ['2021-01-01', 5, 0],
    ]);
    expect(legTotals(months, '2022-03-01', '2022-04-01')).toEqual({ first: 150, second: 150 });
    expect(legTotals(months, '2021-01-01', '2022-03-01')).toEqual({ first: 105, second: 80 });
  });

  it('is unknown, not zero, for a corridor whose months are not read', () => {
    expect(legTotals(undefined, '2022-03-01', '2022-04-01')).toBeNull();
  });
});
