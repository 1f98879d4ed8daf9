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
  /**
   * ... and that earlier rise is the "surge": the leg did not rise again after the cut-off,
   * or at least half of its rise had happened by then. The corridor is listed, not flagged.
   */
  pretrendOnly: boolean;
  /** The largest share of a leg's rise already there at the end of the baseline; null if unknown. */
  shareBefore: number | null;
}

/**
 * A partial corridor rests on the intermediary's exports to the whole World, of which the
 * destination is an unknown part: its score counts for this share of a full one.
 */
export const PARTIAL_FACTOR = 0.6;
/**
 * A corridor whose rise is mostly a pre-trend is no evidence of a response to the invasion:
 * its score is 0 (listed with the reason, not flagged).
 */
export const PRETREND_ONLY_FACTOR = 0;
/** A leg that had made this share of its rise by the end of the baseline rose mostly before it. */
export const MOSTLY_BEFORE = 0.5;
/** A corridor that was already rising before the cut-off and rose again after it. */
export const PRETREND_FACTOR = 0.8;

/** How a leg moved before and after the cut-off: see {@link confidenceOf}. */
export interface LegTiming {
  /** (end of the baseline + floor) / (the baseline before it + floor); null if unknown. */
  before: number | null;
  /** (post level + floor) / (end of the baseline + floor); null if unknown. */
  after: number | null;
  /**
   * (end of the baseline − the baseline before it) / (post level − the baseline before it):
   * how much of the leg's rise was already there; null if unknown or if it did not rise.
   */
  share: number | null;
}

/** A leg's rise within the baseline and after it (event-study style: against late 2021). */
export function legTiming(leg: LegAggregates, floor: number): LegTiming {
  const { earlyMean, lateMean, postLevel } = leg;
  if (earlyMean === null || lateMean === null)
    return {
      before: null,
      after:
        lateMean === null || postLevel === null ? null : (postLevel + floor) / (lateMean + floor),
      share: null,
    };
  return {
    before: (lateMean + floor) / (earlyMean + floor),
    after: postLevel === null ? null : (postLevel + floor) / (lateMean + floor),
    share:
      postLevel === null || postLevel <= earlyMean
        ? null
        : (lateMean - earlyMean) / (postLevel - earlyMean),
  };
}

/**
 * The confidence of a corridor's evidence. A pre-trend — a leg whose last six baseline months
 * (a year, for annual corridors) are already ×1.5 the baseline before them — is a rise that
 * began before the invasion, not a response to it. If the leg rose no further after the
 * cut-off (×1.5 against those months), or had made at least half of its rise by then, the
 * corridor's surge is that earlier rise and it scores 0; if it rose again by more, it counts
 * for most of its score. A partial corridor counts for {@link PARTIAL_FACTOR}.
 */
export function confidenceOf(
  legs: readonly LegAggregates[],
  evidence: Evidence,
  floor: number,
): Confidence {
  const timings = legs.map((leg) => legTiming(leg, floor));
  const rose = (t: LegTiming) => (t.before ?? 0) >= SURGE_RAMP.low;
  const pretrend = timings.some(rose);
  const mostlyBefore = (t: LegTiming) =>
    (t.after ?? 0) < SURGE_RAMP.low || (t.share ?? 0) >= MOSTLY_BEFORE;
  const pretrendOnly = timings.some((t) => rose(t) && mostlyBefore(t));
  const shares = timings.flatMap((t) => (rose(t) && t.share !== null ? [t.share] : []));
  const shareBefore = shares.length === 0 ? null : Math.max(...shares);
  const partial = evidence === 'partial';
  let factor = partial ? PARTIAL_FACTOR : 1;
  if (pretrendOnly) factor *= PRETREND_ONLY_FACTOR;
  else if (pretrend) factor *= PRETREND_FACTOR;
  return { factor, partial, pretrend, pretrendOnly, shareBefore };
}
