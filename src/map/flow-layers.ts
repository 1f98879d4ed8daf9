import type { Layer } from '@deck.gl/core';
import { ArcLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { scaleSqrt } from 'd3-scale';
import type { PartnerFlows } from '../data/partner-flows';
import { nearestLongitude } from './camera';
import { ParticleArcLayer } from './particle-arc-layer';
import { placeLabels, type LabelCandidate } from './label-placement';
import type { MapPalette, Rgba } from './theme';

/** Id of the layer of plain flows (arcs from the origin to each partner). */
export const FLOWS_LAYER_ID = 'partner-flows';
/** Id of the layer of partner dots, at the flows' ends. */
export const POINTS_LAYER_ID = 'partner-points';
/** How the flows' arcs bow (deck.gl's height and the side of the tilt), for the edge markers. */
export const FLOW_ARC = { height: 0.25, tilt: 1 } as const;
/** Arc width in pixels for the largest flow shown. */
export const MAX_ARC_WIDTH = 14;
const MIN_ARC_WIDTH = 1;
/** How many of the largest partners get a label besides the ones of concern. */
const LABELLED_PARTNERS = 10;
const LABEL_FONT = '"Noto Sans CJK TC", "Microsoft JhengHei", "PingFang TC", system-ui, sans-serif';

/** Inputs of {@link buildFlowLayers}. */
export interface FlowLayerInput {
  flows: PartnerFlows;
  /** Partners always labelled (the corridors' intermediaries and destinations). */
  emphasised: ReadonlySet<string>;
  /** Each flow's colour (by product group or by score). */
  colorOf: (index: number) => Rgba;
  /** Whether a flow is faded (a corridor or another country is selected). */
  dimmed: (index: number) => boolean;
  palette: MapPalette;
  /** Label of a partner (or of the origin) in the current language. */
  labelOf: (index: number) => string;
  originLabel: string;
  /** Current map zoom: labels that would overlap at it are left out. */
  zoom: number;
  /** How much larger than on a desk screen the labels are drawn (a wall screen's briefing). */
  labelScale?: number;
}

/** Arc width scale: area follows value, so a flow twice as large looks twice as heavy. */
export function arcWidthScale(maxValue: number) {
  return scaleSqrt()
    .domain([0, Math.max(maxValue, 1)])
    .range([MIN_ARC_WIDTH, MAX_ARC_WIDTH]);
}

interface ArcColumns {
  source: Float64Array;
  target: Float64Array;
  width: Float32Array;
  sourceColor: Uint8Array;
  targetColor: Uint8Array;
  /** Particles travelling each arc at once: 1 for the smallest flows, up to 6. */
  particles: Float32Array;
}

/** Most particles on one arc (the largest flow). */
export const MAX_PARTICLES = 6;

/** Particles on an arc: their density, like the arc's area, follows the square root of value. */
export function particleCount(value: number, maxValue: number): number {
  if (!(value > 0) || !(maxValue > 0)) return 0;
  return Math.max(1, Math.round(MAX_PARTICLES * Math.sqrt(value / maxValue)));
}

/** Builds the arcs' binary attributes: positions, widths, and colours fading from the origin. */
export function computeArcColumns({ flows, colorOf, dimmed }: FlowLayerInput): ArcColumns {
  const n = flows.count;
  const maxValue = flows.valueUsd.reduce((a, b) => Math.max(a, b), 0);
  const width = arcWidthScale(maxValue);
  const columns: ArcColumns = {
    source: new Float64Array(n * 2),
    target: new Float64Array(n * 2),
    width: new Float32Array(n),
    sourceColor: new Uint8Array(n * 4),
    targetColor: new Uint8Array(n * 4),
    particles: new Float32Array(n),
  };
  // One origin for every flow: its single position is repeated, one pair per arc.
  const originLon = flows.originPosition[0] ?? 0;
  const originLat = flows.originPosition[1] ?? 0;
  for (let i = 0; i < n; i += 1) {
    columns.source[2 * i] = originLon;
    columns.source[2 * i + 1] = originLat;
    columns.target[2 * i] = nearestLongitude(originLon, flows.partnerPosition[2 * i] ?? 0);
    columns.target[2 * i + 1] = flows.partnerPosition[2 * i + 1] ?? 0;
    columns.width[i] = width(flows.valueUsd[i] ?? 0);
    columns.particles[i] = dimmed(i) ? 0 : particleCount(flows.valueUsd[i] ?? 0, maxValue);
    const [r, g, b, a] = colorOf(i);
    const alpha = dimmed(i) ? a / 4 : a;
    // Direction reads as a gradient: faint at the origin, full colour at the partner.
    columns.sourceColor.set([r, g, b, alpha / 3], 4 * i);
    columns.targetColor.set([r, g, b, alpha], 4 * i);
  }
  return columns;
}

/** A text drawn on the map, centred above its point. */
export interface Label extends LabelCandidate {
  color: Rgba;
}

/** Labels centred above their points, haloed in the basemap's colour so that they read on arcs. */
export function labelLayer(id: string, labels: readonly Label[], palette: MapPalette): Layer {
  return new TextLayer<Label>({
    id,
    data: labels,
    getPosition: (label) => label.position,
    getText: (label) => label.text,
    getColor: (label) => [...label.color],
    getSize: (label) => label.size,
    getPixelOffset: [0, -14],
    getTextAnchor: 'middle',
    getAlignmentBaseline: 'bottom',
    characterSet: 'auto',
    fontFamily: LABEL_FONT,
    fontWeight: 600,
    fontSettings: { sdf: true },
    outlineWidth: 4,
    outlineColor: [...palette.labelHalo],
    updateTriggers: {
      getText: labels.map((l) => l.text).join('|'),
      getColor: labels.map((l) => l.color.join()).join('|'),
    },
  });
}

function computeLabels(input: FlowLayerInput, targets: Float64Array): Label[] {
  const { flows, emphasised, labelOf, originLabel, palette, labelScale = 1 } = input;
  const labels: Label[] = [];
  if (flows.count > 0) {
    const origin: [number, number] = [flows.originPosition[0] ?? 0, flows.originPosition[1] ?? 0];
    labels.push({
      position: origin,
      text: originLabel,
      color: palette.origin,
      size: 18 * labelScale,
      priority: Infinity,
    });
  }
  for (let i = 0; i < flows.count; i += 1) {
    const isEmphasised = emphasised.has(flows.partner[i] ?? '');
    if (i >= LABELLED_PARTNERS && !isEmphasised) continue;
    const position: [number, number] = [targets[2 * i] ?? 0, targets[2 * i + 1] ?? 0];
    const priority = isEmphasised ? 1000 - i : -i;
    const size = 14 * labelScale;
    labels.push({ position, text: labelOf(i), color: palette.label, size, priority });
  }
  return placeLabels(labels, input.zoom);
}

/**
 * The deck.gl layers that draw one origin's flows: the arcs, and apart from them the partner
 * dots and the labels, which the caller draws above the corridors (a click on a country's dot
 * picks the country, not a route that ends there) and last.
 */
export function buildFlowLayers(input: FlowLayerInput): {
  flows: Layer[];
  points: Layer;
  labels: Layer;
} {
  const arcs = computeArcColumns(input);
  const n = input.flows.count;
  const labels = computeLabels(input, arcs.target);
  const positions = {
    getSourcePosition: { value: arcs.source, size: 2 },
    getTargetPosition: { value: arcs.target, size: 2 },
    getWidth: { value: arcs.width, size: 1 },
  };
  // Tilted flat onto the map, the arc bends sideways and reads as a curve from above.
  const shape = {
    widthUnits: 'pixels',
    getTilt: 90 * FLOW_ARC.tilt,
    getHeight: FLOW_ARC.height,
  } as const;
  const flows = [
    new ArcLayer({
      id: FLOWS_LAYER_ID,
      data: {
        length: n,
        attributes: {
          ...positions,
          getSourceColor: { value: arcs.sourceColor, size: 4 },
          getTargetColor: { value: arcs.targetColor, size: 4 },
        },
      },
      ...shape,
      pickable: true,
    }),
    new ParticleArcLayer({
      id: `${FLOWS_LAYER_ID}-particles`,
      data: {
        length: n,
        attributes: {
          ...positions,
          getSourceColor: { value: arcs.targetColor, size: 4 },
          getTargetColor: { value: arcs.targetColor, size: 4 },
          getParticles: { value: arcs.particles, size: 1 },
        },
      },
      ...shape,
      widthMinPixels: 2.5,
      speed: 0.2,
    }),
  ];
  const points = new ScatterplotLayer({
    id: POINTS_LAYER_ID,
    data: {
      length: n,
      attributes: {
        getPosition: { value: arcs.target, size: 2 },
        getFillColor: { value: arcs.targetColor, size: 4 },
      },
    },
    radiusUnits: 'pixels',
    getRadius: 3,
    radiusMinPixels: 3,
    pickable: true,
  });
  return {
    flows,
    points,
    labels: labelLayer('labels', labels, input.palette),
  };
}
