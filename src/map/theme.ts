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

/** What role a partner plays in the story, which decides its colour. */
export type PartnerRole = 'destination' | 'intermediary' | 'other';

/** Colour of the arc end at a partner, by role (kept in step with the legend). */
export const ROLE_COLORS: Record<PartnerRole, Rgba> = {
  destination: [239, 68, 68, 255],
  intermediary: [251, 146, 60, 255],
  other: [56, 189, 248, 200],
};

/** Converts an RGBA colour to CSS. */
export function toCss([r, g, b, a]: Rgba): string {
  return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;
}
