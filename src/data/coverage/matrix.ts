import type { Locale } from '../../i18n';
import { LEG_KINDS, type LegKind } from './cells';
import type { CellState } from './model';
import type { Coverage } from './read-coverage';
import { DEFAULT_PERIODS } from './scope';
import {
  cellText,
  detailText,
  headingCount,
  legTitle,
  periodText,
  routeLabel,
  say,
  sourcesText,
} from './text';

/** One leg's row of the matrix: its label, each year's cell, its periods, detail and sources. */
export interface MatrixRow {
  /** 'TWN>KGZ'. */
  key: string;
  label: string;
  cells: { year: number; text: string; state: CellState }[];
  baseline: string;
  post: string;
  detail: string;
  sources: string;
}

/** The matrix of one kind of leg, as the panel and the Markdown show it. */
export interface MatrixTable {
  leg: LegKind;
  title: string;
  /** Route, the years, the baseline and post periods, HS detail, sources. */
  header: string[];
  years: number[];
  rows: MatrixRow[];
}

/**
 * The coverage as tables of text, one per kind of leg with routes: every cell's words (which
 * say all that a colour would), the months known in the default periods, the HS detail and the
 * sources, in the given language.
 */
export function coverageMatrix(locale: Locale, coverage: Coverage): MatrixTable[] {
  const { scope, countries } = coverage;
  const { baseline, post } = DEFAULT_PERIODS;
  const totals = { codes: coverage.chpl.length, headings: headingCount(coverage.chpl) };
  return LEG_KINDS.flatMap((leg): MatrixTable[] => {
    const routes = coverage.routes.filter((route) => route.leg === leg);
    if (routes.length === 0) return [];
    const years = routes[0]?.cells.map((cell) => cell.year) ?? [];
    return [
      {
        leg,
        title: legTitle(locale, countries, leg, scope.origin, scope.destinations),
        header: [
          say(locale, 'coverage.col.route'),
          ...years.map(String),
          say(locale, 'coverage.col.baseline', { start: baseline.start, end: baseline.end }),
          say(locale, 'coverage.col.post', { start: post.start, end: scope.lastMonth }),
          say(locale, 'coverage.col.detail'),
          say(locale, 'coverage.col.sources'),
        ],
        years,
        rows: routes.map((route) => ({
          key: `${route.from}>${route.to}`,
          label: routeLabel(locale, countries, route.from, route.to),
          cells: route.cells.map((cell, i) => {
            const state = route.states[i] as CellState;
            return { year: cell.year, text: cellText(locale, state), state };
          }),
          baseline: periodText(locale, route.baseline),
          post: periodText(locale, route.post),
          detail: detailText(locale, route, totals),
          sources: sourcesText(locale, route) || '–',
        })),
      },
    ];
  });
}
