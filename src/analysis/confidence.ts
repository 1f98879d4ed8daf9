import type { Evidence, LegAggregates } from './corridor';
import { SURGE_RAMP } from './signals';

/** What lowers the weight of a corridor's evidence, and by how much the score is multiplied. */
export interface Confidence {
  /** 0–1: multiplies the score. */
  factor: number;
  /** The onward leg is known only as exports to the World. */
  partial: boolean;
  /** A leg had already risen at the end of the baseline (late 2021), before the invasion. */
  pretrend: boolean;
  /** ... and did not rise again after the cut-off: the "surge" is that earlier rise. */
  pretrendOnly: boolean;
}

/**
 * A partial corridor rests on the intermediary's exports to the whole World, of which the
 * destination is an unknown part: its score counts for this share of a full one.
 */
export const PARTIAL_FACTOR = 0.6;
/** A corridor whose rise began before the cut-off and went no further after it. */
export const PRETREND_ONLY_FACTOR = 0.25;
/** A corridor that was already rising before the cut-off and rose again after it. */
export const PRETREND_FACTOR = 0.8;

/** How a leg moved before and after the cut-off: see {@link confidenceOf}. */
export interface LegTiming {
  /** (end of the baseline + floor) / (the baseline before it + floor); null if unknown. */
  before: number | null;
  /** (post level + floor) / (end of the baseline + floor); null if unknown. */
  after: number | null;
}

/** A leg's rise within the baseline and after it (event-study style: against late 2021). */
export function legTiming(leg: LegAggregates, floor: number): LegTiming {
  const { earlyMean, lateMean, postLevel } = leg;
  return {
    before:
      earlyMean === null || lateMean === null ? null : (lateMean + floor) / (earlyMean + floor),
    after:
      lateMean === null || postLevel === null ? null : (postLevel + floor) / (lateMean + floor),
  };
}

/**
 * The confidence of a corridor's evidence. A pre-trend — a leg whose last six baseline months
 * (a year, for annual corridors) are already ×1.5 the baseline before them — is a rise that
 * began before the invasion, not a response to it: if the leg rose no further after the
 * cut-off (×1.5 against those months), the corridor counts
 * for a quarter; if it rose again, for most of it. A partial corridor counts for
 * {@link PARTIAL_FACTOR}.
 */
export function confidenceOf(
  legs: readonly LegAggregates[],
  evidence: Evidence,
  floor: number,
): Confidence {
  const timings = legs.map((leg) => legTiming(leg, floor));
  const rose = (t: LegTiming) => (t.before ?? 0) >= SURGE_RAMP.low;
  const pretrend = timings.some(rose);
  const pretrendOnly = timings.some((t) => rose(t) && (t.after ?? 0) < SURGE_RAMP.low);
  const partial = evidence === 'partial';
  let factor = partial ? PARTIAL_FACTOR : 1;
  if (pretrendOnly) factor *= PRETREND_ONLY_FACTOR;
  else if (pretrend) factor *= PRETREND_FACTOR;
  return { factor, partial, pretrend, pretrendOnly };
}
