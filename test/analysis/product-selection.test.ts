import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  normalizeSelection,
  parseHsReference,
  productMatcher,
  productTree,
  searchProducts,
  selectionLabel,
  selectionState,
  toggleCode,
  type ProductNode,
} from '../../src/analysis/product-selection';
import type { ProductLevel } from '../../src/analysis/params';

const HS_CSV = readFileSync(new URL('../../data/reference/hs.csv', import.meta.url), 'utf8');
const ROWS = parseHsReference(HS_CSV);

/** The codes of a tree, each as the path from its root: 'hs/85/8542'. */
function paths(nodes: readonly ProductNode[], parent = ''): string[] {
  return nodes.flatMap((node) => {
    const path = parent ? `${parent}/${node.code}` : node.code;
    return [path, ...paths(node.children, path)];
  });
}

describe('parseHsReference', () => {
  it('reads the 90 rows of hs.csv with their levels, parents, names and tiers', () => {
    expect(ROWS).toHaveLength(90);
    expect(ROWS.find((row) => row.hs === '854231')).toEqual({
      hs: '854231',
      level: 6,
      parent: '8542',
      name: {
        en: 'Electronic ICs: processors and controllers',
        'zh-TW': '積體電路：處理器及控制器',
      },
      chplTier: '1',
    });
    expect(ROWS.find((row) => row.hs === '73')).toMatchObject({ level: 2, parent: null });
    expect(ROWS.find((row) => row.hs === '731815')?.chplTier).toBeNull();
    expect(ROWS.find((row) => row.hs === '8536')?.name['zh-TW']).toBe(
      '電路開關、保護或連接用之電氣用具，電壓不超過1,000伏特者',
    );
  });

  it('refuses a row whose code does not fit its level', () => {
    const csv = 'hs,level,parent,desc_en,desc_zh,chpl_tier\n8542,6,85,ICs,積體電路,1\n';
    expect(() => parseHsReference(csv)).toThrow(/line 2/);
  });
});

describe('productTree', () => {
  const tree = productTree(ROWS);
  const [chpl, hs] = tree;

  it('has a root of CHPL tiers and a root of HS chapters, named in both languages', () => {
    expect(tree.map((node) => node.code)).toEqual(['chpl', 'hs']);
    expect(chpl?.name).toEqual({ en: 'CHPL tiers', 'zh-TW': 'CHPL 分級' });
    expect(hs?.name).toEqual({ en: 'HS chapters', 'zh-TW': 'HS 章別' });
  });

  it('lists the six tiers in list order, each with its HS-6 codes', () => {
    expect(chpl?.children.map((node) => node.code)).toEqual([
      'CHPL-1',
      'CHPL-2',
      'CHPL-3.A',
      'CHPL-3.B',
      'CHPL-4.A',
      'CHPL-4.B',
    ]);
    const tier = (code: string) => chpl?.children.find((node) => node.code === code);
    expect(tier('CHPL-1')?.children.map((node) => node.code)).toEqual([
      '854231',
      '854232',
      '854233',
      '854239',
    ]);
    expect(tier('CHPL-4.B')?.children.map((node) => node.code)).toEqual([
      '845710',
      '845811',
      '845891',
      '845961',
      '846693',
    ]);
    expect(tier('CHPL-1')?.name).toEqual({
      en: 'CHPL tier 1 goods (integrated circuits)',
      'zh-TW': '共同高優先清單第1級貨品（積體電路）',
    });
  });

  it('nests chapters, headings and subheadings', () => {
    expect(hs?.children.map((node) => node.code)).toEqual([
      '73',
      '84',
      '85',
      '87',
      '88',
      '90',
      '94',
    ]);
    const ch85 = hs?.children.find((node) => node.code === '85');
    const h8542 = ch85?.children.find((node) => node.code === '8542');
    expect(h8542?.name.en).toBe('Electronic integrated circuits');
    expect(h8542?.children.map((node) => node.code)).toEqual([
      '854231',
      '854232',
      '854233',
      '854239',
    ]);
    // 90 rows, two roots, six tiers, and the 50 HS-6 codes with a tier again under their tier.
    expect(paths(tree)).toHaveLength(90 + 2 + 6 + 50);
  });
});

