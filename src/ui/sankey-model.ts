import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';

/** The flows the Sankey shows: one origin, its first legs and the intermediaries' second legs. */
export interface SankeyInput {
  /** ISO3, e.g. 'TWN'. */
  origin: string;
  /** origin → intermediary, US$ summed over the filtered period and products. */
  firstLegs: readonly { via: string; value: number }[];
  /** intermediary → destination, US$. */
  secondLegs: readonly { via: string; to: string; value: number }[];
}

/** Size of the SVG in pixels and how many intermediaries get a node of their own. */
export interface SankeyLayoutOptions {
  width: number;
  height: number;
  /** Intermediaries beyond this many are merged into one {@link OTHER_CODE} node. */
  maxIntermediaries?: number;
}

/** Column of a node: 0 the origin, 1 the intermediaries, 2 the destinations. */
export type SankeyColumn = 0 | 1 | 2;

/** Where a node's name and value go; `stacked` puts the value on a second line. */
export interface SankeyLabel {
  x: number;
  /** Middle of the first line. */
  y: number;
  anchor: 'start' | 'end';
  /** Room in pixels between `x` and the next column or the edge of the SVG. */
  maxWidth: number;
  stacked: boolean;
}

/** A node as drawn. */
export interface SankeyNodeModel {
  /** Unique in the layout: the column and the code, since a country may be in two columns. */
  id: string;
  /** ISO3, or {@link OTHER_CODE} for the merged intermediaries. */
  code: string;
  column: SankeyColumn;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  /** US$: the larger of what flows in and what flows out. */
  value: number;
  /** Intermediaries merged into this node (only the {@link OTHER_CODE} node has any). */
  members: readonly string[];
  /** null when the column has no room for this node's label (its name stays in a tooltip). */
  label: SankeyLabel | null;
}

/** A link as drawn: a horizontal band of `width` pixels along the path `d`. */
export interface SankeyLinkModel {
  id: string;
  /** Codes of the two ends, as in {@link SankeyNodeModel.code}. */
  source: string;
  target: string;
  sourceId: string;
  targetId: string;
  /** 'first': origin → intermediary; 'second': intermediary → destination. */
  leg: 'first' | 'second';
  value: number;
  width: number;
  d: string;
}

/** Everything the Sankey draws, in pixels; no nodes when there is no flow to draw. */
export interface SankeyModel {
  width: number;
  height: number;
  /** Column by column, top to bottom. */
  nodes: SankeyNodeModel[];
  /** First legs, then second legs, each top to bottom. */
  links: SankeyLinkModel[];
}

/** Code of the node that merges the intermediaries beyond the top N. */
export const OTHER_CODE = 'other';
/** Size of the labels' text, and the height of one line of it, in pixels. */
export const LABEL_FONT_PX = 12;
export const LABEL_LINE_PX = 15;

const DEFAULT_MAX_INTERMEDIARIES = 8;
const NODE_WIDTH = 10;
const NODE_PADDING = 10;
const LABEL_GAP = 6;
/** Room kept on the left for the origin's label and on the right for the destinations'. */
const ORIGIN_LABEL_SHARE = 0.16;
const DESTINATION_LABEL_SHARE = 0.2;
const ORIGIN_LABEL_PX = { min: 48, max: 130 } as const;
const DESTINATION_LABEL_PX = { min: 56, max: 160 } as const;

const isFlow = (value: number) => Number.isFinite(value) && value > 0;
const nodeId = (column: SankeyColumn, code: string) => `${column}:${code}`;

/** The first and second legs of one intermediary, summed by destination. */
interface Intermediary {
  code: string;
  first: number;
  second: Map<string, number>;
  secondTotal: number;
}

function addTo<K>(map: Map<K, number>, key: K, value: number) {
  map.set(key, (map.get(key) ?? 0) + value);
}

/** Sums the legs by intermediary, leaving out values that are not positive numbers. */
function gatherIntermediaries(input: SankeyInput): Intermediary[] {
  const byCode = new Map<string, Intermediary>();
  const get = (code: string) => {
    let found = byCode.get(code);
    if (!found) {
      found = { code, first: 0, second: new Map(), secondTotal: 0 };
      byCode.set(code, found);
    }
    return found;
  };
  for (const { via, value } of input.firstLegs) {
    if (isFlow(value)) get(via).first += value;
  }
  for (const { via, to, value } of input.secondLegs) {
    if (!isFlow(value)) continue;
    const intermediary = get(via);
    addTo(intermediary.second, to, value);
    intermediary.secondTotal += value;
  }
  return [...byCode.values()];
}

/**
 * Most first: by what can have passed through (the smaller leg), then by the first leg, the
 * second leg and the code. One with a single leg has 0 passing through and so ranks last.
 */
