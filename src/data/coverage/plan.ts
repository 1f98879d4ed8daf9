import type { LegKind } from './cells';
import { expectedMask, monthCount, type GapKind } from './model';
import { FEW_MONTHLY, OWN_CUSTOMS, SILENT_AFTER, reportsIn } from './reporting';
import type { Coverage } from './read-coverage';
import type { CoverageScope } from './scope';

/** Where a query is run: UN Comtrade Plus, or Taiwan's customs trade statistics. */
export type PlanSource = 'comtrade' | 'tw-customs';

/** One leg-year that a query fills. */
export interface PlanGap {
  leg: LegKind;
  from: string;
  to: string;
  year: number;
  kind: GapKind;
}

/**
 * One query to run on a connected machine: reporters × partners × flow × the CHPL codes ×
 * the years, at one frequency. A monthly query takes one year at a time (at most 12 periods
 * a query), so it is one download per year; an annual one takes up to 12 years a download.
 */
export interface PlanQuery {
  /** 'T1' (Taiwan customs), 'C1' (UN Comtrade Plus), 'F1' (fallback). */
  id: string;
  source: PlanSource;
  /** 'primary' fills gaps; 'fallback' is for when a primary query returns nothing. */
  role: 'primary' | 'fallback';
  /** 'X' exports of the reporters, 'M' their imports. */
  flow: 'X' | 'M';
  freq: 'M' | 'A';
  /** ISO-3 codes ('TWN' for Taiwan customs). */
  reporters: string[];
  /** ISO-3 codes, 'WLD' for the world total. */
  partners: string[];
  /** Consecutive years. */
  years: number[];
  downloads: number;
  /** The most rows one download can return (every reporter, partner, code and period). */
  maxRows: number;
  /** The leg-years it fills (primary) or backs up (fallback). */
  gaps: PlanGap[];
}

/** Something the analyst should know to read the plan, with the economy it concerns. */
export type PlanNote =
  | { code: 'taiwan490' }
  | { code: 'silent'; country: string; year: number }
  | { code: 'fewMonthly'; country: string }
  | { code: 'noRows' };

/** What to download to fill the gaps, fewest downloads first. */
export interface DownloadPlan {
  gaps: PlanGap[];
  queries: PlanQuery[];
  notes: PlanNote[];
}

/** One reporter × partner × year that a family of queries needs, for one gap. */
interface Need {
  reporter: string;
  partner: string;
  year: number;
  gap: PlanGap;
}

/** Queries of one kind: same source, flow, frequency and role. */
interface Family {
  source: PlanSource;
  role: PlanQuery['role'];
  flow: PlanQuery['flow'];
  freq: PlanQuery['freq'];
}

const sorted = (values: Iterable<string>) => [...new Set(values)].sort();

/**
 * Groups a family's needs into as few downloads as possible: per year, one query with every
 * reporter and every partner needed that year; consecutive years asking the same reporters
 * and partners become one query over those years.
 */
function groupNeeds(
  family: Family,
  needs: readonly Need[],
  codes: number,
): Omit<PlanQuery, 'id'>[] {
  const byYear = new Map<number, Need[]>();
  for (const need of needs) byYear.set(need.year, [...(byYear.get(need.year) ?? []), need]);
  const queries: Omit<PlanQuery, 'id'>[] = [];
  for (const year of [...byYear.keys()].sort((a, b) => a - b)) {
    const mine = byYear.get(year) ?? [];
    const reporters = sorted(mine.map((n) => n.reporter));
    const partners = sorted(mine.map((n) => n.partner));
    const gaps = mine.map((n) => n.gap);
    const last = queries.at(-1);
    const same =
      last !== undefined &&
      last.years.at(-1) === year - 1 &&
      last.reporters.join() === reporters.join() &&
      last.partners.join() === partners.join();
    if (same) {
      last.years.push(year);
      last.gaps.push(...gaps);
    } else {
      queries.push({
        ...family,
        reporters,
        partners,
        years: [year],
        downloads: 0,
        maxRows: 0,
        gaps,
      });
    }
  }
  for (const query of queries) {
    const periods = query.freq === 'M' ? 12 : Math.min(12, query.years.length);
    query.downloads = query.freq === 'M' ? query.years.length : Math.ceil(query.years.length / 12);
    query.maxRows = query.reporters.length * query.partners.length * codes * periods;
  }
  return queries;
}

