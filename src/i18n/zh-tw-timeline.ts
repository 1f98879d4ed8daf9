import type { TimelineKey } from './en-timeline';

/** Traditional Chinese messages of the map's timeline controls, key for key. */
export const zhTwTimeline: Record<TimelineKey, string> = {};
