import { plural } from '../ingest/reasons';
import { GAP_KINDS, tallyLegs } from './model';
import type { DownloadPlan } from './plan';
import type { Coverage } from './read-coverage';
import { gapText, legTitle } from './text';

/**
 * The coverage in a few lines of English for a terminal: one line per kind of leg, with how
 * many leg-years are known month by month and how many have each kind of gap.
 */
export function coverageLines(coverage: Coverage): string[] {
  const { scope, countries } = coverage;
  const lines = [
    `Coverage of the routes, ${scope.firstYear} to ${scope.lastMonth} (leg-years known month by month, of all):`,
  ];
  for (const tally of tallyLegs(coverage.routes)) {
    if (tally.legs === 0) continue;
    const title = legTitle('en', countries, tally.leg, scope.origin, scope.destinations);
    const gaps = GAP_KINDS.filter((kind) => tally.gaps[kind] > 0).map(
      (kind) => `${gapText('en', kind)} ${tally.gaps[kind]}`,
    );
    lines.push(
      `  ${title}: ${tally.complete} of ${tally.cells} complete${gaps.length > 0 ? `; ${gaps.join(', ')}` : ''}`,
    );
  }
  return lines;
}

/** One line on the plan: how many queries and downloads fill how many gaps. */
export function planLine(plan: DownloadPlan): string {
  const primary = plan.queries.filter((q) => q.role === 'primary');
  const downloads = primary.reduce((sum, q) => sum + q.downloads, 0);
  const fallbacks = plan.queries.length - primary.length;
  if (plan.gaps.length === 0) return 'Nothing to download: every leg is known month by month.';
  return `Download plan: ${plural(primary.length, 'query', 'queries')} (${plural(downloads, 'download')}) fill ${plural(plan.gaps.length, 'gap')}; ${plural(fallbacks, 'fallback query', 'fallback queries')}.`;
}
