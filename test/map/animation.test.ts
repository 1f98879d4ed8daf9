import type { Layer } from '@deck.gl/core';
import { ArcLayer, ScatterplotLayer, TextLayer } from '@deck.gl/layers';
import { describe, expect, it } from 'vitest';
import { isAnimated, layersAtTime } from '../../src/map/animation';
import { buildCorridorLayers } from '../../src/map/corridor-layers';
import type { CorridorRoute } from '../../src/map/corridor-routes';
import { ParticleArcLayer } from '../../src/map/particle-arc-layer';
import { PulseLayer } from '../../src/map/pulse-layer';
import { MAP_PALETTES } from '../../src/map/theme';

/** A layer of the benchmark's kind: a subclass declares that it moves, and it is animated. */
class BlinkLayer extends ScatterplotLayer<unknown, { time?: number }> {
  static override layerName = 'BlinkLayer';
  static readonly animates = true;
}

/** A subclass of an animated layer inherits its declaration. */
class CometLayer extends ParticleArcLayer {
  static override layerName = 'CometLayer';
}

describe('which layers move with the clock', () => {
  it('are the ones whose class declares it', () => {
    expect(isAnimated(new ParticleArcLayer({ id: 'p', data: [] }))).toBe(true);
    expect(isAnimated(new PulseLayer({ id: 'q', data: [] }))).toBe(true);
    expect(isAnimated(new BlinkLayer({ id: 'b', data: [] }))).toBe(true);
    expect(isAnimated(new CometLayer({ id: 'c', data: [] }))).toBe(true);
  });

  it('leave the still layers alone', () => {
    expect(isAnimated(new ArcLayer({ id: 'a', data: [] }))).toBe(false);
    expect(isAnimated(new ScatterplotLayer({ id: 's', data: [] }))).toBe(false);
    expect(isAnimated(new TextLayer({ id: 't', data: [] }))).toBe(false);
  });

  it("are, among the corridors' layers, the particles and the pulses", () => {
    const route: CorridorRoute = {
      key: 'TWN>KGZ>RUS',
      origin: 'TWN',
      via: 'KGZ',
      destination: 'RUS',
      score: 0.8,
      valueUsd: 1e6,
      products: 1,
      partial: false,
      annual: false,
    };
    const layers = buildCorridorLayers({
      routes: [route],
      anchors: new Map([
        ['TWN', [120.8, 23.5]],
        ['KGZ', [74.6, 41.2]],
        ['RUS', [37.6, 55.8]],
      ]),
      selected: null,
      palette: MAP_PALETTES.dark,
      window: null,
      selectedLabels: null,
    });
    expect(layers.filter(isAnimated).map((layer) => layer.id)).toEqual([
      'corridor-particles',
      'corridor-pulses',
    ]);
  });
});

describe('layersAtTime', () => {
  it('sets the clock on the animated layers and hands the others on as they are', () => {
    const still = new ArcLayer({ id: 'a', data: [] });
    const moving = new ParticleArcLayer({ id: 'p', data: [] });
    const [a, p] = layersAtTime([still, moving], 2.5) as [Layer, Layer<{ time?: number }>];
    expect(a).toBe(still);
    expect(p).not.toBe(moving);
    expect(p.id).toBe('p');
    expect(p.props.time).toBe(2.5);
    // The clone keeps the data, so deck.gl keeps its buffers.
    expect(p.props.data).toBe(moving.props.data);
  });
});
