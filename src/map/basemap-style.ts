import type { StyleSpecification } from 'maplibre-gl';
import { DARK_THEME } from './theme';

/**
 * A maplibre style whose only source is the bundled Natural Earth GeoJSON: no tiles, no
 * glyphs, no sprites, so nothing is requested from another origin. Labels are drawn by
 * deck.gl, which renders text with the browser's own fonts.
 */
export function createBasemapStyle(
  countriesUrl: string,
  highlight: readonly string[],
): StyleSpecification {
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: countriesUrl },
    },
    layers: [
      { id: 'ocean', type: 'background', paint: { 'background-color': DARK_THEME.ocean } },
      {
        id: 'land',
        type: 'fill',
        source: 'countries',
        paint: {
          'fill-color': [
            'case',
            ['in', ['get', 'iso3'], ['literal', highlight]],
            DARK_THEME.landHighlight,
            DARK_THEME.land,
          ],
        },
      },
      {
        id: 'borders',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': DARK_THEME.border, 'line-width': 0.6 },
      },
    ],
  };
}
