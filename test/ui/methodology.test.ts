import { describe, expect, it } from 'vitest';
import methodologyDoc from '../../docs/methodology.md?raw';
import { SIGNAL_NAMES, signalLabel, signalMeaning } from '../../src/analysis/signals';
import { LOCALES } from '../../src/i18n';
import { enViews } from '../../src/i18n/en-views';
import { zhTwViews } from '../../src/i18n/zh-tw-views';
import {
  joinLines,
  methodologySection,
  parseBlocks,
  parseInline,
  type Block,
  type Inline,
} from '../../src/ui/methodology-doc';

const HAN = /[\u4e00-\u9fff]/;
const text = (nodes: readonly Inline[]): string =>
  nodes.map((n) => (n.kind === 'text' || n.kind === 'code' ? n.text : text(n.children))).join('');

describe('the signals in both languages', () => {
  it.each(SIGNAL_NAMES)('%s has a label and a meaning in English and Chinese', (name) => {
    expect(signalLabel(name, 'en').trim()).not.toBe('');
    expect(signalMeaning(name, 'en').trim()).not.toBe('');
    expect(signalLabel(name, 'zh-TW')).toMatch(HAN);
    expect(signalMeaning(name, 'zh-TW')).toMatch(HAN);
  });
});

describe('the view dictionaries', () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  it.each(Object.keys(enViews) as (keyof typeof enViews)[])(
    '%s has the same placeholders',
    (key) => {
      expect(zhTwViews[key].trim()).not.toBe('');
      expect(placeholders(zhTwViews[key])).toEqual(placeholders(enViews[key]));
    },
  );
});

describe('docs/methodology.md', () => {
  it.each(LOCALES)('has a %s section that holds that language only', (locale) => {
    const section = methodologySection(methodologyDoc, locale);
    expect(section.length).toBeGreaterThan(2000);
    expect(section).not.toMatch(/^## /m);
    if (locale === 'en') expect(section).not.toMatch(HAN);
    else expect(section).not.toContain('What is measured');
  });

  it.each(LOCALES)('lists in %s the same signals, in the same order, as the code', (locale) => {
    const blocks = parseBlocks(methodologySection(methodologyDoc, locale));
    const table = blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');
    const names = table?.rows.map((row) => text(row[0] ?? []).toLowerCase());
    expect(names).toEqual(SIGNAL_NAMES.map((name) => signalLabel(name, locale).toLowerCase()));
  });

  it('keeps the score formula as preformatted text', () => {
    const blocks = parseBlocks(methodologySection(methodologyDoc, 'en'));
    const code = blocks.find((b) => b.kind === 'code');
    expect(code).toMatchObject({ kind: 'code', text: expect.stringMatching(/^gate {2}= /) });
  });
});

describe('the Markdown subset', () => {
  it('parses bold, italics and code, and keeps a link’s text only', () => {
    expect(parseInline('a **b *c* d** `d` *o → i* [e](#f) <script>')).toEqual([
      { kind: 'text', text: 'a ' },
      {
        kind: 'strong',
        children: [
          { kind: 'text', text: 'b ' },
          { kind: 'em', children: [{ kind: 'text', text: 'c' }] },
          { kind: 'text', text: ' d' },
        ],
      },
      { kind: 'text', text: ' ' },
      { kind: 'code', text: 'd' },
      { kind: 'text', text: ' ' },
      { kind: 'em', children: [{ kind: 'text', text: 'o → i' }] },
      { kind: 'text', text: ' ' },
      { kind: 'text', text: 'e' },
      { kind: 'text', text: ' <script>' },
    ]);
  });

  it('joins wrapped lines without a space inside Chinese text', () => {
    expect(joinLines(['都會被', '當作可能', 'the `npm run analyze`', 'and more'])).toBe(
      '都會被當作可能the `npm run analyze` and more',
    );
  });

  it('reads headings, paragraphs, lists, tables and code blocks', () => {
    const blocks = parseBlocks(
      [
        '### Title',
        '',
        'one',
        'two',
        '',
        '- a',
        '  b',
        '- c',
        '',
        '| x | y |',
        '|---|---|',
        '| 1 | 2 |',
        '',
        '    code',
      ].join('\n'),
    );
    expect(blocks.map((b) => b.kind)).toEqual(['heading', 'paragraph', 'list', 'table', 'code']);
    expect(blocks[1]).toEqual({ kind: 'paragraph', content: [{ kind: 'text', text: 'one two' }] });
    expect(blocks[2]).toMatchObject({ items: [[{ text: 'a b' }], [{ text: 'c' }]] });
    expect(blocks[3]).toMatchObject({
      header: [[{ text: 'x' }], [{ text: 'y' }]],
      rows: [[[{ text: '1' }], [{ text: '2' }]]],
    });
  });
});
