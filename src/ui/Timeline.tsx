import { brushX, type D3BrushEvent } from 'd3-brush';
import { select } from 'd3-selection';
import { useEffect, useMemo, useRef, type CSSProperties } from 'react';
import { formatUsd, translateCount } from '../i18n';
import { windowSteps } from '../map/month-window';
import { togglePlayback } from './hooks/use-playback';
import { useI18n } from './i18n-context';
import {
  computeTimeline,
  periodText,
  stackBars,
  windowFirst,
  type TimelineLayout,
} from './timeline-model';
import './timeline.css';
import { useWidth } from './hooks/use-width';

/** Props of {@link Timeline}. */
export interface TimelineProps {
  /** 'YYYY-MM-01', ascending, one per step. */
  months: string[];
  step: 'month' | 'year';
  /** Total value of each step. */
  totals: Float64Array;
  /** The totals split by group (product groups), drawn as stacked bars in their colours. */
  stacks: readonly { color: string; values: ArrayLike<number> }[];
  /** Index of the window's last step. */
  current: number;
  /** Months in the window (1, 3, 12, or any length brushed). */
  windowLength: number;
  playing: boolean;
  /** Steps per second: 1, 2 or 4. */
  speed: number;
  onCurrentChange(index: number): void;
  onPlayingChange(playing: boolean): void;
  onSpeedChange(speed: number): void;
  onWindowLengthChange(length: number): void;
  /** A period brushed on the chart: its first and last step. */
  onRangeChange(first: number, last: number): void;
}

/** The choices of the speed and window selects. */
export const SPEEDS = [1, 2, 4] as const;
export const WINDOW_LENGTHS = [1, 3, 12] as const;

/** The window lengths offered: the usual ones, and the current one if it was brushed. */
const windowChoices = (current: number) =>
  [...new Set([...WINDOW_LENGTHS, current])].sort((a, b) => a - b);

/** Height of the chart, and width of the range input's (invisible) thumb, in pixels. */
const CHART_HEIGHT = 84;
const THUMB_WIDTH = 16;
/** Height of the strip under the bars (the years) where a drag scrubs instead of brushing. */
const SCRUB_HEIGHT = 22;

function PlayIcon({ playing }: { playing: boolean }) {
  return (
    <svg className="timeline-icon" viewBox="0 0 16 16" aria-hidden="true">
      {playing ? (
        <path d="M3.5 2.5h3v11h-3zM9.5 2.5h3v11h-3z" />
      ) : (
        <path d="M4 2.2 13.5 8 4 13.8z" />
      )}
    </svg>
  );
}

/**
 * A d3 brush over the bars whose selection is the window: drag across the bars to choose a
 * period, drag the window to move it, its edges to resize it, click a bar to end the window
 * there. The brush follows the window when it changes otherwise (playback, keys, the URL).
 */
function useWindowBrush(
  layout: TimelineLayout,
  first: number,
  current: number,
  onRange: (first: number, last: number) => void,
) {
  const ref = useRef<SVGGElement>(null);
  const onRangeRef = useRef(onRange);
  useEffect(() => {
    onRangeRef.current = onRange;
  }, [onRange]);
  const { plot, slot, stepX } = layout;
  const count = stepX.length;
  useEffect(() => {
    const group = ref.current;
    if (!group || count === 0) return;
    const stepAt = (x: number) =>
      Math.min(count - 1, Math.max(0, Math.floor((x - plot.left) / Math.max(slot, 1e-9))));
    const brush = brushX<unknown>()
      .extent([
        [plot.left, plot.top - 2],
        [plot.right, plot.bottom],
      ])
      .on('end', (event: D3BrushEvent<unknown>) => {
        if (!event.sourceEvent) return;
        const selection = event.selection as [number, number] | null;
        if (selection === null) {
          // A click: the window keeps its length and ends at the bar clicked.
          const end = stepAt((event.sourceEvent as MouseEvent).offsetX);
          onRangeRef.current(Math.max(0, end - (current - first)), end);
          return;
        }
        // Every bar the selection touches is in the period.
        const from = stepAt(selection[0]);
        onRangeRef.current(from, Math.max(from, stepAt(Math.ceil(selection[1] - 0.5) - 1)));
      });
    const selection = select(group);
    selection.call(brush);
    selection.call(brush.move, [plot.left + first * slot, plot.left + (current + 1) * slot]);
    return () => {
      selection.on('.brush', null);
    };
  }, [first, current, plot.left, plot.right, plot.top, plot.bottom, slot, count]);
  return ref;
}

