import { makeMonth } from '../analysis/month';
import type { IngestSummary, YearValue } from '../data/ingest';
import { formatMonth, formatNumber, formatUsd, type Locale, type Translate } from '../i18n';
import { describeIngestMessage, describeSkip, describeSkipAmount } from './describe-ingest';
import { IngestOverlaps } from './IngestOverlaps';
import { useI18n } from './i18n-context';

/** "annual", "monthly", or for a partial year "January–July only (partial year)". */
const freqLabel = (t: Translate, locale: Locale, y: YearValue) => {
  if (y.months)
    return t('report.freq.partial', {
      last: formatMonth(locale, makeMonth(y.year, y.months)),
    });
  return y.freq === 'A' ? t('report.freq.A') : y.freq === 'M' ? t('report.freq.M') : y.freq;
};

function FileTable({ summary }: { summary: IngestSummary }) {
  const { locale, t } = useI18n();
  return (
    <table>
      <caption>{t('report.files')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('report.file')}</th>
          <th scope="col">{t('report.format')}</th>
          <th scope="col">{t('report.encoding')}</th>
          <th scope="col">{t('report.read')}</th>
          <th scope="col">{t('report.valid')}</th>
          <th scope="col">{t('report.skippedCol')}</th>
        </tr>
      </thead>
      <tbody>
        {summary.files.map((file, i) => (
          <tr key={i}>
            <th scope="row">{file.name}</th>
            <td>{t(`format.${file.format}`)}</td>
            <td>{file.encoding ?? '–'}</td>
            <td className="num">{formatNumber(locale, file.rowsRead)}</td>
            <td className="num">{formatNumber(locale, file.rowsValid)}</td>
            <td className="num">{formatNumber(locale, file.rowsSkipped)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Warnings({ summary }: { summary: IngestSummary }) {
  const { locale, t } = useI18n();
  if (summary.warnings.length === 0) return null;
  return (
    <section>
      <h3>{t('report.warnings')}</h3>
      <ul className="warnings" data-testid="ingest-warnings">
        {summary.warnings.map((w, i) => (
          <li key={i} data-code={w.code}>
            {describeIngestMessage(locale, 'warning', w)}
          </li>
        ))}
      </ul>
    </section>
  );
}

function Skipped({ summary }: { summary: IngestSummary }) {
  const { locale, t } = useI18n();
  if (summary.skipped.length === 0) return null;
  const files = new Map(summary.files.map((f) => [f.name, f.position]));
  return (
    <section>
      <h3>{t('report.skipped')}</h3>
      <ul className="reasons" data-testid="skip-reasons">
        {summary.skipped.map((reason) => (
          <li key={reason.code} data-code={reason.code}>
            <strong>{describeSkipAmount(locale, reason)}</strong> {describeSkip(t, reason)}
            <ul>
              {reason.examples.map((e, i) => (
                <li key={i}>
                  {t(files.get(e.file) === 'row' ? 'report.exampleRow' : 'report.example', {
                    file: e.file,
                    line: e.line,
                    value: e.value,
                  })}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ul>
    </section>
  );
}

/** What the ingest of the user's files read, kept, skipped and why: text, never HTML from data. */
export function IngestReport({
  summary,
  onClose,
}: {
  summary: IngestSummary;
  onClose: () => void;
}) {
  const { locale, t } = useI18n();
  const { periods } = summary;
  return (
    <aside className="report" aria-labelledby="report-title" data-testid="ingest-report">
      <header>
        <h2 id="report-title">{t('report.title')}</h2>
        <button type="button" className="button" onClick={onClose} aria-label={t('report.close')}>
          ×
        </button>
      </header>
      <p data-testid="report-totals">
        {t('report.totals', {
          read: summary.rowsRead,
          written: summary.rowsWritten,
          skipped: summary.rowsSkipped,
          combined: summary.rowsCombined,
          duplicates: summary.duplicatesRemoved,
          conflicts: summary.conflictsDropped,
          overlaps: summary.overlapsDropped,
        })}
      </p>
      {periods.first && periods.last && (
        <p>
          {t('report.extent', {
            first: formatMonth(locale, periods.first),
            last: formatMonth(locale, periods.last),
            reporters: summary.reporters.length,
            partners: summary.partners,
            levels: summary.hsLevels.join(', '),
          })}
        </p>
      )}
      <FileTable summary={summary} />
      <Skipped summary={summary} />
      <IngestOverlaps summary={summary} />
      <Warnings summary={summary} />
      <table>
        <caption>{t('report.byYear')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('report.year')}</th>
            <th scope="col">{t('report.freq')}</th>
            <th scope="col">{t('report.value')}</th>
            <th scope="col">{t('report.imports')}</th>
            <th scope="col">{t('report.world')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.valueByYear.map((y) => (
            <tr key={`${y.year}-${y.freq}-${y.months}`}>
              <th scope="row">{y.year}</th>
              <td>{freqLabel(t, locale, y)}</td>
              <td className="num">{formatUsd(locale, y.exportsUsd)}</td>
              <td className="num">{formatUsd(locale, y.importsUsd)}</td>
              <td className="num">{formatUsd(locale, y.worldUsd)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </aside>
  );
}
