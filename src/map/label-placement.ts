/** A label to place: where it points, its text and size, and how much it matters. */
export interface LabelCandidate {
  position: [number, number];
  text: string;
  size: number;
  /** Higher is placed first. */
  priority: number;
}

/** Web Mercator pixel position at `zoom` (512-pixel world, as maplibre). */
function mercatorPixels([lon, lat]: [number, number], zoom: number): [number, number] {
  const world = 512 * 2 ** zoom;
  const sin = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  return [
    ((lon + 180) / 360) * world,
    (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * world,
  ];
}

/** Rough width of a text in pixels: CJK glyphs are square, Latin ones about half as wide. */
function textWidth(text: string, size: number): number {
  let width = 0;
  for (const char of text) width += /[\u2e80-\u9fff\uff00-\uffef]/.test(char) ? size : size * 0.58;
  return width;
}

/**
 * Keeps the labels that fit without overlapping at `zoom`, most important first. Labels sit
 * centred above their point, as the text layer draws them.
 */
export function placeLabels<L extends LabelCandidate>(
  labels: readonly L[],
  zoom: number,
  gap = 4,
): L[] {
  const placed: { box: [number, number, number, number]; label: L }[] = [];
  const sorted = [...labels].sort((a, b) => b.priority - a.priority);
  for (const label of sorted) {
    const [x, y] = mercatorPixels(label.position, zoom);
    const half = textWidth(label.text, label.size) / 2 + gap;
    const box: [number, number, number, number] = [
      x - half,
      y - label.size * 1.4 - gap,
      x + half,
      y,
    ];
    const overlaps = placed.some(
      ({ box: other }) =>
        box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3],
    );
    if (!overlaps) placed.push({ box, label });
  }
  return placed.map((p) => p.label);
}
