import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { coverageMarkdown } from '../../src/data/coverage/markdown';
import { downloadPlan, type DownloadPlan } from '../../src/data/coverage/plan';
import { readCoverage, type Coverage } from '../../src/data/coverage/read-coverage';
import { coverageLines } from '../../src/data/coverage/summary-lines';
import { cellText } from '../../src/data/coverage/text';
import { loadSeries, type FixtureSeries } from './fixture';

/**
 * A small world, with every kind of cell worked out by hand below. Taiwan files its exports
 * as a partial year in 2020 (January–July), month by month in 2021 and January–June 2022 (to
 * the USA only); Kyrgyzstan files its imports from Taiwan as one annual HS-4 row in 2019 and
 * its exports January–March 2022; Russia files imports from Kyrgyzstan and the UAE in 2021;
 * the UAE files a whole-year annual export to the world in 2021; Kazakhstan, not asked for,
 * files exports to Russia January–June 2022, which makes it an intermediary of the data.
 * Belarus files nothing. The data ends in June 2022.
 */
const SERIES: FixtureSeries[] = [
  {
    reporter: 'TWN',
    partner: 'KGZ',
    flow: 'X',
    hs: '854231',
    source: 'tw-customs',
    year: 2020,
    partial: 7,
  },
  {
    reporter: 'TWN',
    partner: 'KGZ',
    flow: 'X',
    hs: '854231',
    source: 'tw-customs',
    months: '2021-01:2021-12',
  },
  {
    reporter: 'TWN',
    partner: 'RUS',
    flow: 'X',
    hs: '854232',
    source: 'tw-customs',
    months: '2021-01:2021-12',
  },
  {
    reporter: 'TWN',
    partner: 'USA',
    flow: 'X',
    hs: '847150',
    source: 'tw-customs',
    months: '2022-01:2022-06',
  },
  { reporter: 'KGZ', partner: 'TWN', flow: 'M', hs: '8542', source: 'comtrade', year: 2019 },
  {
    reporter: 'KGZ',
    partner: 'RUS',
    flow: 'X',
    hs: '854232',
    source: 'comtrade',
    months: '2022-01:2022-03',
  },
  {
    reporter: 'KGZ',
    partner: 'WLD',
    flow: 'X',
    hs: '854232',
    source: 'comtrade',
    months: '2022-01:2022-03',
  },
  {
    reporter: 'RUS',
    partner: 'KGZ',
    flow: 'M',
    hs: '854231',
    source: 'comtrade',
    months: '2021-01:2021-12',
  },
  {
    reporter: 'RUS',
    partner: 'ARE',
    flow: 'M',
    hs: '854239',
    source: 'comtrade',
    months: '2021-01:2021-12',
  },
  { reporter: 'ARE', partner: 'WLD', flow: 'X', hs: '854239', source: 'comtrade', year: 2021 },
  {
    reporter: 'KAZ',
    partner: 'RUS',
    flow: 'X',
    hs: '848210',
    source: 'baci',
    months: '2022-01:2022-06',
  },
];

let db: NodeDuckDB;
let coverage: Coverage;
let plan: DownloadPlan;
beforeAll(async () => {
  db = await openNodeDuckDB();
  await loadSeries(db, SERIES);
  coverage = await readCoverage(db, { intermediaries: ['KGZ', 'ARE'] });
  plan = downloadPlan(coverage);
});
afterAll(() => db?.close());

/** Each leg's cells as the matrix writes them, year by year (2019–2022), in English. */
function row(from: string, to: string): string[] {
  const route = coverage.routes.find((r) => r.from === from && r.to === to);
  if (!route) throw new Error(`no route ${from} → ${to}`);
  return route.states.map((state) => cellText('en', state));
}

