import { formatBytes, formatList, formatMonth, joinSentences, type Translate } from '../i18n';
import { useEffect, useState, useSyncExternalStore } from 'react';
import { onWorkChange, pendingWork } from '../data/activity';
import type { DatasetSource, DatasetSummary, LoadProgress } from '../data/dataset';
import type { IngestStage } from '../data/ingest';
import { datasetStore, type DatasetState } from '../state/dataset-store';
import type { ViewParts } from '../state/use-view-parts';
import { describeFailure } from './describe-failure';
import { useI18n } from './i18n-context';
import type { Locale } from '../i18n';

function progressText(t: Translate, locale: Locale, name: string, progress: LoadProgress): string {
  switch (progress.step) {
    case 'starting':
      return t('status.starting');
    case 'reference':
      return t('status.reference');
    case 'downloading':
      return progress.total === null
        ? t('status.downloadingUnknown', { name, loaded: formatBytes(locale, progress.loaded) })
        : t('status.downloading', {
            name,
            loaded: formatBytes(locale, progress.loaded),
            total: formatBytes(locale, progress.total),
          });
    case 'inserting':
      return t('status.inserting', {
        name,
        done: progress.done,
        total: progress.total,
        rows: progress.rows,
      });
    case 'ingesting':
      return ingestText(t, progress.stage);
    case 'validating':
      return t('status.validating', { rows: progress.rows });
  }
}

function ingestText(t: Translate, stage: IngestStage): string {
  if (stage.step === 'merging') return t('status.ingestMerging', { rows: stage.rows });
  const text = t(stage.step === 'reading' ? 'status.ingestReading' : 'status.ingestMapping', {
    file: stage.file,
  });
  return stage.files > 1
    ? `${text} ${t('status.fileOf', { index: stage.index, files: stage.files })}`
    : text;
}

/** Seconds since `startedAt` (performance.now()), counted up every second while mounted. */
function useElapsedSeconds(startedAt: number | null): number {
  const [now, setNow] = useState(() => performance.now());
  useEffect(() => {
    if (startedAt === null) return;
    const timer = setInterval(() => setNow(performance.now()), 1000);
    return () => clearInterval(timer);
  }, [startedAt]);
  return startedAt === null ? 0 : Math.max(0, Math.floor((now - startedAt) / 1000));
}

/** Share of the load done, 0–1, for the progress bar. */
function progressFraction(progress: LoadProgress): number | undefined {
  if (progress.step === 'downloading' && progress.total)
    return (0.5 * progress.loaded) / progress.total;
  if (progress.step === 'inserting') return 0.5 + (0.45 * progress.done) / progress.total;
  if (progress.step === 'validating') return 0.95;
  return undefined;
}

/**
 * Whether the parts left on the server are offered: there are some, the whole data set would
 * fit in the tab, and no files of the user's were joined to the parts loaded.
 */
const offersParts = (summary: DatasetSummary | null): summary is DatasetSummary => {
  const left = summary?.partsLeft;
  return left !== undefined && left.parts > 0 && left.wholeFits && !left.joined;
};

/** Loads the data set shown again, with the parts its view left on the server. */
function LoadPartsButton({ source }: { source: DatasetSource }) {
  const { t } = useI18n();
  if (source.kind !== 'url') return null;
  return (
    <button
      type="button"
      className="status-action"
      data-testid="load-parts"
      onClick={() => void datasetStore.load({ ...source, parts: 'all' })}
    >
      {t('status.loadParts')}
    </button>
  );
}

/** Stops the loads under way; pressed once, it says the load is stopping. */
function CancelButton() {
  const { t } = useI18n();
  const [pressed, setPressed] = useState(false);
  return (
    <button
      type="button"
      className="status-action"
      data-testid="status-cancel"
      disabled={pressed}
      onClick={() => {
        setPressed(true);
        datasetStore.cancel();
      }}
    >
      {t(pressed ? 'status.cancelling' : 'status.cancel')}
    </button>
  );
}

