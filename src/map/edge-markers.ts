import { mercatorY, nearestLongitude, type Padding } from './camera';
import type { WindowFlows } from './month-window';

/** Where the map looks and how large it is: what projecting a place to the screen needs. */
export interface ScreenCamera {
  center: [number, number];
  zoom: number;
  /** Pixels the panels cover: the part left free is where a flow can be seen to end. */
  padding: Padding;
  width: number;
  height: number;
}

/** A flow from the origin to a partner, as the map draws it. */
export interface EdgeFlow {
  partner: string;
  name: string;
  position: [number, number];
  valueUsd: number;
}

/** Where flows leave the free part of the map, with whom they end and what they carry. */
export interface EdgeMarker {
  /** Screen pixels of the exit point, on the free part's border. */
  x: number;
  y: number;
  /** The flows' direction there, in degrees clockwise from east. */
  angle: number;
  partners: string[];
  names: string[];
  valueUsd: number;
}

/** Flows smaller than this share of the largest get no marker: they would crowd the edge. */
const EDGE_SHARE = 0.01;
/** Pixels from the free part's border at which a marker stands (inside it). */
const INSET = 6;
/** Markers closer than this are one marker: flows to neighbours leave the frame together. */
const MERGE_PX = 36;
/** Points sampled along each arc when finding where it leaves the frame. */
const SAMPLES = 200;

/** A place's screen position for the camera (Web Mercator, 512-pixel tiles, as maplibre). */
export function toScreen(camera: ScreenCamera, [lon, lat]: [number, number]): [number, number] {
  const world = 512 * 2 ** camera.zoom;
  const { top, right, bottom, left } = camera.padding;
  const cx = (left + camera.width - right) / 2;
  const cy = (top + camera.height - bottom) / 2;
  return [
    ((lon - camera.center[0]) / 360) * world + cx,
    (mercatorY(lat) - mercatorY(camera.center[1])) * world + cy,
  ];
}

/** Whether a place lies in the part of the map the panels leave free. */
export function inFreePart(camera: ScreenCamera, position: [number, number]): boolean {
  const [x, y] = toScreen(camera, position);
  const { top, right, bottom, left } = camera.padding;
  return x >= left && x <= camera.width - right && y >= top && y <= camera.height - bottom;
}

/**
 * A point of an arc as deck.gl's ArcLayer draws it flat on the map (`getTilt` ±90°): the chord
 * from `a` to `b` bowed sideways by sqrt(r (1 − r)) × length × `height`, to the chord's left
 * for a positive tilt as the layer turns it (screen y points down).
 */
export function arcPoint(
  a: [number, number],
  b: [number, number],
  r: number,
  height: number,
  tilt: 1 | -1,
): [number, number] {
  const [dx, dy] = [b[0] - a[0], b[1] - a[1]];
  const length = Math.hypot(dx, dy);
  if (length === 0) return a;
  const bow = (Math.sqrt(r * (1 - r)) * length * height * tilt) / length;
  return [a[0] + dx * r + dy * bow, a[1] + dy * r - dx * bow];
}

/**
 * A marker where each flow whose partner is off the free part of the map leaves it, following
 * the arc as drawn (`height`, `tilt` as the flows' layer), so the flow does not seem to end
 * at a place that does not exist. Markers that would overlap are merged. Flows whose origin is
 * itself off the free part are left alone.
 */
export function edgeMarkers(
  origin: [number, number],
  flows: readonly EdgeFlow[],
  camera: ScreenCamera,
  arc: { height: number; tilt: 1 | -1 },
): EdgeMarker[] {
  const { top, right, bottom, left } = camera.padding;
  const box = {
    left: left + INSET,
    top: top + INSET,
    right: camera.width - right - INSET,
    bottom: camera.height - bottom - INSET,
  };
  const inside = ([x, y]: [number, number]) =>
    x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;
  const start = toScreen(camera, origin);
  if (!inside(start)) return [];
  const markers: EdgeMarker[] = [];
  for (const flow of flows) {
    const target: [number, number] = [
      nearestLongitude(origin[0], flow.position[0]),
      flow.position[1],
    ];
    const end = toScreen(camera, target);
    if (inside(end)) continue;
    let last = start;
    for (let i = 1; i <= SAMPLES; i += 1) {
      const point = arcPoint(start, end, i / SAMPLES, arc.height, arc.tilt);
      if (!inside(point)) {
        const angle = (Math.atan2(point[1] - last[1], point[0] - last[0]) * 180) / Math.PI;
        merge(markers, { x: last[0], y: last[1], angle, flow });
        break;
      }
      last = point;
    }
  }
  return markers;
}

function merge(
  markers: EdgeMarker[],
  { x, y, angle, flow }: { x: number; y: number; angle: number; flow: EdgeFlow },
) {
  const near = markers.find((m) => Math.hypot(m.x - x, m.y - y) < MERGE_PX);
  if (!near) {
    markers.push({
      x,
      y,
      angle,
      partners: [flow.partner],
      names: [flow.name],
      valueUsd: flow.valueUsd,
    });
    return;
  }
  near.partners.push(flow.partner);
  near.names.push(flow.name);
  near.valueUsd += flow.valueUsd;
}

/**
 * The flows worth a marker: those of at least a hundredth of the largest, and only the chosen
 * partner's when the view is narrowed to one (the others are faded then).
 */
export function edgeFlows(
  flows: WindowFlows,
  names: readonly string[],
  via: string | null,
): EdgeFlow[] {
  const largest = Math.max(0, ...flows.valueUsd);
  const shown: EdgeFlow[] = [];
  for (let i = 0; i < flows.count; i += 1) {
    const [partner = '', value = 0] = [flows.partner[i], flows.valueUsd[i]];
    if (value < largest * EDGE_SHARE || (via !== null && partner !== via)) continue;
    const position: [number, number] = [
      flows.partnerPosition[2 * i] ?? NaN,
      flows.partnerPosition[2 * i + 1] ?? NaN,
    ];
    if (position.every(Number.isFinite))
      shown.push({ partner, name: names[i] ?? partner, position, valueUsd: value });
  }
  return shown;
}
