import { lazy, Suspense, type ComponentType, type ReactNode } from 'react';
import { useI18n } from './i18n-context';

/**
 * A component whose module is loaded the first time it is drawn, as a chunk of its own: the
 * parts of the page that the Explore view's first frame does not show stay off the JavaScript
 * the page loads before it (issue #16). `load` imports the module and picks the component.
 */
export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>) {
  return lazy(async () => ({ default: await load() }));
}

/**
 * Like {@link lazyComponent}, but its module starts loading at once, beside the page's first
 * load rather than before it: for the parts of the Explore view drawn once the database has
 * answered (the Sankey, the timeline, a corridor's detail), which are then ready to draw.
 */
export function prefetchedComponent<P extends object>(load: () => Promise<ComponentType<P>>) {
  const loading = load();
  return lazyComponent(() => loading);
}

/**
 * Draws `children` once their lazily loaded modules are in; until then a short line saying
 * so, or `fallback` (null where a line would move the page, as over a dialog's place).
 */
export function LazyPart({ children, fallback }: { children: ReactNode; fallback?: ReactNode }) {
  const { t } = useI18n();
  return (
    <Suspense
      fallback={
        fallback === undefined ? (
          <p className="muted" role="status" data-testid="part-loading">
            {t('app.loadingPart')}
          </p>
        ) : (
          fallback
        )
      }
    >
      {children}
    </Suspense>
  );
}
