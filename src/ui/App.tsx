import { useCallback, useEffect, useMemo, useState } from 'react';
import { corridorKey } from '../analysis/corridor';
import type { DatasetSource } from '../data/dataset';
import { fetchFirstView } from '../data/first-view';
import { PLACES as places } from '../data/places';
import { translator } from '../i18n';
import { analysisParams } from '../state/analysis-params';
import { datasetStore, nothingLoaded } from '../state/dataset-store';
import { datasetFromUrl } from '../state/dataset-from-url';
import { useDataset } from '../state/use-dataset';
import { useFirstView } from '../state/use-first-view';
import { useViewParts } from '../state/use-view-parts';
import { useViewState } from '../state/use-view-state';
import './chart.css';
import { CorridorList } from './CorridorList';
import { CorridorSettings } from './CorridorSettings';
import { DataControls } from './DataControls';
import { DropZone } from './DropZone';
import { Header } from './Header';
import { filterCorridors } from '../state/corridor-filter';
import { exportItems } from './export-items';
import { ExportMenu } from './ExportMenu';
import { useCorridorMonths, useCorridors, useRouteMonths } from './hooks/use-corridors';
import { useWorkspace } from './hooks/use-workspace';
import { I18nContext } from './i18n-context';
import { MapStage } from './MapStage';
import { BriefKey } from './brief/BriefKey';
import './brief/brief.css';
import { download } from './exports/download';
import { usePresenterLink } from './brief/presenter-link';
import { useBriefing } from './hooks/use-briefing';
import { LazyPart, lazyComponent, prefetchedComponent } from './LazyPart';
import './methodology.css';
import './mapping.css';
import { useMappingRequest } from './hooks/use-mapping-request';
import { useReducedMotion } from './hooks/use-reduced-motion';
import './report/report.css';
import { RouteView } from './RouteLegs';
import { useReportInput } from './hooks/use-report-input';
import { ModeNav } from './ModeNav';
import { NoData } from './NoData';
import { SAMPLE_URL } from './public-files';
import { StatusBar } from './StatusBar';
import { WorkspaceColumn } from './WorkspaceColumn';

const SAMPLE: DatasetSource = {
  kind: 'url',
  name: 'trade-sample.parquet',
  url: SAMPLE_URL,
  isSample: true,
};
/** The dataset opened first: the page address's `?data=` file, else the sample. */
const INITIAL = datasetFromUrl(window.location.href) ?? SAMPLE;
/**
 * Its stored first view, asked for as the page starts: drawn while DuckDB starts and loads
 * the data (issue #16).
 */
const FIRST_VIEW = INITIAL.kind === 'url' ? fetchFirstView(INITIAL.url) : Promise.resolve(null);

const NO_CORRIDORS: never[] = [];

// The parts of the page that the Explore view's first frame does not show are chunks loaded
// when first drawn (issue #16). Their stylesheets are imported above all the same, where the
// components were, so that the page's one stylesheet keeps its rules in the order they had:
// some also match the first view (brief.css's .brief-panel is the editor's panel too), and a
// sheet added later would win where it used to lose.
const PAGES = {
  brief: () => import('./brief/BriefPlayer'),
  report: () => import('./report/ReportPage'),
};
const ReportPage = lazyComponent(
  () => PAGES.report(),
  (m) => m.ReportPage,
);
const BriefPlayer = lazyComponent(
  () => PAGES.brief(),
  (m) => m.BriefPlayer,
);
const Methodology = lazyComponent(
  () => import('./Methodology'),
  (m) => m.Methodology,
);
const MappingDialog = lazyComponent(
  () => import('./MappingDialog'),
  (m) => m.MappingDialog,
);
const IngestReport = lazyComponent(
  () => import('./IngestReport'),
  (m) => m.IngestReport,
);
// A corridor's detail and chart (with d3-shape) start loading at once, to be ready for a click.
const CorridorDetail = prefetchedComponent(
  () => import('./CorridorDetail'),
  (m) => m.CorridorDetail,
);
const CorridorChart = prefetchedComponent(
  () => import('./CorridorChart'),
  (m) => m.CorridorChart,
);

