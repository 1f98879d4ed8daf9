import { csvParse, csvParseRows } from 'd3-dsv';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { translator, type Locale } from '../../src/i18n';
import { ExportMenu, type ExportItem } from '../../src/ui/ExportMenu';
import { csvText, flowsCsv, type FlowRow } from '../../src/ui/exports/csv';
import { exportFileName } from '../../src/ui/exports/file-name';
import { layoutMapPng, wrapText, type MeasureText } from '../../src/ui/exports/map-png';
import { I18nContext } from '../../src/ui/i18n-context';

const PERIOD = { first: '2024-07', last: '2025-06' };
const NO_SELECTION = { via: null, corridor: null };

describe('exportFileName', () => {
  it.each([
    {
      what: 'the period, products, intermediary and destination',
      view: { via: 'KGZ', corridor: null },
      kind: 'flows' as const,
      ext: 'csv' as const,
      extras: { products: ['CHPL-1'], to: 'RUS' },
      expected: 'taiwan-dual-use_flows_2024-07_2025-06_CHPL-1_via-KGZ_to-RUS.csv',
    },
    {
      what: 'nothing but the period when nothing is selected',
      view: NO_SELECTION,
      kind: 'map' as const,
      ext: 'png' as const,
      extras: {},
      expected: 'taiwan-dual-use_map_2024-07_2025-06.png',
    },
    {
      what: 'two products one by one',
      view: NO_SELECTION,
      kind: 'flows' as const,
      ext: 'csv' as const,
      extras: { products: ['854231', 'CHPL-3.A'] },
      expected: 'taiwan-dual-use_flows_2024-07_2025-06_854231_CHPL-3.A.csv',
    },
    {
      what: 'more than two products as a count',
      view: NO_SELECTION,
      kind: 'flows' as const,
      ext: 'csv' as const,
      extras: { products: ['CHPL-1', '8542', '847989'] },
      expected: 'taiwan-dual-use_flows_2024-07_2025-06_3-products.csv',
    },
    {
      what: 'mirror data, but not reported data',
      view: NO_SELECTION,
      kind: 'flows' as const,
      ext: 'csv' as const,
      extras: { source: 'mirror' as const },
      expected: 'taiwan-dual-use_flows_2024-07_2025-06_mirror.csv',
    },
    {
      what: 'reported data without a word',
      view: NO_SELECTION,
      kind: 'flows' as const,
      ext: 'csv' as const,
      extras: { source: 'reported' as const },
      expected: 'taiwan-dual-use_flows_2024-07_2025-06.csv',
    },
    {
      what: 'the selected corridor with file-safe separators',
      view: { via: 'KGZ', corridor: 'TWN>KGZ>RUS:854231' },
      kind: 'corridors' as const,
      ext: 'json' as const,
      extras: {},
      expected: 'taiwan-dual-use_corridors_2024-07_2025-06_via-KGZ_TWN-KGZ-RUS-854231.json',
    },
    {
      what: 'several destinations and odd characters as dashes',
      view: NO_SELECTION,
      kind: 'flows' as const,
      ext: 'csv' as const,
      extras: { products: ['HS 85/42'], to: 'RUS,BLR' },
      expected: 'taiwan-dual-use_flows_2024-07_2025-06_HS-85-42_to-RUS-BLR.csv',
    },
  ])('names $what', ({ view, kind, ext, extras, expected }) => {
    expect(exportFileName(view, kind, ext, PERIOD, extras)).toBe(expected);
  });

  it('names a single month once', () => {
    expect(exportFileName(NO_SELECTION, 'map', 'png', { first: '2025-06', last: '2025-06' })).toBe(
      'taiwan-dual-use_map_2025-06.png',
    );
  });

  it('keeps long names within 120 safe characters and their extension', () => {
    const name = exportFileName(
      { via: 'KGZ', corridor: 'TWN>KGZ>RUS:854231' },
      'flows',
      'csv',
      PERIOD,
      { products: ['X'.repeat(80), 'Y'.repeat(80)], to: 'RUS', source: 'mirror' },
    );
    expect(name.length).toBeLessThanOrEqual(120);
    expect(name).toMatch(/^[A-Za-z0-9._-]+\.csv$/);
    expect(name.startsWith('taiwan-dual-use_flows_2024-07_2025-06_XXXX')).toBe(true);
  });
});

