import { formatMonth, formatUsd, translateCount } from '../i18n';
import type { PartnerFlows } from '../data/partner-flows';
import { FLOW_COLOR, SCORE_STOPS, toCss } from '../map/theme';
import { useI18n } from './i18n-context';

const SCORE_GRADIENT = `linear-gradient(90deg, ${SCORE_STOPS.map(toCss).join(', ')})`;

/** Explains colour and width, the period shown, and sums up what is drawn. */
export function Legend({ flows }: { flows: PartnerFlows | null }) {
  const { locale, t } = useI18n();
  const total = flows ? flows.valueUsd.reduce((a, b) => a + b, 0) : 0;
  return (
    <aside className="legend" aria-labelledby="legend-title">
      <h2 id="legend-title">{t('legend.title')}</h2>
      {flows && flows.count > 0 && (
        <p className="legend-period" data-testid="legend-period">
          {t('legend.period', {
            start: formatMonth(locale, flows.firstPeriod),
            end: formatMonth(locale, flows.lastPeriod),
          })}
        </p>
      )}
      <ul>
        <li>
          <span className="swatch" style={{ background: toCss(FLOW_COLOR) }} />
          {t('legend.flows')}
        </li>
        <li>
          <span className="scale-end">0</span>
          <span className="swatch score-scale" style={{ background: SCORE_GRADIENT }} />
          <span className="scale-end">1</span>
          {t('legend.corridor')}
        </li>
      </ul>
      {flows && (
        <p
          className="legend-summary"
          data-testid="legend-summary"
          data-partners={flows.count}
          data-total-usd={total}
        >
          {flows.count > 0
            ? translateCount(locale, 'legend.summary', flows.count, {
                partners: flows.count,
                value: formatUsd(locale, total),
              })
            : t('legend.none')}
        </p>
      )}
    </aside>
  );
}
