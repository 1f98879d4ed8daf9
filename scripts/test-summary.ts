/**
 * Prints one closing line over the unit and browser test runs, "N passed, N failed", read
 * from the JSON reports vitest writes to results/. CI reads this line.
 */
import { existsSync, readFileSync } from 'node:fs';

const REPORTS = ['results/unit.json', 'results/browser.json'];

interface VitestReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
}

let passed = 0;
let failed = 0;
let skipped = 0;
for (const path of REPORTS) {
  if (!existsSync(path)) {
    console.log(`${path}: missing (that run did not happen)`);
    failed += 1;
    continue;
  }
  const report = JSON.parse(readFileSync(path, 'utf8')) as VitestReport;
  passed += report.numPassedTests;
  failed += report.numFailedTests;
  skipped += report.numPendingTests;
}
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exitCode = failed > 0 ? 1 : 0;
