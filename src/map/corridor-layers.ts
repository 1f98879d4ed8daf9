import type { Layer } from '@deck.gl/core';
import { ArcLayer } from '@deck.gl/layers';
import { scaleSqrt } from 'd3-scale';
import { nearestLongitude } from './camera';
import { particleCount } from './arc-scale';
import { CORRIDORS_LAYER_ID } from './layer-ids';
import type { CorridorRoute } from './corridor-routes';
import { labelLayer, type Label } from './flow-layers';
import { ParticleArcLayer } from './particle-arc-layer';
import { PulseLayer } from './pulse-layer';
import type { RouteWindow } from './route-window';
import { scoreColor, type MapPalette, type Rgba } from './theme';

/** Inputs of {@link buildCorridorLayers}. */
export interface CorridorLayerInput {
  routes: readonly CorridorRoute[];
  anchors: ReadonlyMap<string, [number, number]>;
  /** The selected route: drawn on top at full strength, the others faded. */
  selected: string | null;
  palette: MapPalette;
  /**
   * What each route carried in the month window shown: widths and particles follow it, and a
   * route that carried nothing then is drawn faint and still. Null: the post period's totals.
   */
  window: RouteWindow | null;
  /** What the selected route's labels say: each leg's value in the window and the intermediary. */
  selectedLabels: SelectedLabels | null;
}

/** The texts drawn on the selected route's legs (the intermediary has its country label). */
export interface SelectedLabels {
  first: string;
  second: string;
}

interface Leg {
  route: CorridorRoute;
  source: [number, number];
  target: [number, number];
  color: Rgba;
  width: number;
  particles: number;
  /** Whether the route carried anything in the window shown. */
  active: boolean;
}

/** Both legs of every route, with positions taking the short way round. */
function computeLegs({ routes, anchors, selected, palette, window }: CorridorLayerInput): Leg[] {
  const monthly = routes.filter((route) => !route.annual);
  const ceiling = window ? window.ceiling : Math.max(0, ...monthly.map((r) => r.valueUsd));
  const maxValue = Math.max(1, ceiling);
  // An annual route has no months to follow: it keeps a middle width whatever the window.
  const valueOf = (route: CorridorRoute) =>
    route.annual ? maxValue / 4 : window ? (window.values.get(route.key) ?? 0) : route.valueUsd;
  const width = scaleSqrt().domain([0, maxValue]).range([1.5, 12]).clamp(true);
  // A route that carries little in the window shown recedes: its strength follows its width.
  const strength = (value: number) => Math.min(1, Math.sqrt(value / maxValue));
  const legs: Leg[] = [];
  for (const route of routes) {
    const [o, v, d] = [
      anchors.get(route.origin),
      anchors.get(route.via),
      anchors.get(route.destination),
    ];
    if (!o || !v || !d) continue;
    const via: [number, number] = [nearestLongitude(o[0], v[0]), v[1]];
    const end: [number, number] = [nearestLongitude(via[0], d[0]), d[1]];
    const value = valueOf(route);
    const isSelected = route.key === selected;
    const active = value > 0 || isSelected;
    const faded = (selected !== null && !isSelected) || !active;
    const [r, g, b] = scoreColor(route.score, palette.score);
    // The selected route is the strongest and widest thing on the map; the others recede.
    const alpha = isSelected
      ? 255
      : faded
        ? selected === null
          ? 45
          : 28
        : Math.round(110 + 125 * strength(value));
    const color: Rgba = [r, g, b, alpha];
    const w = isSelected
      ? Math.max(width(value), 8) + 3
      : !active
        ? 1.5
        : selected === null
          ? width(value)
          : Math.min(width(value), 4);
    const particles = faded ? 0 : Math.max(isSelected ? 2 : 0, particleCount(value, maxValue));
    legs.push({ route, source: o, target: via, color, width: w, particles, active });
    // A partial route's onward leg is a supposition (the intermediary's exports to the World, or
    // to no named partner):
    // thin, half as strong, and still.
    const onward = route.partial
      ? { color: [r, g, b, Math.round((color[3] ?? 255) / 2)] as Rgba, width: 1.5, particles: 0 }
      : { color, width: w, particles };
    legs.push({ route, source: via, target: end, ...onward, active });
  }
  // The selected route last, so that it is drawn on top.
  return legs.sort((a, b) => Number(a.route.key === selected) - Number(b.route.key === selected));
}

