import type { CorridorRow, LegAggregates, LegSummary } from './corridor';

/** (post + floor) / (baseline + floor): additive smoothing, so that tiny flows cannot surge. */
export function smoothedRatio(post: number | null, baseline: number | null, floor: number) {
  if (post === null || baseline === null) return null;
  return (post + floor) / (baseline + floor);
}

/** A leg's surge, its benchmark's surge, and the surge net of a boom everywhere. */
export function summariseLeg(leg: LegAggregates, floor: number): LegSummary {
  const surge = smoothedRatio(leg.postLevel, leg.baselineMean, floor);
  const benchmark = smoothedRatio(leg.othersWindowMean, leg.othersBaselineMean, floor);
  const othersSurge = benchmark === null ? null : Math.max(1, benchmark);
  const level = leg.relativeLevel ?? leg.postLevel;
  const relativeSurge =
    level === null || leg.baselineMean === null
      ? null
      : (level + floor) / (leg.baselineMean * (othersSurge ?? 1) + floor);
  return { ...leg, surge, othersSurge, relativeSurge };
}

/** The floor of a corridor's periods: the monthly floor, or twelve of it for a year. */
export function floorOf(row: Pick<CorridorRow, 'frequency'>, monthlyFloor: number): number {
  return row.frequency === 'annual' ? 12 * monthlyFloor : monthlyFloor;
}

/**
 * A leg's rise in dollars a period against what it would have carried anyway: its baseline
 * grown as the exporter's other trade grew, or its own baseline trend carried forward,
 * whichever is higher.
 */
export function legExcess(leg: LegSummary): number | null {
  const level = leg.relativeLevel ?? leg.postLevel;
  if (level === null || leg.baselineMean === null) return null;
  const counterfactual = Math.max(leg.baselineMean * (leg.othersSurge ?? 1), leg.trendLevel ?? 0);
  return level - counterfactual;
}
