/** English messages of the map's basemap controls. */
export const enBasemap = {} as const;

export type BasemapKey = keyof typeof enBasemap;
