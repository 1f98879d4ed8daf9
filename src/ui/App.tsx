import { useCallback, useEffect, useMemo, useState } from 'react';
import sampleUrl from '../../data/sample/trade-sample.parquet?url';
import groups from '../../data/reference/country-groups.json';
import type { DatasetSource } from '../data/dataset';
import { translator } from '../i18n';
import { INITIAL_CAMERA } from '../map/camera';
import { buildFlowLayers } from '../map/flow-layers';
import type { PartnerRole } from '../map/theme';
import { datasetStore } from '../state/dataset-store';
import { useDataset } from '../state/use-dataset';
import { useViewState } from '../state/use-view-state';
import { DataControls } from './DataControls';
import { DropZone } from './DropZone';
import { Header } from './Header';
import { usePartnerFlows } from './hooks/use-partner-flows';
import { I18nContext } from './i18n-context';
import { IngestReport } from './IngestReport';
import { Legend } from './Legend';
import { MapView } from './MapView';
import { StatusBar } from './StatusBar';

const SAMPLE: DatasetSource = {
  kind: 'url',
  name: 'trade-sample.parquet',
  url: sampleUrl,
  isSample: true,
};
const ORIGIN = 'TWN';

const DESTINATIONS = new Set(groups.sanctioned_destinations.members);
const INTERMEDIARIES = new Set(groups.intermediaries_of_concern.members);

/** A partner's role in the story: where controlled goods must not go, a known waypoint, or other. */
function roleOf(partner: string): PartnerRole {
  if (DESTINATIONS.has(partner)) return 'destination';
  if (INTERMEDIARIES.has(partner)) return 'intermediary';
  return 'other';
}

/** The dashboard: header, map with legend, and the data status. */
export function App() {
  const [view, setView] = useViewState();
  const i18n = useMemo(() => ({ locale: view.locale, t: translator(view.locale) }), [view.locale]);
  const dataset = useDataset(SAMPLE);
  const flows = usePartnerFlows(dataset.summary, ORIGIN);
  const [zoom, setZoom] = useState(INITIAL_CAMERA.zoom);

  useEffect(() => {
    document.documentElement.lang = view.locale;
    document.title = i18n.t('app.title');
  }, [view.locale, i18n]);

  const layers = useMemo(() => {
    if (!flows) return [];
    const names = view.locale === 'en' ? flows.nameEn : flows.nameZh;
    return buildFlowLayers({
      flows,
      roleOf,
      labelOf: (i) => names[i] ?? '',
      originLabel: i18n.t('map.origin'),
      zoom,
    });
  }, [flows, view.locale, i18n, zoom]);

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
          <MapView layers={layers} onZoomEnd={setZoom} />
          <Legend flows={flows} />
          {report && reportOpen && (
            <IngestReport summary={report} onClose={() => setReportOpen(false)} />
          )}
        </main>
        <DropZone onDrop={openFiles} />
        <StatusBar dataset={dataset} />
      </div>
    </I18nContext.Provider>
  );
}
