/** The ids of the map's layers, for what reads the drawn layers without building them. */

/** Id of the layer of plain flows (arcs from the origin to each partner). */
export const FLOWS_LAYER_ID = 'partner-flows';
/** Id of the layer of partner dots, at the flows' ends. */
export const POINTS_LAYER_ID = 'partner-points';
/** Id of the layer of corridor routes (its items are legs, each with its route). */
export const CORRIDORS_LAYER_ID = 'corridors';
