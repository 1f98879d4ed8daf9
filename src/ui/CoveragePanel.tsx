import { useEffect, useId, useMemo, useRef, useState, useSyncExternalStore } from 'react';
import { createPortal } from 'react-dom';
import { LEGEND, coverageMarkdown, queryFills, queryTitle } from '../data/coverage/markdown';
import { coverageMatrix, type MatrixTable } from '../data/coverage/matrix';
import { downloadPlan } from '../data/coverage/plan';
import { countryName, nameList, sayCount } from '../data/coverage/text';
import { datasetStore } from '../state/dataset-store';
import { downloadText, MEDIA_TYPES } from './exports/download';
import { coverageFileName, cellClass } from './coverage-model';
import { EngineDetails } from './EngineDetails';
import { useCoverage } from './hooks/use-coverage';
import { useI18n } from './i18n-context';
import { useInertSiblings } from './hooks/use-inert-siblings';
import './coverage.css';

/** One kind of leg: a row per route, a column per year, each cell in words and in colour. */
function MatrixTableView({ table }: { table: MatrixTable }) {
  return (
    <div className="coverage-scroll">
      <table className="coverage-table" data-leg={table.leg}>
        <caption>{table.title}</caption>
        <thead>
          <tr>
            {table.header.map((label, i) => (
              <th key={i} scope="col">
                {label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row) => (
            <tr key={row.key} data-route={row.key}>
              <th scope="row">{row.label}</th>
              {row.cells.map((cell) => (
                <td
                  key={cell.year}
                  className={cellClass(cell.state)}
                  data-year={cell.year}
                  data-status={cell.state.status}
                >
                  {cell.text}
                </td>
              ))}
              <td className="num">{row.baseline}</td>
              <td className="num">{row.post}</td>
              <td>{row.detail}</td>
              <td>{row.sources}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The legend: each kind of cell as a swatch beside its meaning in words. */
function Legend() {
  const { t } = useI18n();
  const id = useId();
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{t('coverage.legend')}</h3>
      <ul className="coverage-legend">
        {LEGEND.map((kind) => (
          <li key={kind}>
            <span className={`coverage-swatch coverage-${kind}`} aria-hidden="true" />
            {t(`coverage.legend.${kind}`)}
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * What the loaded data covers, over the page: the matrix of every leg × year, its legend, and
 * the download plan as a Markdown file. Escape or the close button closes it.
 */
function CoverageDialog({ onClose }: { onClose: () => void }) {
  const { locale, t } = useI18n();
  const id = useId();
  const rootRef = useRef<HTMLDivElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const { summary } = useSyncExternalStore(datasetStore.subscribe, datasetStore.getState);
  const { coverage, error } = useCoverage(summary);
  const plan = useMemo(() => coverage && downloadPlan(coverage), [coverage]);
  const tables = useMemo(() => coverage && coverageMatrix(locale, coverage), [coverage, locale]);
  useInertSiblings(rootRef);

  useEffect(() => {
    const previous = document.activeElement;
    headingRef.current?.focus();
    return () => {
      if (previous instanceof HTMLElement) previous.focus();
    };
  }, []);
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.preventDefault();
      onClose();
    };
    document.addEventListener('keydown', onKeyDown);
    return () => document.removeEventListener('keydown', onKeyDown);
  }, [onClose]);

  const save = () => {
    if (!coverage || !plan) return;
    const text = coverageMarkdown(locale, coverage, plan, summary?.source.name ?? '');
    downloadText(text, coverageFileName(coverage.scope), MEDIA_TYPES.md);
  };
  const primary = plan?.queries.filter((q) => q.role === 'primary') ?? [];
  const name = (code: string) => (coverage ? countryName(locale, coverage.countries, code) : code);

  return createPortal(
    <div className="coverage-backdrop" ref={rootRef}>
      <article
        className="coverage"
        role="dialog"
        aria-modal="true"
        aria-labelledby={`${id}-title`}
        aria-busy={!coverage && !error}
        data-testid="coverage"
      >
        <header>
          <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
            {t('coverage.title')}
          </h2>
          <div className="coverage-actions">
            <button
              type="button"
              className="button"
              onClick={save}
              disabled={!coverage}
              title={t('coverage.downloadHint')}
              data-testid="coverage-download"
            >
              {t('coverage.download')}
            </button>
            <button type="button" className="button" onClick={onClose}>
              {t('coverage.close')}
            </button>
          </div>
        </header>
        {error && (
          <div role="alert" data-testid="coverage-failed">
            <p>{t('coverage.failed')}</p>
            <EngineDetails engine={error} />
          </div>
        )}
        {!coverage && !error && <p role="status">{t('coverage.loading')}</p>}
        {coverage && plan && tables && (
          <>
            <p>
              {t('coverage.intro', {
                origin: name(coverage.scope.origin),
                count: coverage.scope.intermediaries.length,
                destinations: nameList(locale, coverage.scope.destinations.map(name)),
              })}
            </p>
            <p data-testid="coverage-summary">
              {plan.gaps.length === 0
                ? t('coverage.noGaps')
                : t('coverage.summary', {
                    gaps: plan.gaps.length,
                    cells: coverage.cells.length,
                    queries: sayCount(locale, 'coverage.count.queries', primary.length),
                    downloads: sayCount(
                      locale,
                      'coverage.count.downloads',
                      primary.reduce((sum, q) => sum + q.downloads, 0),
                    ),
                  })}
            </p>
            <Legend />
            {tables.map((table) => (
              <MatrixTableView key={table.leg} table={table} />
            ))}
            {plan.queries.length > 0 && (
              <section aria-labelledby={`${id}-plan`}>
                <h3 id={`${id}-plan`}>{t('plan.plan')}</h3>
                <ol className="coverage-plan" data-testid="coverage-plan">
                  {plan.queries.map((query) => (
                    <li key={query.id} data-query={query.id}>
                      <strong>{queryTitle(locale, coverage, query)}</strong>
                      <p className="muted">{queryFills(locale, coverage, query)}</p>
                    </li>
                  ))}
                </ol>
              </section>
            )}
          </>
        )}
      </article>
    </div>,
    document.body,
  );
}

/** A button in the workspace column that opens what the loaded data covers. */
export function CoveragePanel() {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return (
    <section className="panel coverage-panel">
      <button
        type="button"
        className="button"
        onClick={() => setOpen(true)}
        aria-haspopup="dialog"
        data-testid="coverage-open"
      >
        {t('coverage.open')}
      </button>
      <p className="muted">{t('coverage.openHint')}</p>
      {open && <CoverageDialog onClose={() => setOpen(false)} />}
    </section>
  );
}
