import type { Corridor } from '../analysis/corridor';
import { REASON_TEXT } from '../analysis/routes';
import type { CorridorResult } from '../data/corridor-query';
import { translateCount } from '../i18n';
import { useI18n } from './i18n-context';

/** How many unscored routes the list names; the JSON export has them all. */
const NAMED = 8;

/**
 * What the ranking can say for the data: the routes considered by status and, when no
 * corridor is flagged, the true reason — nothing stands out among the routes scored, or
 * nothing could be scored, and why. The unscored routes are listed with their reason.
 */
export function RouteAccount({
  result,
  flagged,
}: {
  result: CorridorResult;
  /** The corridors the list shows (flagged, after the view's filters). */
  flagged: readonly Corridor[];
}) {
  const { locale, t } = useI18n();
  const { counts, unscored } = result;
  const scored = counts.full + counts.partial + counts.noSignal;
  const reasons = counts.reasons.map((r) => (
    <li key={r.reason} data-reason={r.reason}>
      {translateCount(locale, 'routes.reasonCount', r.count, {
        reason: REASON_TEXT[r.reason][locale],
        count: r.count,
      })}
    </li>
  ));
  return (
    <div className="route-account" data-testid="route-account">
      {flagged.length === 0 &&
        (scored > 0 ? (
          <p data-verdict="none">{t('routes.none', { count: scored })}</p>
        ) : counts.unscored > 0 ? (
          <div data-verdict="unscored">
            <p>{t('routes.nothingScored')}</p>
            <ul>{reasons}</ul>
          </div>
        ) : (
          <p data-verdict="no-routes">{t('routes.noRoutes')}</p>
        ))}
      <p className="muted" data-testid="route-counts">
        {t('routes.summary', {
          considered: counts.considered,
          full: counts.full,
          partial: counts.partial,
          noSignal: counts.noSignal,
          unscored: counts.unscored,
        })}
      </p>
      {unscored.length > 0 && (
        <details>
          <summary>{t('routes.unscored')}</summary>
          <ul className="unscored">
            {unscored.slice(0, NAMED).map((u) => (
              <li key={`${u.via}>${u.destination}:${u.product}`}>
                {`${u.origin} → ${u.via} → ${u.destination}, ${u.product}: `}
                {REASON_TEXT[u.reason][locale]}
              </li>
            ))}
          </ul>
          {unscored.length > NAMED && <p>{t('routes.more', { count: unscored.length - NAMED })}</p>}
        </details>
      )}
    </div>
  );
}
