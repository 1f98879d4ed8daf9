import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { buildCorridor, type Corridor } from '../../src/analysis/corridor';
import type { LegSource } from '../../src/analysis/corridor';
import { translator, type Locale } from '../../src/i18n';
import { enReport } from '../../src/i18n/en-report';
import { zhTwReport } from '../../src/i18n/zh-tw-report';
import { I18nContext } from '../../src/ui/i18n-context';
import { ReportPage } from '../../src/ui/report/ReportPage';
import {
  mainSignals,
  mapAlternative,
  mapRoutes,
  monthlyAlternative,
  monthlyByYear,
  monthlyChange,
  type ReportInput,
} from '../../src/ui/report/report-model';
import { flaggedIntermediaries, reportFindings } from '../../src/ui/report/report-findings';
import { monthlyCsv, reportFileName, routesCsv } from '../../src/ui/report/report-csv';
import { corridorRow, leg } from '../analysis/rows';

type Country = [code: string, en: string, zh: string];

const KGZ: Country = ['KGZ', 'Kyrgyzstan', '吉爾吉斯'];
const ARM: Country = ['ARM', 'Armenia', '亞美尼亞'];
const ARE: Country = ['ARE', 'United Arab Emirates', '阿拉伯聯合大公國'];
const KAZ: Country = ['KAZ', 'Kazakhstan', '哈薩克'];
const TUR: Country = ['TUR', 'Turkey', '土耳其'];
const RUS: Country = ['RUS', 'Russia', '俄羅斯'];
const BLR: Country = ['BLR', 'Belarus', '白俄羅斯'];

/** A ranked corridor with the given score; legs carry `firstTotal` / `secondTotal` US$. */
function corridor(
  rank: number,
  score: number,
  [via, viaEn, viaZh]: Country,
  options: {
    destination?: Country;
    product?: string;
    firstTotal?: number;
    secondTotal?: number;
    secondSource?: LegSource;
  } = {},
): Corridor {
  const [destination, destEn, destZh] = options.destination ?? RUS;
  const built = buildCorridor(
    corridorRow({
      via,
      destination,
      product: options.product ?? '854231',
      names: {
        origin: { en: 'Taiwan', 'zh-TW': '臺灣' },
        via: { en: viaEn, 'zh-TW': viaZh },
        destination: { en: destEn, 'zh-TW': destZh },
      },
      first: leg('TWN', via, { postTotal: options.firstTotal ?? 1_000_000 }),
      second: leg(via, destination, {
        postTotal: options.secondTotal ?? 400_000,
        source: options.secondSource ?? 'reported',
      }),
    }),
    { floorUsd: 10_000 },
  );
  return {
    ...built,
    rank,
    score,
    explanation: { en: `Explanation of corridor ${rank}.`, 'zh-TW': `第${rank}條走廊的說明。` },
  };
}

const CORRIDORS: Corridor[] = [
  corridor(1, 0.92, KGZ, { secondSource: 'mirror', firstTotal: 2_000_000, secondTotal: 900_000 }),
  corridor(2, 0.71, ARM),
  corridor(3, 0.66, KGZ, { destination: BLR }),
  corridor(4, 0.5, ARE),
  corridor(5, 0.3, KAZ),
  corridor(6, 0, TUR),
  corridor(7, 0.2, KGZ, { product: '854232', firstTotal: 300_000, secondTotal: 500_000 }),
];

const PLACES: ReportInput['places'] = new Map(
  (
    [
      [
        ['TWN', 'Taiwan', '臺灣'],
        [121, 23.7],
      ],
      [KGZ, [74.6, 41.2]],
      [ARM, [44.5, 40.2]],
      [ARE, [54.4, 24.4]],
      [TUR, [35, 39]],
      [RUS, [37.6, 55.7]],
      [BLR, [27.9, 53.7]],
    ] as [Country, [number, number]][]
  ).map(([[code, en, zh], position]) => [code, { position, name: { en, 'zh-TW': zh } }]),
);

