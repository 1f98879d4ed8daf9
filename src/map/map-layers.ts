import type { Layer } from '@deck.gl/core';
import { buildCorridorLayers, type SelectedLabels } from './corridor-layers';
import type { CorridorRoute } from './corridor-routes';
import type { ScreenCamera } from './edge-markers';
import { buildFlowLayers } from './flow-layers';
import type { WindowFlows } from './month-window';
import type { RouteWindow } from './route-window';
import { scoreColor, tierOf, type ColorBy, type MapPalette, type Rgba } from './theme';

/** Everything the map draws, as {@link buildMapLayers} takes it. */
export interface MapLayersInput {
  flows: WindowFlows | null;
  routes: readonly CorridorRoute[];
  anchors: ReadonlyMap<string, [number, number]>;
  /** The selected corridor's route key ('TWN>KGZ>RUS'), or null. */
  selectedRoute: string | null;
  /** The intermediary the view is narrowed to (ISO-3), or null. */
  via: string | null;
  /** What each route carried in the month window shown (null until known). */
  routeWindow: RouteWindow | null;
  /** The selected route's labels (null: none selected, or its months not yet read). */
  selectedLabels: SelectedLabels | null;
  colorBy: ColorBy;
  palette: MapPalette;
  /** A partner's name in the current language, by index in `flows`. */
  labelOf: (index: number) => string;
  originLabel: string;
  zoom: number;
  /** How much larger the labels are drawn (the briefing's wall screen). */
  labelScale: number;
  /** The camera and the panels over the map, once known (see FlowLayerInput). */
  frame: ScreenCamera | null;
}

/** The tier group of a CHPL tier code: '3.A' and '3.B' are both tier 3. */

/**
 * The map's layers, bottom to top: plain flows (coloured by their main CHPL tier, or by the
 * highest score of the corridors through the partner), corridors, the partners' dots, then
 * every label.
 */
export function buildMapLayers(input: MapLayersInput): Layer[] {
  const { flows, routes, palette, selectedRoute, via } = input;
  const viaScore = new Map<string, number>();
  for (const route of routes)
    viaScore.set(route.via, Math.max(route.score, viaScore.get(route.via) ?? 0));
  const colorOf = (i: number): Rgba => {
    const partner = flows?.partner[i] ?? '';
    if (input.colorBy === 'tier')
      return palette.tiers[tierOf(flows?.mainTier[i] ?? '')] ?? palette.flow;
    const score = viaScore.get(partner);
    if (score !== undefined) return scoreColor(score, palette.score);
    // No corridor through this partner: its flow recedes.
    const [r, g, b] = palette.flow;
    return [r, g, b, 110];
  };
  const flowLayers = flows
    ? buildFlowLayers({
        flows,
        emphasised: new Set(routes.flatMap((r) => [r.via, r.destination])),
        colorOf,
        dimmed: (i) => selectedRoute !== null || (via !== null && flows.partner[i] !== via),
        palette,
        labelOf: input.labelOf,
        originLabel: input.originLabel,
        zoom: input.zoom,
        labelScale: input.labelScale,
        frame: input.frame,
      })
    : null;
  return [
    ...(flowLayers?.flows ?? []),
    ...buildCorridorLayers({
      routes,
      anchors: input.anchors,
      selected: selectedRoute,
      palette,
      window: input.routeWindow,
      selectedLabels: input.selectedLabels,
    }),
    ...(flowLayers ? [flowLayers.points, flowLayers.labels] : []),
  ];
}
