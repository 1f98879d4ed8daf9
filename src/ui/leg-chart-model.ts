import { scaleLinear } from 'd3-scale';
import { line } from 'd3-shape';
import { INVASION_MONTH, monthIndex, yearSpans } from '../analysis/month';

/** Which leg of a corridor a series shows. */
export type LegId = 'first' | 'second' | 'direct';

/** One leg's monthly values, aligned with the chart's months (null: month not known). */
export interface LegSeries {
  id: LegId;
  label: string;
  color: string;
  values: readonly (number | null)[];
}

/** A span of months, both ends included, as 'YYYY-MM'; an open end runs to the last month. */
export interface MonthSpan {
  start: string;
  end: string | null;
}

/** What {@link computeLegChart} needs: the data and the size of the SVG in pixels. */
export interface LegChartInput {
  /** 'YYYY-MM-DD' (or 'YYYY-MM'), ascending, one per month. */
  months: readonly string[];
  series: readonly LegSeries[];
  baseline: MonthSpan;
  post: MonthSpan;
  width: number;
  height: number;
}

/** A horizontal stretch of the plot, in pixels. */
export interface Band {
  x0: number;
  x1: number;
}

/** A series as drawn: its path (one subpath per run of known months) and its means. */
export interface SeriesModel extends LegSeries {
  /** SVG path data; a month not known starts a new subpath. */
  path: string;
  /** Runs of consecutive known months, as [first, last] month positions. */
  segments: [number, number][];
  /** Known months with no known neighbour: drawn as dots, since a one-point path is invisible. */
  dots: { x: number; y: number }[];
  /** Mean of the known baseline months (null if none). */
  baselineMean: number | null;
  /** Mean of the known post-period months (null if none). */
  postMean: number | null;
  /** The baseline mean as a line over the baseline band. */
  baselineLine: (Band & { y: number }) | null;
}

/** Everything the leg chart draws, in pixels: computed outside React so that it can be tested. */
export interface LegChartModel {
  width: number;
  height: number;
  plot: { left: number; right: number; top: number; bottom: number };
  /** x of each month's point. */
  monthX: number[];
  baselineBand: Band | null;
  postBand: Band | null;
  /** x of February 2022, or null when the chart does not reach it. */
  invasionX: number | null;
  invasionAnchor: 'start' | 'middle' | 'end';
  yDomain: [number, number];
  yTicks: { value: number; y: number }[];
  /** Where each year starts (null before the first month) and its label's x (null if too narrow). */
  years: { year: number; x: number | null; labelX: number | null }[];
  series: SeriesModel[];
  hasGaps: boolean;
}

const MARGIN = { top: 30, right: 16, bottom: 30, left: 66 } as const;
const MIN_YEAR_LABEL_PX = 32;

const isKnown = (value: number | null | undefined): value is number =>
  typeof value === 'number' && Number.isFinite(value);

/** Mean of the known values whose month lies in [from, to] (month indexes); null if none. */
export function meanOver(
  months: readonly number[],
  values: readonly (number | null)[],
  from: number,
  to: number,
): number | null {
  let sum = 0;
  let count = 0;
  months.forEach((month, i) => {
    const value = values[i];
    if (month >= from && month <= to && isKnown(value)) {
      sum += value;
      count += 1;
    }
  });
  return count > 0 ? sum / count : null;
}

/** Runs of consecutive known values, as [first, last] positions. */
export function knownRuns(values: readonly (number | null)[], length: number): [number, number][] {
  const runs: [number, number][] = [];
  for (let i = 0; i < length; i += 1) {
    if (!isKnown(values[i])) continue;
    const last = runs[runs.length - 1];
    if (last && last[1] === i - 1) last[1] = i;
    else runs.push([i, i]);
  }
  return runs;
}

/**
 * 4–5 round ticks from 0 to at least the maximum: a step of 1, 2, 2.5 or 5 × 10ⁿ that the
 * maximum fills 3 to 4 times (d3's `nice` alone gives 6 ticks for, say, 9 billion).
 */
