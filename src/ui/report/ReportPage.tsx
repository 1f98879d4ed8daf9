import { useEffect, useMemo, useRef, type MouseEvent, type RefObject } from 'react';
import { formatMonth } from '../../i18n';
import { useI18n } from '../i18n-context';
import { DownloadsSection, MethodSection, ProvenanceSection, SourcesSection } from './ReportAbout';
import { CorridorsSection } from './ReportCorridors';
import { MapSection, MonthlySection } from './ReportFigures';
import { formatGenerated, type MonthRange, type ReportInput } from './report-model';
import { reportContent } from './report-content';
import { REPORT_SECTIONS, ReportSection } from './ReportSection';
import './report.css';

export type { ReportInput } from './report-model';

/** The report page's props: its input (null while the analysis runs) and how to leave it. */
export interface ReportPageProps {
  input: ReportInput | null /* null: still computing → a loading state */;
  onClose(): void;
}

/** Moves to a section from the contents without touching the URL (the app owns it). */
function goToSection(event: MouseEvent<HTMLAnchorElement>, id: string) {
  const heading = document.getElementById(`${id}-title`);
  if (!heading) return;
  event.preventDefault();
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

/** The page's title block: the synthetic-data warning, title, dates, and print/close. */
function ReportHeader({
  input,
  post,
  onClose,
  titleRef,
}: {
  input: ReportInput | null;
  /** The post period with its end closed at the data's last month. */
  post: MonthRange | null;
  onClose: () => void;
  titleRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { locale, t } = useI18n();
  return (
    <header className="tr-header">
      {input?.dataset.isSample && (
        <p className="tr-synthetic" role="note" data-testid="report-synthetic">
          <strong>{t('transparency.synthetic.title')}</strong> {t('transparency.synthetic.text')}
        </p>
      )}
      <div className="tr-title-row">
        <div>
          <h1 ref={titleRef} tabIndex={-1}>
            {t('transparency.title')}
          </h1>
          <p className="tr-subtitle">{t('transparency.subtitle')}</p>
        </div>
        <div className="tr-actions tr-no-print">
          {input && (
            <button type="button" className="tr-button" onClick={() => window.print()}>
              {t('transparency.print')}
            </button>
          )}
          <button type="button" className="tr-button" onClick={onClose}>
            {t('transparency.close')}
          </button>
        </div>
      </div>
      {input && post && (
        <dl className="tr-facts tr-meta">
          <div>
            <dt>{t('transparency.meta.generated')}</dt>
            <dd>
              <time dateTime={input.generatedAt}>{formatGenerated(locale, input.generatedAt)}</time>
            </dd>
          </div>
          <div>
            <dt>{t('transparency.meta.dataset')}</dt>
            <dd>{input.dataset.name}</dd>
          </div>
          <div>
            <dt>{t('transparency.meta.period')}</dt>
            <dd>
              {t('transparency.range', {
                start: formatMonth(locale, input.dataset.start),
                end: formatMonth(locale, input.dataset.end),
              })}
            </dd>
          </div>
          <div>
            <dt>{t('transparency.meta.analysis')}</dt>
            <dd>
              {t('transparency.meta.periods', {
                baselineStart: formatMonth(locale, input.baseline.start),
                baselineEnd: formatMonth(locale, input.baseline.end),
                postStart: formatMonth(locale, post.start),
                postEnd: formatMonth(locale, post.end),
              })}
            </dd>
          </div>
        </dl>
      )}
    </header>
  );
}

/**
 * The public transparency report (`?page=report`): findings, map, monthly chart, top
 * corridors, method, sources and provenance computed from the current dataset and analysis;
 * readable on screen, printable on A4 or Letter, with its tables as CSV.
 */
export function ReportPage({ input, onClose }: ReportPageProps) {
  const { locale, t } = useI18n();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const model = useMemo(() => (input ? reportContent(input, locale) : null), [input, locale]);

  useEffect(() => {
    titleRef.current?.focus({ preventScroll: true });
  }, []);
  // What the printed pages carry in their margins (report.css reads it): the synthetic-data
  // warning on every page, and the page numbers' wording.
  const synthetic = input?.dataset.isSample ?? false;
  useEffect(() => {
    const root = document.documentElement.style;
    const css = (text: string) => JSON.stringify(text);
    root.setProperty(
      '--tr-running-note',
      synthetic ? css(t('transparency.synthetic.title')) : 'none',
    );
    root.setProperty('--tr-page-of', css(t('transparency.pageOf')));
    return () => {
      root.removeProperty('--tr-running-note');
      root.removeProperty('--tr-page-of');
    };
  }, [synthetic, t]);

  return (
    <div className="tr-report" data-testid="report" aria-busy={input === null}>
      <ReportHeader
        input={input}
        post={model?.post ?? null}
        onClose={onClose}
        titleRef={titleRef}
      />
      {input && model && (
        <nav className="tr-toc" aria-labelledby="report-toc-title">
          <p id="report-toc-title" className="tr-toc-title">
            {t('transparency.toc')}
          </p>
          <ol>
            {REPORT_SECTIONS.map((section) => (
              <li
                key={section.id}
                className={section.print === 'never' ? 'tr-no-print' : undefined}
              >
                <a href={`#${section.id}`} onClick={(event) => goToSection(event, section.id)}>
                  {t(section.title)}
                </a>
              </li>
            ))}
          </ol>
        </nav>
      )}
      <main className="tr-main">
        {!input || !model ? (
          <p className="tr-loading" role="status">
            {t('transparency.loading')}
          </p>
        ) : (
          <>
            <ReportSection id="report-findings">
              <ul className="tr-findings">
                {model.findings.map((finding) => (
                  <li key={finding.id} data-finding={finding.id}>
                    {finding.text}
                  </li>
                ))}
              </ul>
            </ReportSection>
            <MapSection
              routes={model.routes}
              corridorCount={model.routes.reduce((n, r) => n + r.ranks.length, 0)}
              origin={model.origin}
              countriesUrl={input.countries110mUrl}
              alternative={model.mapAlternative}
            />
            <MonthlySection
              monthly={input.monthly}
              baseline={input.baseline}
              post={model.post}
              origin={model.origin}
              alternative={model.monthlyAlternative}
            />
            <CorridorsSection corridors={model.top} />
            <MethodSection baseline={input.baseline} post={model.post} />
            <SourcesSection dataset={input.dataset} />
            <ProvenanceSection
              dataset={input.dataset}
              appVersion={input.appVersion}
              generatedAt={input.generatedAt}
            />
            <DownloadsSection
              corridors={model.top}
              routes={model.routes}
              monthly={input.monthly}
              baseline={input.baseline}
              post={model.post}
              generatedAt={input.generatedAt}
            />
          </>
        )}
      </main>
    </div>
  );
}
