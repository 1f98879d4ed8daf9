/**
 * The bench's view change on a data set in parts that needs a part the page left on the
 * server: timed to the app at rest, with what the status line said meanwhile.
 */
import type { Page } from 'playwright-core';
import { translate } from '../../src/i18n';

/**
 * A view change that needs goods a data set in parts left on the server: the products of one
 * HS chapter, whose part (`group`, of `rows` rows in the manifest) the page must fetch and add.
 */
export interface PartChange {
  products: string[];
  group: string;
  rows: number;
}

/** What such a change took: to the app at rest, the rows it added, what the status said. */
export interface PartLoad {
  ms: number;
  rows: number;
  /** Whether the status line said, while the part was loading, that it was loading it. */
  said: boolean;
}

/** The rows the status line says are loaded. */
const rowsLoaded = async (page: Page) =>
  Number(await page.getByTestId('status').getAttribute('data-rows'));

/**
 * Applies `change`, which needs the part `group` left on the server, and times it to the app
 * at rest, recording meanwhile whether the status line, while loading, named that part.
 */
export async function timePartLoad(
  page: Page,
  change: PartChange,
  timeoutMs: number,
): Promise<PartLoad> {
  const before = await rowsLoaded(page);
  await page.evaluate(() => {
    const status = document.querySelector('[data-testid=status]');
    if (!status) throw new Error('no status line');
    const seen: string[] = [];
    (window as unknown as { __statusSeen: string[] }).__statusSeen = seen;
    // (No named function in here: the bench's TypeScript runner would wrap it in a helper
    // that the page does not have.)
    new MutationObserver(() => {
      if (status.getAttribute('data-state') === 'loading') seen.push(status.textContent ?? '');
    }).observe(status, {
      attributes: true,
      characterData: true,
      childList: true,
      subtree: true,
    });
  });
  const { ms } = await page.evaluate(
    ([products, timeout]) => {
      if (!window.__tdcBench) throw new Error('window.__tdcBench is missing');
      return window.__tdcBench.setView({ products }, timeout);
    },
    [change.products, timeoutMs] as const,
  );
  const seen = await page.evaluate(
    () => (window as unknown as { __statusSeen: string[] }).__statusSeen,
  );
  const rows = (await rowsLoaded(page)) - before;
  if (rows !== change.rows)
    throw new Error(`${JSON.stringify(change)} added ${rows} rows, not the part's`);
  const saying = translate('en', 'status.viewPartsLoading', {
    groups: change.group,
    rows: change.rows,
  });
  return { ms, rows, said: seen.some((text) => text.includes(saying)) };
}
