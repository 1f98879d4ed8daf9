import { describe, expect, it } from 'vitest';
import { nextStep, togglePlayback, type PlaybackControl } from '../../src/ui/hooks/use-playback';
import { computeTimeline, periodText, stackBars, windowFirst } from '../../src/ui/timeline-model';

/** Every month from January 2018 to June 2025, as the bundled sample has them. */
const MONTHS = Array.from({ length: 90 }, (_, i) => {
  const year = 2018 + Math.floor(i / 12);
  return `${year}-${String((i % 12) + 1).padStart(2, '0')}-01`;
});
const FEB_2022 = MONTHS.indexOf('2022-02-01');

describe('computeTimeline', () => {
  const totals = Float64Array.from(MONTHS, (_, i) => (i === 40 ? 200 : 100));
  const layout = computeTimeline({
    months: MONTHS,
    step: 'month',
    totals,
    width: 1000,
    height: 84,
  });

  it('gives every month an equal slot across the width, left to right', () => {
    const { plot, stepX, slot } = layout;
    expect(stepX).toHaveLength(90);
    expect(stepX[0]).toBeCloseTo(plot.left + slot / 2);
    expect(stepX[89]).toBeCloseTo(plot.right - slot / 2);
    expect(slot * 90).toBeCloseTo(plot.right - plot.left);
  });

  it('draws the largest month full height and the others in proportion', () => {
    const { plot, bars, peak } = layout;
    expect(peak).toEqual({ value: 200, index: 40 });
    expect(bars[40]?.height).toBeCloseTo(plot.bottom - plot.top);
    expect(bars[0]?.height).toBeCloseTo((plot.bottom - plot.top) / 2);
    expect(bars.every((bar) => bar.y + bar.height === plot.bottom)).toBe(true);
  });

  it('keeps a sliver for a tiny month and nothing for an empty one', () => {
    const sparse = computeTimeline({
      months: MONTHS.slice(0, 3),
      step: 'month',
      totals: Float64Array.of(1e9, 1, 0),
      width: 600,
      height: 84,
    });
    expect(sparse.bars[1]?.height).toBe(1);
    expect(sparse.bars[2]?.height).toBe(0);
  });

  it('marks the invasion on February 2022, labelled to the right of its line', () => {
    expect(layout.invasion?.x).toBeCloseTo(layout.stepX[FEB_2022] ?? NaN);
    expect(layout.invasion?.anchor).toBe('start');
    const before = computeTimeline({
      months: MONTHS.slice(0, 24),
      step: 'month',
      totals,
      width: 1000,
      height: 84,
    });
    expect(before.invasion).toBeNull();
  });

  it('labels each year once and ticks where each year after the first begins', () => {
    expect(layout.years.map((y) => y.year)).toEqual([
      2018, 2019, 2020, 2021, 2022, 2023, 2024, 2025,
    ]);
    expect(layout.years[0]?.tickX).toBeNull();
    const january2022 = layout.stepX[MONTHS.indexOf('2022-01-01')] ?? NaN;
    expect(layout.years[4]?.tickX).toBeCloseTo(january2022 - layout.slot / 2);
    expect(layout.years.every((y) => y.labelX !== null)).toBe(true);
  });

  it('drops year labels that would not fit', () => {
    const narrow = computeTimeline({
      months: MONTHS,
      step: 'month',
      totals,
      width: 150,
      height: 84,
    });
    expect(narrow.years.some((y) => y.labelX === null)).toBe(true);
  });

  it('on an annual timeline, puts the invasion early in 2022', () => {
    const years = ['2019-01-01', '2020-01-01', '2021-01-01', '2022-01-01', '2023-01-01'];
    const annual = computeTimeline({
      months: years,
      step: 'year',
      totals: Float64Array.of(1, 2, 3, 4, 5),
      width: 500,
      height: 84,
    });
    const start2022 = (annual.stepX[3] ?? NaN) - annual.slot / 2;
    expect(annual.invasion?.x).toBeGreaterThan(start2022);
    expect(annual.invasion?.x).toBeLessThan(start2022 + annual.slot / 4);
    annual.years.forEach((y, i) => expect(y.labelX).toBeCloseTo(annual.stepX[i] ?? NaN));
  });
});

describe('periodText', () => {
  it('writes a window as its first and last month, or one month alone', () => {
    const jun2025 = MONTHS.length - 1;
    expect(periodText('en', MONTHS, 'month', windowFirst(jun2025, 12), jun2025)).toBe(
      'Jul 2024 – Jun 2025',
    );
    expect(periodText('zh-TW', MONTHS, 'month', windowFirst(jun2025, 12), jun2025)).toBe(
      '2024年7月 至 2025年6月',
    );
    expect(periodText('en', MONTHS, 'month', FEB_2022, FEB_2022)).toBe('Feb 2022');
  });

  it('writes years on an annual timeline', () => {
    const years = ['2023-01-01', '2024-01-01'];
    expect(periodText('en', years, 'year', 1, 1)).toBe('2024');
    expect(periodText('zh-TW', years, 'year', 0, 1)).toBe('2023年 至 2024年');
  });

  it('clamps a window at the first month', () => {
    expect(windowFirst(1, 12)).toBe(0);
    expect(windowFirst(20, 3)).toBe(18);
  });
});

describe('playback steps', () => {
  function control(playing: boolean, current: number, count = 5) {
    const calls: string[] = [];
    const c: PlaybackControl = {
      playing,
      count,
      current,
      onCurrentChange: (index) => calls.push(`current ${index}`),
      onPlayingChange: (value) => calls.push(value ? 'play' : 'stop'),
    };
    return { c, calls };
  }

  it('moves on one step and stops on reaching the last', () => {
    expect(nextStep(0, 5)).toEqual({ index: 1, stop: false });
    expect(nextStep(3, 5)).toEqual({ index: 4, stop: true });
  });

  it('starts again from the first step when play is pressed at the last', () => {
    const atEnd = control(false, 4);
    togglePlayback(atEnd.c);
    expect(atEnd.calls).toEqual(['current 0', 'play']);
    const midway = control(false, 2);
    togglePlayback(midway.c);
    expect(midway.calls).toEqual(['play']);
    const playing = control(true, 2);
    togglePlayback(playing.c);
    expect(playing.calls).toEqual(['stop']);
  });
});

describe('the stacked bars of the product groups', () => {
  it("split each bar by its groups' shares, bottom up, and skip empty groups", () => {
    const bars = [
      { x: 0, y: 20, width: 4, height: 80 },
      { x: 5, y: 100, width: 4, height: 0 },
    ];
    const segments = stackBars(bars, [
      [30, 0],
      [0, 0],
      [10, 0],
    ]);
    // 30 of 40 is three quarters of the 80 px bar (60 px), from the baseline at y = 100.
    expect(segments[0]).toEqual([
      { y: 40, height: 60, group: 0 },
      { y: 20, height: 20, group: 2 },
    ]);
    expect(segments[1]).toEqual([]);
  });
});
