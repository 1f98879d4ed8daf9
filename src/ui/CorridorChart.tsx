import type { Corridor } from '../analysis/corridor';
import { DEFAULT_PARAMS, type AnalysisParams } from '../analysis/params';
import type { CorridorMonths } from '../data/corridor-query';
import { LegChart } from './LegChart';
import { useI18n } from './i18n-context';
import { routeText } from './corridor-text';

/** Colours of the legs in the chart: the first leg amber, the second red, the direct flow blue. */
const LEG_COLORS = { first: '#f59e0b', second: '#ef4444', direct: '#60a5fa' } as const;

/** A corridor's legs month by month against the baseline, from the last scoring's tables. */
export function CorridorChart({
  corridor,
  months,
  params,
}: {
  corridor: Corridor;
  months: CorridorMonths;
  params: AnalysisParams | null;
}) {
  const { locale, t } = useI18n();
  const { origin, via, destination } = corridor.names;
  const series = (['first', 'second', 'direct'] as const).map((id) => ({
    id,
    color: LEG_COLORS[id],
    values: months[id],
    label:
      id === 'first'
        ? `${origin[locale]} → ${via[locale]}`
        : id === 'second'
          ? `${via[locale]} → ${destination[locale]}`
          : `${origin[locale]} → ${destination[locale]}`,
  }));
  const baseline = params?.baseline ?? DEFAULT_PARAMS.baseline;
  const defaultEnd = DEFAULT_PARAMS.baseline.end ?? baseline.start;
  return (
    <LegChart
      months={months.months}
      series={series}
      baseline={{ start: baseline.start, end: baseline.end ?? defaultEnd }}
      post={{ start: params?.post.start ?? corridor.postStart, end: params?.post.end ?? null }}
      title={t('detail.chartTitle', { route: routeText(t, locale, corridor) })}
      width={400}
      height={200}
    />
  );
}
