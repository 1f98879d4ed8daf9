import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../scripts/lib/node-duckdb';
import {
  loadThrough,
  startHarness,
  waitForDataStatus,
  type AppPage,
  type Harness,
} from './harness';

const FIXTURES = 'test/fixtures/ingest';
const OWN_LAYOUT = `${FIXTURES}/tw-customs-own-layout.csv`;
const MAPPING_JSON = `${FIXTURES}/tw-customs-own-layout.mapping.json`;
const TITLE = 'Map the columns of tw-customs-own-layout.csv';

let harness: Harness;
let sampleRows = 0;

beforeAll(async () => {
  harness = await startHarness();
  const db = await openNodeDuckDB();
  const [sample] = await db.query(`SELECT count(*) AS n FROM 'public/sample/trade-sample.parquet'`);
  sampleRows = Number(sample?.n);
  db.close();
});
afterAll(async () => {
  await harness?.close();
});

/** Drops a file on the page as a user drags it from the desktop. */
async function drop(page: Page, path: string) {
  const file = { name: basename(path), bytes: [...readFileSync(path)] };
  await page.evaluate(({ name, bytes }) => {
    const data = new DataTransfer();
    data.items.add(new File([new Uint8Array(bytes)], name, { type: 'text/csv' }));
    for (const type of ['dragenter', 'dragover', 'drop'])
      window.dispatchEvent(
        new DragEvent(type, { dataTransfer: data, bubbles: true, cancelable: true }),
      );
  }, file);
}

/** The rows in the loaded dataset, as the status line says. */
const loadedRows = async (app: AppPage) =>
  Number(await app.page.getByTestId('status').getAttribute('data-rows'));

