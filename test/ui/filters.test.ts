import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { createElement, type ReactElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { parseHsReference, productTree } from '../../src/analysis/product-selection';
import { translator, type Locale } from '../../src/i18n';
import {
  CountryPicker,
  searchCountries,
  type CountryOption,
  type CountryPickerProps,
} from '../../src/ui/CountryPicker';
import { I18nContext } from '../../src/ui/i18n-context';
import { flattenTree, ProductTree, treeKeyAction } from '../../src/ui/ProductTree';

const read = (name: string) =>
  readFileSync(new URL(`../../data/reference/${name}`, import.meta.url), 'utf8');
const ROWS = parseHsReference(read('hs.csv'));
const COUNTRIES: CountryOption[] = csvParse(read('countries.csv')).map((row) => ({
  code: row.iso3 ?? '',
  name: { en: row.name_en ?? '', 'zh-TW': row.name_zh ?? '' },
  aliases: row.aliases_zh ? row.aliases_zh.split('|') : [],
}));

const codes = (options: readonly CountryOption[]) => options.map((option) => option.code);

describe('searchCountries', () => {
  it.each([
    { query: 'kaz', first: 'KAZ' },
    { query: 'ＫＡＺ', first: 'KAZ' },
    { query: 'geo', first: 'GEO' },
    { query: 'kyrg', first: 'KGZ' },
    { query: 'curacao', first: 'CUW' },
    { query: '哈薩克', first: 'KAZ' },
    { query: '阿聯', first: 'ARE' },
    { query: '台灣', first: 'TWN' },
    { query: '格魯吉亞', first: 'GEO' },
  ])('finds $first first for "$query"', ({ query, first }) => {
    expect(codes(searchCountries(COUNTRIES, query, 'en'))[0]).toBe(first);
    expect(codes(searchCountries(COUNTRIES, query, 'zh-TW'))[0]).toBe(first);
  });

  it('puts the exact code first, then names starting with the query, then words, then the rest', () => {
    // "are" is the code of the Emirates, whose names do not start with it.
    expect(codes(searchCountries(COUNTRIES, 'are', 'en'))[0]).toBe('ARE');
    const united = codes(searchCountries(COUNTRIES, 'united', 'en'));
    expect(united.slice(0, 5)).toEqual(['ARE', 'GBR', 'USA', 'UMI', 'VIR']);
    // Names that start with "Guinea", then names with a word that does.
    expect(codes(searchCountries(COUNTRIES, 'guinea', 'en'))).toEqual(['GIN', 'GNB', 'GNQ', 'PNG']);
    // Chinese names have no spaces: 赤道幾內亞 and 巴布亞紐幾內亞 contain the query.
    const zh = codes(searchCountries(COUNTRIES, '幾內亞', 'zh-TW'));
    expect(zh.slice(0, 2)).toEqual(['GIN', 'GNB']);
    expect(zh.slice(2).sort()).toEqual(['GNQ', 'PNG']);
  });

  it('lists every country, alphabetically in the UI language, for an empty query', () => {
    const all = searchCountries(COUNTRIES, '', 'en');
    expect(all).toHaveLength(COUNTRIES.length);
    expect(codes(all).slice(0, 2)).toEqual(['AFG', 'ALA']);
  });

  it('returns nothing when nothing matches', () => {
    expect(searchCountries(COUNTRIES, 'xyzzy', 'en')).toEqual([]);
  });
});

describe('flattenTree and treeKeyAction', () => {
  const tree = productTree(ROWS);
  const lines = flattenTree(tree, (key) => ['chpl', 'hs', 'hs/85'].includes(key));
  const keys = lines.map((line) => line.key);

  it('shows the lines whose ancestors are open, with their level and place', () => {
    expect(keys.slice(0, 8)).toEqual([
      'chpl',
      'chpl/CHPL-1',
      'chpl/CHPL-2',
      'chpl/CHPL-3.A',
      'chpl/CHPL-3.B',
      'chpl/CHPL-4.A',
      'chpl/CHPL-4.B',
      'hs',
    ]);
    // 2 roots, 6 tiers, 7 chapters, the 13 headings of chapter 85.
    expect(lines).toHaveLength(2 + 6 + 7 + 13);
    const h8542 = lines.find((line) => line.key === 'hs/85/8542');
    expect(h8542).toMatchObject({
      level: 3,
      parentKey: 'hs/85',
      expandable: true,
      expanded: false,
    });
    expect(h8542?.position).toBe(11);
    expect(h8542?.siblings).toBe(13);
  });

  it.each([
    { from: 'chpl', key: 'ArrowDown', action: { kind: 'focus', key: 'chpl/CHPL-1' } },
    { from: 'chpl/CHPL-1', key: 'ArrowUp', action: { kind: 'focus', key: 'chpl' } },
    { from: 'chpl', key: 'ArrowUp', action: null },
    { from: 'hs/85/8542', key: 'Home', action: { kind: 'focus', key: 'chpl' } },
    { from: 'chpl', key: 'End', action: { kind: 'focus', key: 'hs/94' } },
    { from: 'hs/85/8542', key: 'ArrowRight', action: { kind: 'expand', key: 'hs/85/8542' } },
    { from: 'hs/85', key: 'ArrowRight', action: { kind: 'focus', key: 'hs/85/8504' } },
    { from: 'hs/85', key: 'ArrowLeft', action: { kind: 'collapse', key: 'hs/85' } },
    { from: 'hs/85/8542', key: 'ArrowLeft', action: { kind: 'focus', key: 'hs/85' } },
    { from: 'hs/85/8542', key: ' ', action: { kind: 'toggle', key: 'hs/85/8542' } },
    { from: 'chpl/CHPL-1', key: 'Enter', action: { kind: 'toggle', key: 'chpl/CHPL-1' } },
    // A root cannot be ticked: Space opens or closes it.
    { from: 'hs', key: ' ', action: { kind: 'collapse', key: 'hs' } },
    { from: 'hs', key: 'x', action: null },
  ])('$key on $from', ({ from, key, action }) => {
    expect(treeKeyAction(lines, from, key)).toEqual(action);
  });
});

/** Renders an element in a locale and reads the attributes of the elements it matches. */
function render(element: ReactElement, locale: Locale) {
  const html = renderToStaticMarkup(
    createElement(I18nContext.Provider, { value: { locale, t: translator(locale) } }, element),
  );
  const elements = (tag: string) =>
    [...html.matchAll(new RegExp(`<${tag}([^>]*)>(.*?)</${tag}>`, 'g'))].map(
      ([, attrs = '', inner = '']) => ({
        attr: (name: string) => attrs.match(new RegExp(` ${name}="([^"]*)"`))?.[1],
        text: inner.replace(/<[^>]*>/g, ''),
      }),
    );
  return { html, elements };
}

describe('ProductTree', () => {
  const tree = (selection: string[], locale: Locale = 'en') =>
    render(
      createElement(ProductTree, { rows: ROWS, selection, onChange: () => undefined }),
      locale,
    );

  it('opens on the two roots, tiers and chapters, with ticks from the selection', () => {
    const { elements } = tree(['8542']);
    const items = elements('li').filter((li) => li.attr('data-testid') === 'product-item');
    expect(items.map((item) => item.attr('data-code'))).toEqual([
      'chpl',
      'CHPL-1',
      'CHPL-2',
      'CHPL-3.A',
      'CHPL-3.B',
      'CHPL-4.A',
      'CHPL-4.B',
      'hs',
      '73',
      '84',
      '85',
      '87',
      '88',
      '90',
      '94',
    ]);
    const item = (code: string) => items.find((i) => i.attr('data-code') === code);
    expect(item('chpl')?.attr('aria-checked')).toBeUndefined();
    expect(item('chpl')?.attr('aria-expanded')).toBe('true');
    expect(item('CHPL-1')?.attr('aria-checked')).toBe('true');
    expect(item('CHPL-1')?.attr('aria-expanded')).toBe('false');
    expect(item('85')?.attr('aria-checked')).toBe('mixed');
    expect(item('84')?.attr('aria-checked')).toBe('false');
    expect(item('85')?.text).toContain('85Electrical machinery and equipment');
    // Only the first line is in the tab order.
    expect(items.map((i) => i.attr('tabindex')).filter((tab) => tab === '0')).toHaveLength(1);
  });

  it('says what is shown, and labels the search box, in both languages', () => {
    const en = tree(['8542']);
    expect(en.html).toContain('Showing: HS 8542: Electronic integrated circuits');
    expect(en.html).toContain('Find a product');
    const zh = tree([], 'zh-TW');
    expect(zh.html).toContain('目前顯示：全部 CHPL 貨品');
    expect(zh.html).toContain('搜尋貨品');
    expect(zh.html).toContain('共同高優先清單第1級貨品（積體電路）');
    expect(zh.elements('button')[0]?.attr('disabled')).toBe('');
  });
});

describe('CountryPicker', () => {
  const PROPS: CountryPickerProps = {
    id: 'via',
    label: 'Intermediary',
    options: COUNTRIES,
    value: null,
    onChange: () => undefined,
    allLabel: 'All intermediaries',
  };
  const picker = (props: Partial<CountryPickerProps>, locale: Locale = 'en') => {
    const { html, elements } = render(createElement(CountryPicker, { ...PROPS, ...props }), locale);
    const input = html.match(/<input([^>]*)>/)?.[1] ?? '';
    const attr = (name: string) => input.match(new RegExp(` ${name}="([^"]*)"`))?.[1];
    return { html, elements, attr };
  };

  it('is a closed combobox that controls its listbox', () => {
    const { html, attr } = picker({});
    expect(html).toContain('data-testid="country-picker-via"');
    expect(attr('role')).toBe('combobox');
    expect(attr('aria-expanded')).toBe('false');
    const list = html.match(/<ul([^>]*)>/)?.[1] ?? '';
    expect(list).toContain(`id="${attr('aria-controls')}"`);
    expect(list).toContain('role="listbox"');
    expect(attr('placeholder')).toBe('All intermediaries');
    expect(html).not.toContain('aria-label="Clear Intermediary"');
  });

  it('shows the chosen country in the UI language, with a button to clear it', () => {
    expect(picker({ value: 'KAZ' }).attr('value')).toBe('Kazakhstan');
    const zh = picker({ value: 'KAZ', label: '中轉經濟體' }, 'zh-TW');
    expect(zh.attr('value')).toBe('哈薩克');
    expect(zh.html).toContain('aria-label="清除中轉經濟體"');
  });
});
