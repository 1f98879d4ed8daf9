import { makeMonth, monthNumber, MONTHS_PER_YEAR, yearOf } from '../../analysis/month';
import { LEG_KINDS, type CoverageCell, type LegKind } from './cells';
import { DEFAULT_PERIODS, type CoverageScope } from './scope';

/**
 * What is known of a leg in a year, as the analysis (which reads monthly rows only) sees it:
 * every expected month ('monthly'), some of them ('incomplete'), only annual rows ('annual'),
 * only a partial year's annual rows ('partial'), or nothing from either side ('missing': the
 * flow is unknown, never zero).
 */
export type CoverageStatus = 'monthly' | 'incomplete' | 'annual' | 'partial' | 'missing';

/** Which side gives what is known: the exporter's own figures, the importer's (mirror), both. */
export type CoverageBasis = 'reported' | 'mirror' | 'both';

/**
 * Why a leg-year needs a download: nothing known, annual or partial-year rows only, months
 * missing, only the importer's figures ('mirrorOnly'), or no row for the pair although its
 * reporter files that year ('noRows': zero trade, or the partner was left out of the query).
 */
export type GapKind = 'missing' | 'annual' | 'partial' | 'incomplete' | 'mirrorOnly' | 'noRows';

/** The gap kinds, most serious first. */
export const GAP_KINDS: readonly GapKind[] = [
  'missing',
  'annual',
  'partial',
  'incomplete',
  'mirrorOnly',
  'noRows',
];

/** A cell read against what its year should hold. */
export interface CellState {
  status: CoverageStatus;
  /** Months known from either side, within the expected months. */
  months: number;
  /** Months the year should have: 12, or up to the data's last month in its last year. */
  expected: number;
  /** For a partial year, the months its annual rows cover. */
  partialMonths: number | null;
  /** Which side gives what is known; null when nothing is. */
  basis: CoverageBasis | null;
  /** Known (its reporter files that year) but the pair has no row: read as zero by the analysis. */
  noRows: boolean;
  gap: GapKind | null;
}

/** Number of bits set in a 12-bit month mask. */
export function monthCount(mask: number): number {
  let count = 0;
  for (let bits = mask; bits > 0; bits >>= 1) count += bits & 1;
  return count;
}

/** The months a year should hold (bit 0 = January): all twelve, or up to the data's last month. */
export function expectedMask(year: number, scope: Pick<CoverageScope, 'lastMonth'>): number {
  const lastYear = yearOf(scope.lastMonth);
  if (year < lastYear) return 0xfff;
  if (year > lastYear) return 0;
  return (1 << monthNumber(scope.lastMonth)) - 1;
}

function basisOf(reported: boolean, mirror: boolean): CoverageBasis | null {
  if (reported && mirror) return 'both';
  if (reported) return 'reported';
  return mirror ? 'mirror' : null;
}

function gapOf(
  status: CoverageStatus,
  basis: CoverageBasis | null,
  noRows: boolean,
): GapKind | null {
  if (status !== 'monthly') return status;
  if (basis === 'mirror') return 'mirrorOnly';
  return noRows ? 'noRows' : null;
}

/** Reads one cell: its status, the months known and expected, which side, and its gap. */
export function cellState(cell: CoverageCell, scope: Pick<CoverageScope, 'lastMonth'>): CellState {
  const wanted = expectedMask(cell.year, scope);
  const expected = monthCount(wanted);
  const { reported, mirror } = cell;
  const reportedMonths = reported.mask & wanted;
  const mirrorMonths = (mirror?.mask ?? 0) & wanted;
  const months = monthCount(reportedMonths | mirrorMonths);
  const partials = [reported.partial, mirror?.partial ?? null].filter((m) => m !== null);
  const partialMonths = partials.length > 0 ? Math.max(...partials) : null;
  let status: CoverageStatus;
  let basis: CoverageBasis | null;
  if (months > 0) {
    status = months >= expected ? 'monthly' : 'incomplete';
    basis = basisOf(reportedMonths > 0, mirrorMonths > 0);
  } else if (reported.annual || mirror?.annual) {
    status = 'annual';
    basis = basisOf(reported.annual, mirror?.annual === true);
  } else if (partialMonths !== null) {
    status = 'partial';
    basis = basisOf(reported.partial !== null, (mirror?.partial ?? null) !== null);
  } else {
    status = 'missing';
    basis = null;
  }
  const noRows = status !== 'missing' && !reported.rows && !mirror?.rows;
  return {
    status,
    months,
    expected,
    partialMonths: status === 'partial' ? partialMonths : null,
    basis,
    noRows,
    gap: gapOf(status, basis, noRows),
  };
}

