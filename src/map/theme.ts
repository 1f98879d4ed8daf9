/** An RGBA colour, 0–255 per channel. */
export type Rgba = readonly [number, number, number, number];

/** The colours of the dark, screen-oriented map theme. */
export const DARK_THEME = {
  ocean: '#0a1220',
  land: '#1b2433',
  landHighlight: '#2a3a52',
  border: '#3a4a61',
  coast: '#46566e',
  label: [226, 232, 240, 255] as Rgba,
  labelHalo: [10, 18, 32, 230] as Rgba,
  origin: [255, 255, 255, 255] as Rgba,
} as const;

/** Colour of Taiwan's plain export flows (kept in step with the legend). */
export const FLOW_COLOR: Rgba = [56, 189, 248, 170];

/** Colours of the anomaly score at 0, 0.5 and 1 (kept in step with the legend's gradient). */
export const SCORE_STOPS: readonly [Rgba, Rgba, Rgba] = [
  [253, 224, 71, 255],
  [249, 115, 22, 255],
  [220, 38, 38, 255],
];

/** The colour of an anomaly score (0–1), interpolated through {@link SCORE_STOPS}. */
export function scoreColor(score: number): Rgba {
  const s = Math.min(1, Math.max(0, score));
  const [low, mid, high] = SCORE_STOPS;
  const [a, b, t] = s < 0.5 ? [low, mid, s * 2] : [mid, high, s * 2 - 1];
  const mix = (k: 0 | 1 | 2) => Math.round(a[k] + (b[k] - a[k]) * t);
  return [mix(0), mix(1), mix(2), 255];
}

/** Converts an RGBA colour to CSS. */
export function toCss([r, g, b, a]: Rgba): string {
  return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;
}
