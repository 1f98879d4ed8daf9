// polylabel ships no type declarations.
declare module 'polylabel' {
  /**
   * The pole of inaccessibility of a polygon (rings of [x, y] points, exterior first): the
   * interior point farthest from its outline, found to within `precision`.
   */
  export default function polylabel(
    polygon: number[][][],
    precision?: number,
    debug?: boolean,
  ): [number, number] & { distance: number };
}
