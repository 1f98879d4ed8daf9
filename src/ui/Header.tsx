import type { ReactNode } from 'react';
import { useI18n } from './i18n-context';

/** Props of {@link Header}. */
export interface HeaderProps {
  isSample: boolean;
  onToggleLocale: () => void;
  /** Controls shown before the badge and the language switch. */
  children?: ReactNode;
}

/** Title, the data controls, the synthetic-data badge, and the language switch. */
export function Header({ isSample, onToggleLocale, children }: HeaderProps) {
  const { t } = useI18n();
  return (
    <header className="header">
      <div>
        <h1>{t('app.title')}</h1>
        <p className="subtitle">{t('app.subtitle')}</p>
      </div>
      <div className="header-actions">
        {children}
        {isSample && (
          <span className="badge" data-testid="synthetic-badge" title={t('dataset.syntheticNote')}>
            {t('dataset.syntheticBadge')}
          </span>
        )}
        <button
          type="button"
          className="button"
          onClick={onToggleLocale}
          aria-label={`${t('app.switchLanguage')}: ${t('app.switchLanguageLabel')}`}
          data-testid="language-switch"
        >
          {t('app.switchLanguage')}
        </button>
      </div>
    </header>
  );
}
