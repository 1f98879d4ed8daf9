import { defineConfig } from 'vitest/config';

/** Browser tests: Debian's Chromium, driven by playwright-core, against the production build. */
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'results/browser.json' }]],
    include: ['test/browser/**/*.test.ts'],
    // One browser at a time: the machine has two cores and WebGL is software-rendered.
    fileParallelism: false,
    testTimeout: 90_000,
    hookTimeout: 120_000,
  },
});
