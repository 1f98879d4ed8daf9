import type { PartnerFlows } from '../data/partner-flows';
import type { PartnerMonths } from '../data/partner-months';

/** The flows of a window of the timeline, with each partner's largest CHPL tier. */
export interface WindowFlows extends PartnerFlows {
  /** Each partner's tier with the largest value in the window (the first such tier on a tie). */
  mainTier: string[];
}

/**
 * How many steps of the timeline a window of `months` months covers: `months` on a monthly
 * timeline; on an annual one, the years it needs (so 1, 3 and 12 months all give one year).
 */
export function windowSteps(step: PartnerMonths['step'], months: number): number {
  const steps = step === 'year' ? Math.ceil(months / 12) : Math.round(months);
  return Math.max(1, steps);
}

/**
 * Partners with value > 0 summed over months [end - length + 1, end] (clamped at 0; `length`
 * in months, see {@link windowSteps}), largest first, then by ISO3 code; firstPeriod and
 * lastPeriod are the window's first and last month ('YYYY-MM-01'), empty only when the data
 * has no month. Touches only the window's values: cheap enough for every playback step.
 */
export function windowFlows(pm: PartnerMonths, end: number, length: number): WindowFlows {
  const monthCount = pm.months.length;
  const tierCount = pm.tiers.length;
  const last = Math.min(Math.max(end, 0), monthCount - 1);
  const first = Math.max(0, last - windowSteps(pm.step, length) + 1);
  const partnerCount = pm.partners.length;

  const total = new Float64Array(partnerCount);
  const main = new Int32Array(partnerCount);
  const order = new Int32Array(partnerCount);
  let count = 0;
  for (let p = 0; p < partnerCount; p += 1) {
    let sum = 0;
    let best = 0;
    for (let k = 0; k < tierCount; k += 1) {
      let tierSum = 0;
      for (let m = first; m <= last; m += 1) {
        tierSum += pm.values[(p * monthCount + m) * tierCount + k] ?? 0;
      }
      if (tierSum > best) {
        best = tierSum;
        main[p] = k;
      }
      sum += tierSum;
    }
    total[p] = sum;
    if (sum > 0) order[count++] = p;
  }
  const ranked = order
    .subarray(0, count)
    .sort(
      (a, b) =>
        (total[b] ?? 0) - (total[a] ?? 0) ||
        ((pm.partners[a] ?? '') < (pm.partners[b] ?? '') ? -1 : 1),
    );

  const valueUsd = new Float64Array(count);
  const partnerPosition = new Float64Array(count * 2);
  const partner: string[] = [];
  const nameEn: string[] = [];
  const nameZh: string[] = [];
  const mainTier: string[] = [];
  ranked.forEach((p, i) => {
    valueUsd[i] = total[p] ?? 0;
    partnerPosition[2 * i] = pm.partnerPosition[2 * p] ?? 0;
    partnerPosition[2 * i + 1] = pm.partnerPosition[2 * p + 1] ?? 0;
    partner.push(pm.partners[p] ?? '');
    nameEn.push(pm.nameEn[p] ?? '');
    nameZh.push(pm.nameZh[p] ?? '');
    mainTier.push(pm.tiers[main[p] ?? 0] ?? '');
  });
  return {
    count,
    partner,
    nameEn,
    nameZh,
    valueUsd,
    originPosition: pm.originPosition,
    partnerPosition,
    firstPeriod: pm.months[first] ?? '',
    lastPeriod: pm.months[last] ?? '',
    mainTier,
  };
}

/** Total value per month over all partners and tiers (for the timeline's bars). */
export function monthTotals(pm: PartnerMonths): Float64Array {
  const monthCount = pm.months.length;
  const tierCount = pm.tiers.length;
  const totals = new Float64Array(monthCount);
  for (let p = 0; p < pm.partners.length; p += 1) {
    for (let m = 0; m < monthCount; m += 1) {
      const offset = (p * monthCount + m) * tierCount;
      let sum = 0;
      for (let k = 0; k < tierCount; k += 1) sum += pm.values[offset + k] ?? 0;
      totals[m] = (totals[m] ?? 0) + sum;
    }
  }
  return totals;
}

/**
 * Total value per month of each group of tiers, for stacked bars: `groupOf` gives a tier's
 * group (0 to `groupCount` - 1); one array per group, one value per month.
 */
export function groupMonthTotals(
  pm: PartnerMonths,
  groupOf: (tier: string) => number,
  groupCount: number,
): Float64Array[] {
  const monthCount = pm.months.length;
  const tierCount = pm.tiers.length;
  const totals = Array.from({ length: groupCount }, () => new Float64Array(monthCount));
  const groups = pm.tiers.map(groupOf);
  for (let p = 0; p < pm.partners.length; p += 1) {
    for (let m = 0; m < monthCount; m += 1) {
      const offset = (p * monthCount + m) * tierCount;
      for (let k = 0; k < tierCount; k += 1) {
        const group = totals[groups[k] ?? -1];
        if (group) group[m] = (group[m] ?? 0) + (pm.values[offset + k] ?? 0);
      }
    }
  }
  return totals;
}
