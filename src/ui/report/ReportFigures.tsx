import { MONTHS_PER_YEAR } from '../../analysis/month';
import {
  formatMonth,
  formatMonthName,
  formatNumber,
  formatUsd,
  translateCount,
  type Locale,
} from '../../i18n';
import { scoreText } from '../corridor-text';
import { useI18n } from '../i18n-context';
import { MonthlyChart, PERIOD_COLORS } from './MonthlyChart';
import { NumbersToggle } from './NumbersToggle';
import {
  monthlyByYear,
  ranksText,
  routeName,
  scoreBand,
  sortedMonthly,
  type MapRoute,
  type MonthRange,
  type MonthlyValue,
  type TextAlternative,
} from './report-model';
import { ReportSection } from './ReportSection';
import { BAND_DASH, StaticMap, scoreCss } from './StaticMap';

/** A short stretch of line as the map draws a route of the given score. */
function LineSample({ score }: { score: number }) {
  return (
    <svg className="tr-legend-sample" viewBox="0 0 36 12" aria-hidden="true" focusable="false">
      <line
        x1={2}
        x2={34}
        y1={6}
        y2={6}
        stroke={scoreCss(score)}
        strokeWidth={4}
        strokeDasharray={BAND_DASH[scoreBand(score)]}
      />
    </svg>
  );
}

/** The map of the top corridors, its legend and caption, and the routes' numbers. */
export function MapSection({
  routes,
  corridorCount,
  origin,
  countriesUrl,
  alternative,
}: {
  routes: readonly MapRoute[];
  /** How many corridors the routes hold. */
  corridorCount: number;
  origin: string;
  countriesUrl: string;
  alternative: TextAlternative;
}) {
  const { locale, t } = useI18n();
  return (
    <ReportSection id="report-map">
      <figure className="tr-figure">
        <StaticMap
          routes={routes}
          countriesUrl={countriesUrl}
          alternative={alternative}
          failedText={t('transparency.map.failed')}
        />
        <ul className="tr-legend">
          <li>
            <LineSample score={0.9} />
            {t('transparency.map.legend.high')}
          </li>
          <li>
            <LineSample score={0.35} />
            {t('transparency.map.legend.mid')}
          </li>
          <li>
            <LineSample score={0.1} />
            {t('transparency.map.legend.low')}
          </li>
          <li>{t('transparency.map.legend.width')}</li>
          <li>{t('transparency.map.legend.numbers')}</li>
        </ul>
        <figcaption>
          {translateCount(locale, 'transparency.map.caption', corridorCount, {
            count: corridorCount,
            origin,
          })}
        </figcaption>
      </figure>
      <NumbersToggle>
        <table className="tr-table">
          <caption>{t('transparency.map.table.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('transparency.col.route')}</th>
              <th scope="col">{t('transparency.col.ranks')}</th>
              <th scope="col" className="tr-num">
                {t('transparency.col.value')}
              </th>
              <th scope="col" className="tr-num">
                {t('transparency.col.topScore')}
              </th>
            </tr>
          </thead>
          <tbody>
            {routes.map((route) => (
              <tr key={route.key}>
                <th scope="row">{routeName(route, locale)}</th>
                <td>{ranksText(locale, route.ranks)}</td>
                <td className="tr-num">{formatNumber(locale, route.valueUsd)}</td>
                <td className="tr-num">{scoreText(route.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </NumbersToggle>
    </ReportSection>
  );
}

const PERIOD_LABELS = {
  baseline: 'transparency.monthly.baseline',
  post: 'transparency.monthly.post',
  other: 'transparency.monthly.other',
} as const;

/** Short month names of the locale: Jan … Dec / 1月 … 12月. */
const monthNames = (locale: Locale) =>
  Array.from({ length: MONTHS_PER_YEAR }, (_, i) => formatMonthName(locale, i + 1));

/** The origin's monthly CHPL exports: the bar chart, its caption, and the numbers by year. */
export function MonthlySection({
  monthly,
  baseline,
  post,
  origin,
  alternative,
}: {
  monthly: readonly MonthlyValue[];
  baseline: MonthRange;
  post: MonthRange;
  origin: string;
  alternative: TextAlternative;
}) {
  const { locale, t } = useI18n();
  const series = sortedMonthly(monthly);
  const [first, last] = [series[0], series.at(-1)];
  const years = monthlyByYear(series);
  const names = monthNames(locale);
  return (
    <ReportSection id="report-monthly">
      <figure className="tr-figure">
        <MonthlyChart monthly={monthly} baseline={baseline} post={post} alternative={alternative} />
        <ul className="tr-legend">
          {(['baseline', 'post', 'other'] as const).map((period) => (
            <li key={period}>
              <span
                className="tr-legend-swatch"
                style={{ backgroundColor: PERIOD_COLORS[period] }}
                aria-hidden="true"
              />
              {t(PERIOD_LABELS[period])}
            </li>
          ))}
        </ul>
        <figcaption>
          {first && last
            ? t('transparency.monthly.caption', {
                origin,
                start: formatMonth(locale, first.month),
                end: formatMonth(locale, last.month),
              })
            : t('transparency.monthly.descEmpty')}{' '}
          {t('transparency.monthly.legend')}
        </figcaption>
      </figure>
      <NumbersToggle>
        <table className="tr-table tr-table-monthly">
          <caption>{t('transparency.monthly.table.caption', { origin })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('transparency.col.year')}</th>
              {names.map((name) => (
                <th key={name} scope="col" className="tr-num">
                  {name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {years.map((row) => (
              <tr key={row.year}>
                <th scope="row">{row.year}</th>
                {row.values.map((value, i) => (
                  <td key={i} className="tr-num">
                    {value === null ? '–' : formatUsd(locale, value)}
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </NumbersToggle>
    </ReportSection>
  );
}
