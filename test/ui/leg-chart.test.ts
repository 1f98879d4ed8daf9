import { describe, expect, it } from 'vitest';
import { monthIndex } from '../../src/analysis/month';
import {
  computeLegChart,
  knownRuns,
  roundTicks,
  type LegChartInput,
} from '../../src/ui/leg-chart-model';

// Eight months around the invasion; index 4 is February 2022.
const MONTHS = [
  '2021-10-01',
  '2021-11-01',
  '2021-12-01',
  '2022-01-01',
  '2022-02-01',
  '2022-03-01',
  '2022-04-01',
  '2022-05-01',
];

const FIXTURE: LegChartInput = {
  months: MONTHS,
  series: [
    {
      id: 'first',
      label: 'TWN → KGZ',
      color: '#fbbf24',
      values: [100, null, 300, 400, 500, null, 700, 800],
    },
    {
      id: 'second',
      label: 'KGZ → RUS',
      color: '#f87171',
      values: [null, null, null, 50, 60, 70, 80, 90],
    },
    { id: 'direct', label: 'TWN → RUS', color: '#94a3b8', values: [10, 20, 30, 40, 0, 0, 0, 0] },
  ],
  baseline: { start: '2021-10', end: '2021-12' },
  post: { start: '2022-03', end: null },
  width: 520,
  height: 260,
};

const model = computeLegChart(FIXTURE);
const series = (id: string) => {
  const found = model.series.find((s) => s.id === id);
  if (!found) throw new Error(`no series ${id}`);
  return found;
};

describe('computeLegChart', () => {
  it('breaks a line where a month is not known', () => {
    const first = series('first');
    expect(first.segments).toEqual([
      [0, 0],
      [2, 4],
      [6, 7],
    ]);
    expect(first.path.match(/M/g)).toHaveLength(3);
    // The lone October point has no line of its own, so it is drawn as a dot.
    expect(first.dots).toHaveLength(1);
    expect(first.dots[0]?.x).toBeCloseTo(model.monthX[0] ?? NaN, 9);
    expect(series('direct').path.match(/M/g)).toHaveLength(1);
    expect(model.hasGaps).toBe(true);
  });

  it('puts the February 2022 marker between January and March 2022', () => {
    const [jan = NaN, , mar = NaN] = model.monthX.slice(3, 6);
    expect(model.invasionX).not.toBeNull();
    expect(model.invasionX).toBeGreaterThan(jan);
    expect(model.invasionX).toBeLessThan(mar);
  });

  it('has no marker when the months do not reach February 2022', () => {
    const early = computeLegChart({
      ...FIXTURE,
      months: MONTHS.slice(0, 3),
      series: FIXTURE.series.map((s) => ({ ...s, values: s.values.slice(0, 3) })),
    });
    expect(early.invasionX).toBeNull();
    expect(early.postBand).toBeNull();
  });

  it('draws each leg’s baseline mean over the known baseline months', () => {
    // first: (100 + 300) / 2, November unknown; direct: (10 + 20 + 30) / 3; second: none known.
    expect(series('first').baselineMean).toBe(200);
    expect(series('direct').baselineMean).toBe(20);
    expect(series('second').baselineMean).toBeNull();
    expect(series('second').baselineLine).toBeNull();
    const line = series('first').baselineLine;
    expect(line).toMatchObject(model.baselineBand ?? {});
    // The post period runs to the last month: (700 + 800) / 2, March unknown.
    expect(series('first').postMean).toBe(750);
    expect(series('second').postMean).toBe(80);
  });

  it('places the baseline mean line at the mean on the y scale', () => {
    const [lo, hi] = model.yDomain;
    const { top, bottom } = model.plot;
    const expected = bottom - ((200 - lo) / (hi - lo)) * (bottom - top);
    expect(series('first').baselineLine?.y).toBeCloseTo(expected, 9);
  });

  it('covers the largest value with 4–5 round ticks from zero', () => {
    expect(model.yDomain[0]).toBe(0);
    expect(model.yDomain[1]).toBeGreaterThanOrEqual(800);
    expect(model.yTicks.length).toBeGreaterThanOrEqual(4);
    expect(model.yTicks.length).toBeLessThanOrEqual(5);
    expect(model.yTicks[0]).toEqual({ value: 0, y: model.plot.bottom });
    expect(model.yTicks.at(-1)?.value).toBe(model.yDomain[1]);
  });

  it.each([[3_210_000], [47], [0.5], [9e9]])('ticks stay 4–5 up to a maximum of %d', (max) => {
    const chart = computeLegChart({
      ...FIXTURE,
      series: [{ id: 'first', label: 'a', color: '#fff', values: [0, max, null] }],
    });
    expect(chart.yDomain[1]).toBeGreaterThanOrEqual(max);
    expect(chart.yTicks.length).toBeGreaterThanOrEqual(4);
    expect(chart.yTicks.length).toBeLessThanOrEqual(5);
  });

  it('shades the baseline and post periods half a month either side of their points', () => {
    const half = ((model.monthX[1] ?? 0) - (model.monthX[0] ?? 0)) / 2;
    expect(model.baselineBand?.x0).toBeCloseTo((model.monthX[0] ?? 0) - half, 9);
    expect(model.baselineBand?.x1).toBeCloseTo((model.monthX[2] ?? 0) + half, 9);
    expect(model.postBand?.x0).toBeCloseTo((model.monthX[5] ?? 0) - half, 9);
    expect(model.postBand?.x1).toBeCloseTo(model.plot.right, 9);
  });

  it('labels the years and marks where each starts', () => {
    expect(model.years.map((y) => y.year)).toEqual([2021, 2022]);
    expect(model.years[0]?.x).toBeNull();
    const jan = model.monthX[3] ?? 0;
    const half = ((model.monthX[1] ?? 0) - (model.monthX[0] ?? 0)) / 2;
    expect(model.years[1]?.x).toBeCloseTo(jan - half, 9);
  });

  it('handles a chart with no data', () => {
    const empty = computeLegChart({ ...FIXTURE, months: [], series: [] });
    expect(empty.series).toEqual([]);
    expect(empty.yTicks.length).toBeGreaterThanOrEqual(4);
  });
});

describe('helpers', () => {
  it.each([
    [800, [0, 200, 400, 600, 800]],
    [9e9, [0, 2.5e9, 5e9, 7.5e9, 1e10]],
    [47, [0, 20, 40, 60]],
    [1, [0, 0.25, 0.5, 0.75, 1]],
    [0.3, [0, 0.1, 0.2, 0.3]],
  ])('rounds a maximum of %d to the ticks %j', (max, ticks) => {
    expect(roundTicks(max)).toEqual(ticks);
  });

  it('counts months across years', () => {
    expect(monthIndex('2022-02-01') - monthIndex('2021-12')).toBe(2);
  });

  it('finds runs of known values, treating NaN as unknown', () => {
    expect(knownRuns([1, NaN, 2, 3, null], 5)).toEqual([
      [0, 0],
      [2, 3],
    ]);
  });
});
