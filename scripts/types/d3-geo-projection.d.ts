// d3-geo-projection ships no type declarations; this covers the one function the reference
// build uses.
declare module 'd3-geo-projection' {
  import type { GeoProjection } from 'd3-geo';
  import type { FeatureCollection, Geometry } from 'geojson';

  /**
   * Projects GeoJSON through a d3 projection's stream (clipping and all), returning planar
   * GeoJSON in the projection's output coordinates.
   */
  export function geoProject<G extends Geometry | null, P>(
    object: FeatureCollection<G, P>,
    projection: GeoProjection,
  ): FeatureCollection<Geometry | null, P>;
}