/** Baseline mean US$200,000 (three months), post mean US$400,000 (two months), Feb 2022 in neither. */
const MONTHLY = [
  { month: '2022-04-01', valueUsd: 500_000 },
  { month: '2021-01-01', valueUsd: 100_000 },
  { month: '2021-02-01', valueUsd: 200_000 },
  { month: '2021-03-01', valueUsd: 300_000 },
  { month: '2022-02-01', valueUsd: 9_999_999 },
  { month: '2022-03-01', valueUsd: 300_000 },
];

function reportInput(overrides: Partial<ReportInput> = {}): ReportInput {
  return {
    dataset: {
      name: 'trade-sample.parquet',
      isSample: true,
      rows: 312_456,
      start: '2019-01-01',
      end: '2022-04-01',
      checksum: null,
    },
    appVersion: '0.1.0',
    generatedAt: '2026-11-24T22:10:00.000Z',
    corridors: CORRIDORS,
    baseline: { start: '2021-01', end: '2021-12' },
    post: { start: '2022-03', end: '' },
    monthly: MONTHLY,
    places: PLACES,
    countries110mUrl: '/countries-110m.geojson',
    ...overrides,
  };
}

const findingsOf = (input: ReportInput, locale: Locale) =>
  Object.fromEntries(reportFindings(input, locale).map((f) => [f.id, f.text]));

describe('the key findings', () => {
  it('count the corridors flagged at 0.5 or more among those ranked', () => {
    const findings = findingsOf(reportInput(), 'en');
    expect(findings.flagged).toBe(
      '4 of the 7 corridors ranked score 0.5 or more out of 1, the level at which this report calls a corridor flagged.',
    );
    expect(findingsOf(reportInput(), 'zh-TW').flagged).toContain('在排名的 7 條走廊中，有 4 條');
  });

  it('name the top corridor with its score, product and explanation', () => {
    expect(findingsOf(reportInput(), 'en').top).toBe(
      'The highest score, 0.92, goes to Taiwan → Kyrgyzstan → Russia for Electronic ICs: processors and controllers (854231). Explanation of corridor 1.',
    );
    const zh = findingsOf(reportInput(), 'zh-TW').top;
    expect(zh).toContain('臺灣 → 吉爾吉斯 → 俄羅斯');
    expect(zh).toContain('0.92');
    expect(zh).toContain('第1條走廊的說明。');
  });

  it("give the change of the origin's monthly mean between the periods", () => {
    expect(findingsOf(reportInput(), 'en').change).toBe(
      "Taiwan's exports of CHPL goods averaged US$200K a month in the baseline (Jan 2021 – Dec 2021) and US$400K a month in the post period (Mar 2022 – Apr 2022): up 100%.",
    );
    const zh = findingsOf(reportInput(), 'zh-TW').change;
    expect(zh).toContain('US$20萬');
    expect(zh).toContain('US$40萬');
    expect(zh).toContain('增加 100%');
    expect(zh).toContain('2022年3月 至 2022年4月');
  });

  it.each([
    { what: 'a fall', post: [150_000, 150_000], expected: 'down 25%' },
    { what: 'no change', post: [200_000, 200_000], expected: 'about the same' },
  ])('say so for $what', ({ post, expected }) => {
    const monthly = [
      { month: '2021-01-01', valueUsd: 200_000 },
      { month: '2022-03-01', valueUsd: post[0] ?? 0 },
      { month: '2022-04-01', valueUsd: post[1] ?? 0 },
    ];
    expect(findingsOf(reportInput({ monthly }), 'en').change).toContain(expected);
  });

  it('say when the origin exported nothing in the baseline, and when nothing is known', () => {
    const fromZero = [
      { month: '2021-01-01', valueUsd: 0 },
      { month: '2022-03-01', valueUsd: 50_000 },
    ];
    expect(findingsOf(reportInput({ monthly: fromZero }), 'en').change).toBe(
      'Taiwan exported no CHPL goods in the baseline (Jan 2021 – Dec 2021); in the post period (Mar 2022 – Mar 2022) its exports of them averaged US$50K a month.',
    );
    expect(findingsOf(reportInput({ monthly: [] }), 'en').change).toContain('cannot be measured');
  });

  it('name the intermediaries that appear most among flagged corridors, with counts', () => {
    expect(findingsOf(reportInput(), 'en').intermediaries).toBe(
      'The intermediaries that appear most among the flagged corridors, with the number of flagged corridors through each: Kyrgyzstan (2), Armenia (1), and United Arab Emirates (1).',
    );
    expect(findingsOf(reportInput(), 'zh-TW').intermediaries).toMatch(
      /^在被標記的走廊中，最常出現的中轉經濟體（括號內為經由該地的標記走廊數）：吉爾吉斯（2）、/,
    );
  });

  it('name the same intermediaries in both languages when counts tie', () => {
    // Four intermediaries tie with one flagged corridor each and the findings name three
    // countries: the ranking picks them, not how their names sort in either language.
    const corridors = [
      corridor(1, 0.9, KGZ),
      corridor(2, 0.8, TUR),
      corridor(3, 0.7, KGZ, { destination: BLR }),
      corridor(4, 0.6, ARM),
      corridor(5, 0.55, KAZ),
      corridor(6, 0.5, ARE),
    ];
    const input = reportInput({ corridors });
    const named = (locale: Locale) => {
      const text = findingsOf(input, locale).intermediaries ?? '';
      return [KGZ, TUR, ARM, KAZ, ARE]
        .map(([code, en, zh]) => ({ code, at: text.indexOf(locale === 'en' ? en : zh) }))
        .filter(({ at }) => at >= 0)
        .sort((a, b) => a.at - b.at)
        .map(({ code }) => code);
    };
    expect(named('zh-TW')).toEqual(named('en'));
    expect(named('en')).toEqual(['KGZ', 'TUR', 'ARM']);
    const codes = (locale: Locale) => flaggedIntermediaries(corridors, locale).map((e) => e.code);
    expect(codes('zh-TW')).toEqual(codes('en'));
  });

  it('count the flagged corridors that rest on mirror figures', () => {
    expect(findingsOf(reportInput(), 'en').mirror).toMatch(
      /^1 of the 4 flagged corridors rests partly on mirror figures/,
    );
  });

  it('say that nothing is flagged, and leave out what then has no subject', () => {
    const quiet = reportInput({ corridors: CORRIDORS.map((c) => ({ ...c, score: 0.1 })) });
    const findings = reportFindings(quiet, 'en');
    expect(findings.map((f) => f.id)).toEqual(['flagged', 'top', 'change']);
    expect(findings[0]?.text).toMatch(/^None of the 7 corridors ranked/);
    const none = reportFindings(reportInput({ corridors: [] }), 'zh-TW');
    expect(none.map((f) => f.id)).toEqual(['flagged', 'change']);
    expect(none[0]?.text).toBe('以此資料集及所選期間，無法為任何走廊評分。');
  });

  it('hold three to five sentences for a dataset with flagged corridors', () => {
    expect(reportFindings(reportInput(), 'en')).toHaveLength(5);
  });
});