/** Where each drawn route's intermediary pulses, more strongly the higher its score. */
function computePulses(legs: readonly Leg[], selected: string | null) {
  return legs
    .filter(
      (leg, i) => i % 2 === 0 && leg.active && (selected === null || leg.route.key === selected),
    )
    .map((leg) => ({ position: leg.target, color: leg.color, score: leg.route.score }));
}

/** The selected route's labels: each leg's value, at its middle. */
function computeLabels(legs: readonly Leg[], input: CorridorLayerInput): Label[] {
  const texts = input.selectedLabels;
  const [first, second] = legs.filter((leg) => leg.route.key === input.selected);
  if (!texts || !first || !second) return [];
  const middle = (leg: Leg): [number, number] => [
    (leg.source[0] + leg.target[0]) / 2,
    (leg.source[1] + leg.target[1]) / 2,
  ];
  const color = input.palette.label;
  return [
    { position: middle(first), text: texts.first, size: 16, priority: 2, color },
    { position: middle(second), text: texts.second, size: 16, priority: 2, color },
  ];
}

/**
 * The flagged corridors as two-leg routes through their intermediaries, coloured by score,
 * with particles travelling both legs and a ring pulsing at each intermediary. The selected
 * route is drawn on top, outlined, with each leg's value in the period labelled.
 */
export function buildCorridorLayers(input: CorridorLayerInput): Layer[] {
  const legs = computeLegs(input);
  const pulses = computePulses(legs, input.selected);
  const outlined = legs.filter((leg) => leg.route.key === input.selected);
  return [
    new ArcLayer<Leg>({
      id: 'corridor-outline',
      data: outlined,
      getSourcePosition: (leg) => leg.source,
      getTargetPosition: (leg) => leg.target,
      getSourceColor: [...input.palette.labelHalo],
      getTargetColor: [...input.palette.labelHalo],
      getWidth: (leg) => leg.width + 5,
      widthUnits: 'pixels',
      getTilt: -90,
      getHeight: 0.15,
    }),
    new ArcLayer<Leg>({
      id: CORRIDORS_LAYER_ID,
      data: legs,
      getSourcePosition: (leg) => leg.source,
      getTargetPosition: (leg) => leg.target,
      getSourceColor: (leg) => [...leg.color],
      getTargetColor: (leg) => [...leg.color],
      getWidth: (leg) => leg.width,
      widthUnits: 'pixels',
      // Bent the other way from the plain flows, so that a corridor never hides under one.
      getTilt: -90,
      getHeight: 0.15,
      pickable: true,
      updateTriggers: {
        getSourceColor: [input.selected, input.window],
        getTargetColor: [input.selected, input.window],
        getWidth: [input.selected, input.window],
      },
    }),
    new ParticleArcLayer<Leg>({
      id: 'corridor-particles',
      data: legs,
      getSourcePosition: (leg) => leg.source,
      getTargetPosition: (leg) => leg.target,
      getSourceColor: (leg) => [...leg.color],
      getTargetColor: (leg) => [...leg.color],
      getWidth: (leg) => Math.max(2.5, leg.width * 0.6),
      getParticles: (leg) => leg.particles,
      widthUnits: 'pixels',
      getTilt: -90,
      getHeight: 0.15,
      speed: 0.25,
    }),
    new PulseLayer<(typeof pulses)[number]>({
      id: 'corridor-pulses',
      data: pulses,
      getPosition: (p) => p.position,
      getFillColor: (p) => [p.color[0], p.color[1], p.color[2], Math.round(255 * p.score)],
      getRadius: (p) => 14 + 18 * p.score,
      radiusUnits: 'pixels',
    }),
    labelLayer('corridor-labels', computeLabels(legs, input), input.palette),
  ];
}
