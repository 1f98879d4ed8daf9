import { readFileSync } from 'node:fs';
import type { Request } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { GOOD_FIXTURES } from '../ingest/helpers';
import {
  loadThrough,
  startHarness,
  waitForDataStatus,
  type AppPage,
  type Harness,
  type LoadTrace,
} from './harness';

const FIXTURES = 'test/fixtures/ingest';
const fixture = (name: string) => `${FIXTURES}/${name}`;
const ALL_GOOD = GOOD_FIXTURES.map(fixture);

let harness: Harness;
let db: NodeDuckDB;
let sampleRows = 0;

beforeAll(async () => {
  harness = await startHarness();
  db = await openNodeDuckDB();
  const [sample] = await db.query(`SELECT count(*) AS n FROM 'public/sample/trade-sample.parquet'`);
  sampleRows = Number(sample?.n);
});
afterAll(async () => {
  await harness?.close();
  db?.close();
});

/** Opens the app on the sample, then opens `files` with the file picker. */
async function openWithFiles(files: string[], add = false, path = '/'): Promise<AppPage> {
  const app = await harness.open(path);
  await waitForDataStatus(app.page);
  if (add) await app.page.getByLabel('Add to current data').check();
  await loadThrough(app.page, () => app.page.getByTestId('file-input').setInputFiles(files));
  return app;
}

/**
 * Opens `files` on the page of the sample at `path` that the tests of refusals share: a refused
 * file leaves the sample loaded, so each refusal also shows that the ones before lost nothing.
 * A load that succeeds replaces the sample: only the last tests of the file may do that.
 */
async function loadOnSample(files: string[], path = '/'): Promise<AppPage> {
  const app = await harness.visit(path);
  await loadThrough(app.page, () => app.page.getByTestId('file-input').setInputFiles(files));
  return app;
}

const status = (app: AppPage) => app.page.getByTestId('status');

describe("the user's own files", () => {
  let app: AppPage;
  let trace: LoadTrace;
  const requests: Request[] = [];
  beforeAll(async () => {
    app = await harness.open('/');
    await waitForDataStatus(app.page);
    app.page.on('request', (request) => requests.push(request));
    trace = await loadThrough(app.page, () =>
      app.page.getByTestId('file-input').setInputFiles(ALL_GOOD),
    );
  });

  it('are read in every format with the figures worked out by hand', async () => {
    expect(await status(app).getAttribute('data-state')).toBe('ready');
    expect(Number(await status(app).getAttribute('data-rows'))).toBe(40);
    const totals = await app.page.getByTestId('report-totals').textContent();
    // As in test/fixtures/README.md: 57 read, 9 skipped (5 + 1 + 1 + 2), 40 written.
    expect(totals).toContain('57 rows read, 40 in the dataset, 9 skipped');
    expect(totals).toContain(
      '3 rows summed (customs codes to HS-6, residual partners), 3 exact duplicates removed',
    );
    expect(totals).toContain('2 rows dropped because another file gave the same flow');
    // 2022 annual: the fixtures' README's US$14,734,148.7 of partner rows, less Turkey's imports
    // (1,200,000 from 490 and 458,000 of 854232), which are shown apart: exports US$13,076,148.7.
    const year2022 = app.page.getByRole('row', { name: /^2022 annual/ });
    expect(await year2022.textContent()).toBe('2022annualUS$13.1MUS$1.66MUS$9M');
  });

  it('show each step while they are read: which file, of how many', async () => {
    // Past a second, the status line adds the seconds spent ("… (file 2 of 8) 3 s").
    const texts = trace.texts.map((text) => text.replace(/ \d+ s$/, ''));
    // The BACI country file is read first, then the data files in the order given.
    expect(texts).toContain('Reading country_codes_V202401.csv in this browser… (file 1 of 8)');
    expect(texts).toContain('Reading comtrade-plus-tur.csv in this browser… (file 2 of 8)');
    expect(texts).toContain(
      'Mapping the rows of comtrade-legacy-sau.csv to the common trade table… (file 3 of 8)',
    );
    expect(texts).toContain('Merging and checking 57 rows…');
    const order = ['Reading', 'Mapping', 'Merging'].map((word) =>
      texts.findIndex((text) => text.startsWith(word)),
    );
    expect(order).toEqual([...order].sort((a, b) => a - b));
  });

  it('say which rows were left out, why, and where', async () => {
    const reasons = app.page.getByTestId('skip-reasons');
    const total = reasons.locator('[data-code=commodity_total]');
    expect(await total.textContent()).toContain('all-goods total, not a product');
    expect(await total.textContent()).toContain('comtrade-plus-tur.csv, line 9: TOTAL');
    const range = reasons.locator('[data-code=month_range]');
    // A range from July to June is neither a month nor a year (January–July is a partial year).
    expect(await range.textContent()).toMatch(/^1 row, US\$50K: period is a range of months/);
    expect(await range.textContent()).toContain('113年7月~114年6月');
  });

  it('are read in the browser: nothing is sent anywhere', () => {
    const sent = requests.filter((r) => r.method() !== 'GET' || !r.url().startsWith(app.origin));
    expect(sent.map((r) => `${r.method()} ${r.url()}`)).toEqual([]);
    expect(requests.every((r) => r.postData() === null)).toBe(true);
    expect(app.externalRequests).toEqual([]);
    expect(app.pageErrors).toEqual([]);
  });

  it('can be left for the bundled sample again', async () => {
    const { state } = await loadThrough(app.page, () => app.page.getByTestId('use-sample').click());
    expect(state).toBe('ready');
    expect(Number(await status(app).getAttribute('data-rows'))).toBe(sampleRows);
    await expect(app.page.getByTestId('synthetic-badge').isVisible()).resolves.toBe(true);
  });
});

