import { geoArea, geoEquirectangular } from 'd3-geo';
import { geoProject } from 'd3-geo-projection';
import type {
  Feature,
  FeatureCollection,
  Geometry,
  GeoJsonProperties,
  MultiPolygon,
  Position,
} from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

/** The two Natural Earth scales shipped as basemaps. */
export type BasemapScale = '110m' | '50m';

/** Decimal places kept per scale: about 1 km at 110m, about 100 m at 50m. */
export const BASEMAP_DECIMALS: Readonly<Record<BasemapScale, number>> = { '110m': 2, '50m': 3 };

/** Properties of a basemap feature: the country's ISO-3, or null for land of no listed country. */
export interface BasemapProperties {
  iso3: string | null;
}

/** A basemap country: its polygons, cut at the antimeridian, in longitude/latitude degrees. */
export type BasemapFeature = Feature<MultiPolygon, BasemapProperties>;

/** A basemap: one feature per country, sorted by ISO-3, unassigned land last. */
export type Basemap = FeatureCollection<MultiPolygon, BasemapProperties>;

/** A world-atlas country as topojson-client decodes it: numeric ISO id and Natural Earth name. */
export type AtlasFeature = Feature<Geometry | null, { name?: string }>;

/** Decodes the `countries` object of a world-atlas TopoJSON file into GeoJSON features. */
export function decodeAtlas(topology: Topology): AtlasFeature[] {
  const countries = topology.objects['countries'] as GeometryCollection<{ name?: string }>;
  return feature(topology, countries).features as AtlasFeature[];
}

/**
 * Cuts polygons at the antimeridian with d3's clipping, which world-atlas needs because its
 * rings are stitched across ±180° (Russia's Chukotka, Fiji, Antarctica) and would streak across
 * a Web Mercator map. The equirectangular projection is scaled to output degrees; its y axis
 * points down (y = -latitude), the orientation geoProject's ring classifier expects, so y is
 * negated afterwards. Resampling is off so that edges stay the source's straight lines.
 */
export function cutAtAntimeridian<P>(
  features: Feature<Geometry | null, P>[],
): Feature<Geometry | null, P>[] {
  const projection = geoEquirectangular()
    .scale(180 / Math.PI)
    .translate([0, 0])
    .precision(0);
  const projected = geoProject({ type: 'FeatureCollection', features }, projection);
  return projected.features.map((f) => ({ ...f, geometry: flipY(f.geometry) }));
}

function flipY(geometry: Geometry | null): Geometry | null {
  if (!geometry) return null;
  if (geometry.type === 'Polygon')
    return { type: 'Polygon', coordinates: flipRings(geometry.coordinates) };
  if (geometry.type === 'MultiPolygon') {
    return { type: 'MultiPolygon', coordinates: geometry.coordinates.map(flipRings) };
  }
  throw new Error(`basemap: unexpected ${geometry.type} geometry`);
}

function flipRings(rings: Position[][]): Position[][] {
  return rings.map((ring) => ring.map(([x = 0, y = 0]) => [x, -y]));
}

/** The polygons of a geometry as a list of rings lists (empty for no geometry). */
export function polygonsOf(geometry: Geometry | null): Position[][][] {
  if (!geometry) return [];
  if (geometry.type === 'Polygon') return [geometry.coordinates];
  if (geometry.type === 'MultiPolygon') return geometry.coordinates;
  throw new Error(`basemap: unexpected ${geometry.type} geometry`);
}

