import {
  MONTHS,
  annualCurve,
  curve,
  monthIndex,
  monthOfYear,
  monthsOfYear,
  shift,
} from './calendar';
import { exportKey, parseExportKey, type Forced, type Levels } from './levels';
import { SURGES } from './corridors';
import { LEVELS, SCALES, TARGETS } from './stories';
import type { LevelStory, ScaleStory, SurgeStory, Target } from './story-types';

/** A multiplier that applies from a month on: to mirror values or to unit values. */
export interface Effect {
  from: number;
  factor: number;
}

/** What the stories change besides expected values, looked up by series while realising rows. */
export interface Effects {
  /** `KGZ:854231` → share of Taiwan's exports that the partner records as imports. */
  mirror: Map<string, Effect[]>;
  /** Export key → unit-value multiplier. */
  unitValue: Map<string, Effect[]>;
}

/** The product of the effects in force at month `m`. */
export function effectAt(effects: Effect[] | undefined, m: number): number {
  return (effects ?? []).reduce((acc, e) => (m >= e.from ? acc * e.factor : acc), 1);
}

const push = (map: Map<string, Effect[]>, key: string, effect: Effect) =>
  map.set(key, [...(map.get(key) ?? []), effect]);

/** Every partner/product pair the stories and targets need to exist. */
export function forcedPairs(): Forced {
  const twnSales = new Set<string>();
  const trades = new Set<string>();
  for (const s of SURGES) {
    for (const hs of [...Object.keys(s.firstLeg), ...Object.keys(s.firstLegBase ?? {})])
      twnSales.add(`${s.via}:${hs}`);
    for (const hs of [...Object.keys(s.firstLeg), ...Object.keys(s.onward)])
      trades.add(`${s.via}:${hs}`);
  }
  for (const story of LEVELS)
    for (const hs of Object.keys(story.split)) twnSales.add(`${story.partner}:${hs}`);
  for (const t of TARGETS) {
    if (t.reporter === 'TWN' && t.fit === 'smooth')
      for (const hs of t.hs) twnSales.add(`${t.partner}:${hs}`);
  }
  return { twnSales, trades };
}

/** Sets the series of a level story (replacing the baseline). */
function applyLevel(levels: Levels, story: LevelStory): void {
  const base = curve(story.knots);
  for (const [hs, share] of Object.entries(story.split)) {
    const values = base.map((v, m) => {
      const season = story.seasonal;
      if (!season) return v * share;
      const phase = (2 * Math.PI * (monthOfYear(m) - (season.peakMonth - 1))) / 12;
      return v * share * (1 + season.amplitude * Math.cos(phase));
    });
    for (const [month, value] of story.spikes ?? []) {
      const m = monthIndex(month);
      values[m] = (values[m] ?? 0) + value * share;
    }
    levels.exports.set(exportKey(story.reporter, story.partner, hs), values);
  }
}

/** First month in which a profile is above zero. */
const onsetOf = (profile: Float64Array): number =>
  Math.max(
    profile.findIndex((v) => v > 0),
    0,
  );

/** Adds `peak × profile` to a series, creating it if needed. */
function addProfile(levels: Levels, key: string, peak: number, profile: Float64Array): void {
  const current = levels.exports.get(key) ?? new Float64Array(MONTHS);
  levels.exports.set(
    key,
    current.map((v, m) => v + peak * (profile[m] ?? 0)),
  );
}

/** Adds both legs of a surge story and records its mirror gap and unit-value jump. */
function applySurge(levels: Levels, effects: Effects, story: SurgeStory): void {
  const profile = curve(story.profile);
  const onward = shift(profile, story.lagMonths);
  const from = onsetOf(profile);
  for (const [hs, peak] of Object.entries(story.firstLeg)) {
    const key = exportKey('TWN', story.via, hs);
    addProfile(levels, key, peak, profile);
    push(effects.mirror, `${story.via}:${hs}`, { from, factor: story.mirrorRatio });
    push(effects.unitValue, key, { from, factor: story.unitValueJump });
  }
  for (const [hs, peak] of Object.entries(story.onward)) {
    const key = exportKey(story.via, story.to, hs);
    addProfile(levels, key, peak, onward);
    push(effects.unitValue, key, { from: from + story.lagMonths, factor: story.unitValueJump });
  }
}