/**
 * The state of the data: progress while loading, extent when ready, the cause on failure; and
 * for a data set in parts, the parts the view needs that are loading or would not fit.
 */
export function StatusBar({
  dataset,
  viewParts = null,
}: {
  dataset: DatasetState;
  viewParts?: ViewParts | null;
}) {
  const { locale, t } = useI18n();
  const { summary, progress, loadingSource, failure } = dataset;
  // Busy while any query runs (a view change, the corridor scoring), not only while loading.
  const isBusy = () => pendingWork() > 0;
  const busy = useSyncExternalStore(onWorkChange, isBusy, isBusy);
  const nameOf = (source: DatasetSource) =>
    source.kind === 'url' && source.isSample ? t('dataset.sample') : source.name;
  const viewPartsText = (what: 'Loading' | 'TooMany' | 'Joined') =>
    t(`status.viewParts${what}`, {
      groups: formatList(locale, viewParts?.groups ?? []),
      rows: viewParts?.rows ?? 0,
    });

  let state = 'idle';
  let text = '';
  if (progress && loadingSource) {
    state = 'loading';
    text = progressText(t, locale, nameOf(loadingSource), progress);
    const forView = loadingSource.kind === 'url' && typeof loadingSource.parts === 'object';
    if (forView && viewParts?.fits) text = joinSentences(locale, [viewPartsText('Loading'), text]);
  } else if (failure) {
    state = failure.cancelled ? 'cancelled' : 'failed';
    text = failure.cancelled
      ? t('status.cancelled', { name: nameOf(failure.source) })
      : t('status.failed', {
          name: nameOf(failure.source),
          message: describeFailure(t, locale, failure.error),
        });
    const after = failure.restart
      ? t(
          failure.cancelled && failure.restart === 'restored'
            ? 'status.cancelRestored'
            : `status.${failure.restart}`,
        )
      : summary && t('status.keptPrevious');
    if (after) text = joinSentences(locale, [text, after]);
  } else if (summary) {
    state = 'ready';
    const params = {
      rows: summary.rows,
      start: formatMonth(locale, summary.start),
      end: formatMonth(locale, summary.end),
      skipped: summary.skippedRows,
    };
    text = t(summary.skippedRows > 0 ? 'status.readySkipped' : 'status.ready', params);
    const left = summary.partsLeft;
    // Parts the view needs but cannot load are named; otherwise, those it does not need.
    if (viewParts?.joined) text = joinSentences(locale, [text, viewPartsText('Joined')]);
    else if (viewParts && !viewParts.fits)
      text = joinSentences(locale, [text, viewPartsText('TooMany')]);
    else if (left && left.parts > 0)
      text = joinSentences(locale, [
        text,
        t('status.partsLeft', { parts: left.parts, rows: left.rows }),
        ...(left.joined
          ? [t('status.partsJoined')]
          : left.wholeFits
            ? []
            : [t('status.partsTooMany')]),
      ]);
  }
  const fraction = progress ? progressFraction(progress) : undefined;
  // The ingest of a large file can take a while at one step: show that it is still going.
  const seconds = useElapsedSeconds(progress?.step === 'ingesting' ? progress.startedAt : null);
  if (progress?.step === 'ingesting' && seconds > 0) text += ` ${t('status.elapsed', { seconds })}`;

  return (
    <footer className={`status status-${state}`} id="status">
      <p
        role="status"
        aria-live="polite"
        data-testid="status"
        data-state={state}
        aria-busy={busy}
        data-rows={summary?.rows}
      >
        {text}
      </p>
      {state === 'failed' && failure?.error.engine && (
        <details className="status-details" data-testid="status-details">
          <summary>{t('status.details')}</summary>
          <code>{failure.error.engine}</code>
        </details>
      )}
      {progress && (
        <progress
          aria-label={t('status.progress')}
          max={1}
          {...(fraction === undefined ? {} : { value: fraction })}
        />
      )}
      {progress && loadingSource && <CancelButton key={loadingSource.name} />}
      {state === 'ready' && offersParts(summary) && <LoadPartsButton source={summary.source} />}
    </footer>
  );
}