/** Flows whose names hold what trips CSV up: commas, quotes, Chinese, a formula. */
const FLOWS: FlowRow[] = [
  {
    from: 'TWN',
    fromName: '臺灣',
    to: 'KGZ',
    toName: '吉爾吉斯',
    leg: 'first',
    firstMonth: '2024-07',
    lastMonth: '2025-06',
    valueUsd: 12_345_678.5,
    source: 'reported',
  },
  {
    from: 'KGZ',
    fromName: 'Kyrgyzstan, "the" Republic',
    to: 'RUS',
    toName: 'Russia\nFederation',
    leg: 'second',
    firstMonth: '2024-07',
    lastMonth: '2025-06',
    valueUsd: 12_000_000_000,
    source: 'mirror',
  },
  {
    from: 'TWN',
    fromName: 'Taiwan',
    to: 'XXX',
    toName: '=HYPERLINK("http://example.com")',
    leg: 'first',
    firstMonth: '2024-07',
    lastMonth: '2025-06',
    valueUsd: 0,
    source: 'reported',
  },
];

describe('flowsCsv', () => {
  it('starts with a UTF-8 byte order mark and ends every line in CRLF', () => {
    const text = flowsCsv(FLOWS, 'en');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.slice(1, 6)).toBe('from,');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/"[^"]*"/g, '').match(/\n/g)?.length).toBe(4);
    expect(text.replace(/"[^"]*"/g, '').match(/\r\n/g)?.length).toBe(4);
  });

  it('reads back with the same names and plain numbers', () => {
    const rows = csvParse(flowsCsv(FLOWS, 'zh-TW').slice(1));
    expect(rows.columns).toEqual([
      'from',
      'from_name_zh',
      'to',
      'to_name_zh',
      'leg',
      'first_month',
      'last_month',
      'value_usd',
      'source',
    ]);
    expect(rows[0]).toEqual({
      from: 'TWN',
      from_name_zh: '臺灣',
      to: 'KGZ',
      to_name_zh: '吉爾吉斯',
      leg: 'first',
      first_month: '2024-07',
      last_month: '2025-06',
      value_usd: '12345678.5',
      source: 'reported',
    });
    expect(rows[1]).toMatchObject({
      from_name_zh: 'Kyrgyzstan, "the" Republic',
      to_name_zh: 'Russia\nFederation',
      value_usd: '12000000000',
      source: 'mirror',
    });
    expect(rows[2]).toMatchObject({ value_usd: '0' });
  });

  it('names the language of the name columns in English headers', () => {
    const [header] = csvParseRows(flowsCsv([], 'en').slice(1));
    expect(header).toEqual([
      'from',
      'from_name_en',
      'to',
      'to_name_en',
      'leg',
      'first_month',
      'last_month',
      'value_usd',
      'source',
    ]);
  });

  it('shows a name that looks like a formula as text, not as a formula', () => {
    const rows = csvParse(flowsCsv(FLOWS, 'en').slice(1));
    expect(rows[2]?.to_name_en).toBe(`'=HYPERLINK("http://example.com")`);
  });
});

describe('csvText', () => {
  it('writes null and non-finite numbers as empty cells, negative numbers as numbers', () => {
    expect(csvText(['a', 'b', 'c', 'd'], [[null, Number.NaN, -1.5, 'x']])).toBe(
      '\uFEFFa,b,c,d\r\n,,-1.5,x\r\n',
    );
  });
});

/** Every character 8 px wide, whatever the font. */
const MONOSPACE: MeasureText = (text) => [...text].length * 8;