describe('the monthly figures', () => {
  it('average the months of each period that the data hold', () => {
    expect(
      monthlyChange(MONTHLY, { start: '2021-01', end: '2021-12' }, { start: '2022-03', end: '' }),
    ).toEqual({
      baselineMean: 200_000,
      postMean: 400_000,
      change: 1,
      baselineMonths: 3,
      postMonths: 2,
    });
  });

  it('lay the months out by year and calendar month', () => {
    expect(monthlyByYear(MONTHLY)).toEqual([
      { year: '2021', values: [100_000, 200_000, 300_000, ...Array(9).fill(null)] },
      { year: '2022', values: [null, 9_999_999, 300_000, 500_000, ...Array(8).fill(null)] },
    ]);
  });

  it('describe the chart: months, means, highest and lowest month, the February 2022 line', () => {
    const { title, desc } = monthlyAlternative(reportInput(), 'en');
    expect(title).toBe("Bar chart of Taiwan's monthly exports of CHPL goods, Jan 2021 – Apr 2022");
    expect(desc).toBe(
      '6 months from Jan 2021 to Apr 2022. Monthly mean: US$200K in the baseline and US$400K in the post period. Highest month: Feb 2022, US$10M. Lowest month: Jan 2021, US$100K. A dashed line marks February 2022.',
    );
  });

  it('write a CSV with a BOM, plain numbers and each month’s period', () => {
    const csv = monthlyCsv(
      MONTHLY,
      { start: '2021-01', end: '2021-12' },
      { start: '2022-03', end: '' },
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      'month,value_usd,period',
      '2021-01,100000,baseline',
      '2021-02,200000,baseline',
      '2021-03,300000,baseline',
      '2022-02,9999999,',
      '2022-03,300000,post',
      '2022-04,500000,post',
      '',
    ]);
  });
});

