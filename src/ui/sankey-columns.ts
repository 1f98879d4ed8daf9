/**
 * Where the Sankey's three columns go: across, so that the origin's and the destinations'
 * labels fit beside their bars and the intermediaries' get the rest; and down, each node in a
 * slot as tall as its bar or its label, whichever is taller, so that every label lies beside
 * its own node.
 */

/** Width of a node's bar, in pixels. */
export const NODE_WIDTH = 6;
/** Room between a bar and its label, and between a label and the next column, in pixels. */
export const LABEL_GAP = 4;
/** Room between two slots of a column, in pixels. */
export const SLOT_GAP = 4;
/** Shortest the bands of links are drawn, however long the labels. */
const MIN_BAND_PX = 24;
/**
 * The origin's label lies over the first legs, which are as long as it is wide, up to this
 * share of the width; the destinations' labels are right of their bars, up to this share.
 */
const ORIGIN_BAND_SHARE = 0.3;
const DESTINATION_LABEL_SHARE = 0.32;
const DESTINATION_LABEL_MIN_PX = 40;
/** Height given to the bars beyond what the labels take, as a share of the latter. */
const BAR_ROOM_SHARE = 0.15;

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/**
 * Left ends of the three columns' bars in an SVG `width` pixels wide, given the widths of the
 * origin's name and of the widest destination label. The same whichever columns are present,
 * so that filtering does not move the intermediaries.
 */
export function columnsX(
  width: number,
  originName: number,
  destinationLabel: number,
): readonly [number, number, number] {
  // Whole pixels, so that a label fits the room made for it whatever the rounding.
  const band = clamp(Math.ceil(originName) + 2 * LABEL_GAP, MIN_BAND_PX, width * ORIGIN_BAND_SHARE);
  const right = clamp(
    Math.ceil(destinationLabel) + LABEL_GAP,
    DESTINATION_LABEL_MIN_PX,
    width * DESTINATION_LABEL_SHARE,
  );
  // In a box too narrow for both, they shrink so that the three columns still fit.
  const shrink = Math.min(1, Math.max(0, width - 3 * NODE_WIDTH - MIN_BAND_PX) / (band + right));
  const middle = NODE_WIDTH + band * shrink;
  return [0, middle, Math.max(middle + NODE_WIDTH, width - NODE_WIDTH - right * shrink)];
}

/** A node as its column stacks it: its value (US$) and its label's height in pixels. */
export interface Slot {
  value: number;
  label: number;
}

const slotHeight = (slot: Slot, scale: number) => Math.max(slot.value * scale, slot.label);
const gaps = (column: readonly Slot[]) => Math.max(0, column.length - 1) * SLOT_GAP;
const demand = (column: readonly Slot[], scale: number) =>
  column.reduce((sum, slot) => sum + slotHeight(slot, scale), 0) + gaps(column);

/** The height the columns need: their labels stacked, and a share more for the bars. */
function columnsHeight(columns: readonly (readonly Slot[])[], least: number): number {
  const labels = Math.max(0, ...columns.map((column) => demand(column, 0)));
  return Math.max(least, Math.ceil(labels * (1 + BAR_ROOM_SHARE)));
}

/**
 * Pixels per US$: the largest scale at which every column's slots fit into `height` (0 if
 * their labels alone do not).
 */
function fitScale(columns: readonly (readonly Slot[])[], height: number): number {
  const fits = (scale: number) => columns.every((column) => demand(column, scale) <= height);
  let high = Math.min(
    ...columns.map((column) => {
      const total = column.reduce((sum, slot) => sum + slot.value, 0);
      return total > 0 ? Math.max(0, height - gaps(column)) / total : Infinity;
    }),
  );
  if (!Number.isFinite(high) || !fits(0)) return 0;
  if (fits(high)) return high;
  let low = 0;
  for (let i = 0; i < 60; i += 1) {
    const mid = (low + high) / 2;
    if (fits(mid)) low = mid;
    else high = mid;
  }
  return low;
}

/** Middles of a column's slots spread evenly over `height`, with as much room above as below. */
function spreadSlots(heights: readonly number[], height: number): number[] {
  const free =
    height - heights.reduce((sum, h) => sum + h, 0) - Math.max(0, heights.length - 1) * SLOT_GAP;
  const extra = Math.max(0, free) / (heights.length + 1);
  let top = extra;
  return heights.map((h) => {
    const middle = top + h / 2;
    top += h + SLOT_GAP + extra;
    return middle;
  });
}

/**
 * Middles of a column's slots, top to bottom, as near as can be to `wanted` without overlap
 * and between 0 and `height` (which must hold them).
 */
function stackSlots(
  wanted: readonly number[],
  heights: readonly number[],
  height: number,
): number[] {
  const size = (i: number) => heights[i] ?? 0;
  const tops = wanted.map((middle, i) => middle - size(i) / 2);
  for (let i = 0; i < tops.length; i += 1) {
    const min = i === 0 ? 0 : (tops[i - 1] ?? 0) + size(i - 1) + SLOT_GAP;
    tops[i] = Math.max(tops[i] ?? 0, min);
  }
  for (let i = tops.length - 1; i >= 0; i -= 1) {
    const max = i === tops.length - 1 ? height : (tops[i + 1] ?? 0) - SLOT_GAP;
    tops[i] = Math.max(0, Math.min(tops[i] ?? 0, max - size(i)));
  }
  return tops.map((top, i) => top + size(i) / 2);
}

/**
 * Where each node goes down its column, in an SVG at least `least` pixels high (taller when
 * the labels need it): a slot as tall as its bar or its label, whichever is taller, the scale
 * of the bars (pixels per US$) the largest at which the slots fit. The middle column spreads
 * over the height; in the others each node lies as near as it can to the value-weighted middle
 * of the nodes it links to in the middle column.
 */
export function placeSlots<N>(
  columns: ReadonlyMap<number, readonly N[]>,
  slot: (node: N) => Slot,
  links: (node: N) => readonly { node: N; value: number }[],
  least: number,
): { height: number; scale: number; middles: Map<N, number> } {
  const slots = new Map([...columns].map(([c, nodes]) => [c, nodes.map(slot)]));
  const height = columnsHeight([...slots.values()], least);
  const scale = fitScale([...slots.values()], height);
  const middles = new Map<N, number>();
  const middle = (node: N) => middles.get(node) ?? height / 2;
  for (const column of [1, 0, 2]) {
    const nodes = columns.get(column) ?? [];
    const heights = (slots.get(column) ?? []).map((s) => slotHeight(s, scale));
    const wanted = nodes.map((node) => {
      const ends = links(node);
      const total = ends.reduce((sum, l) => sum + l.value, 0);
      const weighted = ends.reduce((sum, l) => sum + l.value * middle(l.node), 0);
      return total > 0 ? weighted / total : height / 2;
    });
    const placed =
      column === 1 ? spreadSlots(heights, height) : stackSlots(wanted, heights, height);
    nodes.forEach((node, i) => middles.set(node, placed[i] ?? height / 2));
  }
  return { height, scale, middles };
}
