import { geoArea } from 'd3-geo';
import type { Position } from 'geojson';
import polylabel from 'polylabel';

/** A longitude/latitude pair in degrees. */
export type LonLat = readonly [number, number];

const DEGREES = 180 / Math.PI;
// Web Mercator cannot show the poles; clamping keeps Antarctica's rings finite.
const MAX_LATITUDE = 85;

function toMercator([lon = 0, lat = 0]: Position): number[] {
  const clamped = Math.max(-MAX_LATITUDE, Math.min(MAX_LATITUDE, lat));
  return [lon, Math.log(Math.tan(Math.PI / 4 + clamped / DEGREES / 2)) * DEGREES];
}

function fromMercator(x: number, y: number): LonLat {
  return [x, (2 * Math.atan(Math.exp(y / DEGREES)) - Math.PI / 2) * DEGREES];
}

/** The polygon with the largest area on the sphere, or null if there is none. */
export function largestPolygon(polygons: readonly Position[][][]): Position[][] | null {
  let best: Position[][] | null = null;
  let bestArea = -1;
  for (const polygon of polygons) {
    const area = geoArea({ type: 'Polygon', coordinates: polygon });
    if (area > bestArea) [best, bestArea] = [polygon, area];
  }
  return best;
}

/**
 * A point inside a country to anchor arcs and labels: the pole of inaccessibility of its largest
 * polygon, computed in Web Mercator coordinates so that it sits in the middle of the shape the
 * map draws, rounded to 2 decimals. Null for a country without polygons.
 */
export function polygonAnchor(polygons: readonly Position[][][]): LonLat | null {
  const polygon = largestPolygon(polygons);
  if (!polygon) return null;
  const [x, y] = polylabel(
    polygon.map((ring) => ring.map(toMercator)),
    0.01,
  );
  const [lon, lat] = fromMercator(x, y);
  return [roundTo2(lon), roundTo2(lat)];
}

/** Rounds degrees to 2 decimals (about 1 km). */
export function roundTo2(value: number): number {
  return Math.round(value * 100) / 100;
}
