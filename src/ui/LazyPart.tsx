import {
  Component,
  createContext,
  lazy,
  Suspense,
  useContext,
  useState,
  type ComponentType,
  type LazyExoticComponent,
  type ReactNode,
} from 'react';
import { useI18n } from './i18n-context';

/** Changes each time a {@link LazyPart} is drawn anew or asked to try again. */
const TryContext = createContext<object>({});

/** A part's module could not be imported (its chunk could not be fetched or run). */
class PartLoadError extends Error {
  constructor(cause: unknown) {
    super('a part of the page could not be loaded', { cause });
    this.name = 'PartLoadError';
  }
}

/**
 * The address of the chunk a failed import names ("Failed to fetch dynamically imported module:
 * http://…/assets/ReportPage-….js"), if it names one.
 */
const failedChunk = (error: unknown): string | undefined =>
  /\bhttps?:\/\/\S+?\.m?js\b/.exec(error instanceof Error ? error.message : '')?.[0];

/**
 * A component whose module is loaded the first time it is drawn, as a chunk of its own: the
 * parts of the page that the Explore view's first frame does not show stay off the JavaScript
 * the page loads before it (issue #16). `load` imports the module, `pick` takes the component
 * from it; `first`, when given, is the first import, already under way.
 *
 * If the chunk cannot be fetched (the app's folder became unreachable since the page opened),
 * the enclosing {@link LazyPart} says so, and the part is imported anew when the user tries
 * again or opens it again. A browser keeps a failed import's answer for the page's life, so a
 * new try asks for the chunk the error names under a new address (`?try=2`), fetched afresh.
 */
export function lazyComponent<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
  first?: Promise<M>,
) {
  let next = first;
  let tries = 0;
  let failedChunkUrl: string | undefined;
  let current: LazyExoticComponent<ComponentType<P>> | undefined;
  // The try under which the import failed: drawn again under it (as React does at once), the
  // part shows the failure; under a new one (Try again, or the part opened anew), it is imported
  // again.
  let failedUnder: object | undefined;
  const attempt = async (tryToken: object) => {
    tries += 1;
    const loading =
      next ??
      (failedChunkUrl
        ? (import(/* @vite-ignore */ `${failedChunkUrl}?try=${tries}`) as Promise<M>)
        : load());
    next = undefined;
    try {
      return { default: pick(await loading) };
    } catch (error) {
      failedChunkUrl ??= failedChunk(error);
      failedUnder = tryToken;
      throw new PartLoadError(error);
    }
  };
  return function LazyComponent(props: P) {
    const tryToken = useContext(TryContext);
    if (!current || (failedUnder && failedUnder !== tryToken)) {
      failedUnder = undefined;
      current = lazy(() => attempt(tryToken));
    }
    const Loaded = current;
    return <Loaded {...props} />;
  };
}

/**
 * Like {@link lazyComponent}, but its module starts loading at once, beside the page's first
 * load rather than before it: for the parts of the Explore view drawn once the database has
 * answered (the Sankey, the timeline, a corridor's detail), which are then ready to draw.
 */
export function prefetchedComponent<M, P extends object>(
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
) {
  const loading = load();
  // A failure is told where the part is drawn, not as an unhandled rejection before that.
  loading.catch(() => undefined);
  return lazyComponent(load, pick, loading);
}

/** What a part that could not be loaded shows instead: what happened, and a way to try again. */
function PartFailed({ onRetry }: { onRetry: () => void }) {
  const { t } = useI18n();
  return (
    <div className="part-failed" role="alert" data-testid="part-failed">
      <p>{t('app.partFailed')}</p>
      <button type="button" className="button" onClick={onRetry}>
        {t('app.partRetry')}
      </button>
    </div>
  );
}

/** Catches a part's failure to load, and draws it again (a new import) when asked. */
class LoadBoundary extends Component<
  { children: ReactNode; onRetry: () => void },
  { error: unknown }
> {
  override state: { error: unknown } = { error: undefined };

  static getDerivedStateFromError(error: unknown): { error: unknown } {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (error === undefined) return this.props.children;
    // Any other error is a bug in the part, not this boundary's to hide.
    if (!(error instanceof PartLoadError)) throw error;
    return (
      <PartFailed
        onRetry={() => {
          this.props.onRetry();
          this.setState({ error: undefined });
        }}
      />
    );
  }
}

/**
 * Draws `children` once their lazily loaded modules are in; until then a short line saying
 * so, or `fallback` (null where a line would move the page, as over a dialog's place). A part
 * whose module cannot be loaded says so with a "Try again" button; the rest of the page, and
 * the data loaded, stay as they are.
 */
export function LazyPart({ children, fallback }: { children: ReactNode; fallback?: ReactNode }) {
  const { t } = useI18n();
  const [tryToken, setTryToken] = useState(() => ({}));
  return (
    <LoadBoundary onRetry={() => setTryToken({})}>
      <TryContext.Provider value={tryToken}>
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
      </TryContext.Provider>
    </LoadBoundary>
  );
}