/** The dashboard: header, map with legend, corridors, and the data status. */
export function App() {
  const [view, setView] = useViewState();
  const reducedMotion = useReducedMotion();
  const i18n = useMemo(() => ({ locale: view.locale, t: translator(view.locale) }), [view.locale]);
  const dataset = useDataset(INITIAL);
  const noData = nothingLoaded(dataset);
  // Until the first data is loaded, the badge follows the data on its way (and its first view).
  const isSample = dataset.summary?.isSample ?? (!noData && INITIAL === SAMPLE);
  const analysis = useMemo(() => analysisParams(view), [view]);
  const viewParts = useViewParts(view, dataset);
  const firstView = useFirstView(INITIAL, FIRST_VIEW, dataset);
  const scoring = useCorridors(dataset.summary, analysis.params, firstView?.ranking ?? null);
  const scored = scoring.result;
  const workspace = useWorkspace(view, dataset.summary, firstView);
  // The corridors' months are read from the scoring's working tables: those of a stored
  // ranking wait for the data's own scoring.
  const scoredHere = scoring.stored ? null : scored;
  const routeMonths = useRouteMonths(scoredHere?.corridors ?? NO_CORRIDORS);
  const selected = useMemo(
    () => scored?.corridors.find((c) => corridorKey(c) === view.corridor) ?? null,
    [scored, view.corridor],
  );
  const months = useCorridorMonths(scoredHere && selected);

  useEffect(() => {
    document.documentElement.lang = view.locale;
    document.title = i18n.t(view.page === 'report' ? 'transparency.title' : 'app.title');
  }, [view.locale, view.page, i18n]);
  useEffect(() => {
    document.documentElement.dataset.theme = view.theme;
  }, [view.theme]);

  // The corridors that pass the view's filters: listed, and drawn on the map.
  const shown = useMemo(
    () =>
      filterCorridors(
        scored?.corridors ?? [],
        { minScore: view.minScore, via: view.via, to: view.to },
        workspace.matcher,
      ),
    [scored, view.minScore, view.via, view.to, workspace.matcher],
  );
  const nameOf = useCallback(
    (code: string) => places.get(code)?.name[view.locale] ?? code,
    [view.locale],
  );

  const [addToCurrent, setAddToCurrent] = useState(false);
  const [reportOpen, setReportOpen] = useState(true);
  const openFiles = useCallback(
    (files: File[]) => {
      setReportOpen(true);
      const name = files.map((file) => file.name).join(', ');
      void datasetStore.load({ kind: 'files', name, files, add: addToCurrent });
    },
    [addToCurrent],
  );
  const useSample = useCallback(() => void datasetStore.load(SAMPLE), []);
  const mapping = useMappingRequest(dataset.failure, () => setReportOpen(true));
  const report = dataset.failure?.error.ingest ?? dataset.summary?.ingest ?? null;

  const brief = useBriefing(view, setView);
  usePresenterLink(view.page === 'brief', brief.briefing, view.step, brief.goToStep);
  const reportInput = useReportInput({
    enabled: view.page === 'report',
    summary: dataset.summary,
    corridors: scored?.corridors ?? null,
    params: analysis.params,
    months: workspace.months,
    places,
  });
  const briefing = view.page === 'brief';

  const toggleLocale = useCallback(
    () => setView({ locale: view.locale === 'en' ? 'zh-TW' : 'en' }),
    [setView, view.locale],
  );

  if (view.page === 'report') {
    return (
      <I18nContext.Provider value={i18n}>
        <LazyPart>
          <ReportPage input={reportInput} onClose={() => setView({ page: 'map' })} />
        </LazyPart>
      </I18nContext.Provider>
    );
  }

  return (
    <I18nContext.Provider value={i18n}>
      <div className={briefing ? 'app briefing' : 'app'} lang={view.locale}>
        <a className="skip-link" href="#status">
          {i18n.t('app.skipToStatus')}
        </a>
        {!briefing && (
          <Header isSample={isSample} onToggleLocale={toggleLocale}>
            <ModeNav
              page={view.page}
              onPage={(page) => (page === 'brief' ? brief.goToStep(0) : setView({ page }))}
              onIntent={(page) => {
                if (page !== 'map') void PAGES[page]();
              }}
            />
            <DataControls
              onOpenFiles={openFiles}
              onUseSample={useSample}
              canReturnToSample={noData || (dataset.summary !== null && !dataset.summary.isSample)}
              addToCurrent={addToCurrent}
              onAddToCurrentChange={setAddToCurrent}
              busy={dataset.loadingSource !== null}
            />
            {!noData && (
              <ExportMenu
                // Until the workspace knows its months, an export would have no period to name;
                // until the data is loaded, no source.
                busy={workspace.range === null || dataset.summary === null}
                items={exportItems({
                  view,
                  workspace,
                  shown,
                  result: scored,
                  params: analysis.params,
                  nameOf,
                  locale: view.locale,
                  t: i18n.t,
                  source: dataset.summary?.source.name ?? '',
                  isSample: dataset.summary?.isSample ?? false,
                  setView,
                })}
              />
            )}
          </Header>
        )}
        <MapStage
          view={view}
          setView={setView}
          workspace={workspace}
          shown={shown}
          selected={selected}
          places={places}
          routeMonths={routeMonths}
          bare={briefing}
          filters={
            <WorkspaceColumn
              view={view}
              setView={setView}
              workspace={workspace}
              places={places}
              selected={selected}
              brief={brief}
              noData={noData}
            />
          }
        >
          {briefing && <BriefKey colorBy={view.colorBy} theme={view.theme} />}
          {briefing && dataset.summary?.isSample && (
            <span className="badge brief-badge" title={i18n.t('dataset.syntheticNote')}>
              {i18n.t('dataset.syntheticBadge')}
            </span>
          )}
          {briefing ? (
            <LazyPart>
              <BriefPlayer
                briefing={brief.briefing}
                step={view.step}
                onStep={brief.goToStep}
                onExit={() => setView({ page: 'map', step: 0 })}
                autoPlay={brief.autoPlay}
                onAutoPlay={brief.setAutoPlay}
                reducedMotion={reducedMotion}
                onRecord={async (job) => {
                  const shown = view.step;
                  try {
                    const { recordBriefing } = await import('./brief/briefing-video');
                    const blob = await recordBriefing({
                      briefing: brief.briefing,
                      locale: view.locale,
                      t: i18n.t,
                      theme: view.theme,
                      source: dataset.summary?.source.name ?? '',
                      isSample: dataset.summary?.isSample ?? false,
                      goToStep: brief.goToStep,
                      job,
                    });
                    download(blob, `taiwan-dual-use_briefing_${brief.briefing.id}.webm`);
                  } finally {
                    brief.goToStep(shown);
                  }
                }}
                status={
                  noData
                    ? i18n.t('data.none')
                    : !workspace.flows
                      ? i18n.t('brief.loading')
                      : !scored
                        ? i18n.t('brief.scoring')
                        : null
                }
              />
            </LazyPart>
          ) : noData ? (
            <NoData onUseSample={useSample} />
          ) : selected ? (
            <LazyPart>
              <CorridorDetail
                corridor={selected}
                months={months}
                onBack={() => setView({ corridor: null })}
                theme={view.theme}
                renderChart={(corridor, data) => (
                  // A part of its own: while its code arrives, the detail stays, not a loading line.
                  <LazyPart>
                    <CorridorChart corridor={corridor} months={data} params={analysis.params} />
                  </LazyPart>
                )}
              />
            </LazyPart>
          ) : (
            <CorridorList
              result={scored}
              pending={scoring.pending}
              stored={scoring.stored}
              shown={shown}
              via={view.via && (places.get(view.via)?.name[view.locale] ?? view.via)}
              onClearVia={() => setView({ via: null })}
              onSelect={(corridor) => setView({ corridor })}
              onMethodology={() => setView({ page: 'method' })}
              theme={view.theme}
              route={
                <RouteView
                  view={view}
                  setView={setView}
                  workspace={workspace}
                  corridors={scored?.corridors ?? NO_CORRIDORS}
                  nameOf={nameOf}
                />
              }
            >
              <CorridorSettings view={view} error={analysis.error} onChange={setView} />
            </CorridorList>
          )}
          {report && reportOpen && (
            <LazyPart>
              <IngestReport summary={report} onClose={() => setReportOpen(false)} />
            </LazyPart>
          )}
        </MapStage>
        <DropZone onDrop={openFiles} />
        {mapping.request && (
          <LazyPart fallback={null}>
            <MappingDialog
              key={mapping.request.file.name}
              file={mapping.request.file}
              reason={mapping.request.reason}
              onLoad={mapping.load}
              onCancel={mapping.cancel}
            />
          </LazyPart>
        )}
        {view.page === 'method' && (
          <LazyPart fallback={null}>
            <Methodology onClose={() => setView({ page: 'map' })} />
          </LazyPart>
        )}
        {!briefing && <StatusBar dataset={dataset} viewParts={viewParts} />}
      </div>
    </I18nContext.Provider>
  );
}