describe('the coverage of the routes', () => {
  it('spans the data and the default periods, with the intermediaries the data adds', () => {
    expect(coverage.scope).toEqual({
      origin: 'TWN',
      intermediaries: ['KGZ', 'ARE', 'KAZ'],
      destinations: ['RUS', 'BLR'],
      firstYear: 2019,
      lastYear: 2022,
      lastMonth: '2022-06',
    });
    expect(coverage.routes.map((r) => `${r.leg} ${r.from}>${r.to}`)).toEqual([
      'first TWN>ARE',
      'first TWN>KAZ',
      'first TWN>KGZ',
      'second ARE>BLR',
      'second ARE>RUS',
      'second KAZ>BLR',
      'second KAZ>RUS',
      'second KGZ>BLR',
      'second KGZ>RUS',
      'world ARE>WLD',
      'world KAZ>WLD',
      'world KGZ>WLD',
      'direct TWN>BLR',
      'direct TWN>RUS',
    ]);
    expect(coverage.chpl).toHaveLength(50);
  });

  it('reads the first legs: annual mirror, partial year, months, and "no rows" where Taiwan files others', () => {
    expect(row('TWN', 'KGZ')).toEqual([
      'annual · mirror',
      'partial Jan–Jul',
      '12/12 mo',
      '6/6 mo · no rows',
    ]);
    expect(row('TWN', 'ARE')).toEqual([
      'missing',
      'partial Jan–Jul · no rows',
      '12/12 mo · no rows',
      '6/6 mo · no rows',
    ]);
    expect(row('TWN', 'KAZ')).toEqual(row('TWN', 'ARE'));
  });

  it('reads the second legs: mirror only up to 2021, months missing, world rows saying nothing of them', () => {
    expect(row('KGZ', 'RUS')).toEqual(['missing', 'missing', '12/12 mo · mirror', '3/6 mo']);
    expect(row('KGZ', 'BLR')).toEqual(['missing', 'missing', 'missing', '3/6 mo · no rows']);
    expect(row('ARE', 'RUS')).toEqual(['missing', 'missing', '12/12 mo · mirror', 'missing']);
    // 2021: the UAE's one annual row is to the World, which says nothing of its exports to
    // Belarus, and Belarus files nothing: unknown, not a known zero.
    expect(row('ARE', 'BLR')).toEqual(['missing', 'missing', 'missing', 'missing']);
    expect(row('KAZ', 'RUS')).toEqual([
      'missing',
      'missing',
      '12/12 mo · mirror · no rows',
      '6/6 mo',
    ]);
    expect(row('KAZ', 'BLR')).toEqual(['missing', 'missing', 'missing', '6/6 mo · no rows']);
  });

  it('reads the world legs and the direct flow', () => {
    expect(row('KGZ', 'WLD')).toEqual(['missing', 'missing', 'missing', '3/6 mo']);
    expect(row('ARE', 'WLD')).toEqual(['missing', 'missing', 'annual', 'missing']);
    expect(row('KAZ', 'WLD')).toEqual(['missing', 'missing', 'missing', '6/6 mo · no rows']);
    expect(row('TWN', 'RUS')).toEqual([
      'missing',
      'partial Jan–Jul · no rows',
      '12/12 mo',
      '6/6 mo · no rows',
    ]);
    expect(row('TWN', 'BLR')).toEqual([
      'missing',
      'partial Jan–Jul · no rows',
      '12/12 mo · no rows',
      '6/6 mo · no rows',
    ]);
  });

  it('says which side each figure comes from, and the HS detail', () => {
    const direct = coverage.routes.find((r) => r.from === 'TWN' && r.to === 'RUS');
    // 2021: Taiwan's own rows, and Russia files its imports that year (none from Taiwan).
    expect(direct?.states[2]).toMatchObject({
      status: 'monthly',
      basis: 'both',
      noRows: false,
      gap: null,
    });
    const first = coverage.routes.find((r) => r.from === 'TWN' && r.to === 'KGZ');
    expect(first).toMatchObject({
      hsLevels: [4, 6],
      chpl6: 1,
      chpl4: 1,
      reportedSources: ['tw-customs'],
      mirrorSources: ['comtrade'],
    });
    expect(first?.states.map((s) => s.gap)).toEqual(['annual', 'partial', null, 'noRows']);
  });

  it('counts the months known in the baseline (2019–2021) and after (March–June 2022)', () => {
    const route = (from: string, to: string) =>
      coverage.routes.find((r) => r.from === from && r.to === to);
    expect(route('TWN', 'KGZ')?.baseline).toEqual({ known: 12, expected: 36 });
    expect(route('TWN', 'KGZ')?.post).toEqual({ known: 4, expected: 4 });
    expect(route('KGZ', 'RUS')?.post).toEqual({ known: 1, expected: 4 });
    expect(route('ARE', 'WLD')?.baseline).toEqual({ known: 0, expected: 36 });
  });

  it('prints one line per kind of leg for the terminal', () => {
    expect(coverageLines(coverage)).toEqual([
      'Coverage of the routes, 2019 to 2022-06 (leg-years known month by month, of all):',
      '  Taiwan → intermediaries (first leg): 1 of 12 complete; missing 2, annual only 1, partial year 3, no rows 5',
      '  Intermediaries → Russia and Belarus (second leg): 1 of 24 complete; missing 17, months missing 2, mirror only 3, no rows 1',
      '  Intermediaries → World (all their exports): 0 of 12 complete; missing 9, annual only 1, months missing 1, no rows 1',
      '  Taiwan → Russia and Belarus, directly: 1 of 8 complete; missing 2, partial year 2, no rows 3',
    ]);
  });
});

