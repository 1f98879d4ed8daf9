import { explainCorridor } from './explain';
import { UNCALIBRATED, calibrate, type Calibration, type ScorePools } from './calibration';
import { confidenceOf, type Confidence } from './confidence';
import type { AnalysisParams, ProductLevel } from './params';
import { TIER_PREFIX, productCode } from './products';
import { scoreSignals, type SignalReading } from './score';
import { floorOf, summariseLeg } from './legs';
import { measureSignals, type Localized, type SignalName, type SignalValue } from './signals';

export { floorOf, legExcess, smoothedRatio, summariseLeg } from './legs';

/** Which figures a leg was built from: the exporter's own, the importer's mirror, or both. */
export type LegSource = 'reported' | 'mirror' | 'mixed';

/**
 * How a corridor was measured: month by month, or year by year where the data give only years
 * (annual files, or a reporter that gives whole years). Every level is then a year's.
 */
export type Frequency = 'monthly' | 'annual';

/**
 * How much of the route the data show: 'full' when both legs are known to the destination,
 * 'partial' when the onward leg is known only as the intermediary's exports to the World, or
 * to the destination and the partners it did not name (scored only for intermediaries with a
 * documented link to the destination).
 */
export type Evidence = 'full' | 'partial';

/**
 * The onward leg of a partial corridor through an intermediary that reports its partners but
 * whose world total holds more than they do: its exports to the destinations or to partners it
 * did not name (a confidential cell, "areas not specified"), i.e. the world total less its
 * exports to every named partner other than the destinations. Used as an importer code.
 */
export const UNNAMED_PARTNERS = 'XUN';

/**
 * Aggregates of one leg (exporter → importer, one product), as the SQL returns them: per
 * month, or per year for an annual corridor ("a period" below).
 */
export interface LegAggregates {
  from: string;
  to: string;
  /** null when no period of the leg is known (neither side reports). */
  source: LegSource | null;
  /** Mean US$ a period over the baseline periods in which the leg is known. */
  baselineMean: number | null;
  /** Mean US$ a period over the post periods in which the leg is known. */
  postMean: number | null;
  /**
   * Monthly: the best 12 months with the two largest capped at the third (against one-off
   * spikes). Annual: the best post year.
   */
  postLevel: number | null;
  /** US$ over the post period. */
  postTotal: number;
  /** Known baseline and post periods (months, or years for an annual corridor). */
  baselineMonths: number;
  postMonths: number;
  /**
   * For the pre-trend test: the mean of the baseline's last six months (2021-07 to 2021-12 by
   * default; for an annual corridor, its last year) and of the baseline before them; null
   * where unknown.
   */
  lateMean: number | null;
  earlyMean: number | null;
  /** Standard deviation of the baseline month to month (null for annual corridors). */
  baselineSd: number | null;
  /**
   * The baseline's own linear trend carried forward to the post level's window (first legs of
   * monthly corridors; null otherwise): a hub's growth that would have happened anyway.
   */
  trendLevel: number | null;
  /** Annual corridors: the best post year; null for monthly ones. */
  peakYear: number | null;
  /**
   * The 12 months where the leg rose most against the exporter's exports of the product to
   * everyone else (for a first leg, the origin's to all but the destinations; for a second
   * leg, the intermediary's to the world less the destinations): the leg's mean there, and
   * the benchmark's mean in the baseline and there. null for the direct leg.
   */
  relativeLevel: number | null;
  othersBaselineMean: number | null;
  othersWindowMean: number | null;
}

/** One candidate corridor's aggregates, as the SQL returns them: the input of scoring. */
export interface CorridorRow {
  origin: string;
  via: string;
  destination: string;
  product: string;
  level: ProductLevel;
  frequency: Frequency;
  evidence: Evidence;
  productName: Localized | null;
  chplTier: string | null;
  names: { origin: Localized; via: Localized; destination: Localized };
  /** First and last month of the post period actually used ('YYYY-MM'). */
  postStart: string;
  postEnd: string;
  first: LegAggregates;
  second: LegAggregates;
  direct: LegAggregates | null;
  /** Best correlation of the legs' detrended log monthly values, and its lag in months. */
  coMovement: number | null;
  lagMonths: number | null;
  /** The intermediary's imports of the product from the world, mean US$ a period; null if unknown. */
  importsBaseline: number | null;
  importsPost: number | null;
  reexportPost: number | null;
  reexportBaseline: number | null;
  sharePost: number | null;
  shareBaseline: number | null;
  /**
   * Share of the origin's exports after the cut-off the intermediary does not record as
   * imports, against the pair's own ratio before it (`mirrorMargin`) or the CIF/FOB factor.
   */
  mirrorGap: number | null;
  /** The intermediary's imports over the origin's exports of the goods before the cut-off. */
  mirrorMargin: number | null;
  unitValuePost: number | null;
  unitValueBaseline: number | null;
  unitValueOthers: number | null;
}

