/**
 * `npm test`: every stage runs, whatever the one before did — type check, lint, format check,
 * unit tests, build, browser tests — so that one failure does not hide the others' results.
 * Prints a line per stage, then "N passed, N failed" over the test runs (CI reads that line),
 * and exits with 1 if any stage failed. The browser tests need the build, so they are marked
 * as not run when it fails.
 */
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { countTests } from './test-summary';

interface Stage {
  name: string;
  command: string;
  needs?: string;
}

const STAGES: readonly Stage[] = [
  { name: 'type check', command: 'tsc --noEmit -p .' },
  { name: 'lint', command: 'eslint .' },
  { name: 'format', command: 'prettier --check .' },
  { name: 'unit tests', command: 'vitest run' },
  { name: 'build', command: 'vite build' },
  {
    name: 'browser tests',
    command: 'vitest run --config vitest.browser.config.ts',
    needs: 'build',
  },
];

rmSync('results', { recursive: true, force: true });
const outcome = new Map<string, { passed: boolean; text: string }>();
for (const stage of STAGES) {
  if (stage.needs && !outcome.get(stage.needs)?.passed) {
    outcome.set(stage.name, { passed: false, text: `not run (${stage.needs} failed)` });
    continue;
  }
  console.log(`\n=== ${stage.name}: ${stage.command}\n`);
  const started = Date.now();
  const run = spawnSync(`npx --no-install ${stage.command}`, { shell: true, stdio: 'inherit' });
  const seconds = Math.round((Date.now() - started) / 1000);
  const passed = run.status === 0;
  outcome.set(stage.name, { passed, text: `${passed ? 'passed' : 'FAILED'} in ${seconds} s` });
}

console.log('\n=== npm test\n');
for (const [name, { text }] of outcome) console.log(`${name.padEnd(14)} ${text}`);
const stagesFailed = [...outcome.values()].filter((r) => !r.passed).length;
const { failed, line } = countTests();
console.log(`\n${line}`);
process.exitCode = stagesFailed > 0 || failed > 0 ? 1 : 0;
