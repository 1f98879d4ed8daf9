import type { Map as MaplibreMap } from 'maplibre-gl';

/**
 * Where the map opens: Taiwan on the right, Russia and its neighbours in view, centred in the
 * part of the map that the side panel leaves visible (`padding.right` pixels are covered).
 */
export const INITIAL_CAMERA = {
  center: [78, 38] as [number, number],
  zoom: 1.7,
  padding: { top: 0, bottom: 0, left: 0, right: 440 },
};

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
 * Where each preset looks, framed for a 1280 × 800 screen whose right 440 px the side panel
 * covers ({@link INITIAL_CAMERA}'s padding, which the map keeps): the flows' end points of the
 * region all fall in the part left visible (test/map/camera.test.ts projects them).
 * - world: every continent, Alaska to Chukotka;
 * - eurasia: Lisbon to Hokkaido, Norway to the Gulf;
 * - central-asia: the Caucasus, Central Asia to Kazakhstan's eastern tip, and Moscow;
 * - east-asia: Taiwan, China, Hong Kong, Korea, Japan and Southeast Asia down to Java.
 */
export const CAMERA_PRESETS: Record<CameraPreset, { center: [number, number]; zoom: number }> = {
  world: { center: [14, 22], zoom: 0.72 },
  eurasia: { center: [66, 45], zoom: 1.8 },
  'central-asia': { center: [62, 48.5], zoom: 3.3 },
  'east-asia': { center: [120, 21.5], zoom: 2.6 },
};

/**
 * The part of the map the presets and the opening view were framed for (1280 × 800 screen,
 * full-width map, side panel over the right 440 px). Another size scales their zoom.
 */
export const FRAME = { width: 1280 - INITIAL_CAMERA.padding.right, height: 620 };

/** A zoom framed for {@link FRAME}, fitted to a visible part of `visible` pixels. */
export function fittedZoom(zoom: number, visible: { width: number; height: number }): number {
  const scale = Math.min(visible.width / FRAME.width, visible.height / FRAME.height);
  return scale > 0 ? zoom + Math.log2(scale) : zoom;
}

/** The part of a map that its padding (the side panel) leaves visible, in pixels. */
export function visibleSize(map: MaplibreMap): { width: number; height: number } {
  const { clientWidth, clientHeight } = map.getContainer();
  const { left = 0, right = 0, top = 0, bottom = 0 } = map.getPadding();
  return { width: clientWidth - left - right, height: clientHeight - top - bottom };
}

/** How long a flight to a preset takes, in milliseconds. */
const FLIGHT_MS = 1800;

/**
 * Moves the map to a preset, or to the opening view for `null` (the back button from a preset):
 * a short flight, or a jump when motion is reduced. `essential: false` also lets maplibre jump
 * when the system asks for reduced motion.
 */
export function flyToPreset(
  map: MaplibreMap,
  preset: CameraPreset | null,
  reducedMotion: boolean,
): void {
  // Level and north up, as the presets were framed, whatever the user rotated or tilted.
  const { center, zoom } = preset ? CAMERA_PRESETS[preset] : INITIAL_CAMERA;
  const camera = { center, zoom: fittedZoom(zoom, visibleSize(map)), bearing: 0, pitch: 0 };
  if (reducedMotion) map.jumpTo(camera);
  else map.flyTo({ ...camera, duration: FLIGHT_MS, essential: false });
}
