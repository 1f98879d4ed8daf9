import {
  isComparable,
  overlapGap,
  overlapShare,
  type IngestSummary,
  type Overlap,
  type OverlapLayer,
} from '../data/ingest';
import {
  formatNumber,
  formatPercent,
  formatUsd,
  isMessageKey,
  type Locale,
  type Translate,
} from '../i18n';
import { useI18n } from './i18n-context';

/** How many overlaps the panel lists; the rest are counted. */
const SHOWN = 12;

/** "annual", "monthly, 1 of 12 months": what part of the year a layer covers. */
function spanLabel(t: Translate, layer: OverlapLayer): string {
  if (layer.freq === 'M') return t('overlaps.span.monthly', { months: layer.months });
  if (layer.freq !== 'A') return t('overlaps.span.both');
  return layer.months >= 12
    ? t('overlaps.span.annual')
    : t('overlaps.span.annualPart', { months: layer.months });
}

const percent = (locale: Locale, share: number) =>
  formatPercent(locale, share, share < 0.1 ? 1 : 0);

/**
 * Why the kept layer won, in plain words; where both are figures for the same months and goods,
 * how far apart they are.
 */
function reasonLabel(t: Translate, locale: Locale, o: Overlap): string {
  if (o.reason === 'partial_year')
    return t('overlaps.reason.partial_year', { months: o.dropped.months });
  if (o.reason === 'partial_goods') {
    const share = overlapShare(o);
    return t('overlaps.reason.partial_goods', {
      family: o.family,
      share: share === null ? '–' : percent(locale, share),
    });
  }
  const reason = t(`overlaps.reason.${o.reason}`);
  if (!isComparable(o.reason)) return reason;
  const gap = overlapGap(o);
  return t('overlaps.reasonGap', {
    reason,
    gap: gap === null ? t('overlaps.noGap') : t('overlaps.apart', { gap: percent(locale, gap) }),
  });
}

/**
 * The flows two files both gave, and which one was kept so that each counts once: the flow, both
 * figures with their source, detail, months and file, and why one was kept.
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
      span: spanLabel(t, layer),
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
            <th scope="col">{t('overlaps.why')}</th>
          </tr>
        </thead>
        <tbody>
          {summary.overlaps.slice(0, SHOWN).map((o, i) => (
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
              <td>{reasonLabel(t, locale, o)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {more > 0 && <p>{t('overlaps.more', { count: formatNumber(locale, more) })}</p>}
    </section>
  );
}
