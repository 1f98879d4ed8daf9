import type { Corridor } from '../../analysis/corridor';
import { corridorKey } from '../../analysis/corridor';
import { translateCount } from '../../i18n';
import { productText, routeText, scoreText } from '../corridor-text';
import { useI18n } from '../i18n-context';
import { mainSignals } from './report-model';
import { ReportSection } from './ReportSection';
import { scoreCss } from './StaticMap';

/** The score as a bar in the map's score colour, with the number beside it (never colour alone). */
function ScoreCell({ score }: { score: number }) {
  const width = `${Math.round(Math.min(1, Math.max(0, score)) * 100)}%`;
  return (
    <span className="tr-score">
      <span className="tr-score-track" aria-hidden="true">
        <span className="tr-score-fill" style={{ width, backgroundColor: scoreCss(score) }} />
      </span>
      <span className="tr-score-number">{scoreText(score)}</span>
    </span>
  );
}

/** The top corridors: a table (rank, route, product, score, main signals) and their explanations. */
export function CorridorsSection({ corridors }: { corridors: readonly Corridor[] }) {
  const { locale, t } = useI18n();
  if (corridors.length === 0) {
    return (
      <ReportSection id="report-corridors">
        <p>{t('transparency.corridors.none')}</p>
      </ReportSection>
    );
  }
  const count = corridors.length;
  return (
    <ReportSection id="report-corridors">
      <p>{translateCount(locale, 'transparency.corridors.intro', count, { count })}</p>
      <table className="tr-table tr-table-corridors">
        <caption>
          {translateCount(locale, 'transparency.corridors.caption', count, { count })}
        </caption>
        <thead>
          <tr>
            <th scope="col" className="tr-num">
              {t('transparency.col.rank')}
            </th>
            <th scope="col">{t('transparency.col.route')}</th>
            <th scope="col">{t('transparency.col.product')}</th>
            <th scope="col">{t('transparency.col.score')}</th>
            <th scope="col">{t('transparency.col.signals')}</th>
          </tr>
        </thead>
        <tbody>
          {corridors.map((c) => {
            const signals = mainSignals(c, locale);
            return (
              <tr key={corridorKey(c)} data-key={corridorKey(c)}>
                <th scope="row" className="tr-num">
                  {c.rank}
                </th>
                <td>{routeText(t, locale, c)}</td>
                <td>{productText(locale, c)}</td>
                <td>
                  <ScoreCell score={c.score} />
                </td>
                <td>
                  {signals.length === 0
                    ? t('transparency.corridors.noSignal')
                    : signals.join(t('transparency.listSeparator'))}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      <h3>{t('transparency.corridors.why')}</h3>
      <ol className="tr-explanations">
        {corridors.map((c) => (
          <li key={corridorKey(c)} value={c.rank}>
            <strong>
              {t('transparency.corridors.item', {
                route: routeText(t, locale, c),
                product: productText(locale, c),
                score: scoreText(c.score),
              })}
            </strong>{' '}
            {c.explanation[locale]}
          </li>
        ))}
      </ol>
    </ReportSection>
  );
}
