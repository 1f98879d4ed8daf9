import { useEffect, useMemo, useRef, useState } from 'react';
import type { Corridor } from '../../analysis/corridor';
import type { AnalysisParams } from '../../analysis/params';
import {
  queryRouteMonths,
  type RouteMonths,
  queryCorridorMonths,
  queryCorridors,
  queryPlacebo,
  type CorridorMonths,
  type CorridorResult,
} from '../../data/corridor-query';
import { whenFresh } from '../../data/coordinator';
import { withPlacebo } from '../../data/corridors/placebo';
import type { DatasetSummary } from '../../data/dataset';
import { sameRanking, type StoredRanking } from '../../data/first-view';
import { useKeyedQuery } from './use-keyed-query';

/**
 * The corridors last scored, and whether a scoring for newer settings is under way; until the
 * first scoring ends, the ranking stored with the data (`stored`) when it was scored with the
 * same settings.
 */
export interface Scoring {
  result: CorridorResult | null;
  pending: boolean;
  stored: boolean;
}

/**
 * The largest data set whose control runs (placebo and comparison) the app does in the
 * background. Each of their statements holds the database while it runs; they read the
 * scoring's store, so most take tens of milliseconds at a million rows, but beyond a few
 * million they would hold up the map's own queries noticeably. `npm run analyze` calibrates
 * any size.
 */
export const BACKGROUND_PLACEBO_MAX_ROWS = 2_000_000;

/**
 * Corridors scored on each load of a dataset and each change of the parameters (null until
 * the first scoring ends), then, for data sets up to {@link BACKGROUND_PLACEBO_MAX_ROWS},
 * calibrated again once the placebo run is done (in the background). A newer request aborts
 * the scoring under way, so rapid changes never queue; the last result stays shown, marked
 * pending, until the new one arrives. Before the first scoring ends, `stored` (the ranking
 * stored with the data, null: none) stands in for it if it was scored with the same settings;
 * the two are then compared (mark `tdc:first-ranking-checked`; a console error where they
 * differ).
 */
export function useCorridors(
  summary: DatasetSummary | null,
  params: AnalysisParams | null,
  stored: StoredRanking | null,
): Scoring {
  const [scored, setScored] = useState<{ key: string; result: CorridorResult } | null>(null);
  const key = JSON.stringify(params);
  const fits = stored !== null && stored.params === key;
  const live = scored?.key === key ? scored.result : null;
  // Compared once, with the first scoring (the placebo run recalibrates it, scores unchanged).
  const checked = useRef<StoredRanking | null>(null);
  useEffect(() => {
    if (!fits || !live || checked.current === stored) return;
    checked.current = stored;
    const same = sameRanking(stored.analysis, live);
    performance.mark('tdc:first-ranking-checked', { detail: { same } });
    if (!same) console.error('The ranking stored with the data differs from its scoring here');
  }, [fits, stored, live]);
  useEffect(() => {
    if (!summary || key === 'null') return;
    const controller = new AbortController();
    const params = JSON.parse(key) as AnalysisParams;
    const fail = (error: unknown) => console.error('Corridor scoring failed', error);
    whenFresh(
      queryCorridors(params, controller.signal),
      (result) => {
        performance.mark('tdc:corridors-scored', { detail: { ms: result.ms } });
        setScored({ key, result });
        if (summary.rows > BACKGROUND_PLACEBO_MAX_ROWS) return;
        whenFresh(
          queryPlacebo(params, controller.signal),
          (controls) => {
            setScored({ key, result: { ...withPlacebo(result, controls), ms: result.ms } });
            performance.mark('tdc:corridors-calibrated', {
              detail: { placebo: controls.placebo.length, elsewhere: controls.elsewhere.length },
            });
          },
          fail,
        );
      },
      fail,
    );
    return () => controller.abort();
  }, [summary, key]);
  const stand = useMemo(() => stored && { ...stored.analysis, ms: Number.NaN }, [stored]);
  const standIn = !scored && fits ? stand : null;
  return {
    result: scored?.result ?? standIn,
    pending: summary !== null && key !== 'null' && scored?.key !== key,
    stored: standIn !== null,
  };
}

/** The selected corridor's legs month by month (null while loading or with no selection). */
export function useCorridorMonths(corridor: Corridor | null): CorridorMonths | null {
  return useKeyedQuery(corridor, queryCorridorMonths, 'Corridor months query');
}

/**
 * Both legs month by month of the corridors drawn on the map, read after each scoring (null
 * until then), so that the map can show each route's story as the months play.
 */
export function useRouteMonths(corridors: readonly Corridor[]): RouteMonths | null {
  return useKeyedQuery(corridors, queryRouteMonths, 'Route month query');
}