/** A leg as reported with a corridor: its aggregates and its surge ratios. */
export interface LegSummary extends LegAggregates {
  /** (post level + floor) / (baseline mean + floor); null without a baseline. */
  surge: number | null;
  /** The same ratio for the benchmark (the exporter's exports to everyone else), at least 1. */
  othersSurge: number | null;
  /**
   * The surge net of a boom everywhere: (relative level + floor) / (baseline × othersSurge +
   * floor). A flow from nothing cannot be explained by a boom, a grown flow can.
   */
  relativeSurge: number | null;
}

/** A scored corridor: what the ranking, the JSON and the explanation are made of. */
export interface Corridor extends Omit<CorridorRow, 'first' | 'second' | 'direct'> {
  score: number;
  /** 1 for the highest score. */
  rank: number;
  gate: number;
  /** What weighs the evidence down (partial route, pre-trend) and the factor applied. */
  confidence: Confidence;
  /** How often comparable control routes score as high (see calibration.ts). */
  calibration: Calibration;
  signals: Record<SignalName, SignalReading>;
  legs: { first: LegSummary; second: LegSummary; direct: LegSummary | null };
  /** The origin's share of the rise in the intermediary's imports of the goods (see originShareOf). */
  originShare: number | null;
  explanation: Localized;
}

/** The raw value of every signal of a corridor, from its aggregates (`floor`: per period). */
export function signalValues(row: CorridorRow, floor: number): Record<SignalName, SignalValue> {
  const [first, second] = [summariseLeg(row.first, floor), summariseLeg(row.second, floor)];
  return measureSignals({ row, first, second, floor });
}

/**
 * Whose goods went on: the origin's share of the rise in the intermediary's imports of the
 * goods from the world, (first leg's post mean − its baseline) / (imports' post mean − their
 * baseline), at most 1. When the onward leg rose many times more than the first, most of what
 * went on came from other suppliers (China-fed), and only this share of the onward rise can be
 * put down to the origin. null where the intermediary's imports are unknown or did not rise,
 * or the first leg did not rise.
 */
export function originShareOf(
  row: Pick<CorridorRow, 'first' | 'importsBaseline' | 'importsPost'>,
): number | null {
  const { postMean, baselineMean } = row.first;
  const { importsBaseline, importsPost } = row;
  if (
    postMean === null ||
    baselineMean === null ||
    importsBaseline === null ||
    importsPost === null
  )
    return null;
  const [own, all] = [postMean - baselineMean, importsPost - importsBaseline];
  return own > 0 && all > 0 ? Math.min(1, own / all) : null;
}

/** Scores one corridor and writes its explanation; its rank is set by {@link rankCorridors}. */
export function buildCorridor(
  row: CorridorRow,
  params: Pick<AnalysisParams, 'floorUsd'>,
): Corridor {
  const { first, second, direct, ...rest } = row;
  const floor = floorOf(row, params.floorUsd);
  const confidence = confidenceOf([first, second], row.evidence, floor);
  const scored = scoreSignals(signalValues(row, floor), confidence.factor);
  const legs = {
    first: summariseLeg(first, floor),
    second: summariseLeg(second, floor),
    direct: direct && summariseLeg(direct, floor),
  };
  const corridor: Corridor = {
    ...rest,
    score: scored.score,
    rank: 0,
    gate: scored.gate,
    confidence,
    calibration: UNCALIBRATED,
    signals: scored.signals,
    legs,
    originShare: originShareOf(row),
    explanation: { en: '', 'zh-TW': '' },
  };
  corridor.explanation = explainCorridor(corridor);
  return corridor;
}

/**
 * The corridors with their calibration against the controls of `pools` (see calibration.ts),
 * and explanations that say how unusual each flagged one is.
 */
