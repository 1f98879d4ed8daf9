import { useEffect, useState } from 'react';
import type { Corridor } from '../../analysis/corridor';
import type { AnalysisParams } from '../../analysis/params';
import {
  queryPlaces,
  queryRouteMonths,
  type RouteMonths,
  queryCorridorMonths,
  queryCorridors,
  type CorridorMonths,
  type CorridorResult,
  type Place,
} from '../../data/corridor-query';
import type { DatasetSummary } from '../../data/dataset';
import { useKeyedQuery } from './use-keyed-query';

/**
 * Corridors scored on each load of a dataset and each change of the parameters (null until
 * the first scoring ends); a result that arrives after a newer request is dropped.
 */
export function useCorridors(
  summary: DatasetSummary | null,
  params: AnalysisParams | null,
): CorridorResult | null {
  const [result, setResult] = useState<CorridorResult | null>(null);
  const key = JSON.stringify(params);
  useEffect(() => {
    if (!summary || key === 'null') return;
    let current = true;
    queryCorridors(JSON.parse(key) as AnalysisParams)
      .then((scored) => {
        if (!current) return;
        performance.mark('tdc:corridors-scored', { detail: { ms: scored.ms } });
        setResult(scored);
      })
      .catch((error: unknown) => console.error('Corridor scoring failed', error));
    return () => {
      current = false;
    };
  }, [summary, key]);
  return result;
}

/** Map anchors and names of every economy, read once the reference tables are loaded. */
export function usePlaces(summary: DatasetSummary | null): ReadonlyMap<string, Place> {
  const [places, setPlaces] = useState<ReadonlyMap<string, Place>>(new Map());
  const ready = summary !== null;
  useEffect(() => {
    if (!ready) return;
    queryPlaces()
      .then(setPlaces)
      .catch((error: unknown) => console.error('Place query failed', error));
  }, [ready]);
  return places;
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