describe('adding files to the data already loaded', () => {
  let overlapPage: AppPage | undefined;

  it('keeps the sample and lets the file replace the rows it gives again', async () => {
    const [clash] = await db.query(
      `SELECT count(*) AS n FROM 'public/sample/trade-sample.parquet' s
       JOIN read_csv('${fixture('canonical-trade.csv')}', all_varchar = true) f
         ON s.period = f.period::DATE AND s.reporter = f.reporter AND s.partner = f.partner
        AND s.flow = f.flow AND s.hs = f.hs AND s.freq = f.freq`,
    );
    const app = await openWithFiles([fixture('canonical-trade.csv')], true);
    expect(await status(app).getAttribute('data-state')).toBe('ready');
    expect(Number(await status(app).getAttribute('data-rows'))).toBe(
      sampleRows + 3 - Number(clash?.n),
    );
  });

  it.each([
    ['comtrade-plus-490-8542-2021.csv', 'tw-customs-8542-2021.csv'],
    ['tw-customs-8542-2021.csv', 'comtrade-plus-490-8542-2021.csv'],
  ])(
    'counts a flow two files give once, whichever is loaded first: %s, then %s',
    async (first, second) => {
      // Both orders on one page: the first file replaces what the order before left.
      overlapPage ??= await harness.open('/');
      const app = overlapPage;
      await waitForDataStatus(app.page);
      await app.page.getByLabel('Add to current data').uncheck();
      await loadThrough(app.page, () =>
        app.page.getByTestId('file-input').setInputFiles([fixture(first)]),
      );
      await app.page.getByLabel('Add to current data').check();
      await loadThrough(app.page, () =>
        app.page.getByTestId('file-input').setInputFiles([fixture(second)]),
      );
      // 7 Comtrade rows + 8 customs rows; Comtrade's 5 HS-4 rows for the partners the customs
      // file gives are dropped (its USA and World rows stay): 10 rows.
      expect(Number(await status(app).getAttribute('data-rows'))).toBe(10);
      const row = app.page.getByTestId('ingest-overlaps').locator('tbody tr').first();
      expect(await row.textContent()).toContain('TWN exports to 5 partners, 2021, HS 8542');
      expect(await row.locator('td').nth(0).textContent()).toBe(
        'Taiwan customs, HS-6, annual: US$3.94B (tw-customs-8542-2021.csv)',
      );
      expect(await row.locator('td').nth(1).textContent()).toBe(
        'UN Comtrade, HS-4, annual: US$3.94B (comtrade-plus-490-8542-2021.csv)',
      );
      // Why: customs outrank Comtrade; (3,944,951,000 − 3,941,601,400) / 3,941,601,400 = 0.085 %.
      expect(await row.locator('td').nth(2).textContent()).toBe(
        'The more authoritative source; 0.1% apart',
      );
    },
  );

  it("says why BACI's year was kept over Comtrade's three months, within the report's width", async () => {
    overlapPage ??= await harness.open('/');
    const app = overlapPage;
    await waitForDataStatus(app.page);
    await app.page.getByLabel('Add to current data').uncheck();
    await loadThrough(app.page, () =>
      app.page
        .getByTestId('file-input')
        .setInputFiles(
          ['comtrade-plus-kgz-monthly-2022.csv', 'BACI_HS17_V202501.zip'].map(fixture),
        ),
    );
    // The Kyrgyz file gives March to May 2022; BACI the whole year (1,850.3 thousand US$).
    const row = app.page.getByTestId('ingest-overlaps').getByRole('row', { name: /854231/ });
    expect(await row.locator('td').nth(0).textContent()).toContain('BACI, HS-6, annual: US$1.85M');
    expect(await row.locator('td').nth(2).textContent()).toContain('3 of the year');
    // A file's name ("BACI_HS17_V202501.zip/BACI_HS17_Y2022_V202501.csv") breaks rather than
    // run past the report's edge, where it would be cut.
    const report = await app.page.getByTestId('ingest-report').boundingBox();
    const table = await app.page.getByTestId('ingest-overlaps').boundingBox();
    expect((table?.x ?? Infinity) + (table?.width ?? 0)).toBeLessThanOrEqual(
      (report?.x ?? 0) + (report?.width ?? 0),
    );
  });

  it('reads files as publishers ship them: gzip, Big5, UTF-16 "Unicode text", a ZIP archive', async () => {
    overlapPage ??= await harness.open('/');
    const app = overlapPage;
    await waitForDataStatus(app.page);
    await app.page.getByLabel('Add to current data').uncheck();
    const files = [
      'comtrade-plus-8542-to-world.csv.gz',
      'tw-customs-8542-2021-big5.csv',
      'tw-customs-by-country-unicode.txt',
      'BACI_HS17_V202501.zip',
    ];
    const trace = await loadThrough(app.page, () =>
      app.page.getByTestId('file-input').setInputFiles(files.map(fixture)),
    );
    expect(trace.state, (await status(app).textContent()) ?? '').toBe('ready');
    // As in test/fixtures/README.md: 11 Comtrade rows, 8 customs rows, 11 of the by-country
    // file, and BACI's 3 rows of 2022 from the archive.
    expect(Number(await status(app).getAttribute('data-rows'))).toBe(33);
    const encodings = app.page.getByRole('row', { name: /tw-customs-8542-2021-big5\.csv/ });
    expect(await encodings.textContent()).toContain('big5');
    const warnings = app.page
      .getByTestId('ingest-warnings')
      .locator('[data-code=encoding_converted]');
    expect(await warnings.allTextContents()).toEqual([
      'tw-customs-8542-2021-big5.csv is in Big5 (Traditional Chinese): converted to UTF-8 to read it.',
      'tw-customs-by-country-unicode.txt is in UTF-16 (little-endian): converted to UTF-8 to read it.',
    ]);
    const leftOut = app.page
      .getByTestId('ingest-warnings')
      .locator('[data-code=archive_member_left_out]');
    expect(await leftOut.count()).toBe(2);
    // The by-country file's unknown partner, 火星 (Mars), is named as written, not as mojibake.
    expect(await app.page.getByTestId('skip-reasons').textContent()).toContain('火星');
    expect(app.pageErrors).toEqual([]);
  });
});

