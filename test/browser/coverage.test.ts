import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import countryGroups from '../../data/reference/country-groups.json';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { startHarness, waitForDataStatus, type AppPage, type Harness } from './harness';

const SAMPLE = 'public/sample/trade-sample.parquet';
const GROUP = countryGroups.intermediaries_of_concern.members;

let harness: Harness;
let db: NodeDuckDB;
/** The panel open on the sample in English, shared by the tests that only read it. */
let english: AppPage;
beforeAll(async () => {
  db = await openNodeDuckDB();
  harness = await startHarness();
  english = await openCoverage();
});
afterAll(async () => {
  await harness?.close();
  db?.close();
});

/** One number from a query over the sample, written without the app's code. */
async function count(sql: string, params: (string | number)[] = []): Promise<number> {
  const [row] = await db.query(sql, params);
  return Number(row?.n);
}

/**
 * How a cell should read, from the sample alone: the months of `year` in which the exporter
 * filed any export or the importer any import (the data ends in June 2025), by partner unless
 * the leg is to the World, whether the exporter filed at all, and whether the pair has rows.
 */
async function expectedCell(from: string, to: string, year: number): Promise<string> {
  const byPartner = to === 'WLD' ? '' : `AND partner <> 'WLD'`;
  const months = (who: string, flows: string) =>
    `SELECT DISTINCT month(period) AS m FROM '${SAMPLE}'
     WHERE year(period) = ${year} AND reporter = '${who}' AND flow IN (${flows}) ${byPartner}`;
  const known = await count(
    `SELECT count(*) AS n FROM (${months(from, "'X','RX'")} UNION ${months(to, "'M','RM'")})`,
  );
  const exporter = await count(`SELECT count(*) AS n FROM (${months(from, "'X','RX'")})`);
  const rows = await count(
    `SELECT count(*) AS n FROM '${SAMPLE}' WHERE year(period) = ${year}
     AND (reporter = ? AND partner = ? AND flow IN ('X','RX')
       OR reporter = ? AND partner = ? AND flow IN ('M','RM'))`,
    [from, to, to, from],
  );
  if (known === 0) return 'missing';
  const expected = year === 2025 ? 6 : 12;
  const marks = [...(exporter === 0 ? ['mirror'] : []), ...(rows === 0 ? ['no rows'] : [])];
  return [`${known}/${expected} mo`, ...marks].join(' · ');
}

async function openCoverage(path = '/'): Promise<AppPage> {
  const app = await harness.open(path, { viewport: { width: 1440, height: 900 } });
  expect(await waitForDataStatus(app.page)).toBe('ready');
  await app.page.getByTestId('coverage-open').click();
  await app.page.locator('[data-testid=coverage][aria-busy=false]').waitFor();
  return app;
}

const cell = (app: AppPage, leg: string, route: string, year: number) =>
  app.page
    .locator(`table[data-leg=${leg}] tr[data-route="${route}"] td[data-year="${year}"]`)
    .textContent();

