import type { Page } from '../state/view-state';
import { useI18n } from './i18n-context';

const MODES = ['map', 'brief', 'report'] as const satisfies readonly Page[];

/**
 * The three ways in: explore (the workspace), brief (officials), report (the public).
 * `onIntent` hears a pointer or the focus reach a mode's button, before any click: the brief
 * and report pages are loaded on demand, and may start loading then.
 */
export function ModeNav({
  page,
  onPage,
  onIntent,
}: {
  page: Page;
  onPage(page: Page): void;
  onIntent?(page: (typeof MODES)[number]): void;
}) {
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
          onPointerEnter={() => onIntent?.(mode)}
          onFocus={() => onIntent?.(mode)}
        >
          {t(`mode.${mode}`)}
        </button>
      ))}
    </nav>
  );
}
