import { useI18n } from './i18n-context';

/**
 * The database's own words about a failure, folded under "Details": the reader is told what
 * happened in their language beside it, and the engine's text is there for a bug report.
 */
export function EngineDetails({ engine }: { engine: string | null }) {
  const { t } = useI18n();
  if (!engine) return null;
  return (
    <details className="status-details" data-testid="engine-details">
      <summary>{t('status.details')}</summary>
      <code>{engine}</code>
    </details>
  );
}

/** The engine's words of an error that is not one of the app's own (which speak for themselves). */
export const engineText = (error: unknown): string =>
  error instanceof Error ? `${error.name}: ${error.message}` : String(error);
