import type { Localized } from './signals';

/**
 * How far the data let a route (origin → intermediary → destination, one product) be scored:
 * 'full' and 'partial' routes were scored (see Evidence); 'no_signal' routes were known on
 * both legs and nothing rose past the thresholds (a true "nothing stands out"); 'unscored'
 * routes could not be judged, for the reason given.
 */
export type RouteStatus = 'full' | 'partial' | 'no_signal' | 'unscored';

/** Why a route could not be scored. */
export const UNSCORED_REASONS = [
  'no_first_leg',
  'first_no_baseline',
  'first_no_post',
  'no_onward_leg',
  'onward_no_baseline',
  'onward_unknown_after_cutoff',
  'world_only_unlinked',
] as const;

/** One of {@link UNSCORED_REASONS}. */
export type UnscoredReason = (typeof UNSCORED_REASONS)[number];

/** What each reason means, in words an analyst can act on. */
export const REASON_TEXT: Readonly<Record<UnscoredReason, Localized>> = {
  no_first_leg: {
    en: 'nothing in the data on the first leg: neither the origin’s exports to the intermediary nor its imports from the origin',
    'zh-TW': '資料中沒有第一段：既無來源地對中轉經濟體的出口，也無中轉經濟體自來源地的進口',
  },
  first_no_baseline: {
    en: 'the first leg is not in the data before the cut-off (no baseline to compare with)',
    'zh-TW': '資料中沒有第一段在基準期的數字（無可比較的基準）',
  },
  first_no_post: {
    en: 'the first leg is not in the data after the cut-off',
    'zh-TW': '資料中沒有第一段在基準期之後的數字',
  },
  no_onward_leg: {
    en: 'no onward leg: neither the intermediary’s exports (to the destination or to the World) nor the destination’s imports from it are in the data',
    'zh-TW': '沒有第二段：資料中既無中轉經濟體的出口（對目的地或全球），也無目的地自其進口',
  },
  onward_no_baseline: {
    en: 'the onward leg is not in the data before the cut-off (no baseline to compare with)',
    'zh-TW': '資料中沒有第二段在基準期的數字（無可比較的基準）',
  },
  onward_unknown_after_cutoff: {
    en: 'the onward leg is known only from the destination’s own reports, which stop after 2021 (Russia and Belarus): the intermediary’s exports by partner are needed',
    'zh-TW':
      '第二段僅見於目的地本身的申報，而其申報在2021年後中止（俄羅斯及白俄羅斯）：需要中轉經濟體按夥伴別的出口資料',
  },
  world_only_unlinked: {
    en: 'the intermediary’s exports are known only to the World, and it has no documented link to the destination that would justify a partial reading',
    'zh-TW': '中轉經濟體的出口僅有對全球的合計，且無文獻記載其與目的地的關聯，不足以作部分解讀',
  },
};

/** A route that could not be scored, and why. */
export interface UnscoredRoute {
  origin: string;
  via: string;
  destination: string;
  product: string;
  reason: UnscoredReason;
}

/** How many routes were considered, by status, and the unscored ones by reason. */
export interface RouteCounts {
  considered: number;
  full: number;
  partial: number;
  noSignal: number;
  unscored: number;
  /** Unscored routes per reason, commonest first. */
  reasons: { reason: UnscoredReason; count: number }[];
}

/** Whether a string is one of {@link UNSCORED_REASONS}. */
export function isUnscoredReason(value: unknown): value is UnscoredReason {
  return (UNSCORED_REASONS as readonly unknown[]).includes(value);
}

/** Counts routes by status and the unscored ones by reason (commonest first, then by name). */
export function countRoutes(
  statuses: readonly { status: RouteStatus; reason: UnscoredReason | null }[],
): RouteCounts {
  const counts: RouteCounts = {
    considered: statuses.length,
    full: 0,
    partial: 0,
    noSignal: 0,
    unscored: 0,
    reasons: [],
  };
  const byReason = new Map<UnscoredReason, number>();
  for (const { status, reason } of statuses) {
    if (status === 'full') counts.full += 1;
    else if (status === 'partial') counts.partial += 1;
    else if (status === 'no_signal') counts.noSignal += 1;
    else {
      counts.unscored += 1;
      if (reason) byReason.set(reason, (byReason.get(reason) ?? 0) + 1);
    }
  }
  counts.reasons = [...byReason]
    .map(([reason, count]) => ({ reason, count }))
    .sort((a, b) => b.count - a.count || (a.reason < b.reason ? -1 : 1));
  return counts;
}

/**
 * One line on what the analysis could do with the data: "Routes: 3 scored fully, 2 partially,
 * 40 with nothing standing out, 12 not at all (commonest reasons: no onward leg 9, …)".
 */
export function routeCountsLine(counts: RouteCounts): string {
  const reasons = counts.reasons
    .slice(0, 3)
    .map((r) => `${r.reason.replaceAll('_', ' ')} ${r.count}`)
    .join(', ');
  return (
    `Routes considered: ${counts.considered}: ${counts.full} scored fully, ${counts.partial} partially, ` +
    `${counts.noSignal} with nothing standing out, ${counts.unscored} not at all` +
    (reasons ? ` (commonest reasons: ${reasons})` : '')
  );
}
