import { formatNumber } from '../../i18n';
import type { LegSummary } from '../corridor';
import { legExcess } from '../legs';
import { linear, only, type Signal } from './signal';

/**
 * The first leg's rise in dollars against its trend, in units of its baseline's noise (the
 * standard error of a 12-month mean): 3 is where it starts to count, 8 is full strength.
 */
export const EXCESS_RAMP = { low: 3, high: 8 } as const;

/** Months of the post level (a 12-month window): see the corridor SQL. */
const PEAK_WINDOW_MONTHS = 12;

/** The first leg must carry at least this share of the onward rise for its excess to count. */
const EXCESS_COVER = 0.25;

/**
 * The first leg's excess over the noise of a 12-month mean of its baseline (z), where it is
 * positive and carries at least a quarter of the onward leg's excess; null otherwise.
 */
function excessZ(first: LegSummary, second: LegSummary): number | null {
  const [excess, onward] = [legExcess(first), legExcess(second)];
  if (excess === null || !(excess > 0) || !(first.baselineSd && first.baselineSd > 0)) return null;
  if (onward !== null && onward > 0 && excess < EXCESS_COVER * onward) return null;
  return excess / (first.baselineSd / Math.sqrt(PEAK_WINDOW_MONTHS));
}

/**
 * For a hub: the first leg's extra dollars, a small share of a large flow. It opens the gate
 * in place of the first-leg surge and adds no weight of its own. Monthly corridors only.
 */
export const firstLegExcess: Signal<'firstLegExcess'> = {
  name: 'firstLegExcess',
  weight: 0,
  role: 'first',
  measure: ({ row, first, second }) =>
    only(row.frequency === 'monthly' ? excessZ(first, second) : null),
  strength: linear(EXCESS_RAMP.low, EXCESS_RAMP.high),
  format: (locale, x) => `z = ${formatNumber(locale, x, 1)}`,
};
