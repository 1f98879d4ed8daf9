import { useCallback, useEffect, useMemo, useState } from 'react';
import sampleUrl from '../../data/sample/trade-sample.parquet?url';
import { corridorKey } from '../analysis/corridor';
import type { DatasetSource } from '../data/dataset';
import { translator } from '../i18n';
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
import { useCorridorMonths, useCorridors, usePlaces } from './hooks/use-corridors';
import { I18nContext } from './i18n-context';
import { IngestReport } from './IngestReport';
import { MapStage } from './MapStage';
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

/** The dashboard: header, map with legend, corridors, and the data status. */
export function App() {
  const [view, setView] = useViewState();
  const i18n = useMemo(() => ({ locale: view.locale, t: translator(view.locale) }), [view.locale]);
  const dataset = useDataset(INITIAL);
  const analysis = useMemo(() => analysisParams(view), [view]);
  const scored = useCorridors(dataset.summary, analysis.params);
  const places = usePlaces(dataset.summary);
  const selected = useMemo(
    () => scored?.corridors.find((c) => corridorKey(c) === view.corridor) ?? null,
    [scored, view.corridor],
  );
  const months = useCorridorMonths(selected);

  useEffect(() => {
    document.documentElement.lang = view.locale;
    document.title = i18n.t('app.title');
  }, [view.locale, i18n]);
  useEffect(() => {
    document.documentElement.dataset.theme = view.theme;
  }, [view.theme]);

  // The corridors that pass the view's filters: listed, and drawn on the map.
  const shown = useMemo(
    () =>
      (scored?.corridors ?? []).filter(
        (c) => c.score >= view.minScore && (view.via === null || c.via === view.via),
      ),
    [scored, view.minScore, view.via],
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
        <MapStage
          view={view}
          setView={setView}
          summary={dataset.summary}
          shown={shown}
          selected={selected}
          places={places}
        >
          {selected ? (
            <CorridorDetail
              corridor={selected}
              months={months}
              onBack={() => setView({ corridor: null })}
              theme={view.theme}
              renderChart={(corridor, data) => (
                <CorridorChart corridor={corridor} months={data} params={analysis.params} />
              )}
            />
          ) : (
            <CorridorList
              result={scored}
              shown={shown}
              via={view.via && (places.get(view.via)?.name[view.locale] ?? view.via)}
              onClearVia={() => setView({ via: null })}
              onSelect={(corridor) => setView({ corridor })}
              onMethodology={() => setView({ page: 'method' })}
              theme={view.theme}
            >
              <CorridorSettings view={view} error={analysis.error} onChange={setView} />
            </CorridorList>
          )}
          {report && reportOpen && (
            <IngestReport summary={report} onClose={() => setReportOpen(false)} />
          )}
        </MapStage>
        <DropZone onDrop={openFiles} />
        {view.page === 'method' && <Methodology onClose={() => setView({ page: 'map' })} />}
        <StatusBar dataset={dataset} />
      </div>
    </I18nContext.Provider>
  );
}
