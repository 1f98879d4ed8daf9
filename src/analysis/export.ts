import type { Corridor, LegSummary } from './corridor';
import type { AnalysisParams } from './params';
import type { SignalReading } from './score';
import { REASON_TEXT, type RouteCounts, type UnscoredReason, type UnscoredRoute } from './routes';
import { SIGNAL_NAMES, signalShort, type Localized, type SignalName } from './signals';
import { PEAK_ALIGNMENT } from './signals/co-movement';

/** One corridor as written to corridors.json. */
export interface CorridorJson {
  rank: number;
  score: number;
  origin: string;
  via: string;
  destination: string;
  product: string;
  level: Corridor['level'];
  productName: Corridor['productName'];
  chplTier: string | null;
  names: Corridor['names'];
  period: { baseline: { start: string; end: string }; post: { start: string; end: string } };
  gate: number;
  lagMonths: number | null;
  /** 'monthly', or 'annual' where only whole years could score the route. */
  frequency: Corridor['frequency'];
  /** 'partial' when the onward leg is known only as exports to the World. */
  evidence: Corridor['evidence'];
  /** A leg had already risen in the baseline's last year, before the invasion. */
  pretrend: boolean;
  /** The factor the score was multiplied by for partial evidence or a pre-trend. */
  confidence: number;
  /**
   * Share of comparable routes (controls: goods not on the list, routes scored with the
   * placebo cut-off and routes to the comparison destinations) scoring at least as high, its
   * Benjamini–Hochberg adjustment over the listed corridors, and how many controls there were;
   * null where there are none.
   */
  false_positive_rate: number | null;
  fdr: number | null;
  controls: number;
  /**
   * Whether the controls were only those of the corridor's own kind (the same frequency and
   * evidence), there being enough of them; otherwise all of them.
   */
  controls_matched: boolean;
  /** Of the controls, the routes scored with the placebo cut-off two years earlier. */
  placebo_controls: number;
  /** Of the controls, the routes to the comparison destinations. */
  comparison_controls: number;
  /**
   * The origin's share of the rise in the intermediary's imports of the goods (0–1): the part
   * of the onward rise that can be put down to the origin; null where unknown.
   */
  origin_share: number | null;
  signals: Record<SignalName, SignalReading>;
  legs: { first: LegSummary; second: LegSummary; direct: LegSummary | null };
  explanation: Corridor['explanation'];
}

/** A route that could not be scored, as written to the output: its reason in both languages. */
export interface UnscoredJson extends Omit<UnscoredRoute, 'reason'> {
  reason: { code: UnscoredReason } & Localized;
}

/** What one reporter gives, as written to the output. */
export interface CoverageJson {
  frequencies: string[];
  years: [number, number];
  /** Partners besides the World, and whether World totals are given. */
  partners: number;
  world: boolean;
  levels: number[];
  flows: string[];
}

/** The whole output of an analysis (`npm run analyze -- --out x.json`, and the app's export). */
export interface AnalysisJson {
  corridors: CorridorJson[];
  unscored: UnscoredJson[];
  /** Per reporter, what the data give. */
  coverage: Record<string, CoverageJson>;
  /** Routes considered, by status, and the unscored ones by reason. */
  routes: RouteCounts;
}

/** What {@link analysisToJson} needs of an analysis. */
export interface AnalysisOutcome {
  corridors: readonly Corridor[];
  unscored: readonly UnscoredRoute[];
  counts: RouteCounts;
  coverage: readonly {
    reporter: string;
    freqs: string[];
    firstYear: number;
    lastYear: number;
    partners: number;
    world: boolean;
    levels: number[];
    flows: string[];
  }[];
}

/** Shapes a whole analysis for JSON: the ranking, what could not be scored and why, coverage. */
export function analysisToJson(
  analysis: AnalysisOutcome,
  params: Pick<AnalysisParams, 'baseline'>,
): AnalysisJson {
  return {
    corridors: corridorsToJson(analysis.corridors, params),
    unscored: analysis.unscored.map((u) => ({
      ...u,
      reason: { code: u.reason, ...REASON_TEXT[u.reason] },
    })),
    coverage: Object.fromEntries(
      analysis.coverage.map((c) => [
        c.reporter,
        {
          frequencies: c.freqs,
          years: [c.firstYear, c.lastYear],
          partners: c.partners,
          world: c.world,
          levels: c.levels,
          flows: c.flows,
        },
      ]),
    ),
    routes: analysis.counts,
  };
}

/** Shapes ranked corridors for JSON: what an analyst needs, signal by signal and leg by leg. */
export function corridorsToJson(
  corridors: readonly Corridor[],
  params: Pick<AnalysisParams, 'baseline'>,
): CorridorJson[] {
  const baseline = { start: params.baseline.start, end: params.baseline.end ?? '' };
  return corridors.map((c) => ({
    rank: c.rank,
    score: c.score,
    origin: c.origin,
    via: c.via,
    destination: c.destination,
    product: c.product,
    level: c.level,
    productName: c.productName,
    chplTier: c.chplTier,
    names: c.names,
    period: { baseline, post: { start: c.postStart, end: c.postEnd } },
    gate: c.gate,
    lagMonths: c.lagMonths,
    frequency: c.frequency,
    evidence: c.evidence,
    pretrend: c.confidence.pretrend,
    confidence: c.confidence.factor,
    false_positive_rate: c.calibration.falsePositiveRate,
    fdr: c.calibration.fdr,
    controls: c.calibration.controls,
    controls_matched: c.calibration.matched,
    placebo_controls: c.calibration.placebo,
    comparison_controls: c.calibration.elsewhere,
    origin_share: c.originShare,
    signals: c.signals,
    legs: c.legs,
    explanation: c.explanation,
  }));
}