describe('the map image layout', () => {
  const layout = layoutMapPng(
    {
      title: 'Dual-use goods from Taiwan',
      period: 'Flows Jul 2024 – Jun 2025',
      legend: [
        { color: '#cc79a7', label: 'Tier 1: integrated circuits' },
        { color: '#059669', label: 'Tier 2: electronics' },
        { color: ['#fde047', '#f97316', '#dc2626'], label: 'Score 0–1' },
      ],
      footer: 'Source: bundled sample · generated 2026-11-24 · synthetic sample data',
      mapWidth: 400,
      mapHeight: 300,
      fontFamily: 'Inter',
    },
    MONOSPACE,
  );
  const textAt = (text: string) => layout.texts.find((t) => t.text === text);

  it('puts the title and period above the map, the legend and source below it', () => {
    const mapBottom = layout.map.y + layout.map.height;
    expect(textAt('Dual-use goods from Taiwan')?.y).toBeLessThan(layout.map.y);
    expect(textAt('Flows Jul 2024 – Jun 2025')?.y).toBeLessThan(layout.map.y);
    expect(textAt('Tier 1: integrated circuits')?.y).toBeGreaterThan(mapBottom);
    expect(layout.texts.at(-1)?.y).toBeGreaterThan(textAt('Score 0–1')?.y ?? Infinity);
    expect(layout.height).toBeGreaterThan(layout.texts.at(-1)?.y ?? Infinity);
    expect(layout.map).toMatchObject({ x: 0, width: 400, height: 300 });
  });

  it('wraps legend entries that do not fit beside each other onto the next row', () => {
    // 400 px wide, 16 px padding: "Tier 1…" (20 + 216 px) and "Tier 2…" (20 + 152 px) do not
    // fit on one row of 368 px; the score's ramp (54 + 72 px) fits beside "Tier 2…".
    expect(textAt('Tier 2: electronics')?.y).toBeGreaterThan(
      textAt('Tier 1: integrated circuits')?.y ?? Infinity,
    );
    expect(layout.swatches.map((s) => s.x)).toEqual([16, 16, 208]);
  });

  it('wraps a footer longer than the image', () => {
    const footerLines = layout.texts.filter((t) => t.y > (textAt('Score 0–1')?.y ?? 0));
    expect(footerLines.map((t) => t.text)).toEqual([
      'Source: bundled sample · generated 2026-11-24',
      '· synthetic sample data',
    ]);
  });

  it('writes every text at 14 px or more, in the page font', () => {
    for (const { font } of layout.texts) {
      expect(Number(font.match(/(\d+)px/)?.[1])).toBeGreaterThanOrEqual(14);
      expect(font.endsWith('Inter')).toBe(true);
    }
  });
});

describe('wrapText', () => {
  it('breaks Chinese text, which has no spaces, between characters', () => {
    expect(wrapText('資料來源：合成示範資料', 48, '', MONOSPACE)).toEqual([
      '資料來源：合',
      '成示範資料',
    ]);
  });

  it('breaks other text at spaces', () => {
    expect(wrapText('one two three', 64, '', MONOSPACE)).toEqual(['one two', 'three']);
  });
});

const ITEMS: ExportItem[] = [
  { id: 'map', label: 'Map (PNG)', run: () => undefined },
  { id: 'flows', label: 'Flows (CSV)', run: () => undefined },
];

/** The menu as static HTML (closed: its items are in the DOM but hidden). */
function renderMenu(props: { items?: ExportItem[]; busy?: boolean }, locale: Locale = 'en') {
  return renderToStaticMarkup(
    createElement(
      I18nContext.Provider,
      { value: { locale, t: translator(locale) } },
      createElement(ExportMenu, { items: props.items ?? ITEMS, busy: props.busy }),
    ),
  );
}

describe('ExportMenu', () => {
  it('is a closed menu button listing its items', () => {
    const html = renderMenu({});
    expect(html).toContain('data-testid="export-menu"');
    expect(html).toMatch(/<button[^>]*aria-haspopup="menu"[^>]*aria-expanded="false"[^>]*>Export/);
    expect(html).toMatch(/<ul[^>]*role="menu"[^>]*hidden=""/);
    const items = [
      ...html.matchAll(/<li role="menuitem"[^>]*data-testid="([^"]+)"[^>]*>([^<]*)</g),
    ];
    expect(items.map(([, id, label]) => [id, label])).toEqual([
      ['export-map', 'Map (PNG)'],
      ['export-flows', 'Flows (CSV)'],
    ]);
  });

  it('disables every item and says it is working while busy', () => {
    const html = renderMenu({ busy: true });
    expect(html).toMatch(/<button[^>]*aria-busy="true"[^>]*>Preparing…/);
    expect(html.match(/aria-disabled="true"/g)).toHaveLength(2);
  });

  it('speaks Traditional Chinese', () => {
    expect(renderMenu({}, 'zh-TW')).toMatch(/<button[^>]*>匯出/);
  });
});
