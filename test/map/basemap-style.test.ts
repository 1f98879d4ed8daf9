import {
  createExpression,
  featureFilter,
  latest,
  validateStyleMin,
  type LayerSpecification,
  type StylePropertySpecification,
} from '@maplibre/maplibre-gl-style-spec';
import type { Map as MaplibreMap, StyleSpecification } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import {
  addDetailedBasemap,
  applyBasemapTheme,
  createBasemapStyle,
  DETAIL_ZOOM,
} from '../../src/map/basemap-style';
import { MAP_PALETTES } from '../../src/map/theme';

const URL_110M = '/assets/countries-110m-abc123.geojson';
const URL_50M = '/assets/countries-50m-def456.geojson';

const style = (theme: 'dark' | 'light') =>
  createBasemapStyle({ theme, highlight: ['TWN'], countriesUrl: URL_110M });

const layer = (s: StyleSpecification, id: string) => {
  const found = s.layers.find((l) => l.id === id);
  if (!found) throw new Error(`no layer ${id}`);
  return found;
};

const paint = (l: LayerSpecification, property: string): unknown =>
  (l.paint as Record<string, unknown> | undefined)?.[property];

/** Every key and string value in an object, however deep. */
function walk(value: unknown, visit: (key: string | null, text: string | null) => void): void {
  if (typeof value === 'string') visit(null, value);
  else if (Array.isArray(value)) value.forEach((v) => walk(v, visit));
  else if (value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value)) {
      visit(key, null);
      walk(v, visit);
    }
  }
}

/** The line width of a layer at a zoom, as maplibre would compute it. */
function lineWidthAt(l: LayerSpecification, zoom: number): number {
  const spec = latest.paint_line['line-width'] as StylePropertySpecification;
  const parsed = createExpression(paint(l, 'line-width'), `${l.id}.paint.line-width`, spec);
  if (parsed.result !== 'success') throw new Error('line-width is not an expression');
  return parsed.value.evaluate({ zoom }) as number;
}

const filterOf = (l: LayerSpecification | undefined) => (l && 'filter' in l ? l.filter : undefined);

describe('createBasemapStyle', () => {
  it.each(['dark', 'light'] as const)('the %s style is a valid maplibre style', (theme) => {
    expect(validateStyleMin(style(theme))).toEqual([]);
  });

  it('requests nothing from another origin: no URL, no glyphs, no sprite', () => {
    for (const theme of ['dark', 'light'] as const) {
      walk(style(theme), (key, text) => {
        if (key) expect(key).not.toMatch(/^(glyphs|sprite|tiles|url)$/);
        if (text) expect(text).not.toMatch(/https?:|\/\/|mapbox:|maptiler/);
      });
    }
  });

  it('has one source: the local countries file it was given', () => {
    const s = style('dark');
    expect(s.sources).toEqual({ countries: { type: 'geojson', data: URL_110M } });
    for (const l of s.layers) {
      if ('source' in l) expect(l.source).toBe('countries');
    }
  });

  it('draws sea and land in different colours in the two themes', () => {
    const [dark, light] = [style('dark'), style('light')];
    const ocean = (s: StyleSpecification) => paint(layer(s, 'ocean'), 'background-color');
    const land = (s: StyleSpecification) => paint(layer(s, 'land'), 'fill-color');
    expect(ocean(dark)).toBe(MAP_PALETTES.dark.ocean);
    expect(land(dark)).toBe(MAP_PALETTES.dark.land);
    expect(ocean(light)).toBe(MAP_PALETTES.light.ocean);
    expect(land(light)).toBe(MAP_PALETTES.light.land);
    expect(ocean(light)).not.toBe(ocean(dark));
    expect(land(light)).not.toBe(land(dark));
  });

  it('highlights Taiwan and no other country', () => {
    const highlight = layer(style('dark'), 'land-highlight');
    expect(JSON.stringify(filterOf(highlight))).toContain('"TWN"');
    const matches = featureFilter(filterOf(highlight), 'land-highlight.filter');
    const feature = (iso3: string) => ({ type: 3, properties: { iso3 } }) as const;
    expect(matches.filter({ zoom: 2 }, feature('TWN'))).toBe(true);
    expect(matches.filter({ zoom: 2 }, feature('CHN'))).toBe(false);
    expect(paint(highlight, 'fill-color')).toBe(MAP_PALETTES.dark.landHighlight);
  });

  it('draws the coast beneath the land, so that only its seaward half shows', () => {
    const ids = style('dark').layers.map((l) => l.id);
    expect(ids.indexOf('coast')).toBeLessThan(ids.indexOf('land'));
    expect(ids.indexOf('borders')).toBeGreaterThan(ids.indexOf('land-highlight'));
  });

  it('draws the coast heavier than borders, and both thicker as the map zooms in', () => {
    const s = style('light');
    const [coast, borders] = [layer(s, 'coast'), layer(s, 'borders')];
    for (const zoom of [1, 3, 6]) {
      // Half of the coast's width is hidden under the land.
      expect(lineWidthAt(coast, zoom) / 2).toBeGreaterThan(lineWidthAt(borders, zoom));
    }
    expect(lineWidthAt(borders, 6)).toBeGreaterThan(lineWidthAt(borders, 1) * 2);
    expect(paint(coast, 'line-color')).not.toBe(paint(borders, 'line-color'));
  });

  it('keeps the old call, which drew the dark theme', () => {
    expect(createBasemapStyle(URL_110M, ['TWN'])).toEqual(style('dark'));
  });
});

