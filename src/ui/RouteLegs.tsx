import type { Corridor } from '../analysis/corridor';
import type { GroupLegs } from '../data/flow-slices';
import { formatPercent, formatUsd, translateCount } from '../i18n';
import { destinationCodes } from '../state/analysis-params';
import { filterCorridors } from '../state/corridor-filter';
import type { SetView } from '../state/use-view-state';
import type { ViewState } from '../state/view-state';
import type { Workspace } from './hooks/use-workspace';
import { scoreText } from './corridor-text';
import { useI18n } from './i18n-context';
import { windowText } from './map-tips';

/** Props of {@link RouteLegs}. */
export interface RouteLegsProps {
  groups: readonly GroupLegs[];
  /** Names in the current language: the origin, the intermediary, the destination(s). */
  names: { origin: string; via: string; destination: string };
  /** The period shown ('Jul 2024 – Jun 2025'). */
  period: string;
  /** Corridors through the intermediary that the minimum score hides. */
  hidden: number;
  minScore: number;
  onShowHidden: () => void;
}

/**
 * The route through the intermediary the view is narrowed to, answered in one look: which
 * goods went in from the origin and which went on to the destination in the period, by CHPL
 * tier, and how much of what went on the origin's goods could account for.
 */
export function RouteLegs({
  groups,
  names,
  period,
  hidden,
  minScore,
  onShowHidden,
}: RouteLegsProps) {
  const { locale, t } = useI18n();
  const usd = (value: number) => formatUsd(locale, value);
  const first = groups.reduce((sum, g) => sum + g.first, 0);
  const second = groups.reduce((sum, g) => sum + g.second, 0);
  const share = (x: number) => formatPercent(locale, x);
  const params = { ...names, first: usd(first), second: usd(second) };
  const account =
    second <= 0
      ? t('route.noOnward', params)
      : first < second
        ? t('route.accountFor', { ...params, share: share(first / second) })
        : t('route.covered', { ...params, share: share(second / first) });
  const legHeads = [
    `${names.origin} → ${names.via}`,
    `${names.via} → ${names.destination}`,
  ] as const;
  return (
    <section className="route-legs" data-testid="route-legs" aria-labelledby="route-legs-title">
      <h3 id="route-legs-title">{t('route.title', names)}</h3>
      <table>
        <caption>{t('route.caption', { period })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('route.group')}</th>
            <th scope="col" className="num">
              {legHeads[0]}
            </th>
            <th scope="col" className="num">
              {legHeads[1]}
            </th>
          </tr>
        </thead>
        <tbody>
          {groups.map((g) => (
            <tr key={g.tier} data-tier={g.tier} data-first={g.first} data-second={g.second}>
              <th scope="row">
                {g.tier ? t(`legend.tier.${g.tier as '1' | '2' | '3' | '4'}`) : t('route.other')}
              </th>
              <td className="num">{usd(g.first)}</td>
              <td className="num">{usd(g.second)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot>
          <tr data-first={first} data-second={second}>
            <th scope="row">{t('route.total')}</th>
            <td className="num">{usd(first)}</td>
            <td className="num">{usd(second)}</td>
          </tr>
        </tfoot>
      </table>
      <p data-testid="route-account-share">{account}</p>
      {hidden > 0 && (
        <p>
          {translateCount(locale, 'route.hidden', hidden, {
            count: hidden,
            via: names.via,
            min: scoreText(minScore),
          })}{' '}
          <button type="button" className="link" onClick={onShowHidden}>
            {t('route.showHidden')}
          </button>
        </p>
      )}
    </section>
  );
}

/**
 * {@link RouteLegs} for the intermediary the view is narrowed to, once the workspace has summed
 * its legs; nothing when no intermediary is chosen.
 */
export function RouteView({
  view,
  setView,
  workspace,
  corridors,
  nameOf,
}: {
  view: ViewState;
  setView: SetView;
  workspace: Workspace;
  /** Every corridor scored. */
  corridors: readonly Corridor[];
  nameOf: (iso3: string) => string;
}) {
  const { locale, t } = useI18n();
  const { route, flows, matcher } = workspace;
  if (!view.via || !route || !flows) return null;
  const destinations = view.to ? [view.to] : destinationCodes(view.destinations);
  const list = new Intl.ListFormat(locale, { type: 'conjunction' });
  // Corridors through the intermediary that the view's filters keep but its minimum score hides.
  const filters = { via: view.via, to: view.to };
  const through = filterCorridors(corridors, { ...filters, minScore: 0 }, matcher);
  const listed = through.filter((c) => c.score >= view.minScore);
  const hidden =
    through.filter((c) => c.score > 0).length - listed.filter((c) => c.score > 0).length;
  return (
    <RouteLegs
      groups={route}
      names={{
        origin: nameOf(view.origin),
        via: nameOf(view.via),
        destination: list.format(destinations.map(nameOf)),
      }}
      period={windowText(t, locale, flows)}
      hidden={hidden}
      minScore={view.minScore}
      onShowHidden={() => setView({ minScore: 0 })}
    />
  );
}
