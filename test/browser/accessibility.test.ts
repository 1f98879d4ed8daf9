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
  // Evaluated by the browser's debugging protocol: the app's Content-Security-Policy rightly
  // refuses an inline <script>.
  await app.page.evaluate(AXE);
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

/** Opens a page of the app and waits until what it shows is drawn. */
async function openPage(page: 'map' | 'brief' | 'report', lang: string): Promise<AppPage> {
  // One page for all, moved from view to view as the back and forward buttons move it.
  const app = await harness.visit(`/?lang=${lang}&page=${page}&step=3`, {
    viewport: { width: 1440, height: 900 },
  });
  if (page === 'report') {
    await app.page.locator('[data-basemap=ready]').waitFor();
  } else if (page === 'brief') {
    await app.page.getByTestId('brief-caption').waitFor();
    await app.page.waitForFunction(() => document.querySelector('canvas') !== null);
  } else {
    await waitForDataStatus(app.page);
    await waitForFlows(app.page);
    await app.page.getByTestId('corridor-list').locator('[data-key]').first().waitFor();
  }
  return app;
}

/**
 * Latin words left on a Chinese page, outside what is English on purpose (`lang="en"`: the
 * briefing editor's English fields) or not to be translated (`translate="no"`: saved views'
 * addresses).
 */
async function latinWords(app: AppPage): Promise<string[]> {
  return (await app.page.evaluate(`(() => {
    const words = new Set();
    const skip = '[lang="en"], [translate="no"], script, style, [hidden]';
    const add = (text) => (text.match(/[A-Za-z][A-Za-z'-]{2,}/g) || []).forEach((w) => words.add(w));
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      if (!n.parentElement.closest(skip)) add(n.textContent);
    }
    for (const el of document.querySelectorAll('[aria-label], [title], [placeholder], [alt]')) {
      if (el.closest(skip)) continue;
      for (const name of ['aria-label', 'title', 'placeholder', 'alt']) add(el.getAttribute(name) || '');
    }
    return [...words].sort();
  })()`)) as string[];
}

/**
 * What may stay Latin in Chinese: acronyms and names of sources (FinCEN, cited in the report,
 * and the EBRD paper's authors, cited as Chinese citations cite them),
 * formats and codes, the language switch's "English", key caps, data (file names, ISO-3 codes,
 * the briefing's id), and the product search's example of an English name.
 */
const PROPER =
  /^(CHPL|HS|CSV|JSON|PDF|PNG|UTC|CIF|FOB|UTF-?|ISO|US|UN|Comtrade|comtradeplus|org|BACI|CEPII|Natural|Earth|FinCEN|EBRD|Chupilkin|Javorcik|Plekhanov|English|Parquet|parquet|DuckDB|trade-sample|default|json|Page|Down|Esc|circuits|[A-Z]{3}|[0-9a-f]+)$/;

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  const pages = ['map', 'brief', 'report'] as const;
  for (const page of pages) {
    it.each(['en', 'zh-TW'])(`finds nothing serious on the ${page} page (%s)`, async (lang) => {
      const app = await openPage(page, lang);
      expect(await seriousViolations(app)).toEqual([]);
      if (lang === 'zh-TW') {
        expect((await latinWords(app)).filter((word) => !PROPER.test(word))).toEqual([]);
      }
    });
  }
});