type Listener = (event: Record<string, unknown>) => void;

/** Just enough of a maplibre map, holding a style, to follow what the basemap helpers do. */
function fakeMap(initial: StyleSpecification, zoom: number) {
  const layers = initial.layers.map((l) => structuredClone(l));
  const sources: Record<string, unknown> = { ...initial.sources };
  const listeners = new Map<string, Set<Listener>>();
  const state = { zoom, styleLoaded: true, sourceAdds: [] as unknown[] };
  const find = (id: string) => layers.find((l) => l.id === id);
  const map = {
    getZoom: () => state.zoom,
    isStyleLoaded: () => state.styleLoaded,
    on(type: string, listener: Listener) {
      if (!listeners.has(type)) listeners.set(type, new Set());
      listeners.get(type)?.add(listener);
    },
    off(type: string, listener: Listener) {
      listeners.get(type)?.delete(listener);
    },
    addSource(id: string, source: unknown) {
      if (sources[id]) throw new Error(`source ${id} exists`);
      sources[id] = source;
      state.sourceAdds.push(source);
    },
    getStyle: () => ({ ...initial, sources, layers: structuredClone(layers) }),
    getLayersOrder: () => layers.map((l) => l.id),
    getLayer: (id: string) => find(id),
    addLayer(spec: LayerSpecification, before?: string) {
      const at = before === undefined ? layers.length : layers.findIndex((l) => l.id === before);
      layers.splice(at, 0, structuredClone(spec));
    },
    setLayerZoomRange(id: string, minzoom: number | undefined, maxzoom: number) {
      const l = find(id);
      if (!l) throw new Error(`no layer ${id}`);
      if (minzoom !== undefined) l.minzoom = minzoom;
      l.maxzoom = maxzoom;
    },
    setPaintProperty(id: string, property: string, value: unknown) {
      const l = find(id);
      if (!l) throw new Error(`no layer ${id}`);
      l.paint = { ...l.paint, [property]: value };
    },
  };
  const fire = (type: string, event: Record<string, unknown> = {}) =>
    [...(listeners.get(type) ?? [])].forEach((listener) => listener(event));
  const zoomTo = (z: number) => {
    state.zoom = z;
    fire('zoom');
  };
  return { map: map as unknown as MaplibreMap, layers, state, fire, zoomTo, find };
}

/** The zoom range in which a layer is drawn ([min, max)). */
const range = (l: LayerSpecification | undefined) => [l?.minzoom ?? 0, l?.maxzoom ?? 24];

