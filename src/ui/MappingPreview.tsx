import { useEffect, useState, type ReactNode } from 'react';
import { IngestError, mappingToJson, type UserMapping } from '../data/ingest';
import { whenFresh } from '../data/coordinator';
import { requestMappingPreview, type MappingPreview } from '../data/mapping-preview';
import { yearOf } from '../analysis/month';
import { formatMonth, formatNumber, type Locale, type Translate } from '../i18n';
import { describeIngestMessage, describeSkip, ingestErrorMessage } from './describe-ingest';
import { EngineDetails, engineText } from './EngineDetails';
import { useI18n } from './i18n-context';

/** Milliseconds a change waits before the preview runs, so that typing runs it once. */
const PREVIEW_DELAY_MS = 250;

/**
 * The preview of a mapping (the ingest itself, on the file's first lines), run a moment after
 * the mapping last changed; null while it runs.
 */
export function useMappingPreview(
  file: File,
  head: Uint8Array | null,
  mapping: UserMapping | null,
) {
  const key = mapping ? mappingToJson(mapping) : null;
  const [result, setResult] = useState<{ key: string; preview: MappingPreview | Error } | null>(
    null,
  );
  useEffect(() => {
    if (!head || !mapping || key === null) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      whenFresh(
        requestMappingPreview(file, head, mapping, controller.signal),
        (preview) => setResult({ key, preview }),
        (error: unknown) => setResult({ key, preview: error as Error }),
      );
    }, PREVIEW_DELAY_MS);
    return () => {
      controller.abort();
      clearTimeout(timer);
    };
  }, [file, head, mapping, key]);
  return result?.key === key ? result.preview : null;
}

/** The period of a preview row as the user reads it: a month, a year or a partial year. */
function periodLabel(t: Translate, locale: Locale, row: Record<string, unknown>) {
  const period = String(row.period);
  const year = String(yearOf(period));
  if (row.freq === 'M') return formatMonth(locale, period);
  return row.months == null
    ? t('mapping.annual', { year })
    : t('mapping.partial', { year, months: Number(row.months) });
}

/** The preview: the first canonical rows, the rows left out and why, or why nothing can load. */
export function MappingPreviewPanel({
  preview,
  problem,
}: {
  preview: MappingPreview | Error | null;
  problem: string | null;
}) {
  const { t, locale } = useI18n();
  let body: ReactNode;
  if (problem) body = <p className="mapping-problem">{problem}</p>;
  else if (!preview) body = <p className="muted">{t('mapping.previewRunning')}</p>;
  else if (preview instanceof IngestError)
    body = (
      <p className="mapping-problem">
        {t('mapping.previewProblem', {
          detail: describeIngestMessage(locale, 'ingestError', ingestErrorMessage(preview)),
        })}
      </p>
    );
  else if (preview instanceof Error)
    body = (
      <div className="mapping-problem" data-testid="mapping-preview-failed">
        <p>{t('mapping.previewFailed')}</p>
        <EngineDetails engine={engineText(preview)} />
      </div>
    );
  else {
    const { summary, rows } = preview;
    body = (
      <>
        {preview.problem && (
          <p className="mapping-problem">
            {t('mapping.previewProblem', {
              detail: describeIngestMessage(locale, 'ingestError', preview.problem),
            })}
          </p>
        )}
        {summary && (
          <p data-testid="mapping-preview-totals">
            {t('mapping.previewTotals', {
              read: summary.rowsRead,
              written: summary.rowsWritten,
              skipped: summary.rowsSkipped,
            })}
          </p>
        )}
        {rows.length > 0 && (
          <table data-testid="mapping-preview-rows">
            <caption>{t('mapping.previewRows')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('mapping.colPeriod')}</th>
                <th scope="col">{t('mapping.colReporter')}</th>
                <th scope="col">{t('mapping.colPartner')}</th>
                <th scope="col">{t('mapping.colFlow')}</th>
                <th scope="col">{t('mapping.colHs')}</th>
                <th scope="col" className="num">
                  {t('mapping.colValue')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((row, i) => (
                <tr key={i}>
                  <td>{periodLabel(t, locale, row)}</td>
                  <td>{String(row.reporter)}</td>
                  <td>{String(row.partner)}</td>
                  <td>{String(row.flow)}</td>
                  <td>{String(row.hs)}</td>
                  <td className="num">{formatNumber(locale, Number(row.value_usd))}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {summary && summary.skipped.length > 0 && (
          <>
            <h4>{t('mapping.previewSkipped')}</h4>
            <ul className="reasons" data-testid="mapping-preview-skipped">
              {summary.skipped.map((reason) => (
                <li key={reason.code} data-code={reason.code}>
                  <strong>{formatNumber(locale, reason.count)}</strong> {describeSkip(t, reason)}
                  <ul>
                    {reason.examples.map((e, i) => (
                      <li key={i}>
                        {t('report.example', { file: e.file, line: e.line, value: e.value })}
                      </li>
                    ))}
                  </ul>
                </li>
              ))}
            </ul>
          </>
        )}
      </>
    );
  }
  return (
    <div aria-live="polite" data-testid="mapping-preview">
      {body}
    </div>
  );
}
