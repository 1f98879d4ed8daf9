/** English messages of the briefing mode (player and editor). */
export const enBrief = {
  'brief.title': 'Briefing',
};

/** A message key of the briefing mode (player and editor). */
export type BriefKey = keyof typeof enBrief;
