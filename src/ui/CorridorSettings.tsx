import {
  describeParamsError,
  PRODUCT_LEVELS,
  type LevelSetting,
  type ParamsError,
} from '../analysis/params';
import type { ViewState } from '../state/view-state';
import { useI18n } from './i18n-context';

const DESTINATIONS = ['RUS,BLR', 'RUS', 'BLR'] as const;

/** Splits 'YYYY-MM:YYYY-MM' into its two months ('' for an open end). */
const split = (range: string): [string, string] => {
  const [start = '', end = ''] = range.split(':');
  return [start, end];
};

/** The analysis settings: product level, destinations, periods and minimum value. */
export function CorridorSettings({
  view,
  error,
  onChange,
}: {
  view: ViewState;
  /** Why the settings cannot be used, if they cannot. */
  error: ParamsError | null;
  onChange: (change: Partial<ViewState>) => void;
}) {
  const { t, locale } = useI18n();
  const [baseStart, baseEnd] = split(view.baseline);
  const [postStart, postEnd] = split(view.post);
  const month = (value: string) => (/^\d{4}-\d{2}$/.test(value) ? value : '');
  return (
    <details className="settings">
      <summary>{t('settings.title')}</summary>
      <label>
        {t('settings.level')}
        <select
          value={view.level}
          onChange={(e) => onChange({ level: e.currentTarget.value as LevelSetting })}
          data-testid="setting-level"
        >
          {PRODUCT_LEVELS.map((level) => (
            <option key={level} value={level}>
              {t(`settings.level.${level}`)}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('settings.destinations')}
        <select
          value={view.destinations}
          onChange={(e) => onChange({ destinations: e.currentTarget.value })}
        >
          {DESTINATIONS.map((d) => (
            <option key={d} value={d}>
              {t(`settings.dest.${d}`)}
            </option>
          ))}
        </select>
      </label>
      <fieldset>
        <legend>{t('settings.baseline')}</legend>
        <input
          type="month"
          aria-label={t('settings.from')}
          value={baseStart}
          onChange={(e) => onChange({ baseline: `${month(e.currentTarget.value)}:${baseEnd}` })}
        />
        <input
          type="month"
          aria-label={t('settings.to')}
          value={baseEnd}
          onChange={(e) => onChange({ baseline: `${baseStart}:${month(e.currentTarget.value)}` })}
        />
      </fieldset>
      <fieldset>
        <legend>{t('settings.post')}</legend>
        <input
          type="month"
          aria-label={t('settings.from')}
          value={postStart}
          onChange={(e) => onChange({ post: `${month(e.currentTarget.value)}:${postEnd}` })}
        />
        <input
          type="month"
          aria-label={t('settings.toOpen')}
          value={postEnd}
          onChange={(e) => onChange({ post: `${postStart}:${month(e.currentTarget.value)}` })}
        />
      </fieldset>
      {postEnd === '' && (
        <p className="hint" data-testid="open-end">
          {t('settings.openEnd')}
        </p>
      )}
      <label>
        {t('settings.minValue')}
        <input
          type="number"
          min={0}
          step={10000}
          value={view.minValueUsd}
          onChange={(e) =>
            onChange({ minValueUsd: Math.max(0, Number(e.currentTarget.value) || 0) })
          }
        />
      </label>
      <label>
        {t('settings.minScore', { score: view.minScore.toFixed(2) })}
        <input
          type="range"
          min={0}
          max={0.9}
          step={0.05}
          value={view.minScore}
          onChange={(e) => onChange({ minScore: Number(e.currentTarget.value) })}
          data-testid="setting-min-score"
        />
      </label>
      {error && (
        <p className="settings-error" role="alert">
          {t('settings.invalid', { detail: describeParamsError(error, locale) })}
        </p>
      )}
    </details>
  );
}
