import { describe, expect, it } from 'vitest';
import {
  addMonths,
  compareMonths,
  isMonth,
  makeMonth,
  monthAt,
  monthIndex,
  monthNumber,
  monthOf,
  monthStart,
  monthsFrom,
  yearOf,
  yearSpans,
} from '../../src/analysis/month';

describe('months', () => {
  it('tells a month from other text', () => {
    expect(['2022-03', '1999-12'].every(isMonth)).toBe(true);
    expect(['2022-3', '2022-13', '2022-00', '2022-03-01', '', '22-03'].some(isMonth)).toBe(false);
  });

  it('reads the month, year and number of a month or a date', () => {
    expect(monthOf('2022-03-01')).toBe('2022-03');
    expect(monthOf('2022-03')).toBe('2022-03');
    expect([yearOf('2022-03-01'), monthNumber('2022-03-01')]).toEqual([2022, 3]);
    expect(makeMonth(2022, 3)).toBe('2022-03');
    expect(monthStart('2022-03')).toBe('2022-03-01');
    expect(monthStart('2022-03-15')).toBe('2022-03-01');
  });

  it('counts months across years, both ways', () => {
    expect(monthIndex('2022-02-01') - monthIndex('2021-12')).toBe(2);
    expect(monthAt(monthIndex('2022-12'))).toBe('2022-12');
    expect(monthAt(monthIndex('2023-01'))).toBe('2023-01');
    expect(addMonths('2022-03', -24)).toBe('2020-03');
    expect(addMonths('2021-12', 1)).toBe('2022-01');
    expect(addMonths('2022-01', -1)).toBe('2021-12');
    expect(addMonths('2018-01', 71)).toBe('2023-12');
    expect(['2022-03', '2021-12-01', '2022-01'].sort(compareMonths)).toEqual([
      '2021-12-01',
      '2022-01',
      '2022-03',
    ]);
  });

  it('lists every month of a span, and none when it ends first', () => {
    expect(monthsFrom('2021-11-01', '2022-02')).toEqual([
      '2021-11',
      '2021-12',
      '2022-01',
      '2022-02',
    ]);
    expect(monthsFrom('2022-02', '2022-02')).toEqual(['2022-02']);
    expect(monthsFrom('2022-03', '2022-02')).toEqual([]);
  });

  it('cuts a run of months into calendar years', () => {
    const [first, last] = [monthIndex('2021-11'), monthIndex('2023-02')];
    expect(yearSpans(first, last)).toEqual([
      { year: 2021, first, last: monthIndex('2021-12'), startsInside: false },
      { year: 2022, first: monthIndex('2022-01'), last: monthIndex('2022-12'), startsInside: true },
      { year: 2023, first: monthIndex('2023-01'), last, startsInside: true },
    ]);
    const january = monthIndex('2022-01');
    expect(yearSpans(january, january)).toEqual([
      { year: 2022, first: january, last: january, startsInside: false },
    ]);
  });
});