describe('the download plan', () => {
  const summary = (id: string) => {
    const q = plan.queries.find((query) => query.id === id);
    return q && { ...q, gaps: q.gaps.length };
  };

  it("asks Taiwan customs for Taiwan's exports, in as few downloads as the years allow", () => {
    expect(plan.gaps).toHaveLength(53);
    expect(summary('T1')).toEqual({
      id: 'T1',
      source: 'tw-customs',
      role: 'primary',
      flow: 'X',
      freq: 'M',
      reporters: ['TWN'],
      partners: ['ARE', 'BLR', 'KAZ', 'KGZ', 'RUS'],
      years: [2019, 2020],
      downloads: 2,
      maxRows: 5 * 50 * 12,
      gaps: 10,
    });
    expect(summary('T2')).toMatchObject({
      partners: ['ARE', 'BLR', 'KAZ'],
      years: [2021],
      gaps: 3,
    });
    expect(summary('T3')).toMatchObject({
      partners: ['ARE', 'BLR', 'KAZ', 'KGZ', 'RUS'],
      years: [2022],
      gaps: 5,
    });
  });

  it("asks UN Comtrade for every intermediary's exports in one query a year", () => {
    expect(summary('C1')).toEqual({
      id: 'C1',
      source: 'comtrade',
      role: 'primary',
      flow: 'X',
      freq: 'M',
      reporters: ['ARE', 'KAZ', 'KGZ'],
      partners: ['BLR', 'RUS', 'WLD'],
      years: [2019, 2020, 2021, 2022],
      downloads: 4,
      maxRows: 3 * 3 * 50 * 12,
      gaps: 35,
    });
    expect(plan.queries.filter((q) => q.role === 'primary').map((q) => q.id)).toEqual([
      'T1',
      'T2',
      'T3',
      'C1',
    ]);
  });

  it("falls back on the UAE's annual figures and on the importers' up to 2021 only", () => {
    expect(summary('F1')).toMatchObject({
      flow: 'X',
      freq: 'A',
      reporters: ['ARE'],
      partners: ['BLR', 'RUS', 'WLD'],
      years: [2019, 2020, 2021, 2022],
      downloads: 1,
      maxRows: 1 * 3 * 50 * 4,
      gaps: 12,
    });
    expect(summary('F2')).toMatchObject({
      flow: 'M',
      freq: 'M',
      reporters: ['BLR', 'RUS'],
      partners: ['ARE', 'KAZ', 'KGZ'],
      years: [2019, 2020],
      downloads: 2,
      gaps: 12,
    });
    // 2021: Russia's side is known; Belarus's is not. After 2021 neither files anything.
    expect(summary('F3')).toMatchObject({
      reporters: ['BLR'],
      partners: ['ARE', 'KAZ', 'KGZ'],
      years: [2021],
      gaps: 3,
    });
    expect(plan.queries).toHaveLength(7);
  });

  it("notes Taiwan's code 490, Russia's and Belarus's silence, the UAE and the pairs without rows", () => {
    expect(plan.notes).toEqual([
      { code: 'taiwan490' },
      { code: 'silent', country: 'RUS', year: 2021 },
      { code: 'silent', country: 'BLR', year: 2021 },
      { code: 'fewMonthly', country: 'ARE' },
      { code: 'noRows' },
    ]);
  });

  it('writes the matrix and the queries in Markdown, in English and in Chinese', () => {
    const en = coverageMarkdown('en', coverage, plan, 'fixture.parquet');
    expect(en).toContain(
      '| Kyrgyzstan → Russia | missing | missing | 12/12 mo · mirror | 3/6 mo | 12/36 mo | 1/4 mo | HS-6; 2/50 CHPL codes, 1/24 headings | exporter: comtrade; importer: comtrade |',
    );
    expect(en).toContain(
      '#### C1. United Arab Emirates (784), Kazakhstan (398), Kyrgyzstan (417) exports to Belarus (112), Russia (643), World (0), HS: the 50 CHPL codes, monthly, 2019–2022',
    );
    expect(en).toContain('- Periods: 201901–201912, 202001–202012, 202101–202112, 202201–202206');
    expect(en).toContain(
      '- 期間 (period), one download per year, month by month: 111年1月~111年6月.',
    );
    expect(en).toContain("Russia reports nothing after 2021: use partners' exports (mirror).");
    expect(en).toContain(
      '- Fills 3 gaps: Taiwan → United Arab Emirates 2021 (no rows); Taiwan → Kazakhstan 2021 (no rows); Taiwan → Belarus 2021 (no rows)',
    );
    expect(en).toContain('| Total |  | 8 | 53 |');
    expect(en).toContain(
      'Leg-years that need data: 53 of 56. 4 queries (8 downloads) fill them. If a query returns nothing: 3 fallback queries.',
    );
    const zh = coverageMarkdown('zh-TW', coverage, plan, 'fixture.parquet');
    expect(zh).toContain('| 吉爾吉斯 → 俄羅斯 | 缺漏 | 缺漏 | 12/12 月 · 鏡像 | 3/6 月 |');
    expect(zh).toContain('- 國家：阿拉伯聯合大公國、白俄羅斯、哈薩克、吉爾吉斯、俄羅斯');
    expect(zh).toContain(
      '56 個路段年度中有 53 個缺資料。4 項查詢（共 8 次下載）可補足。查詢沒有結果時：3 項備用查詢。',
    );
    expect(zh).toContain(
      '- 期間（每年下載一次，逐月列示）：108年1月~108年12月；109年1月~109年12月。',
    );
    expect(zh).toContain('俄羅斯在 2021 年後未再申報：請改用貿易夥伴的出口（鏡像）。');
  });
});
