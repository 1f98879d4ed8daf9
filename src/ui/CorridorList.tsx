import type { ReactNode } from 'react';
import type { Corridor } from '../analysis/corridor';
import { corridorKey } from '../analysis/corridor';
import { SIGNAL_NAMES, signalLabel } from '../analysis/signals';
import type { CorridorResult } from '../data/corridor-query';
import { MAP_PALETTES, scoreColor, toCss, type MapTheme } from '../map/theme';
import { productText, routeText, scoreText } from './corridor-text';
import { useI18n } from './i18n-context';
import { RouteAccount } from './RouteAccount';

/** How many corridors the list shows. */
const SHOWN = 12;

/** The score as a bar split into each signal's contribution. */
export function ScoreBar({ corridor }: { corridor: Corridor }) {
  const { locale, t } = useI18n();
  return (
    <span
      className="score-bar"
      role="img"
      aria-label={t('corridors.scoreLabel', { score: scoreText(corridor.score) })}
    >
      {SIGNAL_NAMES.map((name) => {
        const share = corridor.signals[name].contribution;
        if (share <= 0) return null;
        return (
          <span
            key={name}
            className={`score-part signal-${name}`}
            style={{ width: `${share * 100}%` }}
            title={`${signalLabel(name, locale)}: ${scoreText(share)}`}
          />
        );
      })}
    </span>
  );
}

/** What qualifies a corridor's evidence, in words: partial, annual, a rise before the invasion. */
export function CorridorTags({ corridor }: { corridor: Corridor }) {
  const { t } = useI18n();
  const tags = [
    corridor.evidence === 'partial' && t('corridors.tag.partial'),
    corridor.frequency === 'annual' && t('corridors.tag.annual'),
    corridor.confidence.pretrend && t('corridors.tag.pretrend'),
  ].filter((tag): tag is string => Boolean(tag));
  if (tags.length === 0) return null;
  return (
    <span className="corridor-tags">
      {tags.map((tag) => (
        <span key={tag} className="tag">
          {tag}
        </span>
      ))}
    </span>
  );
}

/** The ranked corridors, each with its score, what drives it and why it is flagged. */
export function CorridorList({
  result,
  pending,
  stored = false,
  shown,
  via,
  onClearVia,
  onSelect,
  onMethodology,
  theme,
  children,
  route,
}: {
  /** The map theme: the score's colour must read on its panels. */
  theme: MapTheme;
  result: CorridorResult | null;
  /** A scoring with newer settings is under way: the ranking shown is the previous one. */
  pending: boolean;
  /** The ranking shown is the one stored with the data, until the data's own scoring ends. */
  stored?: boolean;
  /** The corridors that pass the view's filters (intermediary, score), best first. */
  shown: readonly Corridor[];
  /** The intermediary the ranking is narrowed to, by name, or null. */
  via: string | null;
  onClearVia: () => void;
  onSelect: (key: string) => void;
  onMethodology: () => void;
  /** The analysis settings, shown above the ranking. */
  children?: ReactNode;
  /** The route through the intermediary the ranking is narrowed to, shown above its corridors. */
  route?: ReactNode;
}) {
  const { locale, t } = useI18n();
  const flagged = shown.filter((c) => c.score > 0).slice(0, SHOWN);
  return (
    <aside
      className="panel corridors"
      aria-labelledby="corridors-title"
      data-testid="corridor-list"
    >
      <h2 id="corridors-title">{t('corridors.title')}</h2>
      {children}
      <div
        className="muted"
        data-testid="corridor-timing"
        data-ms={result && !stored ? Math.round(result.ms) : undefined}
        data-stored={stored || undefined}
        aria-live="polite"
        aria-busy={pending || stored}
      >
        {stored && result ? (
          <>
            <span className="pending">{t('corridors.stored')}</span>{' '}
            <RouteAccount result={result} flagged={flagged} />
          </>
        ) : pending && result ? (
          <span className="pending">{t('workspace.rescoring')}</span>
        ) : result ? (
          <RouteAccount result={result} flagged={flagged} />
        ) : (
          t('corridors.scoring')
        )}
      </div>
      {via && (
        <p className="filter-chip" data-testid="via-filter">
          {t('corridors.via', { country: via })}
          <button type="button" onClick={onClearVia} aria-label={t('corridors.clearVia')}>
            ×
          </button>
        </p>
      )}
      {route}
      <ol className={pending ? 'stale' : undefined}>
        {flagged.map((c) => (
          <li key={corridorKey(c)}>
            <button
              type="button"
              className="corridor"
              onClick={() => onSelect(corridorKey(c))}
              data-key={corridorKey(c)}
            >
              <span className="corridor-head">
                <span className="rank">{c.rank}</span>
                <span className="route">{routeText(t, locale, c)}</span>
                <span
                  className="score"
                  style={{ color: toCss(scoreColor(c.score, MAP_PALETTES[theme].score)) }}
                >
                  {scoreText(c.score)}
                </span>
              </span>
              <span className="product">{productText(locale, c)}</span>
              <CorridorTags corridor={c} />
              <ScoreBar corridor={c} />
              <span className="explanation">{c.explanation[locale]}</span>
            </button>
          </li>
        ))}
      </ol>
      <button type="button" className="link" onClick={onMethodology}>
        {t('corridors.methodology')}
      </button>
    </aside>
  );
}
