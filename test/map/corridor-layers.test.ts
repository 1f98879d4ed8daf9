import type { Layer } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import { buildCorridorLayers } from '../../src/map/corridor-layers';
import type { CorridorRoute } from '../../src/map/corridor-routes';
import { MAP_PALETTES } from '../../src/map/theme';

const route = (via: string, score: number, valueUsd: number): CorridorRoute => ({
  key: `TWN>${via}>RUS`,
  origin: 'TWN',
  via,
  destination: 'RUS',
  score,
  valueUsd,
  products: 1,
  partial: false,
  annual: false,
});

const ANCHORS = new Map<string, [number, number]>([
  ['TWN', [120.8, 23.5]],
  ['KGZ', [74.6, 41.2]],
  ['ARM', [44.5, 40.2]],
  ['RUS', [37.6, 55.8]],
]);

interface LegItem {
  route: CorridorRoute;
  source: [number, number];
  target: [number, number];
  color: number[];
  width: number;
}

const dataOf = <T>(layers: Layer[], id: string) =>
  (layers.find((layer) => layer.id === id)?.props.data ?? []) as T[];

describe('the corridor layers with a corridor selected', () => {
  // Kyrgyzstan carries ten times what Armenia does; Armenia is selected.
  const layers = buildCorridorLayers({
    routes: [route('KGZ', 0.9, 1e7), route('ARM', 0.6, 1e6)],
    anchors: ANCHORS,
    selected: 'TWN>ARM>RUS',
    palette: MAP_PALETTES.dark,
    window: null,
    selectedLabels: { first: 'US$1.2M', second: 'US$900K' },
  });
  const legs = dataOf<LegItem>(layers, 'corridors');
  const chosen = legs.filter((leg) => leg.route.via === 'ARM');
  const others = legs.filter((leg) => leg.route.via !== 'ARM');

  it('draws the selected route opaque, on top and widest, though it carries less', () => {
    expect(chosen).toHaveLength(2);
    for (const leg of chosen) expect(leg.color[3]).toBe(255);
    expect(legs.slice(-2)).toEqual(chosen);
    const widest = Math.max(...others.map((leg) => leg.width));
    for (const leg of chosen) expect(leg.width).toBeGreaterThan(widest);
  });

  it('fades every other route', () => {
    for (const leg of others) expect(leg.color[3]).toBeLessThanOrEqual(30);
  });

  it('outlines the selected route alone', () => {
    const outline = dataOf<LegItem>(layers, 'corridor-outline');
    expect(outline.map((leg) => leg.route.via)).toEqual(['ARM', 'ARM']);
  });

  it("labels each leg's value at its middle", () => {
    const labels = dataOf<{ text: string; position: [number, number] }>(layers, 'corridor-labels');
    expect(labels.map((label) => label.text)).toEqual(['US$1.2M', 'US$900K']);
    // Taiwan → Armenia, then Armenia → Russia.
    expect(labels[0]?.position[0]).toBeCloseTo((120.8 + 44.5) / 2, 6);
    expect(labels[0]?.position[1]).toBeCloseTo((23.5 + 40.2) / 2, 6);
    expect(labels[1]?.position[0]).toBeCloseTo((44.5 + 37.6) / 2, 6);
    expect(labels[1]?.position[1]).toBeCloseTo((40.2 + 55.8) / 2, 6);
  });

  it('labels nothing and outlines nothing when no corridor is selected', () => {
    const plain = buildCorridorLayers({
      routes: [route('KGZ', 0.9, 1e7)],
      anchors: ANCHORS,
      selected: null,
      palette: MAP_PALETTES.dark,
      window: null,
      selectedLabels: null,
    });
    expect(dataOf(plain, 'corridor-labels')).toEqual([]);
    expect(dataOf(plain, 'corridor-outline')).toEqual([]);
  });
});