export function compareIntermediaries(
  a: { code: string; first: number; secondTotal: number },
  b: { code: string; first: number; secondTotal: number },
): number {
  return (
    Math.min(b.first, b.secondTotal) - Math.min(a.first, a.secondTotal) ||
    b.first - a.first ||
    b.secondTotal - a.secondTotal ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/** The top `max` intermediaries, then (if any is left) one that merges the rest. */
function keepTop(all: Intermediary[], max: number): (Intermediary & { members: string[] })[] {
  const ranked = [...all].sort(compareIntermediaries);
  const kept = ranked.slice(0, max).map((i) => ({ ...i, members: [] as string[] }));
  const rest = ranked.slice(max);
  if (rest.length === 0) return kept;
  const other = {
    code: OTHER_CODE,
    first: 0,
    second: new Map<string, number>(),
    secondTotal: 0,
    members: rest.map((i) => i.code),
  };
  for (const intermediary of rest) {
    other.first += intermediary.first;
    other.secondTotal += intermediary.secondTotal;
    for (const [to, value] of intermediary.second) addTo(other.second, to, value);
  }
  return [...kept, other];
}

interface NodeDatum {
  id: string;
  code: string;
  column: SankeyColumn;
  members: string[];
}
interface LinkDatum {
  leg: 'first' | 'second';
  /** A zero link that only puts its target in the right column; not drawn. */
  phantom: boolean;
}
type LaidNode = SankeyNode<NodeDatum, LinkDatum>;
type LaidLink = SankeyLink<NodeDatum, LinkDatum>;

const EMPTY: Omit<SankeyModel, 'width' | 'height'> = { nodes: [], links: [] };

/** Most first; the merged intermediaries at the bottom of their column whatever their value. */
function compareNodes(a: LaidNode, b: LaidNode): number {
  return (
    Number(a.code === OTHER_CODE) - Number(b.code === OTHER_CODE) ||
    (b.value ?? 0) - (a.value ?? 0) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/**
 * Label positions of one column: each at the middle of its node, pushed apart so that lines do
 * not overlap and kept inside the SVG; when the column cannot hold them all, the largest nodes
 * keep theirs.
 */
function placeLabels(
  nodes: LaidNode[],
  height: number,
  place: (node: LaidNode) => Omit<SankeyLabel, 'y' | 'stacked'>,
): Map<LaidNode, SankeyLabel> {
  const labels = new Map<LaidNode, SankeyLabel>();
  if (nodes.length === 0) return labels;
  const stacked = nodes.length * 2 * LABEL_LINE_PX <= height;
  const step = (stacked ? 2 : 1) * LABEL_LINE_PX;
  const room = Math.max(0, Math.floor(height / step));
  const shown = [...nodes]
    .sort((a, b) => (b.value ?? 0) - (a.value ?? 0) || (a.index ?? 0) - (b.index ?? 0))
    .slice(0, room)
    .sort((a, b) => (a.y0 ?? 0) - (b.y0 ?? 0));
  if (shown.length === 0) return labels;
  // Top of each label's block, wanted at the middle of its node.
  const tops = shown.map((n) => ((n.y0 ?? 0) + (n.y1 ?? 0)) / 2 - step / 2);
  for (let i = 0; i < tops.length; i += 1) {
    tops[i] = Math.max(tops[i] ?? 0, i === 0 ? 0 : (tops[i - 1] ?? 0) + step);
  }
  for (let i = tops.length - 1; i >= 0; i -= 1) {
    const limit = i === tops.length - 1 ? height - step : (tops[i + 1] ?? 0) - step;
    tops[i] = Math.max(0, Math.min(tops[i] ?? 0, limit));
  }
  shown.forEach((node, i) => {
    labels.set(node, { ...place(node), y: (tops[i] ?? 0) + LABEL_LINE_PX / 2, stacked });
  });
  return labels;
}

/**
 * Lays out origin → intermediaries → destinations with d3-sankey: the top
 * `maxIntermediaries` intermediaries (see {@link compareIntermediaries}) and one
 * {@link OTHER_CODE} node summing the rest; values that are not positive numbers are left out.
 * Link widths are proportional to their values. The same input gives the same numbers.
 */
export function sankeyLayout(input: SankeyInput, options: SankeyLayoutOptions): SankeyModel {
  const width = Math.max(1, options.width);
  const height = Math.max(1, options.height);
  const max = Math.max(0, Math.floor(options.maxIntermediaries ?? DEFAULT_MAX_INTERMEDIARIES));
  const intermediaries = keepTop(gatherIntermediaries(input), max);

  const nodes = new Map<string, NodeDatum>();
  const addNode = (column: SankeyColumn, code: string, members: string[] = []) => {
    const id = nodeId(column, code);
    if (!nodes.has(id)) nodes.set(id, { id, code, column, members });
    return id;
  };
  const links: (LinkDatum & { source: string; target: string; value: number })[] = [];
  const hasFirstLegs = intermediaries.some((i) => i.first > 0);
  for (const intermediary of intermediaries) {
    const via = addNode(1, intermediary.code, intermediary.members);
    if (intermediary.first > 0) {
      const source = addNode(0, input.origin);
      links.push({ source, target: via, value: intermediary.first, leg: 'first', phantom: false });
    } else if (hasFirstLegs) {
      // d3-sankey counts columns by depth: without this zero link, when no intermediary has both
      // legs, it finds two columns and stacks the destinations under the intermediaries.
      links.push({
        source: nodeId(0, input.origin),
        target: via,
        value: 0,
        leg: 'first',
        phantom: true,
      });
    }
    const destinations = [...intermediary.second].sort(([a], [b]) => (a < b ? -1 : 1));
    for (const [to, value] of destinations) {
      links.push({ source: via, target: addNode(2, to), value, leg: 'second', phantom: false });
    }
  }
  if (links.every((l) => l.phantom)) return { width, height, ...EMPTY };
  if (hasFirstLegs) addNode(0, input.origin);

  const columns = [...new Set([...nodes.values()].map((n) => n.column))].sort((a, b) => a - b);
  // The same room whichever columns are present, so that filtering does not move the columns.
  const originRoom = clamp(width * ORIGIN_LABEL_SHARE, ORIGIN_LABEL_PX.min, ORIGIN_LABEL_PX.max);
  const destinationRoom = clamp(
    width * DESTINATION_LABEL_SHARE,
    DESTINATION_LABEL_PX.min,
    DESTINATION_LABEL_PX.max,
  );
  // In a box too narrow for both, the label rooms shrink so that the three columns still fit.
  const shrink = Math.min(1, Math.max(0, width - 3 * NODE_WIDTH) / (originRoom + destinationRoom));
  const left = originRoom * shrink;
  const right = Math.max(left + NODE_WIDTH, width - destinationRoom * shrink);

  const graph = sankey<NodeDatum, LinkDatum>()
    .nodeId((n) => n.id)
    // The columns present, in order, whatever the depth d3-sankey finds.
    .nodeAlign((n) => columns.indexOf(n.column))
    .nodeWidth(NODE_WIDTH)
    .nodePadding(NODE_PADDING)
    .nodeSort(compareNodes)
    .extent([
      [left, 0],
      [right, height],
    ])({
    nodes: [...nodes.values()].map((n) => ({ ...n })),
    links: links.map((l) => ({ ...l })),
  });

  // Each column keeps its place when another is missing: intermediaries stay in the middle.
  const columnX = (column: SankeyColumn) => left + (column * (right - left - NODE_WIDTH)) / 2;
  for (const node of graph.nodes) {
    node.x0 = columnX(node.column);
    node.x1 = node.x0 + NODE_WIDTH;
  }

  const laid = [...graph.nodes].sort((a, b) => a.column - b.column || (a.y0 ?? 0) - (b.y0 ?? 0));
  const inColumn = (column: SankeyColumn) => laid.filter((n) => n.column === column);
  const destinationsX = columns.includes(2) ? columnX(2) : width;
  const labels = new Map([
    ...placeLabels(inColumn(0), height, (n) => ({
      x: (n.x0 ?? 0) - LABEL_GAP,
      anchor: 'end',
      maxWidth: Math.max(0, (n.x0 ?? 0) - LABEL_GAP),
    })),
    ...placeLabels(inColumn(1), height, (n) => ({
      x: (n.x1 ?? 0) + LABEL_GAP,
      anchor: 'start',
      maxWidth: Math.max(0, destinationsX - (n.x1 ?? 0) - 2 * LABEL_GAP),
    })),
    ...placeLabels(inColumn(2), height, (n) => ({
      x: (n.x1 ?? 0) + LABEL_GAP,
      anchor: 'start',
      maxWidth: Math.max(0, width - (n.x1 ?? 0) - LABEL_GAP),
    })),
  ]);

  const path = sankeyLinkHorizontal<NodeDatum, LinkDatum>();
  const end = (node: LaidLink['source']) => node as LaidNode;
  const drawn = graph.links
    .filter((l) => !l.phantom)
    .sort(
      (a, b) =>
        end(a.source).column - end(b.source).column ||
        (end(a.source).y0 ?? 0) - (end(b.source).y0 ?? 0) ||
        (end(a.target).y0 ?? 0) - (end(b.target).y0 ?? 0),
    );

  return {
    width,
    height,
    nodes: laid.map((n) => ({
      id: n.id,
      code: n.code,
      column: n.column,
      x0: n.x0 ?? 0,
      x1: n.x1 ?? 0,
      y0: n.y0 ?? 0,
      y1: n.y1 ?? 0,
      value: n.value ?? 0,
      members: n.members,
      label: labels.get(n) ?? null,
    })),
    links: drawn.map((l) => {
      const source = end(l.source);
      const target = end(l.target);
      return {
        id: `${source.id}→${target.id}`,
        source: source.code,
        target: target.code,
        sourceId: source.id,
        targetId: target.id,
        leg: l.leg,
        value: l.value,
        width: l.width ?? 0,
        d: path(l) ?? '',
      };
    }),
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** How a link is drawn given the selected intermediary and destination. */
export type LinkEmphasis = 'normal' | 'highlighted' | 'dimmed';

/**
 * The node code a selected intermediary is drawn as: its own, {@link OTHER_CODE} when merged
 * there, or null when it is not in the diagram (or nothing is selected).
 */
export function intermediaryShownAs(model: SankeyModel, via: string | null): string | null {
  if (via === null) return null;
  for (const node of model.nodes) {
    if (node.column !== 1) continue;
    if (node.code === via || node.members.includes(via)) return node.code;
  }
  return null;
}

/**
 * Highlights the links on the paths through the selected intermediary and to the selected
 * destination (a first leg counts when its intermediary reaches that destination), dims the
 * others; with nothing selected every link is 'normal'.
 */
export function linkEmphasis(
  model: SankeyModel,
  link: SankeyLinkModel,
  via: string | null,
  to: string | null,
): LinkEmphasis {
  if (via === null && to === null) return 'normal';
  const shownVia = intermediaryShownAs(model, via);
  if (via !== null && shownVia === null) return 'dimmed';
  const throughVia = (code: string) => shownVia === null || code === shownVia;
  let onPath: boolean;
  if (link.leg === 'second') {
    onPath = throughVia(link.source) && (to === null || link.target === to);
  } else {
    onPath =
      throughVia(link.target) &&
      (to === null || model.links.some((l) => l.sourceId === link.targetId && l.target === to));
  }
  return onPath ? 'highlighted' : 'dimmed';
}

// Characters that take a full em: CJK, Hangul, kana, full-width forms.
const WIDE =
  /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u;
const NARROW = /[\s.,:;'!|ijlrtfI()[\]]/u;

/**
 * Width in pixels of a label at {@link LABEL_FONT_PX}, estimated without a DOM (on the
 * generous side, so that a fitted label is not cut by the edge of the SVG).
 */
export function estimateTextWidth(text: string, fontPx = LABEL_FONT_PX): number {
  let ems = 0;
  for (const char of text) {
    if (WIDE.test(char)) ems += 1;
    else if (NARROW.test(char)) ems += 0.34;
    else if (char >= 'A' && char <= 'Z') ems += 0.7;
    else ems += 0.6;
  }
  return ems * fontPx;
}

/** `text` cut to fit `maxWidth` pixels, ending in an ellipsis when cut ('' if nothing fits). */
export function truncateText(text: string, maxWidth: number, fontPx = LABEL_FONT_PX): string {
  if (estimateTextWidth(text, fontPx) <= maxWidth) return text;
  const chars = [...text];
  for (let n = chars.length - 1; n > 0; n -= 1) {
    const cut = `${chars.slice(0, n).join('').trimEnd()}…`;
    if (estimateTextWidth(cut, fontPx) <= maxWidth) return cut;
  }
  return '';
}

/** A label's text as drawn: the name (perhaps cut) and the value, or null where it does not fit. */
export interface FittedLabel {
  name: string;
  value: string | null;
  truncated: boolean;
}

/**
 * Fits a node's name and value into its label: on two lines when stacked, else on one line
 * with a space between, giving up the value before cutting the name to less than 4 characters.
 */
export function fitLabel(
  name: string,
  value: string,
  label: Pick<SankeyLabel, 'maxWidth' | 'stacked'>,
): FittedLabel {
  const { maxWidth, stacked } = label;
  const fitted = (shown: string, shownValue: string | null): FittedLabel => ({
    name: shown,
    value: shownValue,
    truncated: shown !== name,
  });
  const valueWidth = estimateTextWidth(value);
  if (stacked) return fitted(truncateText(name, maxWidth), valueWidth <= maxWidth ? value : null);
  const withValue = truncateText(name, maxWidth - valueWidth - estimateTextWidth(' '));
  if (withValue === name || [...withValue].length >= 4) return fitted(withValue, value);
  return fitted(truncateText(name, maxWidth), null);
}