describe('a file that cannot be read', () => {
  it('says what is wrong and keeps the data loaded before', async () => {
    const app = await loadOnSample([fixture('bad-unknown.csv')]);
    expect(await status(app).getAttribute('data-state')).toBe('failed');
    const text = await status(app).textContent();
    expect(text).toMatch(/^Could not load bad-unknown\.csv: not a known trade file/);
    expect(text).toContain('The data loaded before is still shown.');
    expect(Number(await status(app).getAttribute('data-rows'))).toBe(sampleRows);
    const summary = app.page.getByTestId('legend-summary');
    expect(Number(await summary.getAttribute('data-partners'))).toBeGreaterThan(40);
  });

  it('with no valid row shows the report of what was skipped', async () => {
    const app = await harness.visit('/');
    const csv = [
      'period,freq,reporter,partner,flow,hs,value_usd,source',
      '2023-01-01,M,KGZ,XXX,X,854231,100,mine',
      '2023-02-01,M,KGZ,YYY,X,854231,200,mine',
    ].join('\n');
    const { state } = await loadThrough(app.page, () =>
      app.page
        .getByTestId('file-input')
        .setInputFiles({ name: 'mine.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) }),
    );
    expect(state).toBe('failed');
    expect(await status(app).textContent()).toMatch(/^Could not load mine\.csv: no valid row/);
    expect(Number(await status(app).getAttribute('data-rows'))).toBe(sampleRows);
    const reason = app.page.getByTestId('skip-reasons').locator('li').first();
    // 100 + 200 US$, read although the rows were left out.
    expect(await reason.textContent()).toMatch(
      /^2 rows, US\$300: partner is not a known ISO-3 code/,
    );
    expect(await reason.textContent()).toContain('mine.csv, line 2: XXX');
    expect(await reason.textContent()).toContain('mine.csv, line 3: YYY');
  });
});

describe('the bad-input corpus in the browser', () => {
  const KEPT = 'The data loaded before is still shown.';

  it.each([
    ['bad-empty.csv', 'the file is empty (0 bytes): export or download it again.'],
    [
      'bad-header-only.csv',
      'the file has a header but no data rows: nothing to read (did the export or query match nothing?)',
    ],
    [
      'bad-random.csv',
      'it holds binary data, not text, so it is not a CSV file: choose the CSV or Parquet file exported from the trade database.',
    ],
    [
      'bad-image.csv',
      'it is a PNG image, not a table: choose the trade data file (CSV or Parquet).',
    ],
  ])('refuses %s with its message and keeps the sample', async (name, message) => {
    const app = await loadOnSample([fixture(name)]);
    expect(await status(app).getAttribute('data-state')).toBe('failed');
    expect(await status(app).textContent()).toBe(`Could not load ${name}: ${message} ${KEPT}`);
    expect(Number(await status(app).getAttribute('data-rows'))).toBe(sampleRows);
    expect(app.pageErrors).toEqual([]);
  });

  it('shows a file name that carries markup as text, and runs none of it', async () => {
    const name = `<img src=x onerror="window.__ran=1">.csv`;
    const app = await harness.visit('/');
    await loadThrough(app.page, () =>
      app.page.getByTestId('file-input').setInputFiles({
        name,
        mimeType: 'text/csv',
        buffer: readFileSync(fixture('bad-unknown.csv')),
      }),
    );
    expect(await status(app).textContent()).toContain(`Could not load ${name}:`);
    expect(await app.page.evaluate('window.__ran')).toBeUndefined();
    expect(await app.page.locator('img[src="x"]').count()).toBe(0);
  });

  it('refuses a damaged Parquet file read by parquet-wasm, naming it among several', async () => {
    const app = await loadOnSample([
      fixture('canonical-trade.csv'),
      fixture('bad-corrupt.parquet'),
    ]);
    expect(await status(app).getAttribute('data-state')).toBe('failed');
    const text = (await status(app).textContent()) ?? '';
    expect(text).toMatch(
      /^Could not load canonical-trade\.csv, bad-corrupt\.parquet: bad-corrupt\.parquet: it is not a readable Parquet file: it may be cut off or damaged; export or download it again\. The data loaded before is still shown\.$/,
    );
    expect(text).not.toContain('upload-');
    // What parquet-wasm said is under Details, for a bug report.
    expect(await app.page.getByTestId('status-details').textContent()).toMatch(/^Details.+/);
    expect(Number(await status(app).getAttribute('data-rows'))).toBe(sampleRows);
  });

  it('says it in Traditional Chinese for a Chinese-speaking user', async () => {
    const app = await loadOnSample([fixture('bad-empty.csv')], '/?lang=zh-TW');
    expect(await status(app).textContent()).toContain(
      'bad-empty.csv：檔案是空的（0 位元組）：請重新匯出或下載',
    );
    expect(Number(await status(app).getAttribute('data-rows'))).toBe(sampleRows);
  });

  it('reads a cut-off file, points at the cut line and says the file looks cut off', async () => {
    // From here on the shared page no longer shows the sample.
    const app = await loadOnSample([fixture('bad-truncated-quote.csv')]);
    expect(await status(app).getAttribute('data-state')).toBe('ready');
    expect(Number(await status(app).getAttribute('data-rows'))).toBe(2);
    const reason = app.page.getByTestId('skip-reasons').locator('[data-code^=unreadable]');
    expect(await reason.textContent()).toMatch(/^1 row: row has a quote that is never closed/);
    expect(await reason.textContent()).toContain('bad-truncated-quote.csv, line 4:');
    const warning = app.page.getByTestId('ingest-warnings').locator('[data-code=truncated]');
    expect(await warning.textContent()).toBe(
      'bad-truncated-quote.csv ends in the middle of line 4: the file looks cut off (an interrupted download or copy?). That line was skipped; get the file again to have all its rows.',
    );
  });

  it('shows a country name that carries markup as text in the report, and runs none of it', async () => {
    const markup = '<img src=x onerror="window.__ran=1">';
    const csv = [
      '"進出口別","日期","國家","貨品號列","中文貨名","英文貨名","美元(千元)"',
      '"出口總值(含復出口)","111年","吉爾吉斯","85423100002","處理器及控制器","Processors","1"',
      `"出口總值(含復出口)","111年","${markup.replaceAll('"', '""')}","85423100002","${markup.replaceAll('"', '""')}","Processors","2"`,
    ].join('\r\n');
    const app = await harness.visit('/');
    await loadThrough(app.page, () =>
      app.page.getByTestId('file-input').setInputFiles({
        name: 'hostile-names.csv',
        mimeType: 'text/csv',
        buffer: Buffer.from(`\uFEFF${csv}\r\n`),
      }),
    );
    expect(Number(await status(app).getAttribute('data-rows'))).toBe(1);
    expect(await app.page.getByTestId('skip-reasons').textContent()).toContain(markup);
    expect(await app.page.locator('img[src="x"]').count()).toBe(0);
    expect(await app.page.evaluate('window.__ran')).toBeUndefined();
  });

  it('leaves absurd values out in Chinese too, with the reason, file and line', async () => {
    const app = await loadOnSample([fixture('bad-absurd.csv')], '/?lang=zh-TW');
    expect(Number(await status(app).getAttribute('data-rows'))).toBe(2);
    const value = app.page.locator('[data-code="invalid:value_implausible"]');
    expect(await value.textContent()).toContain('value_usd 超過 10 兆美元');
    expect(await value.textContent()).toContain('bad-absurd.csv 第 3 行：2.5e13');
  });
});