describe('addDetailedBasemap', () => {
  it('does not fetch the 50 m countries at start, nor on a world view', () => {
    const fake = fakeMap(style('dark'), 1.7);
    addDetailedBasemap(fake.map, URL_50M);
    fake.fire('idle');
    fake.zoomTo(DETAIL_ZOOM - 0.1);
    fake.fire('idle');
    expect(fake.state.sourceAdds).toEqual([]);
  });

  it('fetches them once, on reaching the Central Asia zoom, and draws them from there up', () => {
    const fake = fakeMap(style('dark'), 1.7);
    addDetailedBasemap(fake.map, URL_50M);
    fake.zoomTo(DETAIL_ZOOM + 0.3);
    fake.zoomTo(DETAIL_ZOOM + 0.6);
    fake.zoomTo(2);
    fake.zoomTo(DETAIL_ZOOM + 0.1);
    fake.fire('idle');
    expect(fake.state.sourceAdds).toEqual([{ type: 'geojson', data: URL_50M }]);

    const detailed = fake.layers.filter((l) => l.id.endsWith('-detailed'));
    expect(detailed.map((l) => l.id)).toEqual([
      'coast-detailed',
      'land-detailed',
      'land-highlight-detailed',
      'borders-detailed',
    ]);
    for (const l of detailed) {
      expect(range(l)).toEqual([DETAIL_ZOOM, 24]);
      const coarse = fake.find(l.id.replace('-detailed', ''));
      expect(l.paint).toEqual(coarse?.paint);
      expect(filterOf(l)).toEqual(filterOf(coarse));
    }
    // Every coast below every land, so that borders between countries stay hidden.
    const ids = fake.layers.map((l) => l.id);
    const last = (prefix: string) =>
      Math.max(...ids.flatMap((id, i) => (id.startsWith(prefix) ? [i] : [])));
    const first = (prefix: string) => ids.findIndex((id) => id.startsWith(prefix));
    expect(last('coast')).toBeLessThan(first('land'));
    expect(last('land')).toBeLessThan(first('borders'));
  });

  it('keeps the 110 m land in view until the 50 m tiles are ready, then hands over', () => {
    const fake = fakeMap(style('dark'), 1.7);
    addDetailedBasemap(fake.map, URL_50M);
    fake.zoomTo(3.5);
    expect(range(fake.find('land'))).toEqual([0, 24]);
    fake.fire('sourcedata', { sourceId: 'countries-detailed', isSourceLoaded: false });
    fake.fire('sourcedata', { sourceId: 'countries', isSourceLoaded: true });
    expect(range(fake.find('land'))).toEqual([0, 24]);
    fake.fire('sourcedata', { sourceId: 'countries-detailed', isSourceLoaded: true });
    for (const id of ['coast', 'land', 'land-highlight', 'borders']) {
      expect(range(fake.find(id)), id).toEqual([0, DETAIL_ZOOM]);
    }
    expect(range(fake.find('ocean'))).toEqual([0, 24]);
  });

  it('keeps the 110 m land if the 50 m file cannot be read', () => {
    const fake = fakeMap(style('dark'), 1.7);
    addDetailedBasemap(fake.map, URL_50M);
    fake.zoomTo(3.5);
    fake.fire('error', { sourceId: 'countries-detailed', error: new Error('404') });
    fake.fire('sourcedata', { sourceId: 'countries-detailed', isSourceLoaded: true });
    expect(range(fake.find('land'))).toEqual([0, 24]);
  });

  it('waits for the style when the map opens already zoomed in', () => {
    const fake = fakeMap(style('dark'), 4);
    fake.state.styleLoaded = false;
    addDetailedBasemap(fake.map, URL_50M);
    fake.zoomTo(4.1);
    expect(fake.state.sourceAdds).toHaveLength(0);
    fake.state.styleLoaded = true;
    fake.fire('idle');
    expect(fake.state.sourceAdds).toHaveLength(1);
  });

  it('stops listening when detached', () => {
    const fake = fakeMap(style('dark'), 1.7);
    addDetailedBasemap(fake.map, URL_50M)();
    fake.zoomTo(3.5);
    expect(fake.state.sourceAdds).toHaveLength(0);
  });
});

describe('applyBasemapTheme', () => {
  it('recolours every layer, detailed ones included, as a fresh style of that theme', () => {
    const fake = fakeMap(style('dark'), 1.7);
    addDetailedBasemap(fake.map, URL_50M);
    fake.zoomTo(3.5);
    applyBasemapTheme(fake.map, 'light');
    const light = style('light');
    for (const l of fake.layers) {
      const expected = layer(light, l.id.replace('-detailed', ''));
      expect(l.paint, l.id).toEqual(expected.paint);
    }
    applyBasemapTheme(fake.map, 'dark');
    expect(fake.find('land-detailed')?.paint).toEqual(layer(style('dark'), 'land').paint);
  });
});
