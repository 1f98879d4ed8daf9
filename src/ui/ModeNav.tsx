import type { Page } from '../state/view-state';
import { useI18n } from './i18n-context';

const MODES = ['map', 'brief', 'report'] as const satisfies readonly Page[];

/** The three ways in: explore (the workspace), brief (officials), report (the public). */
export function ModeNav({ page, onPage }: { page: Page; onPage(page: Page): void }) {
  const { t } = useI18n();
  return (
    <nav className="mode-nav" aria-label={t('mode.label')} data-testid="mode-nav">
      {MODES.map((mode) => (
        <button
          key={mode}
          type="button"
          className="button"
          aria-current={page === mode ? 'page' : undefined}
          data-testid={`mode-${mode}`}
          onClick={() => onPage(mode)}
        >
          {t(`mode.${mode}`)}
        </button>
      ))}
    </nav>
  );
}
