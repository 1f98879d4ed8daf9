import type { DownloadPlan } from './plan';
import type { Coverage } from './read-coverage';

/**
 * The coverage and the plan as plain data for machines: the scope, the CHPL codes, every leg
 * with its periods and each year's state and detail, then the plan's gaps, queries and notes.
 */
export function coverageJson(coverage: Coverage, plan: DownloadPlan) {
  return {
    scope: coverage.scope,
    chpl: coverage.chpl,
    legs: coverage.routes.map((route) => ({
      leg: route.leg,
      from: route.from,
      to: route.to,
      baseline: route.baseline,
      post: route.post,
      hsLevels: route.hsLevels,
      chpl6: route.chpl6,
      chpl4: route.chpl4,
      reportedSources: route.reportedSources,
      mirrorSources: route.mirrorSources,
      years: route.cells.map((cell, i) => ({
        year: cell.year,
        ...route.states[i],
        hsLevels: cell.hsLevels,
        chpl6: cell.chpl6,
        chpl4: cell.chpl4,
        reportedSources: cell.reported.sources,
        mirrorSources: cell.mirror?.sources ?? null,
      })),
    })),
    plan,
  };
}
