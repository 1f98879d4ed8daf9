import { defineConfig } from 'vitest/config';

/**
 * Browser tests: Debian's Chromium, driven by playwright-core, against the production build.
 * Tests wait for states, never for moments; the timeouts only bound how long a state may take
 * on a loaded two-core machine with software WebGL.
 */
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'results/browser.json' }]],
    include: ['test/browser/**/*.test.ts'],
    // One browser at a time: the machine has two cores and WebGL is software-rendered.
    fileParallelism: false,
    testTimeout: 180_000,
    hookTimeout: 240_000,
    expect: { poll: { timeout: 30_000 } },
  },
});