export function roundTicks(max: number): number[] {
  const magnitude = 10 ** Math.floor(Math.log10(max));
  for (const base of [0.25, 0.5, 1, 2, 2.5, 5, 10]) {
    const step = base * magnitude;
    const steps = Math.ceil(max / step - 1e-9);
    if (steps >= 3 && steps <= 4) {
      return Array.from({ length: steps + 1 }, (_, i) => Number((i * step).toPrecision(12)));
    }
  }
  return scaleLinear().domain([0, max]).nice(4).ticks(4);
}

function yScaleWithTicks(lo: number, hi: number, range: [number, number]) {
  if (lo < 0) {
    const scale = scaleLinear().domain([lo, hi]).range(range).nice(4);
    return { scale, ticks: scale.ticks(4) };
  }
  const ticks = roundTicks(hi);
  const scale = scaleLinear()
    .domain([0, ticks[ticks.length - 1] ?? hi])
    .range(range);
  return { scale, ticks };
}

/** Lays out the leg chart: scales, bands, the invasion marker, paths, means and ticks. */
export function computeLegChart(input: LegChartInput): LegChartModel {
  const { width, height } = input;
  const plot = {
    left: MARGIN.left,
    right: width - MARGIN.right,
    top: MARGIN.top,
    bottom: height - MARGIN.bottom,
  };
  const months = input.months.map(monthIndex);
  const first = months[0] ?? monthIndex(input.baseline.start);
  const last = months[months.length - 1] ?? first;
  const x = scaleLinear()
    .domain([first - 0.5, last + 0.5])
    .range([plot.left, plot.right]);

  const span = ({ start, end }: MonthSpan) => {
    const from = Math.max(monthIndex(start), first);
    const to = Math.min(end === null ? last : monthIndex(end), last);
    return from > to ? null : { from, to, band: { x0: x(from - 0.5), x1: x(to + 0.5) } };
  };
  const baseline = span(input.baseline);
  const post = span(input.post);

  const known = input.series.flatMap((s) => s.values.filter(isKnown));
  const lo = Math.min(0, ...known);
  const max = Math.max(0, ...known);
  const { scale: y, ticks } = yScaleWithTicks(lo, max > lo ? max : lo + 1, [plot.bottom, plot.top]);

  const series = input.series.map((s): SeriesModel => {
    const values = months.map((_, i) => s.values[i] ?? null);
    const path = line<number | null>()
      .defined(isKnown)
      .x((_, i) => x(months[i] ?? first))
      .y((value) => y(value ?? 0))(values);
    const segments = knownRuns(values, months.length);
    const baselineMean = baseline ? meanOver(months, values, baseline.from, baseline.to) : null;
    const postMean = post ? meanOver(months, values, post.from, post.to) : null;
    return {
      ...s,
      values,
      path: path ?? '',
      segments,
      dots: segments
        .filter(([a, b]) => a === b)
        .map(([i]) => ({ x: x(months[i] ?? first), y: y(values[i] ?? 0) })),
      baselineMean,
      postMean,
      baselineLine:
        baseline && baselineMean !== null ? { ...baseline.band, y: y(baselineMean) } : null,
    };
  });

  const invasion = monthIndex(INVASION_MONTH);
  const invasionX = invasion >= first && invasion <= last ? x(invasion) : null;
  const share = invasionX === null ? 0.5 : (invasionX - plot.left) / (plot.right - plot.left);

  const years = yearSpans(first, last).map((span) => {
    const x0 = x(span.first - 0.5);
    const x1 = x(span.last + 0.5);
    const labelX = x1 - x0 >= MIN_YEAR_LABEL_PX ? (x0 + x1) / 2 : null;
    return { year: span.year, x: span.startsInside ? x0 : null, labelX };
  });

  return {
    width,
    height,
    plot,
    monthX: months.map((m) => x(m)),
    baselineBand: baseline?.band ?? null,
    postBand: post?.band ?? null,
    invasionX,
    invasionAnchor: share < 0.3 ? 'start' : share > 0.7 ? 'end' : 'middle',
    yDomain: y.domain() as [number, number],
    yTicks: ticks.map((value) => ({ value, y: y(value) })),
    years,
    series,
    hasGaps: series.some((s) => s.values.some((v) => !isKnown(v))),
  };
}
