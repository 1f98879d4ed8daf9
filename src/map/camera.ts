import type { Map as MaplibreMap } from 'maplibre-gl';

/** A box of longitudes and latitudes a camera must show; `east` may pass 180°. */
export interface Bounds {
  west: number;
  south: number;
  east: number;
  north: number;
}

/** Pixels of the map that panels cover, on each side. */
export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** A rectangle in the map's own pixels, from its top left corner. */
export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Where a camera looks: its centre (at the middle of the part left free) and zoom. */
export interface Frame {
  center: [number, number];
  zoom: number;
  padding: Padding;
}

/**
 * Moves a target longitude by ±360° so that an arc from `originLon` takes the short way
 * round (Taiwan → the Americas crosses the Pacific, not Eurasia).
 */
export function nearestLongitude(originLon: number, targetLon: number): number {
  const delta = targetLon - originLon;
  if (delta > 180) return targetLon - 360;
  if (delta < -180) return targetLon + 360;
  return targetLon;
}

/** The regions the map toolbar flies to. */
export type CameraPreset = 'world' | 'eurasia' | 'central-asia' | 'east-asia';

/** The presets in the order the toolbar shows them. */
export const CAMERA_PRESET_NAMES: readonly CameraPreset[] = [
  'world',
  'eurasia',
  'central-asia',
  'east-asia',
];

/**
 * What each preset shows, whatever the screen and whatever covers it (test/map/camera.test.ts
 * projects the places):
 * - world: every continent, Alaska to Chukotka, Cape Horn to Norway;
 * - eurasia: Lisbon to Hokkaido, Norway to the Gulf and Taiwan;
 * - central-asia: the Caucasus, Central Asia to Kazakhstan's eastern tip, and Moscow;
 * - east-asia: Taiwan, China, Hong Kong, Korea, Japan and Southeast Asia down to Java.
 */
export const CAMERA_PRESETS: Record<CameraPreset, Bounds> = {
  world: { west: -170, south: -58, east: 190, north: 72 },
  eurasia: { west: -11, south: 19, east: 146, north: 64 },
  'central-asia': { west: 36, south: 37, east: 89, north: 57 },
  'east-asia': { west: 98, south: -9, east: 145, north: 45 },
};

/** Where the map opens: Europe and Russia on the left, Taiwan and Japan on the right. */
export const OPENING_BOUNDS: Bounds = { west: -12, south: -10, east: 150, north: 66 };

/** Pixels kept free between what a camera frames and the map's edge or a panel (labels). */
export const FRAME_MARGIN = 40;
/** No framing zooms closer than this: a corridor between neighbours stays in its region. */
const MAX_FRAME_ZOOM = 5;
const TILE_SIZE = 512;

/** Web Mercator's y of a latitude, from 0 (north edge) to 1 (south edge). */
export const mercatorY = (lat: number) =>
  (1 - Math.log(Math.tan(Math.PI / 4 + (lat * Math.PI) / 360)) / Math.PI) / 2;
const latitudeOf = (y: number) => (360 / Math.PI) * Math.atan(Math.exp(Math.PI * (1 - 2 * y))) - 90;

/**
 * The centre and zoom that fit `bounds` in the part of a `size` map that `padding` leaves free,
 * {@link FRAME_MARGIN} inside it.
 */
export function frameBounds(
  bounds: Bounds,
  size: { width: number; height: number },
  padding: Padding,
): Frame {
  const width = size.width - padding.left - padding.right - 2 * FRAME_MARGIN;
  const height = size.height - padding.top - padding.bottom - 2 * FRAME_MARGIN;
  const [top, bottom] = [mercatorY(bounds.north), mercatorY(bounds.south)];
  const spanX = Math.max((bounds.east - bounds.west) / 360, 1e-6);
  const spanY = Math.max(bottom - top, 1e-6);
  const fit = Math.log2(Math.min(width / spanX, height / spanY) / TILE_SIZE);
  const zoom = Number.isFinite(fit) ? Math.min(Math.max(fit, 0), MAX_FRAME_ZOOM) : 0;
  const lon = (bounds.west + bounds.east) / 2;
  return {
    center: [lon > 180 ? lon - 360 : lon, latitudeOf((top + bottom) / 2)],
    zoom,
    padding,
  };
}

/**
 * The framing of `bounds` that leaves it largest beside the panels covering the map: each
 * panel is left out by one of its sides (a column on the right by the right, a caption at the
 * bottom by the right or by the top), whichever combination zooms closest.
 */
export function bestFrame(
  bounds: Bounds,
  size: { width: number; height: number },
  covers: readonly Box[],
): Frame {
  let paddings: Padding[] = [{ top: 0, right: 0, bottom: 0, left: 0 }];
  for (const c of covers) {
    if (c.right <= c.left || c.bottom <= c.top) continue;
    const ways: Partial<Padding>[] = [
      { left: c.right },
      { right: size.width - c.left },
      { top: c.bottom },
      { bottom: size.height - c.top },
    ];
    paddings = paddings.flatMap((p) =>
      ways.map((way) => ({
        top: Math.max(p.top, way.top ?? 0),
        right: Math.max(p.right, way.right ?? 0),
        bottom: Math.max(p.bottom, way.bottom ?? 0),
        left: Math.max(p.left, way.left ?? 0),
      })),
    );
  }
  const frames = paddings.map((padding) => frameBounds(bounds, size, padding));
  return frames.reduce((best, frame) => (frame.zoom > best.zoom ? frame : best));
}

/**
 * The bounds of a route's points, each taken the short way round from the first, widened by a
 * fifth of their span (at least 3°) on every side: room for the arcs' bend and the labels.
 */
export function routeBounds(points: readonly [number, number][]): Bounds | null {
  const [first] = points;
  if (!first) return null;
  const lons = points.map(([lon]) => nearestLongitude(first[0], lon));
  const lats = points.map(([, lat]) => lat);
  const [west, east, south, north] = [
    Math.min(...lons),
    Math.max(...lons),
    Math.min(...lats),
    Math.max(...lats),
  ];
  const dx = Math.max((east - west) / 5, 3);
  const dy = Math.max((north - south) / 5, 3);
  return {
    west: west - dx,
    east: east + dx,
    south: Math.max(south - dy, -80),
    north: Math.min(north + dy, 80),
  };
}

/** How long a flight to a new framing takes, in milliseconds. */
const FLIGHT_MS = 1800;

/**
 * Moves the map to a framing: a short flight, or a jump when motion is reduced.
 * `essential: false` also lets maplibre jump when the system asks for reduced motion.
 */
export function moveTo(map: MaplibreMap, frame: Frame, reducedMotion: boolean): void {
  // Level and north up, as the framings assume, whatever the user rotated or tilted.
  const camera = { ...frame, bearing: 0, pitch: 0 };
  if (reducedMotion) map.jumpTo(camera);
  else map.flyTo({ ...camera, duration: FLIGHT_MS, essential: false });
}
