import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB } from '../../scripts/lib/node-duckdb';
import { parseManifest, type DataSetManifest } from '../../src/data/manifest';
import {
  loadThrough,
  shownData,
  startHarness,
  waitForDataStatus,
  waitForFlows,
  type Harness,
} from './harness';

const SAMPLE = 'public/sample/trade-sample.parquet';

let harness: Harness;
let folder: string;
let manifest: DataSetManifest;
beforeAll(async () => {
  harness = await startHarness();
  folder = mkdtempSync(join(tmpdir(), 'parts-'));
  // Written the way a deployer would: the ingest, from the sample's Parquet file.
  const run = spawnSync(
    'npx',
    ['tsx', 'scripts/ingest.ts', SAMPLE, '--out', join(folder, 'manifest.json')],
    { encoding: 'utf8' },
  );
  expect(run.status, run.stderr).toBe(0);
  manifest = parseManifest(readFileSync(join(folder, 'manifest.json'), 'utf8'));
});
afterAll(async () => {
  await harness?.close();
  rmSync(folder, { recursive: true, force: true });
});

/**
 * Serves the folder at `/parts/` on the page's own origin, each file as written unless
 * `replace` gives other bytes for it, and records each path served.
 */
function servingParts(served: string[], replace: Record<string, Buffer> = {}) {
  return (page: Page) =>
    page.route(
      (url) => url.pathname.startsWith('/parts/'),
      (route) => {
        const path = decodeURIComponent(new URL(route.request().url()).pathname.slice(7));
        served.push(path);
        return route.fulfill({ body: replace[path] ?? readFileSync(join(folder, path)) });
      },
    );
}

const marks = (page: Page, name: string) =>
  page.evaluate(
    (name) => performance.getEntriesByName(name).map((m) => (m as PerformanceMark).detail),
    name,
  );

