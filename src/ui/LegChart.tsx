import { useId, useMemo } from 'react';
import { type Locale, formatMonth, formatUsd, joinSentences, translate } from '../i18n';
import { useI18n } from './i18n-context';
import { computeLegChart, type LegChartModel, type LegSeries } from './leg-chart-model';
import './chart.css';

/** Props of {@link LegChart}. */
export interface LegChartProps {
  /** 'YYYY-MM-DD', ascending, one per month. */
  months: string[];
  /** Each leg's values, aligned with `months`; null breaks the line. */
  series: LegSeries[];
  baseline: { start: string; end: string };
  post: { start: string; end: string | null };
  title: string;
  width?: number;
  height?: number;
}

/** The text a screen reader gets instead of the picture: periods, then each leg's two means. */
function describe(
  locale: Locale,
  model: LegChartModel,
  { months, baseline, post }: LegChartProps,
): string {
  const usd = (value: number | null) =>
    value === null ? translate(locale, 'chart.desc.unknown') : formatUsd(locale, value);
  const postEnd = post.end ?? months[months.length - 1] ?? post.start;
  const sentences = [
    translate(locale, 'chart.desc.periods', {
      baselineStart: formatMonth(locale, baseline.start),
      baselineEnd: formatMonth(locale, baseline.end),
      postStart: formatMonth(locale, post.start),
      postEnd: formatMonth(locale, postEnd),
    }),
    ...model.series.map((s) =>
      translate(locale, 'chart.desc.series', {
        label: s.label,
        baseline: usd(s.baselineMean),
        post: usd(s.postMean),
      }),
    ),
  ];
  if (model.hasGaps) sentences.push(translate(locale, 'chart.desc.gaps'));
  return joinSentences(locale, sentences);
}

function Axes({ model, locale }: { model: LegChartModel; locale: Locale }) {
  const { plot } = model;
  return (
    <g className="leg-chart-axes">
      {model.yTicks.map(({ value, y }) => (
        <g key={value}>
          <line className="grid" x1={plot.left} x2={plot.right} y1={y} y2={y} />
          <text x={plot.left - 8} y={y} textAnchor="end" dominantBaseline="middle">
            {formatUsd(locale, value)}
          </text>
        </g>
      ))}
      {model.years.map(({ year, x, labelX }) => (
        <g key={year}>
          {x !== null && (
            <line className="year" x1={x} x2={x} y1={plot.bottom} y2={plot.bottom + 6} />
          )}
          {labelX !== null && (
            <text x={labelX} y={plot.bottom + 20} textAnchor="middle">
              {year}
            </text>
          )}
        </g>
      ))}
      <line className="axis" x1={plot.left} x2={plot.right} y1={plot.bottom} y2={plot.bottom} />
    </g>
  );
}

/** A shaded period of the chart with its name in the top corner. */
function Band({
  className,
  band,
  plot,
  label,
}: {
  className: string;
  band: { x0: number; x1: number };
  plot: LegChartModel['plot'];
  label: string;
}) {
  return (
    <g className={className}>
      <rect x={band.x0} width={band.x1 - band.x0} y={plot.top} height={plot.bottom - plot.top} />
      <text x={band.x0 + 6} y={plot.top + 16}>
        {label}
      </text>
    </g>
  );
}

function Periods({ model, locale }: { model: LegChartModel; locale: Locale }) {
  const { plot, baselineBand, postBand, invasionX } = model;
  return (
    <g className="leg-chart-periods">
      {baselineBand && (
        <Band
          className="baseline"
          band={baselineBand}
          plot={plot}
          label={translate(locale, 'chart.baseline')}
        />
      )}
      {postBand && (
        <Band
          className="post"
          band={postBand}
          plot={plot}
          label={translate(locale, 'chart.post')}
        />
      )}
      {invasionX !== null && (
        <g className="invasion">
          <line x1={invasionX} x2={invasionX} y1={plot.top - 4} y2={plot.bottom} />
          <text x={invasionX} y={plot.top - 10} textAnchor={model.invasionAnchor}>
            {translate(locale, 'chart.invasion')}
          </text>
        </g>
      )}
    </g>
  );
}

/**
 * One corridor's legs month by month: baseline and post-period bands, the February 2022
 * marker, each leg's baseline mean (dashed) and its line, broken where a month is not known.
 * Data reach the page as React text only.
 */
export function LegChart(props: LegChartProps) {
  const { months, series, baseline, post, title, width = 520, height = 260 } = props;
  const { locale } = useI18n();
  const id = useId();
  const model = useMemo(
    () => computeLegChart({ months, series, baseline, post, width, height }),
    [months, series, baseline, post, width, height],
  );
  const desc = describe(locale, model, props);

  if (months.length === 0) {
    return (
      <figure className="leg-chart">
        <figcaption>{title}</figcaption>
        <p className="leg-chart-empty">{translate(locale, 'chart.noData')}</p>
      </figure>
    );
  }
  return (
    <figure className="leg-chart">
      <figcaption>{title}</figcaption>
      <svg
        role="img"
        aria-labelledby={`${id}-title`}
        aria-describedby={`${id}-desc`}
        viewBox={`0 0 ${width} ${height}`}
        width={width}
        height={height}
      >
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{desc}</desc>
        <Periods model={model} locale={locale} />
        <Axes model={model} locale={locale} />
        {model.series.map((s) => (
          <g key={s.id} className="leg-chart-series" style={{ color: s.color }}>
            {s.baselineLine && (
              <line
                className="mean"
                x1={s.baselineLine.x0}
                x2={s.baselineLine.x1}
                y1={s.baselineLine.y}
                y2={s.baselineLine.y}
              />
            )}
            <path d={s.path} />
            {s.dots.map((dot, i) => (
              <circle key={i} cx={dot.x} cy={dot.y} r={2.5} />
            ))}
          </g>
        ))}
      </svg>
      <ul className="leg-chart-legend" aria-hidden="true">
        {model.series.map((s) => (
          <li key={s.id}>
            <span className="leg-chart-swatch" style={{ background: s.color }} />
            {s.label}
          </li>
        ))}
        <li className="note">
          <span className="leg-chart-swatch dashed" />
          {translate(locale, 'chart.baselineMean')}
        </li>
        {model.hasGaps && <li className="note">{translate(locale, 'chart.gap')}</li>}
      </ul>
    </figure>
  );
}
