import type {
  ExpressionSpecification,
  LayerSpecification,
  Map as MaplibreMap,
  MapSourceDataEvent,
  StyleSpecification,
} from 'maplibre-gl';
import { MAP_PALETTES, type MapPalette, type MapTheme } from './theme';

/** What {@link createBasemapStyle} draws. */
export interface BasemapOptions {
  theme: MapTheme;
  /** ISO-3 codes of the countries drawn in the highlight colour (Taiwan). */
  highlight: readonly string[];
  /** The bundled country polygons (`countries-110m.geojson`), on the app's own origin. */
  countriesUrl: string;
}

/** The zoom from which the 50 m countries replace the 110 m ones (the Central Asia view). */
export const DETAIL_ZOOM = 2.75;

/** The basemap's layers, bottom to top; the detailed twins carry {@link DETAILED_SUFFIX}. */
export const BASEMAP_LAYERS = ['ocean', 'coast', 'land', 'land-highlight', 'borders'] as const;

/** Appended to a layer's id for its twin drawn from the detailed source. */
export const DETAILED_SUFFIX = '-detailed';

const SOURCE = 'countries';
const DETAILED_SOURCE = `${SOURCE}${DETAILED_SUFFIX}`;

/** A line width that grows a little with the zoom, from its width at zoom 1. */
const widthByZoom = (atZoom1: number): ExpressionSpecification => [
  'interpolate',
  ['linear'],
  ['zoom'],
  1,
  atZoom1,
  3,
  atZoom1 * 1.5,
  6,
  atZoom1 * 2.5,
];

/** The palette colour that each basemap layer's colour property takes. */
const THEMED_PAINT = [
  ['ocean', 'background-color', 'ocean'],
  ['coast', 'line-color', 'coast'],
  ['land', 'fill-color', 'land'],
  ['land-highlight', 'fill-color', 'landHighlight'],
  ['borders', 'line-color', 'border'],
] as const satisfies readonly (readonly [
  (typeof BASEMAP_LAYERS)[number],
  string,
  keyof MapPalette,
])[];

/**
 * A maplibre style whose only source is the bundled Natural Earth GeoJSON: no tiles, no
 * glyphs, no sprites, so nothing is requested from another origin. Labels are drawn by
 * deck.gl, which renders text with the browser's own fonts.
 *
 * The GeoJSON holds country polygons only, so coasts cannot be told from borders by data.
 * The coast is therefore a line drawn *beneath* the land fill: where land lies on both sides
 * (a border) the fill hides it, and on the coast its seaward half shows. Borders, thinner, are
 * drawn over the land.
 */
export function createBasemapStyle(options: BasemapOptions): StyleSpecification;
/** @deprecated Pass {@link BasemapOptions}; this form draws the dark theme. */
export function createBasemapStyle(
  countriesUrl: string,
  highlight: readonly string[],
): StyleSpecification;
export function createBasemapStyle(
  options: BasemapOptions | string,
  legacyHighlight: readonly string[] = [],
): StyleSpecification {
  const { theme, highlight, countriesUrl } =
    typeof options === 'string'
      ? { theme: 'dark' as const, highlight: legacyHighlight, countriesUrl: options }
      : options;
  const palette = MAP_PALETTES[theme];
  const layers: LayerSpecification[] = [
    { id: 'ocean', type: 'background', paint: { 'background-color': palette.ocean } },
    {
      id: 'coast',
      type: 'line',
      source: SOURCE,
      layout: { 'line-join': 'round' },
      // Twice the width that shows: the landward half lies under the land fill.
      paint: { 'line-color': palette.coast, 'line-width': widthByZoom(1.6) },
    },
    { id: 'land', type: 'fill', source: SOURCE, paint: { 'fill-color': palette.land } },
    {
      id: 'land-highlight',
      type: 'fill',
      source: SOURCE,
      filter: ['in', ['get', 'iso3'], ['literal', [...highlight]]],
      paint: { 'fill-color': palette.landHighlight },
    },
    {
      id: 'borders',
      type: 'line',
      source: SOURCE,
      layout: { 'line-join': 'round' },
      paint: { 'line-color': palette.border, 'line-width': widthByZoom(0.5) },
    },
  ];
  return { version: 8, sources: { [SOURCE]: { type: 'geojson', data: countriesUrl } }, layers };
}

/**
 * Recolours the basemap in place for a theme — the coarse layers and, once loaded, their
 * detailed twins — without touching the sources, so the switch is instant.
 */
export function applyBasemapTheme(map: MaplibreMap, theme: MapTheme): void {
  const palette = MAP_PALETTES[theme];
  for (const [id, property, colour] of THEMED_PAINT) {
    for (const layerId of [id, `${id}${DETAILED_SUFFIX}`]) {
      if (map.getLayer(layerId)) map.setPaintProperty(layerId, property, palette[colour]);
    }
  }
}

/**
 * Draws the 50 m countries from {@link DETAIL_ZOOM} up, where the 110 m outlines look crude.
 * The 1.7 MB file is fetched only the first time the map reaches that zoom, never at start.
 * Each detailed layer copies its coarse twin as it is at that moment, so it has the current
 * theme and highlight; {@link applyBasemapTheme} recolours both. The coarse layers stay in view
 * until the detailed tiles are ready, so the land never blinks out; after that the layers'
 * zoom ranges switch between the two in both directions. If the file fails to load, the coarse
 * countries simply stay. Returns a function that stops listening.
 */
export function addDetailedBasemap(map: MaplibreMap, detailedUrl: string): () => void {
  let failed = false;

  // maplibre adds the source's id to the errors a source raises.
  const onError = (event: object) => {
    if ('sourceId' in event && event.sourceId === DETAILED_SOURCE) failed = true;
  };
  const onSourceData = (event: MapSourceDataEvent) => {
    if (event.sourceId !== DETAILED_SOURCE || !event.isSourceLoaded || failed) return;
    map.off('sourcedata', onSourceData);
    for (const id of BASEMAP_LAYERS) {
      const layer = map.getLayer(id);
      if (id !== 'ocean' && layer) map.setLayerZoomRange(id, layer.minzoom, DETAIL_ZOOM);
    }
  };
  const load = () => {
    if (map.getZoom() < DETAIL_ZOOM || !map.isStyleLoaded()) return;
    stop();
    map.on('sourcedata', onSourceData);
    map.addSource(DETAILED_SOURCE, { type: 'geojson', data: detailedUrl });
    const specs = map.getStyle().layers;
    for (const id of BASEMAP_LAYERS) {
      const coarse = specs.find((layer) => layer.id === id);
      if (!coarse || coarse.type === 'background') continue;
      const detailed = {
        ...coarse,
        id: `${id}${DETAILED_SUFFIX}`,
        source: DETAILED_SOURCE,
        minzoom: DETAIL_ZOOM,
      };
      // Just above its coarse twin, so that the coast stays beneath all land.
      const order = map.getLayersOrder();
      map.addLayer(detailed, order[order.indexOf(id) + 1]);
    }
  };
  const stop = () => {
    map.off('zoom', load);
    map.off('idle', load);
  };

  map.on('error', onError);
  // `idle` catches a map that reached the zoom while its style was still loading.
  map.on('zoom', load);
  map.on('idle', load);
  return () => {
    stop();
    map.off('sourcedata', onSourceData);
    map.off('error', onError);
  };
}
