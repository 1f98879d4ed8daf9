import type { Page } from 'playwright-core';
import { PNG } from 'pngjs';

/** A screenshot of the map area, decoded. */
export async function mapPixels(page: Page): Promise<PNG> {
  const buffer = await page.getByTestId('map').screenshot();
  return PNG.sync.read(buffer);
}

/** Counts pixels within `tolerance` (per channel) of an RGB colour. */
export function countColor(png: PNG, [r, g, b]: readonly number[], tolerance = 40): number {
  let count = 0;
  for (let i = 0; i < png.data.length; i += 4) {
    if (
      Math.abs((png.data[i] ?? 0) - (r ?? 0)) <= tolerance &&
      Math.abs((png.data[i + 1] ?? 0) - (g ?? 0)) <= tolerance &&
      Math.abs((png.data[i + 2] ?? 0) - (b ?? 0)) <= tolerance
    ) {
      count += 1;
    }
  }
  return count;
}

/** How many distinct colours an image has (a blank canvas has one or two). */
export function distinctColors(png: PNG): number {
  const colors = new Set<number>();
  for (let i = 0; i < png.data.length; i += 4) {
    colors.add(((png.data[i] ?? 0) << 16) | ((png.data[i + 1] ?? 0) << 8) | (png.data[i + 2] ?? 0));
  }
  return colors.size;
}

/** The RGB colour of the pixel at (x, y), rounded to the nearest pixel. */
export function pixelAt(png: PNG, x: number, y: number): number[] {
  const i = 4 * (Math.round(y) * png.width + Math.round(x));
  return [png.data[i] ?? 0, png.data[i + 1] ?? 0, png.data[i + 2] ?? 0];
}

/**
 * Pixels within `radius` of (x, y) that are none of the `basemap` colours (ocean, land, within
 * 14 per channel, so their borders too): what the map drew over its basemap there.
 */
export function drawnOn(
  png: PNG,
  x: number,
  y: number,
  radius: number,
  basemap: readonly (readonly number[])[],
): number {
  let drawn = 0;
  for (let dy = -radius; dy <= radius; dy += 1)
    for (let dx = -radius; dx <= radius; dx += 1) {
      const pixel = pixelAt(png, x + dx, y + dy);
      const isBasemap = basemap.some((c) => c.every((v, k) => Math.abs(v - (pixel[k] ?? 0)) <= 14));
      if (!isBasemap) drawn += 1;
    }
  return drawn;
}
