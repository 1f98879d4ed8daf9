import { formatMonth, formatUsd, translateCount } from '../i18n';
import type { PartnerFlows } from '../data/partner-flows';
import { ROLE_COLORS, toCss, type PartnerRole } from '../map/theme';
import { useI18n } from './i18n-context';

const ROLES: [PartnerRole, 'legend.destination' | 'legend.intermediary' | 'legend.other'][] = [
  ['destination', 'legend.destination'],
  ['intermediary', 'legend.intermediary'],
  ['other', 'legend.other'],
];

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
        {ROLES.map(([role, key]) => (
          <li key={role}>
            <span className="swatch" style={{ background: toCss(ROLE_COLORS[role]) }} />
            {t(key)}
          </li>
        ))}
        <li>
          <span className="swatch width" />
          {t('legend.width')}
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