describe("a table in an analyst's own layout", () => {
  let app: AppPage;
  beforeAll(async () => {
    app = await harness.open('/');
    // The sample's first load: long on a machine shared by several test runs.
    await waitForDataStatus(app.page, 180_000);
  });
  const dialog = () => app.page.getByRole('dialog', { name: TITLE });

  it('opens the mapping dialog with its columns; Cancel keeps the sample loaded', async () => {
    const { state } = await loadThrough(app.page, () => drop(app.page, OWN_LAYOUT));
    expect(state).toBe('failed');
    await dialog().waitFor();
    const focusInside = await app.page.evaluate(
      () => document.activeElement?.closest('[role=dialog]') !== null,
    );
    expect(focusInside).toBe(true);
    const country = dialog().getByRole('row', { name: /^Country/ });
    expect(await country.textContent()).toContain('吉爾吉斯 · 吉爾吉斯 · 俄羅斯');
    await dialog().getByRole('button', { name: 'Cancel' }).click();
    await dialog().waitFor({ state: 'detached' });
    expect(await loadedRows(app)).toBe(sampleRows);
    expect(await app.page.getByTestId('status').textContent()).toContain(
      'The data loaded before is still shown.',
    );
  });

  it('maps the columns, previews the rows, and loads the figures worked out by hand', async () => {
    await loadThrough(app.page, () => drop(app.page, OWN_LAYOUT));
    const d = dialog();
    await d.getByLabel('Year', { exact: true }).selectOption({ label: 'Year' });
    await d.getByLabel('Partner', { exact: true }).selectOption({ label: 'Country' });
    await d.getByLabel('HS code', { exact: true }).selectOption({ label: 'HS Code' });
    await d.getByLabel('Value', { exact: true }).selectOption({ label: 'Export Value (USD)' });
    await d.getByLabel('Values are in').selectOption({ label: 'US dollars' });
    await d.getByLabel('Reporter', { exact: true }).selectOption({ label: 'A fixed value…' });
    await d.getByLabel('Fixed value of Reporter').fill('TWN');
    await d.getByLabel('Trade flow', { exact: true }).selectOption({ label: 'A fixed value…' });
    await d.getByLabel('Fixed value of Trade flow').fill('X');

    // The preview reads the file's 14 lines: the Total line is left out, 其他國家 is kept as
    // "other countries" (XNS), and the two codes of KGZ 2022 are summed
    // (test/ingest/user-mapping.test.ts): 14 − 1 − 1 = 12.
    const totals = d.getByTestId('mapping-preview-totals');
    await expect
      .poll(() => totals.textContent())
      .toBe('Of the first 14 rows, 12 would be loaded and 1 left out.');
    const skipped = d.getByTestId('mapping-preview-skipped');
    expect(await skipped.locator('[data-code=partner_unmapped]').count()).toBe(0);
    expect(await skipped.locator('[data-code=period_unreadable]').textContent()).toContain(
      'tw-customs-own-layout.csv, line 15: Total',
    );
    const first = d.getByTestId('mapping-preview-rows').locator('tbody tr').first();
    expect(await first.textContent()).toBe('2022TWNAREX84571095,000'); // line 6

    // The export is the JSON the command line reads.
    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      d.getByRole('button', { name: 'Export mapping (JSON)' }).click(),
    ]);
    const exported = readFileSync((await download.path()) ?? '', 'utf8');
    expect(exported).toBe(readFileSync(MAPPING_JSON, 'utf8'));

    await d.getByLabel('Preset name').fill('Customs by country');
    await d.getByRole('button', { name: 'Save as preset' }).click();
    await expect
      .poll(() => d.getByRole('status').textContent())
      .toContain('Saved as “Customs by country”');

    const { state } = await loadThrough(app.page, () =>
      d.getByRole('button', { name: 'Load', exact: true }).click(),
    );
    expect(state).toBe('ready');
    expect(await loadedRows(app)).toBe(12);
    expect(await dialog().count()).toBe(0);
    const report = app.page.getByTestId('ingest-report');
    expect(await report.getByTestId('report-totals').textContent()).toContain(
      '14 rows read, 12 in the dataset, 1 skipped, 1 rows summed (customs codes to HS-6, residual partners)',
    );
    // 2022: 2,407,300; 2023: 2,372,700 (other countries' 7,000 included); 2025,
    // January–August: 2,442,100 (US$).
    expect(await report.getByRole('row', { name: /^2022 annual/ }).textContent()).toContain(
      'US$2.41M',
    );
    expect(await report.getByRole('row', { name: /^2023 annual/ }).textContent()).toContain(
      'US$2.37M',
    );
    expect(await report.getByRole('row', { name: /^2025 partial year/ }).textContent()).toContain(
      'US$2.44M',
    );
  });

  it('offers the saved preset when the same columns come again: one click loads', async () => {
    await loadThrough(app.page, () => app.page.getByTestId('use-sample').click());
    expect(await loadedRows(app)).toBe(sampleRows);
    await loadThrough(app.page, () => drop(app.page, OWN_LAYOUT));
    const offer = dialog().getByTestId('mapping-preset');
    expect(await offer.textContent()).toContain(
      'Your saved mapping “Customs by country” fits the columns of this file.',
    );
    const { state } = await loadThrough(app.page, () =>
      offer.getByRole('button', { name: 'Load with “Customs by country”' }).click(),
    );
    expect(state).toBe('ready');
    expect(await loadedRows(app)).toBe(12);
  });

  it('closes on Escape, keeping the data, and loads a mapping imported from its JSON file', async () => {
    await loadThrough(app.page, () => drop(app.page, OWN_LAYOUT));
    await dialog().waitFor();
    await app.page.keyboard.press('Escape');
    await dialog().waitFor({ state: 'detached' });
    expect(await loadedRows(app)).toBe(12);

    await loadThrough(app.page, () => app.page.getByTestId('use-sample').click());
    await loadThrough(app.page, () => drop(app.page, OWN_LAYOUT));
    await dialog().getByTestId('mapping-import').setInputFiles(MAPPING_JSON);
    await expect
      .poll(() => dialog().getByRole('status').textContent())
      .toBe('Mapping read from tw-customs-own-layout.mapping.json.');
    const { state } = await loadThrough(app.page, () =>
      dialog().getByRole('button', { name: 'Load', exact: true }).click(),
    );
    expect(state).toBe('ready');
    expect(await loadedRows(app)).toBe(12);
    expect(app.pageErrors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
  });
});