describe('the map of the top corridors', () => {
  const { routes, unplaced } = mapRoutes(CORRIDORS, PLACES);

  it('draws one line per route, its corridors’ ranks and summed value, best route first', () => {
    expect(routes.map((r) => [r.key, r.ranks, r.valueUsd, r.score])).toEqual([
      // Rank 1 passes 900,000 (its smaller leg), rank 7 300,000.
      ['TWN>KGZ>RUS', [1, 7], 1_200_000, 0.92],
      ['TWN>ARM>RUS', [2], 400_000, 0.71],
      ['TWN>KGZ>BLR', [3], 400_000, 0.66],
      ['TWN>ARE>RUS', [4], 400_000, 0.5],
      ['TWN>TUR>RUS', [6], 400_000, 0],
    ]);
    expect(unplaced.map((c) => c.via)).toEqual(['KAZ']);
  });

  it('says in words what it draws and what it leaves out', () => {
    const { title, desc } = mapAlternative(routes, unplaced, 'Taiwan', 'en');
    expect(title).toBe('Map of the top 6 corridors from Taiwan');
    expect(desc).toContain(
      'Taiwan → Kyrgyzstan → Russia: corridors ranked 1 and 7, value US$1.2M, highest score 0.92.',
    );
    expect(desc).toContain('Not drawn, for lack of a map position: Taiwan → Kazakhstan → Russia.');
    const zh = mapAlternative(routes, unplaced, '臺灣', 'zh-TW');
    expect(zh.desc).toContain('臺灣 → 吉爾吉斯 → 俄羅斯：排名 1和7 的走廊');
  });

  it('writes its routes as CSV with codes and both languages’ names', () => {
    const lines = routesCsv(routes).slice(1).split('\r\n');
    expect(lines[0]).toBe(
      'origin,via,destination,via_en,via_zh,destination_en,destination_zh,ranks,value_usd,max_score',
    );
    expect(lines[1]).toBe('TWN,KGZ,RUS,Kyrgyzstan,吉爾吉斯,Russia,俄羅斯,1 7,1200000,0.92');
  });
});

describe('the corridor table', () => {
  it('names the signals that carry most of the score, strongest first', () => {
    const [top] = CORRIDORS;
    if (!top) throw new Error('no corridor');
    const withSignals: Corridor = {
      ...top,
      signals: {
        ...top.signals,
        mirrorGap: { ...top.signals.mirrorGap, contribution: 0.05 },
        firstLegSurge: { ...top.signals.firstLegSurge, contribution: 0.3 },
        concentration: { ...top.signals.concentration, contribution: 0.01 },
        coMovement: { ...top.signals.coMovement, contribution: 0.2 },
      },
    };
    expect(mainSignals(withSignals, 'en')).toEqual([
      'First-leg surge',
      'Legs move together',
      'Missing imports',
    ]);
    expect(mainSignals(withSignals, 'zh-TW')).toEqual(['第一段激增', '兩段同步變動', '進口短報']);
  });

  it('names downloads after the table and the day the report was generated', () => {
    expect(reportFileName('corridors', '2026-11-24T22:10:00.000Z')).toBe(
      'taiwan-dual-use_report_corridors_2026-11-24.csv',
    );
    expect(reportFileName('monthly-exports', '2026-01-05T00:00:00Z')).toBe(
      'taiwan-dual-use_report_monthly-exports_2026-01-05.csv',
    );
  });
});

function render(input: ReportInput | null, locale: Locale = 'en'): string {
  return renderToStaticMarkup(
    createElement(
      I18nContext.Provider,
      { value: { locale, t: translator(locale) } },
      createElement(ReportPage, { input, onClose: () => undefined }),
    ),
  );
}

const count = (html: string, pattern: RegExp) => [...html.matchAll(pattern)].length;