type Cell = string | number | null;
type Column = [header: string, cell: (c: Corridor) => Cell];

const LEG_FIELDS: [string, (leg: LegSummary) => Cell][] = [
  ['source', (leg) => leg.source],
  ['baseline_usd_month', (leg) => leg.baselineMean],
  ['post_usd_month', (leg) => leg.postMean],
  ['post_total_usd', (leg) => leg.postTotal],
  ['surge', (leg) => leg.surge],
  ['relative_surge', (leg) => leg.relativeSurge],
];

/** The CSV's columns: each header with how its cell is read from a corridor. */
const CSV_COLUMNS: Column[] = [
  ['rank', (c) => c.rank],
  ['score', (c) => c.score],
  ['origin', (c) => c.origin],
  ['via', (c) => c.via],
  ['destination', (c) => c.destination],
  ['product', (c) => c.product],
  ['level', (c) => c.level],
  ['product_en', (c) => c.productName?.en ?? null],
  ['product_zh', (c) => c.productName?.['zh-TW'] ?? null],
  ['chpl_tier', (c) => c.chplTier],
  ['post_start', (c) => c.postStart],
  ['post_end', (c) => c.postEnd],
  ['lag_months', (c) => c.lagMonths],
  ['frequency', (c) => c.frequency],
  ['evidence', (c) => c.evidence],
  ['pretrend', (c) => String(c.confidence.pretrend)],
  ['confidence', (c) => c.confidence.factor],
  ['false_positive_rate', (c) => c.calibration.falsePositiveRate],
  ['fdr', (c) => c.calibration.fdr],
  ['controls_matched', (c) => String(c.calibration.matched)],
  ['origin_share', (c) => c.originShare],
  ...(['first', 'second', 'direct'] as const).flatMap((which) =>
    LEG_FIELDS.map(([field, get]): Column => {
      return [`${which}_${field}`, (c) => (c.legs[which] ? get(c.legs[which]) : null)];
    }),
  ),
  ...SIGNAL_NAMES.flatMap((name): Column[] => [
    [`${name}_value`, (c) => c.signals[name].value],
    [`${name}_strength`, (c) => c.signals[name].strength],
    [`${name}_contribution`, (c) => c.signals[name].contribution],
  ]),
  ['explanation_en', (c) => c.explanation.en],
  ['explanation_zh', (c) => c.explanation['zh-TW']],
];

/** Quotes a CSV field when it needs it (RFC 4180). */
export function csvField(value: Cell): string {
  if (value === null) return '';
  const text = typeof value === 'number' ? String(value) : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** Ranked corridors as CSV: one row each, legs and signals in columns, both explanations. */
export function corridorsToCsv(corridors: readonly Corridor[]): string {
  const header = CSV_COLUMNS.map(([name]) => name);
  const rows = corridors.map((c) => CSV_COLUMNS.map(([, cell]) => csvField(cell(c))));
  return [header, ...rows].map((row) => row.join(',')).join('\r\n') + '\r\n';
}

function multiple(x: number | null): string {
  if (x === null) return '–';
  return x >= 10 ? `×${Math.round(x)}` : `×${x.toFixed(1)}`;
}

function topSignals(c: Corridor, count: number): string {
  return [...SIGNAL_NAMES]
    .filter((s) => c.signals[s].contribution > 0)
    .sort((a, b) => c.signals[b].contribution - c.signals[a].contribution)
    .slice(0, count)
    .map((s) => signalShort(s, 'en'))
    .join(', ');
}

/** The top corridors as a plain-text table for a terminal. */
export function corridorTable(corridors: readonly Corridor[], count = 15): string {
  const header = [
    '#',
    'score',
    'route',
    'product',
    'leg 1',
    'leg 2',
    'r (lag)',
    'data',
    'sources',
    'strongest signals',
  ];
  const rows = corridors
    .slice(0, count)
    .map((c) => [
      String(c.rank),
      c.score.toFixed(3),
      `${c.origin}→${c.via}→${c.destination}`,
      c.product,
      multiple(c.signals.firstLegSurge.value),
      multiple(c.signals.secondLegSurge.value),
      c.signals.coMovement.value === null
        ? '–'
        : `${c.signals.coMovement.value.toFixed(2)} (${c.lagMonths ?? '–'})`,
      `${c.frequency}${c.evidence === 'partial' ? ', partial' : ''}${c.confidence.pretrend ? ', pre-trend' : ''}`,
      `${c.legs.first.source ?? '–'}/${c.legs.second.source ?? '–'}`,
      topSignals(c, 3),
    ]);
  const table = [header, ...rows];
  const widths = header.map((_, i) => Math.max(...table.map((row) => (row[i] ?? '').length)));
  const lines = table.map((row) =>
    row
      .map((cell, i) => cell.padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd(),
  );
  return [...lines, '', ...TABLE_KEY].join('\n');
}

/** What the table's columns of signals are, which a reader checking the figures needs. */
const TABLE_KEY = [
  "leg 1, leg 2: each leg's rise as scored: (post level + floor) / (baseline × the exporter's",
  '  rise to everyone else + floor), so less than the plain ratio the explanation gives;',
  `r (lag): how the legs move together (a correlation, or ${PEAK_ALIGNMENT} for yearly legs that peak within`,
  '  a year of each other) and the second leg’s lag in months (– for yearly corridors).',
];
