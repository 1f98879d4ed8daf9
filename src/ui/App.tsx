import { useCallback, useEffect, useMemo, useState } from 'react';
import sampleUrl from '../../data/sample/trade-sample.parquet?url';
import { corridorKey } from '../analysis/corridor';
import type { DatasetSource } from '../data/dataset';
import { translator } from '../i18n';
import { frozenTime } from '../map/animation';
import { INITIAL_CAMERA } from '../map/camera';
import { buildCorridorLayers, corridorRoutes, routeKey } from '../map/corridor-layers';
import { buildFlowLayers } from '../map/flow-layers';
import { datasetStore } from '../state/dataset-store';
import { analysisParams } from '../state/analysis-params';
import { datasetFromUrl } from '../state/dataset-from-url';
import { useDataset } from '../state/use-dataset';
import { useViewState } from '../state/use-view-state';
import { CorridorChart } from './CorridorChart';
import { CorridorDetail } from './CorridorDetail';
import { CorridorList } from './CorridorList';
import { CorridorSettings } from './CorridorSettings';
import { DataControls } from './DataControls';
import { DropZone } from './DropZone';
import { Header } from './Header';
import { useAnchors, useCorridorMonths, useCorridors } from './hooks/use-corridors';
import { usePartnerFlows } from './hooks/use-partner-flows';
import { I18nContext } from './i18n-context';
import { IngestReport } from './IngestReport';
import { Legend } from './Legend';
import { MapView } from './MapView';
import { Methodology } from './Methodology';
import { StatusBar } from './StatusBar';

const SAMPLE: DatasetSource = {
  kind: 'url',
  name: 'trade-sample.parquet',
  url: sampleUrl,
  isSample: true,
};
/** The dataset opened first: the page address's `?data=` file, else the sample. */
const INITIAL = datasetFromUrl(window.location.href) ?? SAMPLE;
const ORIGIN = 'TWN';
/** A fixed animation time from the address (`?time=`), for screenshots and render tests. */
const FROZEN_TIME = frozenTime(window.location.search);
const REDUCED_MOTION = window.matchMedia?.('(prefers-reduced-motion: reduce)').matches ?? false;
/** Corridors below this score are listed but not drawn on the map. */
const MAP_MIN_SCORE = 0.2;

/** The dashboard: header, map with legend, corridors, and the data status. */
export function App() {
  const [view, setView] = useViewState();
  const i18n = useMemo(() => ({ locale: view.locale, t: translator(view.locale) }), [view.locale]);
  const dataset = useDataset(INITIAL);
  const flows = usePartnerFlows(dataset.summary, ORIGIN);
  const analysis = useMemo(() => analysisParams(view), [view]);
  const scored = useCorridors(dataset.summary, analysis.params);
  const anchors = useAnchors(dataset.summary);
  const [zoom, setZoom] = useState(INITIAL_CAMERA.zoom);
  const [motion] = useState(!REDUCED_MOTION);
  const selected = useMemo(
    () => scored?.corridors.find((c) => corridorKey(c) === view.corridor) ?? null,
    [scored, view.corridor],
  );
  const months = useCorridorMonths(selected);

  useEffect(() => {
    document.documentElement.lang = view.locale;
    document.title = i18n.t('app.title');
  }, [view.locale, i18n]);

  const routes = useMemo(() => corridorRoutes(scored?.corridors ?? [], MAP_MIN_SCORE), [scored]);
  const layers = useMemo(() => {
    const selectedRoute = selected ? routeKey(selected) : null;
    const emphasised = new Set(routes.flatMap((r) => [r.via, r.destination]));
    const names = flows && (view.locale === 'en' ? flows.nameEn : flows.nameZh);
    const flowLayers =
      flows && names
        ? buildFlowLayers({
            flows,
            emphasised,
            dimmed: selectedRoute !== null,
            labelOf: (i) => names[i] ?? '',
            originLabel: i18n.t('map.origin'),
            zoom,
          })
        : null;
    return [
      ...(flowLayers?.flows ?? []),
      ...buildCorridorLayers({ routes, anchors, selected: selectedRoute }),
      ...(flowLayers ? [flowLayers.labels] : []),
    ];
  }, [flows, routes, anchors, selected, view.locale, i18n, zoom]);

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
  const report = dataset.failure?.error.ingest ?? dataset.summary?.ingest ?? null;

  const toggleLocale = useCallback(
    () => setView({ locale: view.locale === 'en' ? 'zh-TW' : 'en' }),
    [setView, view.locale],
  );

  return (
    <I18nContext.Provider value={i18n}>
      <div className="app" lang={view.locale}>
        <a className="skip-link" href="#status">
          {i18n.t('app.skipToStatus')}
        </a>
        <Header isSample={dataset.summary?.isSample ?? true} onToggleLocale={toggleLocale}>
          <DataControls
            onOpenFiles={openFiles}
            onUseSample={useSample}
            canReturnToSample={dataset.summary !== null && !dataset.summary.isSample}
            addToCurrent={addToCurrent}
            onAddToCurrentChange={setAddToCurrent}
            busy={dataset.loadingSource !== null}
          />
        </Header>
        <main className="stage">
          <MapView layers={layers} motion={motion} frozenTime={FROZEN_TIME} onZoomEnd={setZoom} />
          <Legend flows={flows} />
          {selected ? (
            <CorridorDetail
              corridor={selected}
              months={months}
              onBack={() => setView({ corridor: null })}
              renderChart={(corridor, data) => (
                <CorridorChart corridor={corridor} months={data} params={analysis.params} />
              )}
            />
          ) : (
            <CorridorList
              result={scored}
              onSelect={(corridor) => setView({ corridor })}
              onMethodology={() => setView({ page: 'method' })}
            >
              <CorridorSettings view={view} error={analysis.error} onChange={setView} />
            </CorridorList>
          )}
          {report && reportOpen && (
            <IngestReport summary={report} onClose={() => setReportOpen(false)} />
          )}
        </main>
        <DropZone onDrop={openFiles} />
        {view.page === 'method' && <Methodology onClose={() => setView({ page: 'map' })} />}
        <StatusBar dataset={dataset} />
      </div>
    </I18nContext.Provider>
  );
}
