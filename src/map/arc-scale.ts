/**
 * How big the flows' arcs are drawn and how they bow: shared by the map's layers, its legend and
 * its edge markers, without deck.gl (the legend is on the page's first load, the layers not).
 */
import { scaleSqrt } from 'd3-scale';

/** How the flows' arcs bow (deck.gl's height and the side of the tilt), for the edge markers. */
export const FLOW_ARC = { height: 0.25, tilt: 1 } as const;

/** Arc width in pixels for the largest flow shown. */
export const MAX_ARC_WIDTH = 14;
const MIN_ARC_WIDTH = 1;

/** Arc width scale: area follows value, so a flow twice as large looks twice as heavy. */
export function arcWidthScale(maxValue: number) {
  return scaleSqrt()
    .domain([0, Math.max(maxValue, 1)])
    .range([MIN_ARC_WIDTH, MAX_ARC_WIDTH]);
}

/** Most particles on one arc (the largest flow). */
export const MAX_PARTICLES = 6;

/** Particles on an arc: their density, like the arc's area, follows the square root of value. */
export function particleCount(value: number, maxValue: number): number {
  if (!(value > 0) || !(maxValue > 0)) return 0;
  return Math.max(1, Math.round(MAX_PARTICLES * Math.sqrt(value / maxValue)));
}