/** The bars, the window (a brush), the current step's handle, the invasion and the years. */
function Chart({
  layout,
  stacks,
  first,
  current,
  label,
  onRange,
}: {
  layout: TimelineLayout;
  stacks: TimelineProps['stacks'];
  first: number;
  current: number;
  label: string;
  onRange(first: number, last: number): void;
}) {
  const { t } = useI18n();
  const { plot, stepX, invasion } = layout;
  const handleX = stepX[current] ?? plot.left;
  const brushRef = useWindowBrush(layout, first, current, onRange);
  const segments = useMemo(
    () =>
      stackBars(
        layout.bars,
        stacks.map((stack) => stack.values),
      ),
    [layout.bars, stacks],
  );
  return (
    <svg
      className="timeline-svg"
      role="img"
      aria-label={label}
      width={layout.width}
      height={layout.height}
    >
      <g className="timeline-bars">
        {layout.bars.map((bar, i) => (
          <rect
            key={i}
            className={i >= first && i <= current ? 'in-window' : undefined}
            x={bar.x}
            y={bar.y}
            width={bar.width}
            height={bar.height}
          />
        ))}
      </g>
      <g className="timeline-stacks">
        {segments.map((bar, i) =>
          i >= first && i <= current
            ? bar.map((segment) => (
                <rect
                  key={`${i}-${segment.group}`}
                  x={layout.bars[i]?.x}
                  y={segment.y}
                  width={layout.bars[i]?.width}
                  height={segment.height}
                  fill={stacks[segment.group]?.color}
                />
              ))
            : null,
        )}
      </g>
      <line
        className="timeline-axis"
        x1={plot.left}
        x2={plot.right}
        y1={plot.bottom}
        y2={plot.bottom}
      />
      <g className="timeline-years">
        {layout.years.map(({ year, tickX, labelX }) => (
          <g key={year}>
            {tickX !== null && <line x1={tickX} x2={tickX} y1={plot.bottom} y2={plot.bottom + 5} />}
            {labelX !== null && (
              <text x={labelX} y={plot.bottom + 16} textAnchor="middle">
                {year}
              </text>
            )}
          </g>
        ))}
      </g>
      {invasion && (
        <g className="timeline-invasion">
          <line x1={invasion.x} x2={invasion.x} y1={plot.top - 6} y2={plot.bottom} />
          <text
            x={invasion.x + (invasion.anchor === 'start' ? 4 : -4)}
            y={plot.top - 7}
            textAnchor={invasion.anchor}
          >
            {t('timeline.invasion')}
          </text>
        </g>
      )}
      <g className="timeline-handle">
        <line x1={handleX} x2={handleX} y1={plot.top - 4} y2={plot.bottom + 4} />
        <circle cx={handleX} cy={plot.bottom} r={5} />
      </g>
      <g className="timeline-brush" data-testid="timeline-brush" ref={brushRef} />
    </svg>
  );
}

/**
 * The playback bar under the map: the total of every month as bars, the window shown on the
 * map highlighted, the February 2022 marker; a range input over the chart to scrub (by
 * pointer or keyboard), play / pause, speed and window length, and the window as large text.
 */
