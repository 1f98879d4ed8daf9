/**
 * Counts the tests of the unit and browser runs, "N passed, N failed", from the JSON reports
 * vitest writes to results/. A report that is missing (that run did not happen) counts as one
 * failure, so that a stage that never ran cannot read as green.
 */
import { existsSync, readFileSync } from 'node:fs';

const REPORTS = ['results/unit.json', 'results/browser.json'];

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}

/** The counts over both runs, and the closing line CI reads. */
export function countTests(): { passed: number; failed: number; skipped: number; line: string } {
  let passed = 0;
  let failed = 0;
  let skipped = 0;
  const missing: string[] = [];
  for (const path of REPORTS) {
    if (!existsSync(path)) {
      missing.push(`${path}: missing (that run did not happen)`);
      failed += 1;
      continue;
    }
    const report = JSON.parse(readFileSync(path, 'utf8')) as VitestReport;
    passed += report.numPassedTests;
    failed += report.numFailedTests;
    skipped += report.numPendingTests;
  }
  const counts = `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`;
  return { passed, failed, skipped, line: [...missing, counts].join('\n') };
}
