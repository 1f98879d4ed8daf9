import { overlapGap, type IngestSummary, type OverlapLayer } from '../data/ingest';
import { formatNumber, formatPercent, formatUsd, isMessageKey } from '../i18n';
import { useI18n } from './i18n-context';

/** How many overlaps the panel lists; the rest are counted. */
const SHOWN = 12;

/**
 * The flows two files both gave, and which one was kept so that each counts once: the flow, both
 * figures with their source, detail and file, and how far apart they are.
 */
export function IngestOverlaps({ summary }: { summary: IngestSummary }) {
  const { locale, t } = useI18n();
  if (summary.overlaps.length === 0) return null;
  const sourceName = (source: string) => {
    const key = `overlaps.source.${source}`;
    return isMessageKey(key) ? t(key) : source;
  };
  const side = (layer: OverlapLayer) =>
    t('overlaps.side', {
      source: sourceName(layer.source),
      level: layer.level,
      value: formatUsd(locale, layer.valueUsd),
      file: layer.file,
    });
  const more = summary.overlaps.length - SHOWN;
  return (
    <section>
      <h3>{t('overlaps.title')}</h3>
      <p>{t('overlaps.rule', { rows: summary.overlapsDropped })}</p>
      <table data-testid="ingest-overlaps">
        <thead>
          <tr>
            <th scope="col">{t('overlaps.flow')}</th>
            <th scope="col">{t('overlaps.kept')}</th>
            <th scope="col">{t('overlaps.dropped')}</th>
            <th scope="col">{t('overlaps.gap')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.overlaps.slice(0, SHOWN).map((o, i) => {
            const gap = overlapGap(o);
            return (
              <tr key={i}>
                <th scope="row">
                  {t(o.flow === 'M' || o.flow === 'RM' ? 'overlaps.imports' : 'overlaps.exports', {
                    reporter: o.reporter,
                    partners: o.partner ?? t('overlaps.partners', { count: o.partners }),
                    year: String(o.year),
                    family: o.family,
                  })}
                </th>
                <td>{side(o.kept)}</td>
                <td>{side(o.dropped)}</td>
                <td className="num">
                  {gap === null
                    ? t('overlaps.noGap')
                    : formatPercent(locale, gap, gap < 0.1 ? 1 : 0)}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {more > 0 && <p>{t('overlaps.more', { count: formatNumber(locale, more) })}</p>}
    </section>
  );
}
