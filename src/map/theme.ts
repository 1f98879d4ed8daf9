/** An RGBA colour, 0–255 per channel. */
export type Rgba = readonly [number, number, number, number];

/** What colours the plain flows: their main CHPL tier, or the score of corridors through them. */
export const COLOR_BYS = ['tier', 'score'] as const;
export type ColorBy = (typeof COLOR_BYS)[number];

/** The map's two looks: dark for screens and briefing rooms, light for print. */
export const MAP_THEMES = ['dark', 'light'] as const;
export type MapTheme = (typeof MAP_THEMES)[number];

/** The four tiers of the Common High Priority List, as the reference table writes them. */
export type ChplTier = '1' | '2' | '3' | '4';

/** The tiers in order, as the legend lists them and the timeline stacks them. */
export const CHPL_TIERS: readonly ChplTier[] = ['1', '2', '3', '4'];

/** The tier a subdivided tier belongs to ('3.A' → '3'); anything else (no tier) stays as it is. */
export const tierOf = (tier: string) => tier.charAt(0) as ChplTier;

/** Every colour the map draws with, for one {@link MapTheme}. */
export interface MapPalette {
  /** Basemap colours (CSS). */
  ocean: string;
  land: string;
  /** Land of the highlighted countries (Taiwan). */
  landHighlight: string;
  /** Borders between countries. */
  border: string;
  /** The seaward edge of the land, a little heavier than borders. */
  coast: string;
  label: Rgba;
  labelHalo: Rgba;
  /** The origin marker (Taiwan). */
  origin: Rgba;
  /** Plain export flows. */
  flow: Rgba;
  /**
   * Flows coloured by CHPL tier: a colour-blind-safe categorical set, kept apart from the blue
   * of plain flows and from the yellow → red of the anomaly score, including under simulated
   * protanopia, deuteranopia and tritanopia (test/map/theme.test.ts measures it).
   */
  tiers: Record<ChplTier, Rgba>;
  /** The anomaly score at 0, 0.5 and 1 (see {@link scoreColor}). */
  score: readonly [Rgba, Rgba, Rgba];
}

/** Colour of Taiwan's plain export flows on the dark map (kept in step with the legend). */
export const FLOW_COLOR: Rgba = [56, 189, 248, 170];

/** Colours of the anomaly score at 0, 0.5 and 1 on the dark map (kept in step with the legend). */
export const SCORE_STOPS: readonly [Rgba, Rgba, Rgba] = [
  [253, 224, 71, 255],
  [249, 115, 22, 255],
  [220, 38, 38, 255],
];

/** Opacity of flows coloured by tier: nearly solid, so that thin arcs keep a 3:1 contrast. */
const TIER_ALPHA = 230;

/**
 * The palettes of both themes. The light one is a printed atlas: grey-blue sea, off-white land,
 * mid-grey borders, near-black labels on a white halo; every label and flow colour keeps at
 * least WCAG AA contrast (4.5:1 for labels, 3:1 for lines) against both land and sea.
 */
export const MAP_PALETTES: Record<MapTheme, MapPalette> = {
  dark: {
    ocean: '#0a1220',
    land: '#1b2433',
    landHighlight: '#2a3a52',
    border: '#3a4a61',
    coast: '#46566e',
    label: [226, 232, 240, 255],
    labelHalo: [10, 18, 32, 230],
    origin: [255, 255, 255, 255],
    flow: FLOW_COLOR,
    // Okabe–Ito reddish purple, emerald (Okabe–Ito's bluish green, a shade darker), violet,
    // light slate.
    tiers: {
      '1': [204, 121, 167, TIER_ALPHA],
      '2': [5, 150, 105, TIER_ALPHA],
      '3': [139, 92, 246, TIER_ALPHA],
      '4': [203, 213, 225, TIER_ALPHA],
    },
    score: SCORE_STOPS,
  },
  light: {
    ocean: '#d4dfe9',
    land: '#f6f5f0',
    landHighlight: '#ebe3cc',
    border: '#a3abb5',
    coast: '#8194a8',
    label: [31, 41, 55, 255],
    labelHalo: [255, 255, 255, 230],
    origin: [17, 24, 39, 255],
    flow: [3, 105, 161, 200],
    // Paul Tol's wine and indigo, purple, warm near-black: on a light map every tier must be
    // dark, and dark greens meet the score's ochre under deuteranopia, so none is green.
    tiers: {
      '1': [136, 34, 85, TIER_ALPHA],
      '2': [51, 34, 136, TIER_ALPHA],
      '3': [147, 51, 234, TIER_ALPHA],
      '4': [41, 37, 36, TIER_ALPHA],
    },
    // Ochre → burnt orange → dark red: the dark map's pale yellow would vanish on white paper.
    score: [
      [156, 116, 0, 255],
      [194, 65, 12, 255],
      [165, 29, 29, 255],
    ],
  },
};

/** The colours of the dark, screen-oriented map theme. */
export const DARK_THEME: MapPalette = MAP_PALETTES.dark;

/**
 * The colour of an anomaly score (0–1), interpolated through three stops ({@link SCORE_STOPS}
 * unless a theme's `score` is given).
 */
export function scoreColor(score: number, stops: readonly [Rgba, Rgba, Rgba] = SCORE_STOPS): Rgba {
  const s = Math.min(1, Math.max(0, score));
  const [low, mid, high] = stops;
  const [a, b, t] = s < 0.5 ? [low, mid, s * 2] : [mid, high, s * 2 - 1];
  const mix = (k: 0 | 1 | 2) => Math.round(a[k] + (b[k] - a[k]) * t);
  return [mix(0), mix(1), mix(2), 255];
}

/** Converts an RGBA colour to CSS. */
export function toCss([r, g, b, a]: Rgba): string {
  return `rgba(${r}, ${g}, ${b}, ${(a / 255).toFixed(3)})`;
}
