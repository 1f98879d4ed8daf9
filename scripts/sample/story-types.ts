import type { Annual, Knot } from './calendar';

/** Monthly US$ per HS-6 code. */
export type PerCode = Readonly<Record<string, number>>;

/**
 * A route through an intermediary: Taiwan → `via` → `to`. Both legs follow `profile` (0 before
 * the story, 1 at its peak), the onward leg `lagMonths` later.
 */
export interface SurgeStory {
  id: string;
  via: string;
  to: 'RUS' | 'BLR';
  profile: readonly Knot[];
  /** Taiwan → via at the peak, added to what Taiwan already sold (US$/month per code). */
  firstLeg: PerCode;
  /** Taiwan → via before the story, replacing the generic baseline (US$/month per code). */
  firstLegBase?: PerCode;
  /** via → to at the peak, added to its ordinary exports (US$/month per code). */
  onward: PerCode;
  lagMonths: number;
  /** Share of Taiwan's exports that `via` records as imports once the story starts. */
  mirrorRatio: number;
  /** Unit values on both legs are multiplied by this once the story starts. */
  unitValueJump: number;
  /**
   * The intermediary's onward exports as a share of its imports from the world: its imports
   * rise (from other origins where needed) so that it never forwards more than it imported.
   */
  reexportShare?: number;
}

/** A series set outright: a monthly curve split across codes, with optional season and spikes. */
export interface LevelStory {
  id: string;
  reporter: string;
  partner: string;
  /** US$ per month over all codes. */
  knots: readonly Knot[];
  split: PerCode;
  /** Multiplies by 1 + amplitude·cos(…), highest in `peakMonth` (1–12). */
  seasonal?: { amplitude: number; peakMonth: number };
  /** One-off months added on top: ['2023-08', US$]. */
  spikes?: readonly Knot[];
}

/** A multiplier over time on Taiwan's exports of some codes to some partners. */
export interface ScaleStory {
  id: string;
  reporter: string;
  partners: readonly string[];
  hs: readonly string[];
  factor: readonly Knot[];
}

/**
 * A published (or filled-in) annual total that the sum over `hs` of reporter → partner must
 * hit. Partner 'WLD' means all of the reporter's destinations. 'smooth' redraws the series as a
 * smooth curve through the totals; 'scale' keeps the story's monthly shape and rescales each year.
 */
export interface Target {
  reporter: string;
  partner: string;
  hs: readonly string[];
  fit: 'smooth' | 'scale';
  annual: Annual;
  /** Years whose figure is published; the others are filled in to keep the series plausible. */
  published: readonly number[];
  source: string;
}
