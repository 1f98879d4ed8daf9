import type { BriefKey } from './en-brief';

/** Traditional Chinese messages of the briefing mode (player and editor), key for key. */
export const zhTwBrief: Record<BriefKey, string> = {
  'brief.title': '簡報',
};
