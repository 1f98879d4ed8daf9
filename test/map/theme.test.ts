import { describe, expect, it } from 'vitest';
import {
  DARK_THEME,
  FLOW_COLOR,
  MAP_PALETTES,
  SCORE_STOPS,
  scoreColor,
  type MapTheme,
  type Rgba,
} from '../../src/map/theme';

type Rgb = readonly [number, number, number];

const THEMES: MapTheme[] = ['dark', 'light'];

const rgbOfHex = (hex: string): Rgb => {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
};

/** A translucent colour as it shows over an opaque background. */
const over = ([r, g, b, a]: Rgba, background: Rgb): Rgb => {
  const alpha = a / 255;
  return [r, g, b].map((c, k) => c * alpha + (background[k] ?? 0) * (1 - alpha)) as unknown as Rgb;
};

const linear = (channel: number) => {
  const c = channel / 255;
  return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
};

/** WCAG 2 relative luminance. */
const luminance = ([r, g, b]: Rgb) => 0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b);

/** WCAG 2 contrast ratio, 1–21. */
const contrast = (a: Rgb, b: Rgb) => {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
};

/** CIELAB (D65) of an sRGB colour. */
const lab = ([r, g, b]: Rgb): Rgb => {
  const [lr, lg, lb] = [linear(r), linear(g), linear(b)];
  const x = (0.4124 * lr + 0.3576 * lg + 0.1805 * lb) / 0.95047;
  const y = 0.2126 * lr + 0.7152 * lg + 0.0722 * lb;
  const z = (0.0193 * lr + 0.1192 * lg + 0.9505 * lb) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : ((24389 / 27) * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
};

/** CIE76 colour difference: about 2.3 is just noticeable, 20+ tells categories apart. */
const deltaE = (a: Rgb, b: Rgb) => {
  const [p, q] = [lab(a), lab(b)];
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
};

/** Dichromat vision, full severity (Machado, Oliveira & Fernandes 2009), in linear RGB. */
const DICHROMACY = {
  protanopia: [
    [0.152286, 1.052583, -0.204868],
    [0.114503, 0.786281, 0.099216],
    [-0.003882, -0.048116, 1.051998],
  ],
  deuteranopia: [
    [0.367322, 0.860646, -0.227968],
    [0.280085, 0.672501, 0.047413],
    [-0.01182, 0.04294, 0.968881],
  ],
  tritanopia: [
    [1.255528, -0.076749, -0.178779],
    [-0.078411, 0.930809, 0.147602],
    [0.004733, 0.691367, 0.3039],
  ],
};

const simulate = (rgb: Rgb, matrix: number[][]): Rgb => {
  const lin = rgb.map(linear);
  return matrix.map((row) => {
    const v = Math.min(
      1,
      Math.max(
        0,
        row.reduce((sum, m, k) => sum + m * (lin[k] ?? 0), 0),
      ),
    );
    return 255 * (v <= 0.0031308 ? 12.92 * v : 1.055 * v ** (1 / 2.4) - 0.055);
  }) as unknown as Rgb;
};

/** The smallest difference between two colours for normal and for each dichromat vision. */
const worstDeltaE = (a: Rgb, b: Rgb) =>
  Math.min(
    deltaE(a, b),
    ...Object.values(DICHROMACY).map((m) => deltaE(simulate(a, m), simulate(b, m))),
  );

const rgb = ([r, g, b]: Rgba): Rgb => [r, g, b];

/** Categories read apart at a glance (ΔE 35), and still apart to colour-blind eyes (ΔE 15). */
const DISTINCT = 35;
const DISTINCT_DICHROMAT = 15;

describe.each(THEMES)('the %s map palette', (theme) => {
  const p = MAP_PALETTES[theme];
  const backgrounds = { land: rgbOfHex(p.land), ocean: rgbOfHex(p.ocean) };
  const tiers = Object.entries(p.tiers);

  it('labels are readable on land and sea (WCAG AA, 4.5:1)', () => {
    for (const background of [...Object.values(backgrounds), rgbOfHex(p.landHighlight)]) {
      expect(contrast(rgb(p.label), background)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('flows, tiers and scores stand out from land and sea (3:1, as WCAG asks of graphics)', () => {
    const lines = [p.flow, ...Object.values(p.tiers), ...p.score];
    for (const line of lines) {
      for (const [name, background] of Object.entries(backgrounds)) {
        const shown = over(line, background);
        expect(contrast(shown, background), `${line.join()} on ${name}`).toBeGreaterThanOrEqual(3);
      }
    }
  });

  it('land and sea can be told apart, and so can coasts and borders from the land', () => {
    expect(deltaE(backgrounds.land, backgrounds.ocean)).toBeGreaterThan(5);
    expect(deltaE(rgbOfHex(p.coast), backgrounds.ocean)).toBeGreaterThan(10);
    expect(deltaE(rgbOfHex(p.border), backgrounds.land)).toBeGreaterThan(10);
    expect(deltaE(rgbOfHex(p.landHighlight), backgrounds.land)).toBeGreaterThan(5);
  });

  it.each(tiers)('tier %s differs from every other tier, also to colour-blind eyes', (tier, c) => {
    for (const [other, d] of tiers) {
      if (other === tier) continue;
      expect(deltaE(rgb(c), rgb(d)), `tier ${other}`).toBeGreaterThan(DISTINCT);
      expect(worstDeltaE(rgb(c), rgb(d)), `tier ${other}`).toBeGreaterThan(DISTINCT_DICHROMAT);
    }
  });

  it.each(tiers)('tier %s is not the plain-flow blue nor an anomaly-score colour', (_, c) => {
    for (const reference of [p.flow, ...p.score, scoreColor(0.25, p.score)]) {
      const why = reference.join();
      expect(deltaE(rgb(c), rgb(reference)), why).toBeGreaterThan(DISTINCT);
      expect(worstDeltaE(rgb(c), rgb(reference)), why).toBeGreaterThan(DISTINCT_DICHROMAT);
    }
  });
});

describe('the two themes', () => {
  it('are a dark screen map and a light printed one', () => {
    expect(luminance(rgbOfHex(MAP_PALETTES.dark.land))).toBeLessThan(0.05);
    expect(luminance(rgbOfHex(MAP_PALETTES.light.land))).toBeGreaterThan(0.8);
    expect(luminance(rgbOfHex(MAP_PALETTES.light.ocean))).toBeGreaterThan(0.6);
    expect(luminance(rgb(MAP_PALETTES.light.label))).toBeLessThan(0.05);
  });

  it('keep the dark map as it was (the browser tests look for these pixels)', () => {
    expect(DARK_THEME).toBe(MAP_PALETTES.dark);
    expect(rgbOfHex(DARK_THEME.ocean)).toEqual([10, 18, 32]);
    expect(rgbOfHex(DARK_THEME.land)).toEqual([27, 36, 51]);
    expect(DARK_THEME.flow).toEqual(FLOW_COLOR);
    expect(DARK_THEME.score).toEqual(SCORE_STOPS);
    expect(scoreColor(1)).toEqual(SCORE_STOPS[2]);
  });

  it('draw the print map with a darker flow blue', () => {
    const [dark, light] = [MAP_PALETTES.dark.flow, MAP_PALETTES.light.flow].map(rgb);
    expect(luminance(light as Rgb)).toBeLessThan(luminance(dark as Rgb) / 2);
  });
});
