import { formatList, formatUsd } from '../i18n';
import type { EdgeMarker } from '../map/edge-markers';
import { useI18n } from './i18n-context';

/** Partners a marker names before it says "and N more". */
const NAMED = 2;

/** Which side of its point a marker's label sits: always back inside the map. */
function sideOf(angle: number): 'left' | 'right' | 'up' | 'down' {
  if (angle > -45 && angle <= 45) return 'left';
  if (angle > 45 && angle <= 135) return 'up';
  if (angle > -135 && angle <= -45) return 'down';
  return 'right';
}

/**
 * Where flows to partners off the visible map leave it: an arrow in the flow's direction and
 * the partners' names with the value they took in the period, so that a flow never seems to
 * end at a place that does not exist.
 */
export function EdgeMarkers({ markers }: { markers: readonly EdgeMarker[] }) {
  const { locale, t } = useI18n();
  return (
    <>
      {markers.map((m) => {
        const names = formatList(locale, m.names.slice(0, NAMED));
        const value = formatUsd(locale, m.valueUsd);
        const more = m.names.length - NAMED;
        const text =
          more > 0
            ? t('map.edgeMore', { names, count: more, value })
            : t('map.edge', { names, value });
        return (
          <p
            key={m.partners.join()}
            className={`edge-marker edge-${sideOf(m.angle)}`}
            style={{ left: m.x, top: m.y }}
            data-testid="edge-marker"
            data-partners={m.partners.join(',')}
            data-value-usd={m.valueUsd}
          >
            <span className="visually-hidden">
              {t('map.edgeLabel', { names: m.names.join(', '), value })}
            </span>
            <span
              className="edge-arrow"
              style={{ transform: `rotate(${Math.round(m.angle)}deg)` }}
              aria-hidden="true"
            >
              ➜
            </span>
            <span aria-hidden="true">{text}</span>
          </p>
        );
      })}
    </>
  );
}
