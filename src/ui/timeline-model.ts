import { scaleLinear } from 'd3-scale';
import { INVASION_MONTH, MONTHS_PER_YEAR, monthIndex, yearSpans } from '../analysis/month';
import { type Locale, formatMonth, formatYear, translate } from '../i18n';

/** What {@link computeTimeline} needs: the steps, their totals and the SVG's size in pixels. */
export interface TimelineInput {
  /** 'YYYY-MM-01', ascending, one per step. */
  months: readonly string[];
  step: 'month' | 'year';
  /** Total value of each step. */
  totals: ArrayLike<number>;
  width: number;
  height: number;
}

/** Everything the timeline's chart draws, in pixels; the window is applied by the component. */
export interface TimelineLayout {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** Width of one step's slot. */
  slot: number;
  /** Centre of each step's slot (where the range input's thumb sits for that step). */
  stepX: number[];
  /** One bar per step, from the baseline (`plot.bottom`) up. */
  bars: { x: number; y: number; width: number; height: number }[];
  /** Each year: the tick where it starts (null at the left edge), its label's x (null if too narrow). */
  years: { year: number; tickX: number | null; labelX: number | null }[];
  /** The invasion of Ukraine (24 February 2022), or null when the timeline does not reach it. */
  invasion: { x: number; anchor: 'start' | 'end' } | null;
  /** The largest total, and its step (-1 when there is none). */
  peak: { value: number; index: number };
}

/** Margins of the chart: room for the invasion label above and the years below. */
const MARGIN = { top: 18, right: 8, bottom: 20, left: 8 } as const;
const MIN_YEAR_LABEL_PX = 36;
const BAR_GAP_PX = 1;
/** Closer than this to the right edge, the invasion label goes to the left of its line. */
const INVASION_LABEL_PX = 150;

/** Lays out the timeline: one slot per step across the width, bars scaled to the largest total. */
export function computeTimeline(input: TimelineInput): TimelineLayout {
  const { months, step, totals, width, height } = input;
  const plot = {
    left: MARGIN.left,
    right: Math.max(width - MARGIN.right, MARGIN.left),
    top: MARGIN.top,
    bottom: Math.max(height - MARGIN.bottom, MARGIN.top),
  };
  const count = months.length;
  const slot = count > 0 ? (plot.right - plot.left) / count : 0;
  const stepX = months.map((_, i) => plot.left + slot * (i + 0.5));

  let peak = { value: 0, index: -1 };
  for (let i = 0; i < count; i += 1) {
    const value = totals[i] ?? 0;
    if (value > peak.value) peak = { value, index: i };
  }
  const y = scaleLinear()
    .domain([0, peak.value || 1])
    .range([plot.bottom, plot.top]);
  const barWidth = Math.max(slot - (slot > 3 * BAR_GAP_PX ? BAR_GAP_PX : 0), 0.5);
  const bars = stepX.map((x, i) => {
    const value = Math.max(totals[i] ?? 0, 0);
    // A month with any trade keeps a visible sliver, so that it never reads as none.
    const barHeight = value > 0 ? Math.max(plot.bottom - y(value), 1) : 0;
    return { x: x - barWidth / 2, y: plot.bottom - barHeight, width: barWidth, height: barHeight };
  });

  const stepMonths = step === 'year' ? MONTHS_PER_YEAR : 1;
  const first = count > 0 ? monthIndex(months[0] ?? '') : 0;
  /** x of a month index: its place within its step's slot. */
  const monthX = (month: number) => plot.left + (slot * (month - first + 0.5)) / stepMonths;

  const lastMonth = first + count * stepMonths - 1;
  const years = (count > 0 ? yearSpans(first, lastMonth) : []).map((span) => {
    const x0 = monthX(span.first - 0.5);
    const x1 = monthX(span.last + 0.5);
    return {
      year: span.year,
      tickX: span.startsInside ? x0 : null,
      labelX: x1 - x0 >= MIN_YEAR_LABEL_PX ? (x0 + x1) / 2 : null,
    };
  });

  const invasionMonth = monthIndex(INVASION_MONTH);
  const inRange = count > 0 && invasionMonth >= first && invasionMonth < first + count * stepMonths;
  const invasionX = monthX(invasionMonth);
  const anchor: 'start' | 'end' = plot.right - invasionX < INVASION_LABEL_PX ? 'end' : 'start';
  const invasion = inRange ? { x: invasionX, anchor } : null;

  return { width, height, plot, slot, stepX, bars, years, invasion, peak };
}

/** The first step of a window of `steps` steps ending at `end` (clamped at 0). */
export function windowFirst(end: number, steps: number): number {
  return Math.max(0, end - steps + 1);
}

/** The period of steps `first`..`last` as text: "Jul 2024 – Jun 2025", "Mar 2022", "2024". */
export function periodText(
  locale: Locale,
  months: readonly string[],
  step: 'month' | 'year',
  first: number,
  last: number,
): string {
  const format = (i: number) => {
    const month = months[i] ?? '';
    return step === 'year' ? formatYear(locale, month) : formatMonth(locale, month);
  };
  if (first >= last) return format(last);
  return translate(locale, 'timeline.window', { start: format(first), end: format(last) });
}

/** A part of a bar: one group's share of a step's total, stacked from the baseline up. */
export interface BarSegment {
  y: number;
  height: number;
  /** Index of the group in the stacks given. */
  group: number;
}

/**
 * Splits each bar into its groups' shares (the product groups of a month), bottom to top in
 * the order of `stacks` (one array of values per group, one value per step). A step whose
 * groups sum to nothing keeps no segment.
 */
export function stackBars(
  bars: TimelineLayout['bars'],
  stacks: readonly ArrayLike<number>[],
): BarSegment[][] {
  return bars.map((bar, i) => {
    const values = stacks.map((stack) => Math.max(stack[i] ?? 0, 0));
    const total = values.reduce((a, b) => a + b, 0);
    const segments: BarSegment[] = [];
    let bottom = bar.y + bar.height;
    values.forEach((value, group) => {
      if (value <= 0 || total <= 0) return;
      const height = (bar.height * value) / total;
      bottom -= height;
      segments.push({ y: bottom, height, group });
    });
    return segments;
  });
}