/** The export series a target covers: one partner, or every destination for 'WLD'. */
function targetKeys(levels: Levels, target: Target): string[] {
  const codes = new Set(target.hs);
  return [...levels.exports.keys()].filter((key) => {
    const { from, to, hs } = parseExportKey(key);
    return (
      from === target.reporter &&
      codes.has(hs) &&
      (target.partner === 'WLD' || to === target.partner)
    );
  });
}

/** Makes the series of a target add up to its annual totals. */
function applyTarget(levels: Levels, target: Target): void {
  const series = targetKeys(levels, target).map(
    (key) => levels.exports.get(key) ?? new Float64Array(MONTHS),
  );
  if (target.fit === 'smooth') {
    const wanted = annualCurve(target.annual);
    for (let m = 0; m < MONTHS; m++) {
      const total = series.reduce((sum, s) => sum + (s[m] ?? 0), 0);
      for (const s of series) s[m] = total > 0 ? ((s[m] ?? 0) * (wanted[m] ?? 0)) / total : 0;
    }
  }
  for (const [year, total] of Object.entries(target.annual)) {
    const months = monthsOfYear(Number(year));
    const current = series.reduce((sum, s) => sum + months.reduce((a, m) => a + (s[m] ?? 0), 0), 0);
    if (current === 0 && (total ?? 0) > 0)
      throw new Error(`target ${target.reporter}>${target.partner} ${year}: nothing to scale`);
    const factor = current > 0 ? (total ?? 0) / current : 0;
    for (const s of series) for (const m of months) s[m] = (s[m] ?? 0) * factor;
  }
}

/**
 * Raises an intermediary's imports from other origins so that its exports to Russia and
 * Belarus stay a given share of its imports (it cannot forward what it never imported).
 */
function applyImportFloor(levels: Levels, effects: Effects, story: SurgeStory): void {
  const share = story.reexportShare;
  if (share === undefined) return;
  for (const hs of Object.keys(story.onward)) {
    const out = (to: string) => levels.exports.get(exportKey(story.via, to, hs));
    const forwarded = (m: number) => (out('RUS')?.[m] ?? 0) + (out('BLR')?.[m] ?? 0);
    const fromTaiwan = levels.exports.get(exportKey('TWN', story.via, hs));
    const mirror = effects.mirror.get(`${story.via}:${hs}`);
    const key = `${story.via}:${hs}`;
    const other = levels.otherImports.get(key) ?? new Float64Array(MONTHS);
    for (let m = 0; m < MONTHS; m++) {
      const needed = forwarded(Math.min(m + story.lagMonths, MONTHS - 1)) / share;
      const recorded = (fromTaiwan?.[m] ?? 0) * 1.06 * effectAt(mirror, m);
      other[m] = Math.max(other[m] ?? 0, needed - recorded);
    }
    levels.otherImports.set(key, other);
  }
}

/** Multiplies Taiwan's exports of some codes to some partners by a factor over time. */
function applyScale(levels: Levels, story: ScaleStory): void {
  const factor = curve(story.factor);
  for (const partner of story.partners)
    for (const hs of story.hs) {
      const series = levels.exports.get(exportKey(story.reporter, partner, hs));
      series?.forEach((v, m) => (series[m] = v * (factor[m] ?? 1)));
    }
}

/** Replaces the generic baseline of a surge's first leg where the story gives its own. */
function applyFirstLegBase(levels: Levels, story: SurgeStory): void {
  for (const [hs, base] of Object.entries(story.firstLegBase ?? {}))
    levels.exports.set(exportKey('TWN', story.via, hs), new Float64Array(MONTHS).fill(base));
}

/**
 * Applies every story to the baseline, in order: set series, surges (replacing first-leg
 * baselines before adding), direct-flow multipliers, published totals, then import floors.
 */
export function applyStories(levels: Levels): Effects {
  const effects: Effects = { mirror: new Map(), unitValue: new Map() };
  for (const story of LEVELS) applyLevel(levels, story);
  for (const story of SURGES) applyFirstLegBase(levels, story);
  for (const story of SURGES) applySurge(levels, effects, story);
  for (const story of SCALES) applyScale(levels, story);
  for (const target of TARGETS) applyTarget(levels, target);
  for (const story of SURGES) applyImportFloor(levels, effects, story);
  return effects;
}
