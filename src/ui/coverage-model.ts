import type { CellState } from '../data/coverage/model';
import type { CoverageScope } from '../data/coverage/scope';

/**
 * The classes of a matrix cell: its status ('coverage-monthly', 'coverage-missing'...), plus
 * 'coverage-mirror' when only the importer's figures are known and 'coverage-noRows' when the
 * pair has no row. Colours and patterns repeat what the cell's text says.
 */
export function cellClass(state: CellState): string {
  return [
    'coverage-cell',
    `coverage-${state.status}`,
    ...(state.basis === 'mirror' ? ['coverage-mirror'] : []),
    ...(state.noRows ? ['coverage-noRows'] : []),
  ].join(' ');
}

/** The plan's file name: `taiwan-dual-use_coverage-plan_2018_2025-06.md`. */
export function coverageFileName(scope: Pick<CoverageScope, 'firstYear' | 'lastMonth'>): string {
  return `taiwan-dual-use_coverage-plan_${scope.firstYear}_${scope.lastMonth}.md`;
}
