import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

/**
 * Flags for fast software WebGL (Mesa llvmpipe through ANGLE/EGL) in headless Chromium, and
 * for a browser that makes no background requests of its own. Not --disable-gpu: that would
 * fall back to SwiftShader, 5–10× slower.
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--headless',
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  '--disable-dev-shm-usage',
  '--use-gl=angle',
  '--use-angle=gl-egl',
  '--ignore-gpu-blocklist',
];

/** Debian's Chromium (or $CHROMIUM_PATH); Playwright cannot download browsers here. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(`Chromium not found at ${path}: install Debian's chromium (see .ci/run)`);
  }
  return path;
}

/** Starts headless Chromium with the fast software-GL flags, plus any `extraFlags`. */
export function launchChromium(extraFlags: readonly string[] = []): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath(),
    args: [...CHROMIUM_FLAGS, ...extraFlags],
  });
}
