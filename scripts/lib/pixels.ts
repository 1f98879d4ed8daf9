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