const CUSTOMS: Family = { source: 'tw-customs', role: 'primary', flow: 'X', freq: 'M' };
const COMTRADE: Family = { source: 'comtrade', role: 'primary', flow: 'X', freq: 'M' };
const ANNUAL: Family = { source: 'comtrade', role: 'fallback', flow: 'X', freq: 'A' };
const MIRROR: Family = { source: 'comtrade', role: 'fallback', flow: 'M', freq: 'M' };

/**
 * The download plan for the gaps of the routes. Each gap asks for the exporter's own monthly
 * exports: Taiwan's from its customs statistics (Taiwan is never a UN Comtrade reporter), every
 * other exporter's from UN Comtrade Plus. Fallbacks, for when an exporter's query returns
 * nothing: the annual figures of reporters that give little monthly data, and the importer's
 * imports (mirror) in the years it reports (Russia and Belarus: up to 2021).
 */
export function downloadPlan(coverage: Pick<Coverage, 'scope' | 'routes' | 'chpl'>): DownloadPlan {
  const { scope, routes } = coverage;
  const chplCodes = coverage.chpl.length;
  const gaps: PlanGap[] = [];
  const customs: Need[] = [];
  const comtrade: Need[] = [];
  const annual: Need[] = [];
  const mirror: Need[] = [];
  for (const route of routes) {
    route.states.forEach((state, i) => {
      const cell = route.cells[i];
      if (state.gap === null || cell === undefined) return;
      const gap: PlanGap = {
        leg: route.leg,
        from: route.from,
        to: route.to,
        year: cell.year,
        kind: state.gap,
      };
      gaps.push(gap);
      const need = { reporter: route.from, partner: route.to, year: cell.year, gap };
      if (route.from === OWN_CUSTOMS) {
        customs.push(need);
        return;
      }
      comtrade.push(need);
      if (FEW_MONTHLY.includes(route.from)) annual.push(need);
      const mirrorKnown = monthCount((cell.mirror?.mask ?? 0) & expectedMask(cell.year, scope));
      if (cell.mirror && mirrorKnown < state.expected && reportsIn(route.to, cell.year))
        mirror.push({ reporter: route.to, partner: route.from, year: cell.year, gap });
    });
  }
  const primary = [
    ...groupNeeds(CUSTOMS, customs, chplCodes),
    ...groupNeeds(COMTRADE, comtrade, chplCodes),
  ];
  const fallback = [
    ...groupNeeds(ANNUAL, annual, chplCodes),
    ...groupNeeds(MIRROR, mirror, chplCodes),
  ];
  const counters = new Map<string, number>();
  const queries = [...primary, ...fallback].map((query): PlanQuery => {
    const prefix = query.role === 'fallback' ? 'F' : query.source === 'tw-customs' ? 'T' : 'C';
    const n = (counters.get(prefix) ?? 0) + 1;
    counters.set(prefix, n);
    return { id: `${prefix}${n}`, ...query };
  });
  return { gaps, queries, notes: planNotes(scope, gaps, queries) };
}

function planNotes(
  scope: Pick<CoverageScope, 'origin' | 'lastYear' | 'destinations'>,
  gaps: readonly PlanGap[],
  queries: readonly PlanQuery[],
): PlanNote[] {
  const notes: PlanNote[] = [];
  if (scope.origin === OWN_CUSTOMS) notes.push({ code: 'taiwan490' });
  for (const country of scope.destinations) {
    const year = SILENT_AFTER[country];
    if (year !== undefined && scope.lastYear > year) notes.push({ code: 'silent', country, year });
  }
  const reporters = new Set(
    queries.filter((q) => q.role === 'primary').flatMap((q) => q.reporters),
  );
  for (const country of FEW_MONTHLY)
    if (reporters.has(country)) notes.push({ code: 'fewMonthly', country });
  if (gaps.some((g) => g.kind === 'noRows')) notes.push({ code: 'noRows' });
  return notes;
}
