import countryGroups from '../../../data/reference/country-groups.json';
import type { Corridor } from '../../analysis/corridor';
import { formatMonth, formatNumber } from '../../i18n';
import { corridorsCsv } from '../exports/csv';
import { downloadText, MEDIA_TYPES } from '../exports/download';
import { useI18n } from '../i18n-context';
import { formatGenerated, type MapRoute, type MonthRange, type ReportInput } from './report-model';
import { monthlyCsv, reportFileName, routesCsv, type ReportTable } from './report-csv';
import { ReportSection } from './ReportSection';

/** The country groups the analysis uses, and the citations they rest on (with their dates). */
const GROUPS = [
  countryGroups.intermediaries_of_concern,
  countryGroups.sanctioned_destinations,
  countryGroups.comparison_destinations,
];
const CITATIONS = countryGroups.sources;

/** What a corridor is, the periods, mirror data, code 490, Russia's silence, and the limits. */
export function MethodSection({ baseline, post }: { baseline: MonthRange; post: MonthRange }) {
  const { locale, t } = useI18n();
  const periods = {
    baselineStart: formatMonth(locale, baseline.start),
    baselineEnd: formatMonth(locale, baseline.end),
    postStart: formatMonth(locale, post.start),
    postEnd: formatMonth(locale, post.end),
  };
  return (
    <ReportSection id="report-method">
      <h3>{t('transparency.method.h.corridor')}</h3>
      <p>{t('transparency.method.corridor')}</p>
      <p>{t('transparency.method.score', periods)}</p>
      <h3>{t('transparency.method.h.mirror')}</h3>
      <p>{t('transparency.method.mirror')}</p>
      <h3>{t('transparency.method.h.taiwan')}</h3>
      <p>{t('transparency.method.taiwan')}</p>
      <h3>{t('transparency.method.h.russia')}</h3>
      <p>{t('transparency.method.russia')}</p>
      <h3>{t('transparency.method.h.limits')}</h3>
      <p className="tr-caution">{t('transparency.method.notProof')}</p>
      <p>{t('transparency.method.blind')}</p>
    </ReportSection>
  );
}

/** The trade data sources, the reference lists with their dates, and what this report used. */
export function SourcesSection({ dataset }: { dataset: ReportInput['dataset'] }) {
  const { locale, t } = useI18n();
  const groupNames = GROUPS.map((g) => (locale === 'en' ? g.name_en : g.name_zh));
  return (
    <ReportSection id="report-sources">
      <p>{t('transparency.sources.intro')}</p>
      <ul className="tr-sources">
        <li>{t('transparency.source.comtrade')}</li>
        <li>{t('transparency.source.customs')}</li>
        <li>{t('transparency.source.baci')}</li>
        <li>{t('transparency.source.chpl')}</li>
        <li>
          {t('transparency.source.groups', {
            groups: groupNames.join(t('transparency.listSeparator')),
          })}
          <ul>
            {CITATIONS.map((source) => (
              <li key={source.id}>{locale === 'en' ? source.citation : source.citation_zh}</li>
            ))}
          </ul>
        </li>
      </ul>
      <p className="tr-dataset-line">
        {t('transparency.sources.dataset', {
          name: dataset.name,
          rows: dataset.rows,
          start: formatMonth(locale, dataset.start),
          end: formatMonth(locale, dataset.end),
        })}
      </p>
      {dataset.isSample && <p className="tr-caution">{t('transparency.sources.sampleNote')}</p>}
    </ReportSection>
  );
}

/** Which data, which version of the app and when: what a reader needs to cite or check. */
export function ProvenanceSection({
  dataset,
  appVersion,
  generatedAt,
}: Pick<ReportInput, 'dataset' | 'appVersion' | 'generatedAt'>) {
  const { locale, t } = useI18n();
  const generated = formatGenerated(locale, generatedAt);
  return (
    <ReportSection id="report-provenance">
      <dl className="tr-facts">
        <div>
          <dt>{t('transparency.provenance.dataset')}</dt>
          <dd>{dataset.name}</dd>
        </div>
        <div>
          <dt>{t('transparency.provenance.rows')}</dt>
          <dd>{formatNumber(locale, dataset.rows)}</dd>
        </div>
        <div>
          <dt>{t('transparency.provenance.checksum')}</dt>
          <dd data-testid="report-checksum">
            {dataset.checksum === null ? (
              t('transparency.provenance.notComputed')
            ) : (
              <code className="tr-checksum">{dataset.checksum}</code>
            )}
          </dd>
        </div>
        <div>
          <dt>{t('transparency.provenance.version')}</dt>
          <dd>{appVersion}</dd>
        </div>
        <div>
          <dt>{t('transparency.provenance.generated')}</dt>
          <dd>
            <time dateTime={generatedAt}>{generated}</time>
          </dd>
        </div>
        <div>
          <dt>{t('transparency.provenance.cite')}</dt>
          <dd>
            {t('transparency.provenance.citation', {
              title: t('transparency.title'),
              date: generated,
              dataset: dataset.name,
              version: appVersion,
            })}
          </dd>
        </div>
      </dl>
    </ReportSection>
  );
}

/** The report's tables as CSV files (not printed). */
export function DownloadsSection({
  corridors,
  routes,
  monthly,
  baseline,
  post,
  generatedAt,
}: {
  corridors: readonly Corridor[];
  routes: readonly MapRoute[];
  monthly: ReportInput['monthly'];
  baseline: MonthRange;
  post: MonthRange;
  generatedAt: string;
}) {
  const { t } = useI18n();
  const files: {
    table: ReportTable;
    label: 'corridors' | 'routes' | 'monthly';
    text: () => string;
  }[] = [
    { table: 'corridors', label: 'corridors', text: () => corridorsCsv(corridors) },
    { table: 'map-routes', label: 'routes', text: () => routesCsv(routes) },
    { table: 'monthly-exports', label: 'monthly', text: () => monthlyCsv(monthly, baseline, post) },
  ];
  return (
    <ReportSection id="report-downloads">
      <p>{t('transparency.downloads.intro')}</p>
      <ul className="tr-downloads">
        {files.map((file) => (
          <li key={file.table}>
            <button
              type="button"
              className="tr-button"
              data-file={reportFileName(file.table, generatedAt)}
              onClick={() =>
                downloadText(file.text(), reportFileName(file.table, generatedAt), MEDIA_TYPES.csv)
              }
            >
              {t(`transparency.download.${file.label}`)}
            </button>
          </li>
        ))}
      </ul>
    </ReportSection>
  );
}