/** Months known out of those expected over a period. */
export interface PeriodMonths {
  known: number;
  expected: number;
}

/**
 * Months known over the months from `start` to `end` ('YYYY-MM', inclusive; null: the data's
 * last month), from one leg's cells year by year.
 */
export function periodMonths(
  cells: readonly CoverageCell[],
  scope: Pick<CoverageScope, 'lastMonth'>,
  start: string,
  end: string | null,
): PeriodMonths {
  const last = end === null || end > scope.lastMonth ? scope.lastMonth : end;
  const byYear = new Map(cells.map((c) => [c.year, c.reported.mask | (c.mirror?.mask ?? 0)]));
  let known = 0;
  let expected = 0;
  for (let year = yearOf(start); year <= yearOf(last); year++) {
    for (let month = 1; month <= MONTHS_PER_YEAR; month++) {
      const key = makeMonth(year, month);
      if (key < start || key > last) continue;
      expected += 1;
      if (((byYear.get(year) ?? 0) >> (month - 1)) & 1) known += 1;
    }
  }
  return { known, expected };
}

/** One leg over every year of the scope, ready to show as a row of the matrix. */
export interface CoverageRoute {
  leg: LegKind;
  from: string;
  to: string;
  cells: CoverageCell[];
  /** The state of each year, in the order of `cells`. */
  states: CellState[];
  /** Months known in the default baseline and post periods. */
  baseline: PeriodMonths;
  post: PeriodMonths;
  /** HS code lengths of its rows, any year. */
  hsLevels: number[];
  /** CHPL HS-6 codes and HS-4 headings in its rows, any year. */
  chpl6: number;
  chpl4: number;
  /** Sources of the exporter's rows and of the importer's, any year. */
  reportedSources: string[];
  mirrorSources: string[];
}

const union = (lists: readonly (readonly string[])[]) => [...new Set(lists.flat())].sort();

/**
 * The cells grouped into one row per leg (in the order of the cells: first legs, second legs,
 * world, direct), each year read with {@link cellState}.
 */
export function coverageRoutes(
  cells: readonly CoverageCell[],
  scope: Pick<CoverageScope, 'lastMonth'>,
): CoverageRoute[] {
  const groups = new Map<string, CoverageCell[]>();
  for (const cell of cells) {
    const key = `${cell.leg}|${cell.from}|${cell.to}`;
    groups.set(key, [...(groups.get(key) ?? []), cell]);
  }
  const routes = [...groups.values()].map((group): CoverageRoute => {
    const first = group[0] as CoverageCell;
    return {
      leg: first.leg,
      from: first.from,
      to: first.to,
      cells: group,
      states: group.map((cell) => cellState(cell, scope)),
      baseline: periodMonths(
        group,
        scope,
        DEFAULT_PERIODS.baseline.start,
        DEFAULT_PERIODS.baseline.end,
      ),
      post: periodMonths(group, scope, DEFAULT_PERIODS.post.start, null),
      hsLevels: union(group.map((c) => c.hsLevels.map(String)))
        .map(Number)
        .sort((a, b) => a - b),
      chpl6: first.legChpl6,
      chpl4: first.legChpl4,
      reportedSources: union(group.map((c) => c.reported.sources)),
      mirrorSources: union(group.map((c) => c.mirror?.sources ?? [])),
    };
  });
  return routes.sort((a, b) => LEG_KINDS.indexOf(a.leg) - LEG_KINDS.indexOf(b.leg));
}

/** How many leg-years of one kind of leg are complete, and how many have each kind of gap. */
export interface LegTally {
  leg: LegKind;
  legs: number;
  cells: number;
  complete: number;
  gaps: Record<GapKind, number>;
}

/** Tallies the routes' leg-years per kind of leg (for the one-line summaries). */
export function tallyLegs(routes: readonly CoverageRoute[]): LegTally[] {
  return LEG_KINDS.map((leg) => {
    const mine = routes.filter((r) => r.leg === leg);
    const gaps = Object.fromEntries(GAP_KINDS.map((kind) => [kind, 0])) as Record<GapKind, number>;
    let cells = 0;
    let complete = 0;
    for (const state of mine.flatMap((r) => r.states)) {
      cells += 1;
      if (state.gap === null) complete += 1;
      else gaps[state.gap] += 1;
    }
    return { leg, legs: mine.length, cells, complete, gaps };
  });
}
