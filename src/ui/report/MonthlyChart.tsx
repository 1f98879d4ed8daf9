import { scaleBand, scaleLinear } from 'd3-scale';
import { useId, useMemo } from 'react';
import { INVASION_MONTH, monthNumber, monthOf, monthsFrom, yearOf } from '../../analysis/month';
import { formatMonth, formatUsd, type Locale } from '../../i18n';
import { useI18n } from '../i18n-context';
import {
  inRange,
  periodOf,
  sortedMonthly,
  type MonthRange,
  type MonthlyValue,
  type TextAlternative,
} from './report-model';

const WIDTH = 800;
const round = (x: number) => Math.round(x * 10) / 10;
const HEIGHT = 300;
const MARGIN = { top: 28, right: 12, bottom: 58, left: 72 };

/** Bar colours by period, each at least 4.5:1 on white; brackets under the bars repeat them. */
export const PERIOD_COLORS = { baseline: '#0369a1', post: '#c2410c', other: '#6b7280' } as const;

interface Bracket {
  label: string;
  x0: number;
  x1: number;
}

function layout(
  monthly: readonly MonthlyValue[],
  baseline: MonthRange,
  post: MonthRange,
  locale: Locale,
  labels: { baseline: string; post: string },
) {
  const series = sortedMonthly(monthly);
  const first = series[0]?.month ?? '';
  const last = series.at(-1)?.month ?? '';
  const months: string[] = first && last ? monthsFrom(first, last) : [];
  const values = new Map<string, number>(series.map((m) => [monthOf(m.month), m.valueUsd]));
  const x = scaleBand<string>()
    .domain(months)
    .range([MARGIN.left, WIDTH - MARGIN.right])
    .paddingInner(months.length > 60 ? 0.12 : 0.2);
  const max = Math.max(0, ...series.map((m) => m.valueUsd));
  const y = scaleLinear()
    .domain([0, max > 0 ? max : 1])
    .nice(4)
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const bars = months.flatMap((month) => {
    const value = values.get(month);
    if (value === undefined) return [];
    const period = periodOf(month, baseline, post) ?? 'other';
    return [
      {
        month,
        x: round(x(month) ?? 0),
        y: round(y(Math.max(0, value))),
        height: round(y(0) - y(Math.max(0, value))),
        fill: PERIOD_COLORS[period],
      },
    ];
  });
  const ticks = y
    .ticks(4)
    .map((value) => ({ value, y: round(y(value)), label: formatUsd(locale, value) }));
  const years = months
    .filter((m, i) => i === 0 || monthNumber(m) === 1)
    .map((m) => ({ month: m, x: round(x(m) ?? 0), label: String(yearOf(m)) }));
  const bracket = (range: MonthRange, label: string): Bracket | null => {
    const inside = months.filter((m) => inRange(m, range));
    const [a, b] = [inside[0], inside.at(-1)];
    if (a === undefined || b === undefined) return null;
    return { label, x0: round(x(a) ?? 0), x1: round((x(b) ?? 0) + x.bandwidth()) };
  };
  const brackets = [bracket(baseline, labels.baseline), bracket(post, labels.post)].filter(
    (b): b is Bracket => b !== null,
  );
  const marker = months.includes(INVASION_MONTH)
    ? round((x(INVASION_MONTH) ?? 0) + x.bandwidth() / 2)
    : null;
  return { bars, ticks, years, brackets, marker, bandwidth: round(x.bandwidth()) };
}

/**
 * The origin's monthly CHPL exports as bars (plain SVG, d3-scale), coloured by period with
 * brackets that name the periods under the axis, and a dashed line at February 2022. The
 * `<title>` and `<desc>` are the text alternative written from the data.
 */
export function MonthlyChart({
  monthly,
  baseline,
  post,
  alternative,
}: {
  monthly: readonly MonthlyValue[];
  baseline: MonthRange;
  post: MonthRange;
  alternative: TextAlternative;
}) {
  const { locale, t } = useI18n();
  const id = useId();
  const { bars, ticks, years, brackets, marker, bandwidth } = useMemo(
    () =>
      layout(monthly, baseline, post, locale, {
        baseline: t('transparency.monthly.baseline'),
        post: t('transparency.monthly.post'),
      }),
    [monthly, baseline, post, locale, t],
  );
  const axisY = HEIGHT - MARGIN.bottom;
  return (
    <svg
      className="tr-chart"
      viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
      role="img"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-desc`}
    >
      <title id={`${id}-title`}>{alternative.title}</title>
      <desc id={`${id}-desc`}>{alternative.desc}</desc>
      <g className="tr-chart-grid">
        {ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={tick.y} y2={tick.y} />
            <text x={MARGIN.left - 8} y={tick.y} dy="0.32em" textAnchor="end">
              {tick.label}
            </text>
          </g>
        ))}
      </g>
      <g>
        {bars.map((bar) => (
          <rect
            key={bar.month}
            x={bar.x}
            y={bar.y}
            width={bandwidth}
            height={bar.height}
            fill={bar.fill}
            data-month={bar.month}
          />
        ))}
      </g>
      <line
        className="tr-chart-axis"
        x1={MARGIN.left}
        x2={WIDTH - MARGIN.right}
        y1={axisY}
        y2={axisY}
      />
      <g className="tr-chart-years">
        {years.map((year) => (
          <g key={year.month}>
            <line x1={year.x} x2={year.x} y1={axisY} y2={axisY + 5} />
            <text x={year.x} y={axisY + 17}>
              {year.label}
            </text>
          </g>
        ))}
      </g>
      <g className="tr-chart-brackets">
        {brackets.map((b) => (
          <g key={b.label}>
            <path d={`M${b.x0},${axisY + 26}v6H${b.x1}v-6`} />
            <text x={(b.x0 + b.x1) / 2} y={axisY + 48} textAnchor="middle">
              {b.label}
            </text>
          </g>
        ))}
      </g>
      {marker !== null && (
        <g className="tr-chart-marker">
          <line x1={marker} x2={marker} y1={MARGIN.top - 6} y2={axisY} />
          <text
            x={marker > WIDTH * 0.7 ? marker - 5 : marker + 5}
            y={MARGIN.top - 10}
            textAnchor={marker > WIDTH * 0.7 ? 'end' : 'start'}
          >
            {t('transparency.monthly.invasion', {
              month: formatMonth(locale, INVASION_MONTH),
            })}
          </text>
        </g>
      )}
    </svg>
  );
}
