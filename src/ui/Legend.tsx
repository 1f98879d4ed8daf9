import { formatUsd, translateCount } from '../i18n';
import { arcWidthScale } from '../map/arc-scale';
import type { WindowFlows } from '../map/month-window';
import { CHPL_TIERS, toCss, type MapPalette } from '../map/theme';
import type { ColorBy } from '../state/view-state';
import { useI18n } from './i18n-context';
import { windowText } from './map-tips';

/** Values whose arc widths the legend shows: the largest flow, a quarter and a 25th of it. */
const WIDTH_SHARES = [1, 1 / 4, 1 / 25];

const gradient = (palette: MapPalette) =>
  `linear-gradient(90deg, ${palette.score.map(toCss).join(', ')})`;

/** Explains colour, width, particles and the period shown, and sums up what is drawn. */
export function Legend({
  title,
  flows,
  colorBy,
  palette,
  motion,
  partial = false,
  collapsed = false,
  focus = null,
  firstView = false,
}: {
  /** Whose exports of which goods the flows are. */
  title: string;
  flows: WindowFlows | null;
  colorBy: ColorBy;
  palette: MapPalette;
  /** Whether the particles move. */
  motion: boolean;
  /** Whether a partial corridor (onward leg known only to the World or to no named partner) is drawn. */
  partial?: boolean;
  /**
   * Whether the keys start folded under the title (a corridor's detail, or on a short screen the
   * ranking, then has the side column's height); the user can unfold them, and the summary line
   * stays in view.
   */
  collapsed?: boolean;
  /** The partner the view is narrowed to (ISO-3): the summary says what went to it. */
  focus?: string | null;
  /** Whether the flows are the data set's stored first view (see use-workspace.ts). */
  firstView?: boolean;
}) {
  const { locale, t } = useI18n();
  const total = flows ? flows.valueUsd.reduce((a, b) => a + b, 0) : 0;
  const focused = flows && focus !== null ? flows.partner.indexOf(focus) : -1;
  return (
    <aside className="legend" aria-labelledby="legend-title" data-testid="legend">
      {/* Keyed by `collapsed`: a new selection folds or unfolds the keys again. */}
      <details key={String(collapsed)} open={!collapsed}>
        <summary>
          <h2 id="legend-title" title={title}>
            {title}
          </h2>
        </summary>
        <LegendKeys
          flows={flows}
          colorBy={colorBy}
          palette={palette}
          motion={motion}
          partial={partial}
        />
      </details>
      {flows && (
        <p
          className="legend-summary"
          data-testid="legend-summary"
          data-partners={flows.count}
          data-total-usd={total}
          data-first-view={firstView || undefined}
        >
          {flows.count > 0
            ? translateCount(locale, 'legend.summary', flows.count, {
                partners: flows.count,
                value: formatUsd(locale, total),
              })
            : t('legend.none')}
        </p>
      )}
      {flows && focused >= 0 && (
        <p
          className="legend-summary"
          data-testid="legend-focus"
          data-value-usd={flows.valueUsd[focused]}
        >
          {t('legend.focus', {
            partner: (locale === 'en' ? flows.nameEn : flows.nameZh)[focused] ?? focus ?? '',
            value: formatUsd(locale, flows.valueUsd[focused] ?? 0),
          })}
        </p>
      )}
    </aside>
  );
}

/** The legend's keys: the period, colour, width, corridors and particles. */
function LegendKeys({
  flows,
  colorBy,
  palette,
  motion,
  partial,
}: {
  flows: WindowFlows | null;
  colorBy: ColorBy;
  palette: MapPalette;
  motion: boolean;
  partial: boolean;
}) {
  const { locale, t } = useI18n();
  const max = flows ? flows.valueUsd.reduce((a, b) => Math.max(a, b), 0) : 0;
  const width = arcWidthScale(max);
  return (
    <>
      {flows && flows.count > 0 && (
        <p className="legend-period" data-testid="legend-period">
          {windowText(t, locale, flows)}
        </p>
      )}
      <ColorKey colorBy={colorBy} palette={palette} />
      {max > 0 && (
        <>
          <ul className="legend-widths" aria-label={t('legend.width')}>
            <li className="legend-widths-label">{t('legend.width')}</li>
            {WIDTH_SHARES.map((share) => (
              <li key={share}>
                <span className="width-sample" style={{ height: `${width(max * share)}px` }} />
                {formatUsd(locale, max * share)}
              </li>
            ))}
          </ul>
        </>
      )}
      <ul>
        <CorridorKey palette={palette} />
        {partial && (
          <li data-testid="legend-partial">
            <span className="swatch partial-sample" style={{ background: gradient(palette) }} />
            {t('legend.partial')}
          </li>
        )}
        <li>
          <span className="particles-sample" aria-hidden="true" />
          {t(motion ? 'legend.particles' : 'legend.particlesPaused')}
        </li>
      </ul>
    </>
  );
}

/** What the flows' colour means: the product groups, or the score of the corridors. */
export function ColorKey({ colorBy, palette }: { colorBy: ColorBy; palette: MapPalette }) {
  const { t } = useI18n();
  return colorBy === 'tier' ? (
    <>
      <h3>{t('legend.colorTier')}</h3>
      <ul className="legend-tiers">
        {CHPL_TIERS.map((tier) => (
          <li key={tier}>
            <span className="swatch" style={{ background: toCss(palette.tiers[tier]) }} />
            {t(`legend.tier.${tier}`)}
          </li>
        ))}
      </ul>
    </>
  ) : (
    <>
      <h3>{t('legend.colorScore')}</h3>
      <ul>
        <li>
          <span className="scale-end">0</span>
          <span className="swatch score-scale" style={{ background: gradient(palette) }} />
          <span className="scale-end">1</span>
        </li>
        <li>
          <span className="swatch" style={{ background: toCss(palette.flow), opacity: 0.45 }} />
          {t('legend.noCorridor')}
        </li>
      </ul>
    </>
  );
}

/** The key of the flagged corridors: their colour is their score. */
export function CorridorKey({ palette }: { palette: MapPalette }) {
  const { t } = useI18n();
  return (
    <li>
      <span className="scale-end">0</span>
      <span className="swatch score-scale" style={{ background: gradient(palette) }} />
      <span className="scale-end">1</span>
      {t('legend.corridor')}
    </li>
  );
}