describe('productMatcher', () => {
  const cases: {
    selection: string[];
    hs6: Record<string, boolean>;
    products: [string, ProductLevel, boolean][];
  }[] = [
    {
      // The default: every HS-6 code with a tier, and nothing else.
      selection: [],
      hs6: { '854231': true, '845710': true, '731815': false, '870899': false, '999999': false },
      products: [
        ['85', '2', true],
        ['73', '2', false],
        ['8542', '4', true],
        ['8507', '4', false],
        ['850760', '6', false],
        ['rev:854140', '6', true],
        ['CHPL-2', 'tier', true],
      ],
    },
    {
      selection: ['CHPL-1'],
      hs6: { '854231': true, '854239': true, '854110': false, '854290': false },
      products: [
        ['85', '2', true],
        ['84', '2', false],
        ['8542', '4', true],
        ['8541', '4', false],
        ['rev:854140', '6', false],
        ['CHPL-1', 'tier', true],
        ['CHPL-2', 'tier', false],
      ],
    },
    {
      // A heading holds the codes hs.csv lists under it and those it does not (854190).
      selection: ['8541'],
      hs6: { '854110': true, '854190': true, '854231': false },
      products: [
        ['85', '2', true],
        ['8541', '4', true],
        ['8542', '4', false],
        ['854160', '6', true],
        ['rev:854140', '6', true],
        ['CHPL-3.A', 'tier', true],
        ['CHPL-1', 'tier', false],
      ],
    },
    {
      // A chapter with no CHPL goods can still be chosen.
      selection: ['73'],
      hs6: { '731815': true, '731816': true, '854231': false },
      products: [
        ['73', '2', true],
        ['7318', '4', true],
        ['CHPL-3.A', 'tier', false],
      ],
    },
    {
      // A code absent from hs.csv matches by prefix only, and its heading and chapter hold it.
      selection: ['854190'],
      hs6: { '854190': true, '854110': false },
      products: [
        ['8541', '4', true],
        ['85', '2', true],
        ['84', '2', false],
        ['CHPL-3.A', 'tier', false],
      ],
    },
    {
      selection: ['85', 'CHPL-4.B'],
      hs6: { '854231': true, '850760': true, '845710': true, '847180': false },
      products: [
        ['8542', '4', true],
        ['84', '2', true],
        ['8471', '4', false],
        ['CHPL-4.A', 'tier', true],
        ['CHPL-3.B', 'tier', false],
      ],
    },
  ];

  it.each(cases)('with [$selection]', ({ selection, hs6, products }) => {
    const matcher = productMatcher(selection, ROWS);
    for (const [code, expected] of Object.entries(hs6)) {
      expect(matcher.hs6(code), code).toBe(expected);
    }
    for (const [product, level, expected] of products) {
      expect(matcher.product(product, level), `${product} at level ${level}`).toBe(expected);
    }
  });
});

describe('normalizeSelection', () => {
  it.each([
    { selection: ['8542', '8542', 'foo', 'CHPL-9', '85421', '123'], expected: ['8542'] },
    { selection: ['8542', '854231'], expected: ['8542'] },
    { selection: ['854231', 'CHPL-1'], expected: ['CHPL-1'] },
    // Tier 1 is exactly heading 8542's four codes; the heading also holds codes not listed.
    { selection: ['CHPL-1', '8542'], expected: ['8542'] },
    {
      selection: ['90', 'CHPL-4.B', '8542', 'CHPL-2'],
      expected: ['CHPL-2', 'CHPL-4.B', '8542', '90'],
    },
  ])('$selection → $expected', ({ selection, expected }) => {
    expect(normalizeSelection(selection, ROWS)).toEqual(expected);
  });
});

describe('toggleCode', () => {
  it.each([
    { what: 'ticks a tier', selection: [], code: 'CHPL-1', expected: ['CHPL-1'] },
    { what: 'unticks a ticked code', selection: ['854231'], code: '854231', expected: [] },
    {
      what: 'ticking a parent drops its ticked children',
      selection: ['854231', '854232', '848210'],
      code: '8542',
      expected: ['848210', '8542'],
    },
    {
      what: 'ticking a chapter drops its headings',
      selection: ['8541', '8542'],
      code: '85',
      expected: ['85'],
    },
    {
      what: 'ticking a tier drops its codes',
      selection: ['854231', '854110'],
      code: 'CHPL-1',
      expected: ['CHPL-1', '854110'],
    },
    {
      what: 'ticking a partly ticked heading ticks all of it',
      selection: ['854231'],
      code: '8542',
      expected: ['8542'],
    },
    {
      what: 'unticking a code of a ticked tier keeps the tier’s other codes',
      selection: ['CHPL-1'],
      code: '854231',
      expected: ['854232', '854233', '854239'],
    },
    {
      what: 'unticking a code of a ticked chapter keeps its other headings and subheadings',
      selection: ['85'],
      code: '854231',
      expected: [
        '8504',
        '8507',
        '8517',
        '8525',
        '8526',
        '8529',
        '8532',
        '8534',
        '8536',
        '8541',
        '854232',
        '854233',
        '854239',
        '8543',
        '8548',
      ],
    },
    {
      what: 'unticking heading 8542 while tier 1 (its four codes) is ticked leaves nothing',
      selection: ['CHPL-1'],
      code: '8542',
      expected: [],
    },
    {
      what: 'unticking tier 1 while heading 8542 is ticked leaves nothing',
      selection: ['8542'],
      code: 'CHPL-1',
      expected: [],
    },
    {
      what: 'unticking a heading of a ticked tier keeps the tier’s codes elsewhere',
      selection: ['CHPL-3.A'],
      code: '8541',
      expected: ['847150', '850440', '851769', '852589', '852910', '852990', '853669', '853690'],
    },
    { what: 'a root changes nothing', selection: ['8542'], code: 'hs', expected: ['8542'] },
  ])('$what', ({ selection, code, expected }) => {
    expect(toggleCode(selection, code, ROWS)).toEqual(expected);
  });
});

