import { sankey, sankeyLinkHorizontal, type SankeyLink, type SankeyNode } from 'd3-sankey';
import { LABEL_GAP, NODE_WIDTH, columnsX, placeSlots } from './sankey-columns';
import {
  drawLabel,
  estimateTextWidth,
  fitLabels,
  labelHeight,
  labelWidth,
  type FittedLabel,
  type SankeyLabel,
} from './sankey-labels';

export type { SankeyLabel, SankeyLabelLine } from './sankey-labels';

/** The flows the Sankey shows: one origin, its first legs and the intermediaries' second legs. */
export interface SankeyInput {
  /** ISO3, e.g. 'TWN'. */
  origin: string;
  /** origin → intermediary, US$ summed over the filtered period and products. */
  firstLegs: readonly { via: string; value: number }[];
  /** intermediary → destination, US$. */
  secondLegs: readonly { via: string; to: string; value: number }[];
}

/** A node's name and value as its label shows them, in the current language. */
export type SankeyLabelText = (node: { code: string; column: SankeyColumn; value: number }) => {
  name: string;
  value: string;
};

/** Width of the SVG in pixels, its least height and how many intermediaries get a node. */
export interface SankeyLayoutOptions {
  width: number;
  /** The least height: the layout grows taller when the labels need it. */
  height: number;
  /** Intermediaries beyond this many are merged into one {@link OTHER_CODE} node. */
  maxIntermediaries?: number;
  /** The labels' text; by default a node's code and its value as a plain number. */
  labelText?: SankeyLabelText;
}

/** Column of a node: 0 the origin, 1 the intermediaries, 2 the destinations. */
export type SankeyColumn = 0 | 1 | 2;

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
  /** null when there is no room for this node's label (its name stays in a tooltip). */
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

const DEFAULT_MAX_INTERMEDIARIES = 8;

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
const heightOf = (label: FittedLabel | undefined) => (label ? labelHeight(label) : 0);

/** Most first; the merged intermediaries at the bottom of their column whatever their value. */
function compareNodes(a: LaidNode, b: LaidNode): number {
  return (
    Number(a.code === OTHER_CODE) - Number(b.code === OTHER_CODE) ||
    (b.value ?? 0) - (a.value ?? 0) ||
    (a.code < b.code ? -1 : a.code > b.code ? 1 : 0)
  );
}

/**
 * Lays out origin → intermediaries → destinations: the top `maxIntermediaries` intermediaries
 * (see {@link compareIntermediaries}) and one {@link OTHER_CODE} node summing the rest; values
 * that are not positive numbers are left out. Every node is labelled right of its bar with its
 * name (on two lines if need be) and value; the columns leave the labels room across (see
 * sankey-columns.ts), and the SVG grows taller than `height` when they need it down. Link
 * widths are proportional to their values (d3-sankey links the nodes and draws the links).
 * The same input gives the same numbers.
 */
export function sankeyLayout(input: SankeyInput, options: SankeyLayoutOptions): SankeyModel {
  const width = Math.max(1, options.width);
  const minHeight = Math.max(1, options.height);
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
  if (links.every((l) => l.phantom)) return { width, height: minHeight, ...EMPTY };
  if (hasFirstLegs) addNode(0, input.origin);

  const columns = [...new Set([...nodes.values()].map((n) => n.column))].sort((a, b) => a - b);
  // Each node's label, for the value d3-sankey will give it: the larger of what flows in and out.
  const flows = { in: new Map<string, number>(), out: new Map<string, number>() };
  for (const link of links) {
    addTo(flows.out, link.source, link.value);
    addTo(flows.in, link.target, link.value);
  }
  const labelText = options.labelText ?? ((n) => ({ name: n.code, value: String(n.value) }));
  const texts = new Map(
    [...nodes.values()].map((n) => {
      const value = Math.max(flows.in.get(n.id) ?? 0, flows.out.get(n.id) ?? 0);
      return [n.id, labelText({ code: n.code, column: n.column, value })];
    }),
  );
  const x = columnsX(
    width,
    estimateTextWidth(labelText({ code: input.origin, column: 0, value: 0 }).name),
    Math.max(
      0,
      ...[...nodes.values()]
        .filter((n) => n.column === 2)
        .map((n) => labelWidth(texts.get(n.id) ?? { name: '', value: '' })),
    ),
  );
  // Labels are right of their bars, up to the next column or the edge.
  const labelX = (column: SankeyColumn) => x[column] + NODE_WIDTH + LABEL_GAP;
  const labelEnd = (column: SankeyColumn) =>
    column === 0
      ? x[1] - LABEL_GAP
      : column === 1 && columns.includes(2)
        ? x[2] - LABEL_GAP
        : width;
  const room = (column: SankeyColumn) => Math.max(0, labelEnd(column) - labelX(column));
  const fitted = fitLabels([...nodes.values()], (n) => texts.get(n.id), room);

  const generator = sankey<NodeDatum, LinkDatum>()
    .nodeId((n) => n.id)
    // The columns present, in order, whatever the depth d3-sankey finds.
    .nodeAlign((n) => columns.indexOf(n.column))
    .nodeWidth(NODE_WIDTH)
    .nodeSort(compareNodes)
    .extent([
      [0, 0],
      [width, minHeight],
    ]);
  const graph = generator({
    nodes: [...nodes.values()].map((n) => ({ ...n })),
    links: links.map((l) => ({ ...l })),
  });

  // Down the columns: each node in a slot as tall as its bar or its label, so that every label
  // lies beside its own node; d3-sankey's own placement is replaced.
  const { height, scale, middles } = placeSlots(
    new Map(columns.map((c) => [c, graph.nodes.filter((n) => n.column === c).sort(compareNodes)])),
    (n) => ({ value: n.value ?? 0, label: heightOf(fitted.get(n.id)) }),
    (n) =>
      n.column === 0
        ? (n.sourceLinks ?? []).map((l) => ({ node: l.target as LaidNode, value: l.value }))
        : (n.targetLinks ?? []).map((l) => ({ node: l.source as LaidNode, value: l.value })),
    minHeight,
  );
  for (const node of graph.nodes) {
    const middle = middles.get(node) ?? height / 2;
    const bar = (node.value ?? 0) * scale;
    [node.x0, node.x1] = [x[node.column], x[node.column] + NODE_WIDTH];
    [node.y0, node.y1] = [middle - bar / 2, middle + bar / 2];
  }
  const y0 = (n: LaidLink['source']) => (n as LaidNode).y0 ?? 0;
  for (const node of graph.nodes) {
    node.sourceLinks?.sort((a, b) => y0(a.target) - y0(b.target));
    node.targetLinks?.sort((a, b) => y0(a.source) - y0(b.source));
  }
  for (const link of graph.links) link.width = link.value * scale;
  generator.update(graph);

  const laid = [...graph.nodes].sort((a, b) => a.column - b.column || (a.y0 ?? 0) - (b.y0 ?? 0));
  const labels = new Map<string, SankeyLabel>();
  for (const node of laid) {
    const label = fitted.get(node.id);
    const top = (middles.get(node) ?? 0) - heightOf(label) / 2;
    if (label) labels.set(node.id, drawLabel(label, labelX(node.column), room(node.column), top));
  }

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
      label: labels.get(n.id) ?? null,
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
