/**
 * The files the app reads from its own folder at run time. They live in public/ and Vite
 * copies them as they are to the top of the built folder, next to index.html: the sample,
 * the basemaps and the briefings, where a deployer sees them and may replace them.
 */

/** Where each file is, relative to public/ (and to the built folder). */
export const PUBLIC_FILES = {
  sample: 'sample/trade-sample.parquet',
  countries110m: 'basemap/countries-110m.geojson',
  countries50m: 'basemap/countries-50m.geojson',
  briefings: 'briefings/',
} as const;

/**
 * A file of the app's folder as an absolute address, resolved against the page's own (so the
 * built folder works from any directory). Absolute, because the map's and DuckDB's workers
 * fetch some of them, and a worker would resolve a relative address against its own script.
 * Outside a page (unit tests in Node) the path is returned as it is.
 */
export function publicFileUrl(path: string): string {
  return typeof document === 'undefined' ? path : new URL(path, document.baseURI).href;
}

/** The bundled synthetic sample, opened when the page names no dataset. */
export const SAMPLE_URL = publicFileUrl(PUBLIC_FILES.sample);
/** The small-scale country polygons (about 170 KB): the map's first basemap and the report's. */
export const COUNTRIES_110M_URL = publicFileUrl(PUBLIC_FILES.countries110m);
/** The medium-scale country polygons (about 1.7 MB), loaded when the map is zoomed in. */
export const COUNTRIES_50M_URL = publicFileUrl(PUBLIC_FILES.countries50m);

/** The address of the briefing file `name` (`?briefing=name` → briefings/name.json). */
export const briefingFileUrl = (name: string): string =>
  publicFileUrl(`${PUBLIC_FILES.briefings}${name}.json`);
