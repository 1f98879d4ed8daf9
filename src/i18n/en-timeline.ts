/** English messages of the map's timeline controls. */
export const enTimeline = {} as const;

export type TimelineKey = keyof typeof enTimeline;
