import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  startHarness,
  waitForDataStatus,
  waitForFlows,
  type AppPage,
  type Harness,
} from './harness';

const AXE = readFileSync('node_modules/axe-core/axe.min.js', 'utf8');

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

interface Violation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[] }[];
}

/** Runs axe-core (WCAG 2.1 A and AA rules) in the page; returns the serious and critical. */
async function seriousViolations(app: AppPage): Promise<string[]> {
  await app.page.addScriptTag({ content: AXE });
  const violations = (await app.page.evaluate(`(async () => {
    const result = await window.axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target })) }));
  })()`)) as Violation[];
  return violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.id} (${v.impact}): ${v.help} — ${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 4)
          .join(', ')}`,
    );
}

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it.each(['en', 'zh-TW'])('finds nothing serious on the workspace (%s)', async (lang) => {
    const app = await harness.open(`/?lang=${lang}`, { viewport: { width: 1440, height: 900 } });
    await waitForDataStatus(app.page);
    await waitForFlows(app.page);
    await app.page.getByTestId('corridor-list').locator('[data-key]').first().waitFor();
    expect(await seriousViolations(app)).toEqual([]);
  });
});
