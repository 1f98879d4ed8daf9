import { useCallback, useMemo, useState, type ReactNode } from 'react';
import { routeBounds } from '../map/camera';
import { corridorKey, type Corridor } from '../analysis/corridor';
import { monthOf } from '../analysis/month';
import { selectionLabel } from '../analysis/product-selection';
import { formatUsd } from '../i18n';
import type { Place } from '../data/places';
import { FLOW_ARC } from '../map/arc-scale';
import { corridorRoutes, routeKey } from '../map/corridor-routes';
import { edgeFlows, edgeMarkers, type ScreenCamera } from '../map/edge-markers';
import type { MapTarget, SceneInput } from '../map/scene';
import { groupMonthTotals, monthTotals } from '../map/month-window';
import { legTotals, routeMonthsOf, routeWindow } from '../map/route-window';
import { CHPL_TIERS, MAP_PALETTES, tierOf, toCss } from '../map/theme';
import type { SetView } from '../state/use-view-state';
import { readAddressOptions, type ViewState } from '../state/view-state';
import type { RouteMonths } from '../data/corridor-query';
import { HS_ROWS, type Workspace } from './hooks/use-workspace';
import { usePlayback, usePlaybackKeys } from './hooks/use-playback';
import { useI18n } from './i18n-context';
import { Legend } from './Legend';
import { bestOnRoute, sceneTips, type TipContext } from './map-tips';
import { MapToolbar } from './MapToolbar';
import { useReducedMotion } from './hooks/use-reduced-motion';
import { useMediaQuery } from './hooks/use-media-query';
import { useMapSubject } from './hooks/use-map-subject';
import { LazyPart, prefetchedComponent } from './LazyPart';
import './timeline.css';
import { EdgeMarkers } from './EdgeMarkers';

// The timeline (with d3-brush) is drawn once the data is in: a chunk of its own, off the
// page's first load (issue #16). timeline.css stays in the page's stylesheet, in its place.
const Timeline = prefetchedComponent(
  () => import('./Timeline'),
  (m) => m.Timeline,
);
// The map itself (maplibre, deck.gl and the layers built on it, about two thirds of the app's
// script) is fetched beside the page's first load, not before it: the panels, the filters and
// the status line are drawn while it comes.
const MapCanvas = prefetchedComponent(
  () => import('./MapView'),
  (m) => m.MapCanvas,
);

/** A fixed animation time from the address (`?time=`), for screenshots and render tests. */
const FROZEN_TIME = readAddressOptions(window.location.search).time;
const INITIAL_ZOOM = 1.7;
/** A CHPL tier's place among the tiers ('3.A' → 2), from 0; goods of no tier come last. */
const tierGroupIndex = (tier: string) => {
  const index = CHPL_TIERS.indexOf(tierOf(tier));
  return index >= 0 ? index : CHPL_TIERS.length;
};

/** The panels drawn over the map in the workspace and in the briefing. */
const WORKSPACE_COVERS = '.side, .map-toolbar';
const BRIEFING_COVERS = '.brief-panel, .brief-badge, .brief-key';
/**
 * Windows too short for the side column to show both the ranking's first corridors and the
 * legend's keys (a laptop's 768–900 pixels): the keys start folded under the legend's title,
 * whose summary line stays in view.
 */
const SHORT_SCREEN = '(max-height: 1000px)';
/** The briefing's labels are read from the back of a room. */
const BRIEFING_LABEL_SCALE = 1.5;

/**
 * The map and everything about it: the flows of the period the view shows, the flagged
 * corridors, the toolbar, the legend and the timeline that plays the months. `filters` is the
 * column beside the map; `children` are the side panels, drawn over the map.
 */