describe('what the data covers', () => {
  it('shows each leg year by year as the sample holds it, in words', async () => {
    const app = english;
    const checks: [string, string, string, number][] = [
      ['first', 'TWN', 'KGZ', 2022],
      ['first', 'TWN', 'TJK', 2019],
      ['second', 'KGZ', 'RUS', 2023],
      ['second', 'BRA', 'RUS', 2020],
      ['second', 'BRA', 'RUS', 2023],
      ['world', 'TJK', 'WLD', 2021],
      ['direct', 'TWN', 'RUS', 2025],
    ];
    for (const [leg, from, to, year] of checks) {
      expect(await cell(app, leg, `${from}>${to}`, year), `${from}>${to} ${year}`).toBe(
        await expectedCell(from, to, year),
      );
    }
    // Russia's imports from Brazil before 2022 are the only figures of that leg: mirror only.
    expect(await cell(app, 'second', 'BRA>RUS', 2020)).toBe('12/12 mo · mirror · no rows');
    // The legend says each state in words, not by colour alone.
    const legend = await app.page.locator('.coverage-legend').textContent();
    for (const word of ['monthly', 'annual', 'partial', 'mirror', 'missing'])
      expect(legend).toContain(word);
    expect(app.pageErrors).toEqual([]);
    expect(app.externalRequests).toEqual([]);
  });

  it('downloads the plan: the intermediaries the sample lacks, in one UN Comtrade query', async () => {
    const app = english;
    // The intermediaries of concern that never report an export in the sample.
    const silent = await db.query(
      `SELECT c.name_en AS name, c.un_code AS un FROM read_csv('data/reference/countries.csv', all_varchar = true) c
       WHERE list_contains(string_split(?, ','), c.iso3)
         AND c.iso3 NOT IN (SELECT DISTINCT reporter FROM '${SAMPLE}' WHERE flow = 'X')
       ORDER BY c.iso3`,
      [GROUP.join(',')],
    );
    expect(silent.length).toBeGreaterThan(0);
    const [span] = await db.query(
      `SELECT min(year(period)) AS first, strftime(max(period), '%Y-%m') AS last FROM '${SAMPLE}'`,
    );
    const summary = await app.page.getByTestId('coverage-summary').textContent();
    // Each silent intermediary misses its two second legs and its world leg in every year.
    const years = 2025 - Number(span?.first) + 1;
    expect(summary).toContain(`2 queries (${2 * years} downloads)`);

    const [download] = await Promise.all([
      app.page.waitForEvent('download'),
      app.page.getByTestId('coverage-download').click(),
    ]);
    expect(download.suggestedFilename()).toBe(
      `taiwan-dual-use_coverage-plan_${span?.first}_${span?.last}.md`,
    );
    const text = await readFile(await download.path(), 'utf8');
    expect(text).toMatch(/^# What the data covers, and what to download\n/);
    const reporters = silent.map((c) => `${c.name} (${Number(c.un)})`).join(', ');
    const c1 = `C1. ${reporters} exports to Belarus (112), Russia (643), World (0), HS: the 50 CHPL codes, monthly, ${span?.first}–2025`;
    expect(text).toContain(`#### ${c1}`);
    // The panel lists the same query.
    expect(
      await app.page.locator('[data-testid=coverage-plan] li[data-query=C1] strong').textContent(),
    ).toBe(c1);
    // Taiwan's customs, for the intermediaries of concern Taiwan never exports to in the sample.
    const unsold = await db.query(
      `SELECT c.name_en AS name FROM read_csv('data/reference/countries.csv', all_varchar = true) c
       WHERE list_contains(string_split(?, ','), c.iso3) AND c.iso3 NOT IN
         (SELECT DISTINCT partner FROM '${SAMPLE}' WHERE reporter = 'TWN' AND flow = 'X')
       ORDER BY c.iso3`,
      [GROUP.join(',')],
    );
    expect(text).toContain(
      `#### T1. Taiwan's exports to ${unsold.map((c) => c.name).join(', ')}, HS: the 50 CHPL codes, monthly, ${span?.first}–2025`,
    );
    expect(text).toContain("Russia reports nothing after 2021: use partners' exports (mirror).");
    expect(text).toContain('| Kyrgyzstan → Russia |');
    expect(app.externalRequests).toEqual([]);
  });

  it('speaks Chinese, and closes with Escape', async () => {
    const app = await openCoverage('/?lang=zh-TW');
    expect(
      await app.page.getByRole('dialog').getByRole('heading', { level: 2 }).textContent(),
    ).toBe('資料涵蓋範圍');
    expect(await cell(app, 'world', 'TJK>WLD', 2021)).toBe('缺漏');
    expect(await cell(app, 'second', 'KGZ>RUS', 2023)).toBe('12/12 月');
    await app.page.keyboard.press('Escape');
    await app.page.getByTestId('coverage').waitFor({ state: 'detached' });
    expect(
      await app.page.getByTestId('coverage-open').evaluate((b) => b === document.activeElement),
    ).toBe(true);
  });
});
