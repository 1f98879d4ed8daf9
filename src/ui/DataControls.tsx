import { useRef } from 'react';
import { useI18n } from './i18n-context';

/**
 * File types the page reads: CSV exports of Comtrade, BACI, Taiwan customs, Parquet, and
 * DuckDB databases written by the ingest.
 */
const ACCEPT = '.csv,.txt,.tsv,.parquet,.duckdb';

/** Props of {@link DataControls}. */
export interface DataControlsProps {
  onOpenFiles: (files: File[]) => void;
  onUseSample: () => void;
  /** The bundled sample is not the current dataset. */
  canReturnToSample: boolean;
  addToCurrent: boolean;
  onAddToCurrentChange: (add: boolean) => void;
  busy: boolean;
}

/** Open the user's own trade files (replacing or joining the current data) or go back to the sample. */
export function DataControls(props: DataControlsProps) {
  const { t } = useI18n();
  const input = useRef<HTMLInputElement>(null);
  return (
    <div className="data-controls">
      <input
        ref={input}
        type="file"
        multiple
        accept={ACCEPT}
        hidden
        data-testid="file-input"
        onChange={(event) => {
          const files = Array.from(event.currentTarget.files ?? []);
          event.currentTarget.value = '';
          if (files.length > 0) props.onOpenFiles(files);
        }}
      />
      <button
        type="button"
        className="button"
        disabled={props.busy}
        onClick={() => input.current?.click()}
        title={t('data.openHint')}
      >
        {t('data.open')}
      </button>
      <label className="toggle" title={t('data.addHint')}>
        <input
          type="checkbox"
          checked={props.addToCurrent}
          onChange={(event) => props.onAddToCurrentChange(event.currentTarget.checked)}
        />
        {t('data.add')}
      </label>
      {props.canReturnToSample && (
        <button
          type="button"
          className="button"
          disabled={props.busy}
          onClick={props.onUseSample}
          data-testid="use-sample"
        >
          {t('data.useSample')}
        </button>
      )}
    </div>
  );
}
