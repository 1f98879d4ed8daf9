import type { BasemapKey } from './en-basemap';

/** Traditional Chinese messages of the map's basemap controls, key for key. */
export const zhTwBasemap: Record<BasemapKey, string> = {};
