import type { ReactNode } from 'react';
import type { Corridor, LegSummary } from '../analysis/corridor';
import { SIGNAL_NAMES, signalLabel, signalMeaning } from '../analysis/signals';
import type { CorridorMonths } from '../data/corridor-query';
import { MAP_PALETTES, scoreColor, toCss, type MapTheme } from '../map/theme';
import { productText, routeText, scoreText, signalText } from './corridor-text';
import { ScoreBar } from './CorridorList';
import { useI18n } from './i18n-context';

function SignalsTable({ corridor }: { corridor: Corridor }) {
  const { locale, t } = useI18n();
  return (
    <table data-testid="signals-table">
      <caption>{t('detail.signals')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('detail.signal')}</th>
          <th scope="col">{t('detail.value')}</th>
          <th scope="col">{t('detail.contribution')}</th>
        </tr>
      </thead>
      <tbody>
        {SIGNAL_NAMES.map((name) => {
          const reading = corridor.signals[name];
          return (
            <tr key={name} title={signalMeaning(name, locale)}>
              <th scope="row">
                <span className={`swatch signal-${name}`} /> {signalLabel(name, locale)}
              </th>
              <td>{signalText(t, locale, name, reading)}</td>
              <td className="num">{scoreText(reading.contribution)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function LegSources({ corridor }: { corridor: Corridor }) {
  const { locale, t } = useI18n();
  const { origin, via, destination } = corridor.names;
  const legs: [string, string, LegSummary | null][] = [
    [t('detail.leg.first'), `${origin[locale]} → ${via[locale]}`, corridor.legs.first],
    [t('detail.leg.second'), `${via[locale]} → ${destination[locale]}`, corridor.legs.second],
    [t('detail.leg.direct'), `${origin[locale]} → ${destination[locale]}`, corridor.legs.direct],
  ];
  return (
    <section>
      <h3>{t('detail.legs')}</h3>
      <ul className="leg-sources" data-testid="leg-sources">
        {legs.map(([label, route, leg]) => (
          <li key={label}>
            <strong>{label}</strong> {route}: {t(`detail.source.${leg?.source ?? 'none'}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** Props of {@link CorridorDetail}. */
export interface CorridorDetailProps {
  corridor: Corridor;
  months: CorridorMonths | null;
  onBack: () => void;
  /** Draws the legs' monthly chart (kept apart so that the panel does not depend on d3). */
  renderChart: (corridor: Corridor, months: CorridorMonths) => ReactNode;
  /** The map theme: the score's colour must read on its panels. */
  theme: MapTheme;
}

/** One corridor: why it is flagged, its signals, its legs over time and their sources. */
export function CorridorDetail({
  corridor,
  months,
  onBack,
  renderChart,
  theme,
}: CorridorDetailProps) {
  const { locale, t } = useI18n();
  return (
    <aside
      className="panel corridor-detail"
      aria-labelledby="detail-title"
      data-testid="corridor-detail"
    >
      <button type="button" className="link" onClick={onBack}>
        {t('detail.back')}
      </button>
      <h2 id="detail-title">{routeText(t, locale, corridor)}</h2>
      <p className="product">{productText(locale, corridor)}</p>
      <p className="score-line">
        <span
          className="score"
          style={{ color: toCss(scoreColor(corridor.score, MAP_PALETTES[theme].score)) }}
        >
          {t('corridors.score', { score: scoreText(corridor.score) })}
        </span>
        <ScoreBar corridor={corridor} />
      </p>
      <p className="explanation" data-testid="detail-explanation">
        {corridor.explanation[locale]}
      </p>
      {months ? renderChart(corridor, months) : <p className="muted">{t('detail.loading')}</p>}
      <SignalsTable corridor={corridor} />
      <LegSources corridor={corridor} />
    </aside>
  );
}