describe('the report page', () => {
  it('has every section, one h1, captioned tables and scoped header cells', () => {
    const html = render(reportInput());
    for (const id of [
      'report',
      'report-synthetic',
      'report-findings',
      'report-map',
      'report-monthly',
      'report-corridors',
      'report-method',
      'report-sources',
      'report-provenance',
    ]) {
      expect(html, id).toContain(`data-testid="${id}"`);
    }
    expect(count(html, /<h1[\s>]/g)).toBe(1);
    expect(count(html, /<main[\s>]/g)).toBe(1);
    expect(count(html, /<table[\s>]/g)).toBe(count(html, /<caption>/g));
    expect(count(html, /<th(?![^>]*scope=)[\s>]/g)).toBe(0);
    expect(count(html, /<figure[\s>]/g)).toBe(count(html, /<figcaption>/g));
    expect(count(html, /<svg[^>]*role="img"/g)).toBe(2);
  });

  it('warns that the sample is synthetic, and only the sample', () => {
    expect(render(reportInput())).toContain('not from real trade statistics');
    const real = render(reportInput({ dataset: { ...reportInput().dataset, isSample: false } }));
    expect(real).not.toContain('data-testid="report-synthetic"');
  });

  it('shows the dataset, the checksum or that none was computed, and the app version', () => {
    const html = render(reportInput());
    expect(html).toContain('not computed');
    expect(html).toContain('0.1.0');
    expect(html).toContain('November 24, 2026 at 22:10 UTC');
    const checked = render(
      reportInput({ dataset: { ...reportInput().dataset, checksum: 'sha256:abc123' } }),
    );
    expect(checked).toContain('sha256:abc123');
  });

  it('lists the top 10 corridors with their explanations', () => {
    const many = Array.from({ length: 12 }, (_, i) =>
      corridor(i + 1, 0.9 - i * 0.05, KGZ, { product: String(854200 + i) }),
    );
    const html = render(reportInput({ corridors: many }));
    expect(html).toContain('Explanation of corridor 10.');
    expect(html).not.toContain('Explanation of corridor 11.');
    expect(html).toContain('Top 10 corridors by score');
  });

  it('shows a loading state while the analysis runs', () => {
    const html = render(null);
    expect(html).toContain('data-testid="report"');
    expect(html).toContain('Preparing the report…');
    expect(html).not.toContain('data-testid="report-findings"');
  });

  it('speaks Traditional Chinese', () => {
    const html = render(reportInput(), 'zh-TW');
    expect(html).toContain('重點發現');
    expect(html).toContain('合成示範資料');
    expect(html).not.toContain('Key findings');
    // The sources the country groups rest on are cited in Chinese too.
    expect(html).toContain(
      '經濟部，臺灣對俄羅斯（2022 年 4 月）及白俄羅斯（2022 年 5 月）的出口管制',
    );
    expect(html).not.toContain('Ministry of Economic Affairs');
  });
});

describe('the report dictionaries', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

  it('have the same keys and placeholders in both languages', () => {
    expect(Object.keys(zhTwReport).sort()).toEqual(Object.keys(enReport).sort());
    for (const key of Object.keys(enReport) as (keyof typeof enReport)[]) {
      expect(placeholders(zhTwReport[key]), key).toEqual(placeholders(enReport[key]));
    }
  });

  it('write Chinese without English words apart from codes and names of sources', () => {
    const CODES = new Set([
      'CHPL',
      'HS',
      'CIF',
      'FOB',
      'UN',
      'Comtrade',
      'CEPII',
      'BACI',
      'CSV',
      'UTF',
      'PDF',
      'US',
      'UTC',
      'V',
    ]);
    for (const [key, text] of Object.entries(zhTwReport)) {
      const words = text
        .replace(/\{\w+\}/g, '')
        .replace(/\b[\w.]+\.org\b/g, '')
        .match(/[A-Za-z]+/g);
      const english = (words ?? []).filter((w) => !CODES.has(w));
      expect(english, key).toEqual([]);
    }
  });

  it('use Traditional characters as written in Taiwan', () => {
    const all = Object.values(zhTwReport).join('');
    for (const simplified of '台国数据进贸货载语关发这个为对时与间图线长说会来经转运报计额亚区'.split(
      '',
    )) {
      expect(all, simplified).not.toContain(simplified);
    }
  });
});
