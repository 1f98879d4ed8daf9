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