describe('selectionState', () => {
  it.each([
    {
      selection: ['8542'],
      states: { '8542': true, '854231': true, 'CHPL-1': true, '85': 'mixed', '84': false },
    },
    {
      selection: ['CHPL-3.A'],
      // All eight codes of 8541 are tier 3.A; 8471 has one code of 3.A, one of 4.A, one of none.
      states: { '8541': true, '8471': 'mixed', '85': 'mixed', '8542': false, 'CHPL-3.A': true },
    },
    {
      selection: ['854190'],
      states: { '8541': 'mixed', '85': 'mixed', '854110': false, 'CHPL-3.A': false },
    },
    // Nothing ticked: the default, which the summary names.
    { selection: [], states: { 'CHPL-1': false, '85': false, hs: false } },
  ])('with [$selection]', ({ selection, states }) => {
    const state = selectionState(selection, ROWS);
    for (const [code, expected] of Object.entries(states)) {
      expect(state(code), code).toBe(expected);
    }
  });
});

describe('searchProducts', () => {
  const tree = productTree(ROWS);

  it.each([
    {
      query: '8542',
      expected: [
        'chpl',
        'chpl/CHPL-1',
        'chpl/CHPL-1/854231',
        'chpl/CHPL-1/854232',
        'chpl/CHPL-1/854233',
        'chpl/CHPL-1/854239',
        'hs',
        'hs/85',
        'hs/85/8542',
        'hs/85/8542/854231',
        'hs/85/8542/854232',
        'hs/85/8542/854233',
        'hs/85/8542/854239',
      ],
    },
    {
      query: 'HS 8542.32',
      expected: [
        'chpl',
        'chpl/CHPL-1',
        'chpl/CHPL-1/854232',
        'hs',
        'hs/85',
        'hs/85/8542',
        'hs/85/8542/854232',
      ],
    },
    {
      query: '８５４２３２',
      expected: [
        'chpl',
        'chpl/CHPL-1',
        'chpl/CHPL-1/854232',
        'hs',
        'hs/85',
        'hs/85/8542',
        'hs/85/8542/854232',
      ],
    },
    {
      // Chinese names are searched in the English UI too.
      query: '記憶體',
      expected: [
        'chpl',
        'chpl/CHPL-1',
        'chpl/CHPL-1/854232',
        'hs',
        'hs/85',
        'hs/85/8542',
        'hs/85/8542/854232',
      ],
    },
    {
      query: 'MEMORIES',
      expected: [
        'chpl',
        'chpl/CHPL-1',
        'chpl/CHPL-1/854232',
        'hs',
        'hs/85',
        'hs/85/8542',
        'hs/85/8542/854232',
      ],
    },
    {
      query: 'lithium',
      expected: ['hs', 'hs/85', 'hs/85/8507', 'hs/85/8507/850760'],
    },
  ])('finds "$query" in context', ({ query, expected }) => {
    expect(paths(searchProducts(tree, query, 'en'))).toEqual(expected);
  });

  it('shows a matching line without its children that do not match', () => {
    // Tier 1's name says "integrated circuits"; its codes say "Electronic ICs".
    const found = searchProducts(tree, 'integrated circuits', 'zh-TW');
    expect(paths(found).filter((path) => path.startsWith('chpl'))).toEqual(['chpl', 'chpl/CHPL-1']);
    expect(paths(found)).toContain('hs/85/8542');
    expect(paths(found)).not.toContain('hs/85/8542/854231');
  });

  it('returns the whole tree for an empty query and nothing for a query that matches nothing', () => {
    expect(searchProducts(tree, '  ', 'en')).toEqual(tree);
    expect(searchProducts(tree, 'zzz', 'en')).toEqual([]);
  });
});

describe('selectionLabel', () => {
  it.each([
    { selection: [], en: 'All CHPL goods', zh: '全部 CHPL 貨品' },
    {
      selection: ['CHPL-1'],
      en: 'CHPL tier 1: integrated circuits',
      zh: 'CHPL 第1級：積體電路',
    },
    {
      selection: ['8542'],
      en: 'HS 8542: Electronic integrated circuits',
      zh: 'HS 8542：積體電路',
    },
    { selection: ['854190'], en: 'HS 854190', zh: 'HS 854190' },
    { selection: ['8542', '854110', '8541'], en: 'HS 8541 + 1 more', zh: 'HS 8541 及另 1 項' },
    {
      selection: ['8542', '854110', 'CHPL-2'],
      en: 'CHPL tier 2 + 2 more',
      zh: 'CHPL 第2級 及另 2 項',
    },
  ])('$selection reads "$en"', ({ selection, en, zh }) => {
    expect(selectionLabel(selection, ROWS, 'en')).toBe(en);
    expect(selectionLabel(selection, ROWS, 'zh-TW')).toBe(zh);
  });
});