function roundRing(ring: Position[], factor: number): Position[] | null {
  const out: Position[] = [];
  for (const [x = 0, y = 0] of ring) {
    const point = [Math.round(x * factor) / factor, Math.round(y * factor) / factor];
    const last = out[out.length - 1];
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  // A closed ring needs at least three distinct points plus the closing one.
  return out.length >= 4 ? out : null;
}

/**
 * Rounds coordinates to `decimals` places and drops the consecutive duplicates that rounding
 * creates; rings too small to survive are dropped, and a polygon whose exterior ring is dropped
 * goes with it.
 */
export function roundPolygons(polygons: Position[][][], decimals: number): Position[][][] {
  const factor = 10 ** decimals;
  const out: Position[][][] = [];
  for (const polygon of polygons) {
    const [exterior, ...holes] = polygon;
    const roundedExterior = exterior && roundRing(exterior, factor);
    if (!roundedExterior) continue;
    const roundedHoles = holes.map((hole) => roundRing(hole, factor)).filter((h) => h !== null);
    out.push([roundedExterior, ...roundedHoles]);
  }
  return out;
}

/** The ISO-3 code of a world-atlas feature, from its numeric id or, lacking one, its name. */
export type AtlasIso3Resolver = (
  id: string | number | undefined,
  name: string | undefined,
) => string | null;

/**
 * Builds a basemap from world-atlas features: cut at the antimeridian, rounded, one MultiPolygon
 * per ISO-3 (Australia's Ashmore and Cartier Islands share its id), unassigned land (Northern
 * Cyprus, Somaliland, Siachen Glacier, the Australian Indian Ocean Territories) kept as separate
 * features with iso3 null so that the land is drawn.
 */
export function buildBasemap(
  atlas: AtlasFeature[],
  resolveIso3: AtlasIso3Resolver,
  decimals: number,
): Basemap {
  const cut = cutAtAntimeridian(atlas);
  const byIso3 = new Map<string, Position[][][]>();
  const unassigned: Position[][][][] = [];
  cut.forEach((f, i) => {
    const polygons = roundPolygons(polygonsOf(f.geometry), decimals);
    if (polygons.length === 0) return;
    const iso3 = resolveIso3(atlas[i]?.id, atlas[i]?.properties.name);
    if (iso3 === null) unassigned.push(polygons);
    else byIso3.set(iso3, [...(byIso3.get(iso3) ?? []), ...polygons]);
  });
  const features: BasemapFeature[] = [...byIso3.keys()]
    .sort()
    .map((iso3) => toFeature(iso3, byIso3.get(iso3) ?? []));
  for (const polygons of unassigned) features.push(toFeature(null, polygons));
  return { type: 'FeatureCollection', features };
}

function toFeature(iso3: string | null, polygons: Position[][][]): BasemapFeature {
  return {
    type: 'Feature',
    properties: { iso3 },
    geometry: { type: 'MultiPolygon', coordinates: polygons },
  };
}

/**
 * Problems a Web Mercator map would show: an edge jumping more than 180° of longitude (a streak
 * across the map), a coordinate out of range, or a feature whose rings wind the wrong way so that
 * d3 reads it as covering most of the globe. Returns one message per problem.
 */
export function findBasemapProblems(
  basemap: FeatureCollection<Geometry, GeoJsonProperties>,
): string[] {
  const problems: string[] = [];
  for (const f of basemap.features) {
    const label = String(f.properties?.['iso3'] ?? 'unassigned');
    for (const ring of polygonsOf(f.geometry).flat()) {
      ring.forEach(([x = NaN, y = NaN], i) => {
        if (!(Math.abs(x) <= 180 && Math.abs(y) <= 90))
          problems.push(`${label}: point ${x},${y} out of range`);
        const previous = ring[i - 1];
        if (previous && Math.abs(x - (previous[0] ?? NaN)) > 180)
          problems.push(`${label}: edge crosses 180°`);
      });
    }
    if (geoArea(f) > 2 * Math.PI) problems.push(`${label}: covers more than a hemisphere`);
  }
  return problems;
}

/**
 * GeoJSON text with one feature per line, so that a change to one country is a one-line diff,
 * and a trailing newline.
 */
export function formatBasemap(basemap: Basemap): string {
  const lines = basemap.features.map((f) => JSON.stringify(f));
  return `{"type":"FeatureCollection","features":[\n${lines.join(',\n')}\n]}\n`;
}
