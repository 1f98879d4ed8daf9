import type { Layer } from '@deck.gl/core';
import type { CorridorRoute } from './corridor-routes';
import { CORRIDORS_LAYER_ID, FLOWS_LAYER_ID, POINTS_LAYER_ID } from './layer-ids';
import { buildMapLayers, type MapLayersInput } from './map-layers';
import type { WindowFlows } from './month-window';

/** What the pointer is over: a layer's id and the index of the item in its data. */
export interface MapPick {
  layer: string;
  index: number;
  /** The item itself, for layers whose data is a list of objects (not columns). */
  object: unknown;
}

/** A tooltip's text: a title and a few lines (always text, never HTML). */
export interface MapTip {
  title: string;
  lines: string[];
}

/**
 * What a pick on the map is about: a partner's flow (its arc or its dot; `index` in the
 * scene's flows, `partner` its ISO-3 code) or a corridor route (either of its legs).
 */
export type MapTarget =
  { kind: 'flow'; index: number; partner: string } | { kind: 'route'; route: CorridorRoute };

/** The words of the tooltips, in the reader's language (the map itself has none). */
export interface SceneTips {
  /** The tooltip of flow `index` of `flows`, given the corridor routes drawn. */
  flow: (flows: WindowFlows, index: number, routes: readonly CorridorRoute[]) => MapTip;
  route: (route: CorridorRoute) => MapTip;
}

/** Inputs of {@link buildScene}: what the map draws, and how its tooltips read. */
export interface SceneInput extends MapLayersInput {
  tips: SceneTips;
}

/** The map's picture and what its items mean to a reader's pointer. */
export interface Scene {
  layers: Layer[];
  /** What a pick is about, or null when it is about nothing the reader can act on. */
  targetOf: (pick: MapPick) => MapTarget | null;
  /** The tooltip of a target, or null for a target this scene does not draw. */
  tipOf: (target: MapTarget) => MapTip | null;
}

/** The key of the route a corridor leg belongs to: the corridors layer's items are legs. */
const routeKeyOfLeg = (item: unknown): string | undefined =>
  (item as { route?: { key?: unknown } } | null)?.route?.key as string | undefined;

/**
 * The map's scene: its layers (see {@link buildMapLayers}), the target of a pick on them and
 * a target's tooltip. Pure: the same input gives the same layers and the same answers.
 */
export function buildScene(input: SceneInput): Scene {
  const { flows, routes, tips } = input;
  const layers = buildMapLayers(input);
  const targetOf = (pick: MapPick): MapTarget | null => {
    switch (pick.layer) {
      case FLOWS_LAYER_ID:
      case POINTS_LAYER_ID: {
        const partner = flows?.partner[pick.index];
        // A pick of data the scene no longer draws (the flows changed under the pointer).
        return partner ? { kind: 'flow', index: pick.index, partner } : null;
      }
      case CORRIDORS_LAYER_ID: {
        const key = routeKeyOfLeg(pick.object);
        const route = routes.find((r) => r.key === key);
        return route ? { kind: 'route', route } : null;
      }
      default:
        return null;
    }
  };
  const tipOf = (target: MapTarget): MapTip | null => {
    switch (target.kind) {
      case 'flow':
        // A target of other flows (another window's order) would describe the wrong partner.
        return flows?.partner[target.index] === target.partner
          ? tips.flow(flows, target.index, routes)
          : null;
      case 'route':
        return tips.route(target.route);
    }
  };
  return { layers, targetOf, tipOf };
}