export function MapStage({
  view,
  setView,
  workspace,
  shown,
  selected,
  places,
  routeMonths,
  filters,
  bare = false,
  children,
}: {
  view: ViewState;
  setView: SetView;
  workspace: Workspace;
  /** The corridors that pass the view's filters, best first. */
  shown: readonly Corridor[];
  selected: Corridor | null;
  places: ReadonlyMap<string, Place>;
  /** Every scored route's legs month by month (null until read). */
  routeMonths: RouteMonths | null;
  filters: ReactNode;
  /** The map alone, full width, without filters, toolbar, panels or timeline (the briefing). */
  bare?: boolean;
  children: ReactNode;
}) {
  const { locale, t } = useI18n();
  const { months, flows, range } = workspace;
  const [zoom, setZoom] = useState(INITIAL_ZOOM);
  const [screen, setScreen] = useState<ScreenCamera | null>(null);
  const reducedMotion = useReducedMotion();
  const short = useMediaQuery(SHORT_SCREEN);
  // The reader's own choice on the toolbar; until they make one, motion follows their system.
  const [motionChoice, setMotion] = useState<boolean | null>(null);
  const motion = motionChoice ?? !reducedMotion;
  const [playing, setPlaying] = useState(false);
  const [speed, setSpeed] = useState(2);

  const count = months?.months.length ?? 0;
  const current = range?.last ?? 0;
  const totals = useMemo(() => (months ? monthTotals(months) : null), [months]);
  const palette = MAP_PALETTES[view.theme];
  // The months' totals by product group, stacked in the map's tier colours (other goods last).
  const stacks = useMemo(() => {
    if (!months) return [];
    const groups = groupMonthTotals(months, tierGroupIndex, CHPL_TIERS.length + 1);
    const colors = [...CHPL_TIERS.map((tier) => palette.tiers[tier]), palette.flow];
    return groups.map((values, k) => ({ values, color: toCss(colors[k] ?? palette.flow) }));
  }, [months, palette]);
  const origin = months?.origin ?? view.origin;

  // The last month is the default view: it stays out of the address.
  const setCurrent = useCallback(
    (index: number) => {
      const date = months?.months[index];
      const month = date ? monthOf(date) : null;
      setView({ month: index >= count - 1 ? null : month }, { replace: playing });
    },
    [months, count, playing, setView],
  );
  const playback = {
    playing,
    count,
    current,
    onCurrentChange: setCurrent,
    onPlayingChange: setPlaying,
  };
  usePlayback({ ...playback, speed });
  usePlaybackKeys({ ...playback, enabled: view.page === 'map' });

  // A brushed period: its last month ends the window, and its length is the window's.
  const setRange = useCallback(
    (first: number, last: number) => {
      const date = months?.months[last];
      const month = date ? monthOf(date) : null;
      const steps = last - first + 1;
      setView({
        month: last >= count - 1 ? null : month,
        windowMonths: months?.step === 'year' ? steps * 12 : steps,
      });
    },
    [months, count, setView],
  );

  const routes = useMemo(() => corridorRoutes(shown, view.minScore), [shown, view.minScore]);
  // What each route carried in the window shown, so that a corridor grows as the months play.
  const carried = useMemo(
    () =>
      routeMonths && flows
        ? routeWindow(
            routeMonthsOf(routeMonths, shown),
            flows.firstPeriod,
            flows.lastPeriod,
            view.windowMonths,
          )
        : null,
    [routeMonths, shown, flows, view.windowMonths],
  );
  const anchors = useMemo(
    () => new Map([...places].map(([iso3, place]) => [iso3, place.position])),
    [places],
  );
  const selectedKey = selected && !bare ? corridorKey(selected) : null;
  const selectedBounds = useMemo(() => {
    if (!selected || bare) return null;
    const ends = [selected.origin, selected.via, selected.destination].map((c) => anchors.get(c));
    const bounds = ends.every(Boolean) ? routeBounds(ends as [number, number][]) : null;
    return bounds && { key: `corridor:${selectedKey}`, bounds };
  }, [selected, selectedKey, anchors, bare]);
  // A briefing step's caption differs by step and language: each is framed beside its own.
  const subject = useMapSubject(
    view.camera,
    selectedBounds,
    bare ? `${view.step}:${view.locale}` : null,
  );
  // The selected corridor's legs in the window shown, labelled on the map.
  const selectedLabels = useMemo(() => {
    if (!selected || !flows) return null;
    const months = routeMonths?.get(routeKey(selected))?.get(selected.product);
    const legs = legTotals(months, flows.firstPeriod, flows.lastPeriod);
    return (
      legs && {
        first: formatUsd(locale, legs.first),
        second: formatUsd(locale, legs.second),
      }
    );
  }, [selected, routeMonths, flows, locale]);
  // The tooltips' words, in the current language.
  const tips = useMemo(() => {
    const context: TipContext = {
      t,
      locale,
      originName: places.get(origin)?.name[locale] ?? origin,
      nameOf: (iso3) => places.get(iso3)?.name[locale] ?? iso3,
    };
    return sceneTips(context, view.post.split(':')[0] ?? '');
  }, [t, locale, places, origin, view.post]);
  const sceneInput = useMemo((): SceneInput => {
    const names = flows && (locale === 'en' ? flows.nameEn : flows.nameZh);
    return {
      flows,
      routes,
      anchors,
      selectedRoute: selected ? routeKey(selected) : null,
      via: view.via,
      routeWindow: carried,
      selectedLabels,
      colorBy: view.colorBy,
      palette,
      labelOf: (i) => names?.[i] ?? '',
      originLabel: t('map.origin'),
      zoom,
      labelScale: bare ? BRIEFING_LABEL_SCALE : 1,
      frame: screen,
      tips,
    };
  }, [
    flows,
    routes,
    carried,
    selectedLabels,
    anchors,
    selected,
    view.via,
    view.colorBy,
    palette,
    locale,
    t,
    zoom,
    bare,
    screen,
    tips,
  ]);

  // Where the flows to partners off the free part of the map leave it (none while one route is
  // the subject: the other flows are faded then).
  const markers = useMemo(() => {
    if (!flows || !screen || selected || flows.count === 0) return [];
    const shown = edgeFlows(flows, locale === 'en' ? flows.nameEn : flows.nameZh, view.via);
    const origin: [number, number] = [flows.originPosition[0] ?? 0, flows.originPosition[1] ?? 0];
    return edgeMarkers(origin, shown, screen, FLOW_ARC);
  }, [flows, screen, selected, locale, view.via]);

  // What a click on the map changes: a route opens its best corridor, a country narrows the
  // ranking to the corridors through it (a second click widens it again).
  const open = (target: MapTarget) => {
    switch (target.kind) {
      case 'route': {
        const best = bestOnRoute(shown, target.route.key);
        if (best) setView({ corridor: corridorKey(best) });
        return;
      }
      case 'flow':
        setView({ via: target.partner === view.via ? null : target.partner });
        return;
      default:
        return target satisfies never;
    }
  };

  return (
    <>
      <div className={bare ? 'workspace bare' : 'workspace'}>
        {!bare && (
          <aside className="workspace-column" aria-label={t('workspace.panels')}>
            {filters}
          </aside>
        )}
        <main className="stage">
          <LazyPart fallback={<div className="map" />}>
            <MapCanvas
              input={sceneInput}
              onOpen={open}
              motion={motion}
              frozenTime={FROZEN_TIME}
              theme={view.theme}
              subject={subject}
              covers={bare ? BRIEFING_COVERS : WORKSPACE_COVERS}
              reducedMotion={reducedMotion}
              panels={!bare}
              onZoomEnd={setZoom}
              onCamera={setScreen}
            />
          </LazyPart>
          <EdgeMarkers markers={markers} />
          {!bare && (
            <MapToolbar
              camera={view.camera}
              onCamera={(camera) => setView({ camera })}
              theme={view.theme}
              onTheme={(theme) => setView({ theme })}
              colorBy={view.colorBy}
              onColorBy={(colorBy) => setView({ colorBy })}
              motion={motion}
              onMotion={setMotion}
            />
          )}
          {!bare && (
            <div className="side">
              {children}
              <Legend
                title={t('legend.titleOf', {
                  origin: places.get(origin)?.name[locale] ?? origin,
                  products: selectionLabel(view.products, HS_ROWS, locale),
                })}
                flows={flows}
                colorBy={view.colorBy}
                palette={palette}
                motion={motion}
                partial={routes.some((route) => route.partial)}
                collapsed={short || selected !== null || view.via !== null}
                focus={view.via}
                firstView={workspace.fromFirstView}
              />
            </div>
          )}
          {bare && children}
        </main>
      </div>
      {!bare && months && totals && count > 0 && (
        <LazyPart fallback={null}>
          <Timeline
            months={months.months}
            step={months.step}
            totals={totals}
            stacks={stacks}
            current={current}
            windowLength={view.windowMonths}
            playing={playing}
            speed={speed}
            onCurrentChange={setCurrent}
            onPlayingChange={setPlaying}
            onSpeedChange={setSpeed}
            onWindowLengthChange={(windowMonths) => setView({ windowMonths })}
            onRangeChange={setRange}
          />
        </LazyPart>
      )}
    </>
  );
}
