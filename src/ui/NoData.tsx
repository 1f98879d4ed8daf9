import { useI18n } from './i18n-context';

/**
 * In the ranking's place when no data is loaded (the first load failed or was stopped, or the
 * data was lost): says so, instead of a ranking that waits for data that will not come.
 */
export function NoData({ onUseSample }: { onUseSample: () => void }) {
  const { t } = useI18n();
  return (
    <aside className="panel no-data" aria-labelledby="no-data-title" data-testid="no-data">
      <h2 id="no-data-title">{t('data.none')}</h2>
      <p>{t('data.noneBody')}</p>
      <button type="button" className="button" onClick={onUseSample}>
        {t('data.useSample')}
      </button>
    </aside>
  );
}