export function withCalibration(corridors: readonly Corridor[], pools: ScorePools): Corridor[] {
  const calibrations = calibrate(corridors, pools);
  return corridors.map((c, i) => {
    const calibrated = { ...c, calibration: calibrations[i] ?? c.calibration };
    return { ...calibrated, explanation: explainCorridor(calibrated) };
  });
}

/** Whether corridor `fine` lies within `coarse`: the same route, its goods inside the coarser product. */
function isWithin(fine: Corridor, coarse: Corridor): boolean {
  if (fine.level === coarse.level || fine.level === 'tier') return false;
  if (coarse.level === 'tier') {
    const tier = coarse.product.slice(TIER_PREFIX.length);
    return (fine.chplTier ?? '').split(',').includes(tier);
  }
  const code = productCode(fine.product);
  return code.length > coarse.product.length && code.startsWith(coarse.product);
}

/**
 * Under the 'all' level setting the same goods are scored as HS-6, as their heading and as
 * their tier. A coarser corridor is kept only where no finer one on the same route within it
 * is flagged (for a partial corridor, whose destination is inferred, on any route through the
 * same intermediary): it then shows what only the coarser level sees (goods re-exported under
 * another code of the heading, or data that only give headings), not the same story again.
 */
export function withoutCoarserDuplicates(corridors: readonly Corridor[]): Corridor[] {
  const through = (c: Corridor) => `${c.origin}>${c.via}`;
  const flagged = new Map<string, Corridor[]>();
  for (const c of corridors) {
    if (c.score <= 0) continue;
    flagged.set(through(c), [...(flagged.get(through(c)) ?? []), c]);
  }
  // A partial corridor's destination is an inference: any finer story through it is the same.
  const sameRoute = (fine: Corridor, c: Corridor) =>
    c.evidence === 'partial' || fine.destination === c.destination;
  return corridors.filter(
    (c) => !(flagged.get(through(c)) ?? []).some((fine) => sameRoute(fine, c) && isWithin(fine, c)),
  );
}

/**
 * The least rise of the first leg, net of a boom everywhere, that a corridor whose onward leg
 * is the intermediary's unattributed exports must show: such exports also grow with trade the
 * intermediary merely did not break down, so the origin's own leg must at least double.
 */
export const UNNAMED_MIN_FIRST_SURGE = 2;

/**
 * A partial corridor through an intermediary that names its partners (its onward leg: the
 * exports it did not attribute) is kept only where its first leg at least doubled (see
 * {@link UNNAMED_MIN_FIRST_SURGE}) and no full corridor of the same goods through it is
 * flagged: the bilateral leg then tells the story on its own.
 */
export function withoutPartialTwins(corridors: readonly Corridor[]): Corridor[] {
  const goods = (c: Corridor) => `${c.origin}>${c.via}:${c.product}`;
  const flagged = new Set(corridors.filter((c) => c.score > 0 && c.evidence === 'full').map(goods));
  return corridors.filter(
    (c) =>
      c.legs.second.to !== UNNAMED_PARTNERS ||
      ((c.legs.first.relativeSurge ?? 0) >= UNNAMED_MIN_FIRST_SURGE && !flagged.has(goods(c))),
  );
}

/** 'TWN>KGZ>RUS': a corridor's route, whatever the product. */
export function routeKey(c: Pick<CorridorRow, 'origin' | 'via' | 'destination'>) {
  return `${c.origin}>${c.via}>${c.destination}`;
}

/** A stable key for a corridor: 'TWN>KGZ>RUS:854231'. */
export function corridorKey(c: Pick<CorridorRow, 'origin' | 'via' | 'destination' | 'product'>) {
  return `${c.origin}>${c.via}>${c.destination}:${c.product}`;
}

/**
 * Sorts by score (ties: the larger smaller leg first, then the key, so that the order never
 * depends on the database), numbers the ranks from 1 and keeps the first `topN`.
 */
export function rankCorridors(corridors: readonly Corridor[], topN: number): Corridor[] {
  const smallerLeg = (c: Corridor) => Math.min(c.legs.first.postTotal, c.legs.second.postTotal);
  const sorted = [...corridors].sort(
    (a, b) =>
      b.score - a.score ||
      smallerLeg(b) - smallerLeg(a) ||
      (corridorKey(a) < corridorKey(b) ? -1 : 1),
  );
  return sorted.slice(0, topN).map((corridor, index) => ({ ...corridor, rank: index + 1 }));
}
