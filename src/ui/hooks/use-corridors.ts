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
import { withPlacebo, type ControlScores } from '../../data/corridors/placebo';
import type { DatasetSummary } from '../../data/dataset';
import { sameRanking, storedControls, type StoredRanking } from '../../data/first-view';
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

/** A scoring's result, for the settings (`key`) and data it scored, and whether it is calibrated. */
interface Scored {
  key: string;
  summary: DatasetSummary;
  result: CorridorResult;
  calibrated: boolean;
}

/**
 * Corridors scored on each load of a dataset and each change of the parameters (null until
 * the first scoring ends), then calibrated again with the control runs' scores: those stored
 * with the data when the scoring ranks as the stored ranking does (the same rows and settings
 * give the same controls), otherwise those of the placebo run, in the background, for data sets
 * up to {@link BACKGROUND_PLACEBO_MAX_ROWS}. A newer request aborts the scoring under way, so
 * rapid changes never queue; the last result stays shown, marked pending, until the new one
 * arrives. Before the first scoring ends, `stored` (the ranking stored with the data, null:
 * none) stands in for it if it was scored with the same settings; the two are then compared
 * (mark `tdc:first-ranking-checked`; a console error where they differ).
 */
export function useCorridors(
  summary: DatasetSummary | null,
  params: AnalysisParams | null,
  stored: StoredRanking | null,
): Scoring {
  const [scored, setScored] = useState<Scored | null>(null);
  const key = JSON.stringify(params);
  const fits = stored !== null && stored.params === key;
  const live = scored?.key === key ? scored.result : null;
  // Compared once, with the first scoring (the calibration changes no score).
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
    whenFresh(
      queryCorridors(JSON.parse(key) as AnalysisParams, controller.signal),
      (result) => {
        performance.mark('tdc:corridors-scored', { detail: { ms: result.ms } });
        setScored({ key, summary, result, calibrated: false });
      },
      (error: unknown) => console.error('Corridor scoring failed', error),
    );
    return () => controller.abort();
  }, [summary, key]);
  const fitting = fits ? stored : null;
  useEffect(() => {
    if (!scored || scored.calibrated || scored.key !== key || scored.summary !== summary) return;
    const { result } = scored;
    const calibrate = (controls: ControlScores, kept: boolean) => {
      setScored({
        ...scored,
        result: { ...withPlacebo(result, controls), ms: result.ms },
        calibrated: true,
      });
      performance.mark('tdc:corridors-calibrated', {
        detail: { placebo: controls.placebo.length, elsewhere: controls.elsewhere.length, kept },
      });
    };
    const kept = fitting && storedControls(fitting.analysis, result);
    if (kept) return calibrate(kept, true);
    if (summary.rows > BACKGROUND_PLACEBO_MAX_ROWS) return;
    const controller = new AbortController();
    whenFresh(
      queryPlacebo(JSON.parse(key) as AnalysisParams, controller.signal),
      (controls) => calibrate(controls, false),
      (error: unknown) => console.error('Corridor calibration failed', error),
    );
    return () => controller.abort();
  }, [scored, key, summary, fitting]);
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
