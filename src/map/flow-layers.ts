import type { Layer } from '@deck.gl/core';
import { ArcLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import type { PartnerFlows } from '../data/partner-flows';
import { arcWidthScale, FLOW_ARC, particleCount } from './arc-scale';
import { FLOWS_LAYER_ID, POINTS_LAYER_ID } from './layer-ids';
import { nearestLongitude } from './camera';
import { checkColumns, columns, layerColumns, type Columns } from './columns';
import { ParticleArcLayer } from './particle-arc-layer';
import { inFreePart, type ScreenCamera } from './edge-markers';
import { placeLabels, type LabelCandidate } from './label-placement';
import type { MapPalette, Rgba } from './theme';

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
  labelScale?: number | undefined;
  /**
   * The camera and the panels over the map, once known: a partner outside the part they leave
   * free gets no label (it would be cut by the screen's edge or hidden under a panel; its edge
   * marker names it).
   */
  frame?: ScreenCamera | null;
}

/**
 * The arcs' columns, one item per flow: `source` and `target` positions, `width` in pixels,
 * `sourceColor` and `targetColor`, and `particles`, the whole particles travelling each arc at
 * once (1 for the smallest flows, up to `MAX_PARTICLES`).
 */
export type ArcColumns = Columns<
  'source' | 'target' | 'width' | 'sourceColor' | 'targetColor' | 'particles'
>;

/**
 * Checks the flows against the column contract: each partner's value and position, `count`
 * of each, and the origin, ONE pair shared by every flow (not a column to hand to a layer).
 */
export function checkFlowColumns(flows: PartnerFlows): void {
  checkColumns({
    length: flows.count,
    attributes: {
      valueUsd: { value: flows.valueUsd, size: 1 },
      partnerPosition: { value: flows.partnerPosition, size: 2 },
    },
  });
  checkColumns({
    length: 1,
    attributes: { originPosition: { value: flows.originPosition, size: 2 } },
  });
}

/** Builds the arcs' columns: positions, widths, and colours fading from the origin. */
export function computeArcColumns({ flows, colorOf, dimmed }: FlowLayerInput): ArcColumns {
  if (import.meta.env.DEV) checkFlowColumns(flows);
  const { count: n, valueUsd, partnerPosition, originPosition } = flows;
  const maxValue = valueUsd.reduce((a, b) => Math.max(a, b), 0);
  const width = arcWidthScale(maxValue);
  const source = new Float64Array(n * 2);
  const target = new Float64Array(n * 2);
  const widths = new Float32Array(n);
  const sourceColor = new Uint8Array(n * 4);
  const targetColor = new Uint8Array(n * 4);
  const particles = new Float32Array(n);
  // One origin for every flow: its single position is repeated, one pair per arc.
  const originLon = originPosition[0] ?? 0;
  const originLat = originPosition[1] ?? 0;
  for (let i = 0; i < n; i += 1) {
    source[2 * i] = originLon;
    source[2 * i + 1] = originLat;
    target[2 * i] = nearestLongitude(originLon, partnerPosition[2 * i] ?? 0);
    target[2 * i + 1] = partnerPosition[2 * i + 1] ?? 0;
    widths[i] = width(valueUsd[i] ?? 0);
    particles[i] = dimmed(i) ? 0 : particleCount(valueUsd[i] ?? 0, maxValue);
    const [r, g, b, a] = colorOf(i);
    const alpha = dimmed(i) ? a / 4 : a;
    // Direction reads as a gradient: faint at the origin, full colour at the partner.
    sourceColor.set([r, g, b, alpha / 3], 4 * i);
    targetColor.set([r, g, b, alpha], 4 * i);
  }
  return columns(n, {
    source: { value: source, size: 2 },
    target: { value: target, size: 2 },
    width: { value: widths, size: 1 },
    sourceColor: { value: sourceColor, size: 4 },
    targetColor: { value: targetColor, size: 4 },
    particles: { value: particles, size: 1 },
  });
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

function computeLabels(input: FlowLayerInput, targets: ArrayLike<number>): Label[] {
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
    if (input.frame && !inFreePart(input.frame, position)) continue;
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
  const labels = computeLabels(input, arcs.attributes.target.value);
  const positions = {
    getSourcePosition: 'source',
    getTargetPosition: 'target',
    getWidth: 'width',
  } as const;
  // Tilted flat onto the map, the arc bends sideways and reads as a curve from above.
  const shape = {
    widthUnits: 'pixels',
    getTilt: 90 * FLOW_ARC.tilt,
    getHeight: FLOW_ARC.height,
  } as const;
  const flows = [
    new ArcLayer({
      id: FLOWS_LAYER_ID,
      data: layerColumns(arcs, {
        ...positions,
        getSourceColor: 'sourceColor',
        getTargetColor: 'targetColor',
      }),
      ...shape,
      pickable: true,
    }),
    new ParticleArcLayer({
      id: `${FLOWS_LAYER_ID}-particles`,
      data: layerColumns(arcs, {
        ...positions,
        getSourceColor: 'targetColor',
        getTargetColor: 'targetColor',
        getParticles: 'particles',
      }),
      ...shape,
      widthMinPixels: 2.5,
      speed: 0.2,
    }),
  ];
  const points = new ScatterplotLayer({
    id: POINTS_LAYER_ID,
    data: layerColumns(arcs, { getPosition: 'target', getFillColor: 'targetColor' }),
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
