import { defineConfig } from 'vitest/config';

/**
 * Unit tests in Node. Timeouts are sized for a loaded two-core machine (a setup hook that
 * scores several generated worlds in DuckDB takes seconds, more when other work runs): tests
 * assert results, and speed is the bench's job.
 */
export default defineConfig({
  test: {
    reporters: ['default', ['json', { outputFile: 'results/unit.json' }]],
    include: ['test/**/*.test.ts'],
    exclude: ['test/browser/**'],
    testTimeout: 120_000,
    hookTimeout: 300_000,
    // Both cores (Vitest leaves one free by default): the suite takes about 15 % less.
    maxWorkers: 2,
  },
});