export function Timeline(props: TimelineProps) {
  const { months, step, totals, current, windowLength, playing, speed } = props;
  const { locale, t } = useI18n();
  const [chartRef, width] = useWidth<HTMLDivElement>();
  const layout = useMemo(
    () => computeTimeline({ months, step, totals, width, height: CHART_HEIGHT }),
    [months, step, totals, width],
  );
  const count = months.length;
  const last = Math.min(Math.max(current, 0), count - 1);
  const first = windowFirst(last, windowSteps(step, windowLength));
  const period = count > 0 ? periodText(locale, months, step, first, last) : '';

  if (count === 0) {
    return (
      <section className="timeline" data-testid="timeline" aria-label={t('timeline.label')}>
        <p className="timeline-empty">{t('timeline.noData')}</p>
      </section>
    );
  }

  const { peak } = layout;
  const chartLabel = t(step === 'year' ? 'timeline.chart.year' : 'timeline.chart', {
    start: periodText(locale, months, step, 0, 0),
    end: periodText(locale, months, step, count - 1, count - 1),
    value: formatUsd(locale, peak.value),
    peak: periodText(locale, months, step, peak.index, peak.index),
  });
  const x0 = layout.stepX[0] ?? 0;
  const x1 = layout.stepX[count - 1] ?? 0;
  const style = {
    '--timeline-chart-height': `${CHART_HEIGHT}px`,
    '--timeline-scrub-height': `${SCRUB_HEIGHT}px`,
    '--timeline-thumb-width': `${THUMB_WIDTH}px`,
  } as CSSProperties;

  const control = { ...props, count, current: last };
  const scrub = (index: number) => {
    if (playing) props.onPlayingChange(false);
    props.onCurrentChange(index);
  };

  return (
    <section
      className="timeline"
      style={style}
      aria-label={t('timeline.label')}
      data-testid="timeline"
      data-current-month={months[last]}
    >
      <div className="timeline-controls">
        <p className="timeline-period" data-testid="timeline-period">
          {period}
        </p>
        <div className="timeline-buttons">
          <button
            type="button"
            className="button timeline-play"
            data-testid="timeline-play"
            aria-pressed={playing}
            aria-keyshortcuts="Space"
            title={t(playing ? 'timeline.pauseHint' : 'timeline.playHint')}
            onClick={() => togglePlayback(control)}
          >
            <PlayIcon playing={playing} />
            <span>{t('timeline.play')}</span>
          </button>
          <label className="timeline-select">
            <span>{t('timeline.speed')}</span>
            <select value={speed} onChange={(e) => props.onSpeedChange(Number(e.target.value))}>
              {SPEEDS.map((s) => (
                <option key={s} value={s}>
                  {t('timeline.speedOption', { speed: s })}
                </option>
              ))}
            </select>
          </label>
          {step === 'month' ? (
            <label className="timeline-select">
              <span>{t('timeline.windowLength')}</span>
              <select
                value={windowLength}
                onChange={(e) => props.onWindowLengthChange(Number(e.target.value))}
              >
                {windowChoices(windowLength).map((n) => (
                  <option key={n} value={n}>
                    {translateCount(locale, 'timeline.months', n, { count: n })}
                  </option>
                ))}
              </select>
            </label>
          ) : (
            <span className="timeline-note">{t('timeline.annual')}</span>
          )}
        </div>
      </div>
      <div className="timeline-chart" ref={chartRef}>
        {width > 0 && (
          <Chart
            layout={layout}
            stacks={props.stacks}
            first={first}
            current={last}
            label={chartLabel}
            onRange={(from, to) => {
              if (playing) props.onPlayingChange(false);
              props.onRangeChange(from, to);
            }}
          />
        )}
        <input
          type="range"
          className="timeline-range"
          data-testid="timeline-range"
          min={0}
          max={count - 1}
          step={1}
          value={last}
          disabled={count < 2}
          aria-label={t('timeline.range')}
          aria-valuetext={period}
          style={width > 0 ? { left: x0 - THUMB_WIDTH / 2, width: x1 - x0 + THUMB_WIDTH } : {}}
          onChange={(e) => scrub(Number(e.target.value))}
        />
      </div>
    </section>
  );
}
