import { translate } from '../i18n';
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

/** What each reason means, in words an analyst can act on (`routes.reason.<reason>`). */
export const REASON_TEXT: Readonly<Record<UnscoredReason, Localized>> = Object.fromEntries(
  UNSCORED_REASONS.map((reason) => {
    const key = `routes.reason.${reason}` as const;
    return [reason, { en: translate('en', key), 'zh-TW': translate('zh-TW', key) }];
  }),
) as Record<UnscoredReason, Localized>;

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