describe('a data set in parts, opened by its manifest', () => {
  it("loads only the dual-use goods' part, shows what the whole file shows, says what it left, and loads it when asked", async () => {
    const files = manifest.parts.map((part) => `'${join(folder, part.path)}'`);
    const db = await openNodeDuckDB();
    const [sql] = await db.query(`SELECT
      (SELECT count(*)::DOUBLE FROM ${files[0]}) AS listed,
      (SELECT count(*)::DOUBLE FROM read_parquet([${files.slice(1).join(', ')}])) AS others`);
    db.close();

    const whole = await shownData((await harness.visit('/')).page);
    const served: string[] = [];
    const app = await harness.open('/?data=./parts/manifest.json', {
      beforeLoad: servingParts(served),
    });
    const shown = await shownData(app.page);
    expect(served.sort()).toEqual(['group=chpl/part-0.parquet', 'manifest.json']);
    expect(shown.rows).toBe(sql?.listed);
    // Every dual-use good is in the part loaded, so the map's flows are the whole file's.
    expect(shown.total).toBe(whole.total);
    const status = app.page.getByTestId('status');
    expect(await status.textContent()).toContain(
      `The ${manifest.parts.length - 1} parts of other goods (${Number(sql?.others).toLocaleString('en')} rows)`,
    );
    // The first view stored in the manifest was drawn, and is what the data then gave.
    expect(await marks(app.page, 'tdc:first-view-checked')).toEqual([{ same: true }]);
    expect(await app.page.getByTestId('synthetic-badge').count()).toBe(0);

    // Asked for, the parts left come too, added to the rows loaded: every row of the data set
    // once, nothing left, and the part loaded first not fetched again.
    served.length = 0;
    const trace = await loadThrough(app.page, () => app.page.getByTestId('load-parts').click());
    expect(trace.state).toBe('ready');
    expect(Number(await status.getAttribute('data-rows'))).toBe(manifest.rows);
    expect(manifest.rows).toBe(Number(sql?.listed) + Number(sql?.others));
    expect(served.sort()).toEqual(
      manifest.parts.filter((part) => part.group !== 'chpl').map((part) => part.path),
    );
    expect(await status.textContent()).not.toContain('parts of other goods');
    expect(await app.page.getByTestId('load-parts').count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('loads the parts a view of other goods needs, saying so, and says which would not fit', async () => {
    const file = (group: string) => `'${join(folder, `group=${group}/part-0.parquet`)}'`;
    const db = await openNodeDuckDB();
    const [rows] = await db.query(`SELECT (SELECT count(*)::DOUBLE FROM ${file('chpl')}) AS chpl,
      (SELECT count(*)::DOUBLE FROM ${file('73')}) AS c73,
      (SELECT desc_en FROM read_csv('data/reference/hs.csv', all_varchar = true)
        WHERE hs = '73') AS chapter`);
    // An analysis by chapter needs the rest of the chapters the dual-use rows fall under.
    const chapters = await db.query(
      `SELECT DISTINCT substr(hs, 1, 2) AS chapter FROM ${file('chpl')} ORDER BY chapter`,
    );
    db.close();
    const completing = manifest.parts.filter((part) =>
      chapters.some((row) => row.chapter === part.group),
    );
    expect(completing.length).toBeGreaterThan(0);
    const [listed, c73] = [Number(rows?.chpl), Number(rows?.c73)];

    // A link to chapter 73's goods (iron and steel articles, none of them dual-use).
    const served: string[] = [];
    const app = await harness.open('/?data=./parts/manifest.json&prod=73', {
      beforeLoad: servingParts(served),
    });
    const status = app.page.getByTestId('status');
    const rowsShown = async () => Number(await status.getAttribute('data-rows'));
    await expect.poll(rowsShown, { timeout: 180_000 }).toBe(listed + c73);
    expect(await waitForDataStatus(app.page)).toBe('ready');
    // Each once: the part of chapter 73 is added to the rows of the first.
    expect(served.sort()).toEqual([
      'group=73/part-0.parquet',
      'group=chpl/part-0.parquet',
      'manifest.json',
    ]);
    // The flows of chapter 73 are the whole file's.
    const whole = await shownData((await harness.visit('/?prod=73')).page);
    await waitForFlows(app.page);
    expect(Number(whole.total)).toBeGreaterThan(0);
    expect(await app.page.getByTestId('legend-summary').getAttribute('data-total-usd')).toBe(
      whole.total,
    );
    expect(await app.page.locator('#legend-title').textContent()).toBe(
      `Taiwan's exports: HS 73: ${rows?.chapter}`,
    );

    // The analysis by chapter: the rest of those chapters come, and the status line says why.
    served.length = 0;
    await app.page.getByTestId('corridor-list').getByText('Analysis settings').click();
    const trace = await loadThrough(app.page, () =>
      app.page.getByTestId('setting-level').selectOption('2'),
    );
    expect(trace.state).toBe('ready');
    const needed = completing.map((part) => part.group).join(', ');
    const neededRows = completing.reduce((sum, part) => sum + part.rows, 0);
    expect(trace.texts.join('\n')).toContain(
      `This view needs goods left on the server, in the parts ${needed} ` +
        `(${neededRows.toLocaleString('en')} rows): loading them`,
    );
    expect(await rowsShown()).toBe(listed + c73 + neededRows);
    // Only theirs: the rows loaded before stay, and the new ones are added once.
    expect(served.sort()).toEqual(completing.map((p) => p.path).sort());
    expect(app.pageErrors).toEqual([]);
  });

  it('does not fetch a part a view needs that would not fit, and says what is left out', async () => {
    const huge = manifest.parts.map((part) =>
      part.group === '73' ? { ...part, rows: 200_000_000 } : part,
    );
    const fetched: string[] = [];
    const big = await harness.open('/?data=./parts/manifest.json&prod=73', {
      beforeLoad: servingParts(fetched, {
        'manifest.json': Buffer.from(JSON.stringify({ ...manifest, parts: huge })),
      }),
    });
    await expect
      .poll(() => big.page.getByTestId('status').textContent(), { timeout: 180_000 })
      .toContain(
        'This view needs goods left on the server, in the parts 73 (200,000,000 rows), ' +
          'which would need more memory than this device allows a load',
      );
    expect(fetched).not.toContain('group=73/part-0.parquet');
    expect(Number(await big.page.getByTestId('status').getAttribute('data-rows'))).toBe(
      manifest.parts[0]?.rows,
    );
    expect(big.pageErrors).toEqual([]);
  });

  it('still says what stays on the server once files are added, and that it cannot join them', async () => {
    const served: string[] = [];
    const app = await harness.open('/?data=./parts/manifest.json', {
      beforeLoad: servingParts(served),
    });
    expect(await waitForDataStatus(app.page)).toBe('ready');
    await app.page.getByLabel('Add to current data').check();
    const added = await loadThrough(app.page, () =>
      app.page
        .getByTestId('file-input')
        .setInputFiles(['test/fixtures/ingest/comtrade-plus-490-8542-2021.csv']),
    );
    expect(added.state).toBe('ready');
    const status = app.page.getByTestId('status');
    const others = manifest.parts.filter((part) => part.group !== 'chpl');
    const othersRows = others.reduce((sum, part) => sum + part.rows, 0).toLocaleString('en');
    const text = await status.textContent();
    expect(text).toContain(`The ${others.length} parts of other goods (${othersRows} rows)`);
    expect(text).toContain(
      'They cannot be joined to the files added to this data set: open the data set again',
    );
    expect(await app.page.getByTestId('load-parts').count()).toBe(0);

    // A view of chapter 73 says that it leaves that part out, and does not fetch it (a load of
    // parts would read the data set afresh, without the file added).
    served.length = 0;
    const c73 = manifest.parts.find((part) => part.group === '73')?.rows.toLocaleString('en');
    await app.page.evaluate((url) => {
      window.history.pushState(null, '', url);
      window.dispatchEvent(new PopStateEvent('popstate'));
    }, '/?data=./parts/manifest.json&prod=73');
    await expect
      .poll(() => status.textContent())
      .toContain(
        `This view needs goods left on the server, in the parts 73 (${c73} rows), which ` +
          'cannot be joined to the files added to this data set: what is shown leaves them out',
      );
    expect(served).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('does not offer the other parts when the whole data set would not fit in the tab', async () => {
    // As a full HS-6 extract would be: 200 million rows of other goods (12 columns of at
    // least 8 bytes each: 19 GB, past the 3 GB a load may take).
    const [listed, first, ...rest] = manifest.parts;
    const huge = { ...first, rows: 200_000_000 };
    const rows = manifest.rows - (first?.rows ?? 0) + huge.rows;
    const bigger = { ...manifest, rows, parts: [listed, huge, ...rest] };
    const app = await harness.open('/?data=./parts/manifest.json', {
      beforeLoad: servingParts([], { 'manifest.json': Buffer.from(JSON.stringify(bigger)) }),
    });
    expect(await waitForDataStatus(app.page)).toBe('ready');
    const status = await app.page.getByTestId('status').textContent();
    expect(status).toContain('(200,');
    expect(status).toContain('would need more memory than this device allows a load');
    expect(await app.page.getByTestId('load-parts').count()).toBe(0);
    expect(app.pageErrors).toEqual([]);
  });

  it('says that nothing is at an address a host answers with its web page', async () => {
    // A static host's fallback for a missing file: its home page, with status 200.
    const app = await harness.open('/?data=./moved/manifest.json', {
      beforeLoad: (page) =>
        page.route(
          (url) => url.pathname === '/moved/manifest.json',
          (route) =>
            route.fulfill({ contentType: 'text/html', body: '<!doctype html><title>Home</title>' }),
        ),
    });
    expect(await waitForDataStatus(app.page)).toBe('failed');
    expect(await app.page.getByTestId('status').textContent()).toMatch(
      /the server answered http:\/\/[^ ]+\/moved\/manifest\.json with a web page, not a data file/,
    );
    expect(await app.page.getByTestId('no-data').count()).toBe(1);
    expect(app.pageErrors).toEqual([]);
  });

  it('refuses a part changed after the manifest was written, and a manifest of another kind', async () => {
    const path = 'group=chpl/part-0.parquet';
    const changed = Buffer.from(readFileSync(join(folder, path)));
    const middle = changed.length >> 1;
    changed.writeUInt8(changed.readUInt8(middle) ^ 0xff, middle);
    const cases = [
      {
        replace: { [path]: changed },
        // Named, with the checksum the manifest gives it and the one its bytes have.
        says: new RegExp(
          `the part group=chpl/part-0\\.parquet is not the one the manifest lists \\(the ` +
            `manifest says SHA-256 ${manifest.parts[0]?.sha256.slice(0, 12)}…, the file has [0-9a-f]{12}…\\)`,
        ),
      },
      {
        replace: {
          'manifest.json': Buffer.from(JSON.stringify({ ...manifest, format: 'other/1' })),
        },
        says: /not a manifest of a data set in parts.*format/,
      },
    ];
    for (const { replace, says } of cases) {
      const app = await harness.open('/?data=./parts/manifest.json', {
        beforeLoad: servingParts([], replace),
      });
      expect(await waitForDataStatus(app.page)).toBe('failed');
      await expect.poll(() => app.page.getByTestId('status').textContent()).toMatch(says);
      expect(await app.page.getByTestId('no-data').count()).toBe(1);
      expect(app.pageErrors).toEqual([]);
    }
  });
});
