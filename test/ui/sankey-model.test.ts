import { describe, expect, it } from 'vitest';
import {
  LABEL_LINE_PX,
  OTHER_CODE,
  estimateTextWidth,
  fitLabel,
  intermediaryShownAs,
  linkEmphasis,
  sankeyLayout,
  truncateText,
  type SankeyInput,
  type SankeyModel,
} from '../../src/ui/sankey-model';

/*
 * What can have passed through each intermediary, min(first leg, second legs):
 *   KGZ min(250 + 50, 200 + 100) = 300   ARM min(100, 80) = 80   ARE min(50, 10) = 10
 *   KAZ min(40, 0) = 0 (first leg only)  GEO min(0, 70) = 0 (second leg only)
 * KAZ and GEO tie at 0 and KAZ has the larger first leg. The NaN, negative and zero values
 * are left out, so TUR and UZB do not appear at all.
 */
const FIXTURE: SankeyInput = {
  origin: 'TWN',
  firstLegs: [
    { via: 'KGZ', value: 250 },
    { via: 'ARM', value: 100 },
    { via: 'ARE', value: 50 },
    { via: 'KAZ', value: 40 },
    { via: 'KGZ', value: 50 },
    { via: 'TUR', value: Number.NaN },
    { via: 'UZB', value: 0 },
    { via: 'ARE', value: -20 },
  ],
  secondLegs: [
    { via: 'KGZ', to: 'RUS', value: 200 },
    { via: 'KGZ', to: 'BLR', value: 100 },
    { via: 'ARM', to: 'RUS', value: 80 },
    { via: 'ARE', to: 'RUS', value: 10 },
    { via: 'GEO', to: 'RUS', value: 70 },
    { via: 'TUR', to: 'RUS', value: Number.NaN },
    { via: 'UZB', to: 'BLR', value: -3 },
  ],
};

const SIZE = { width: 600, height: 220 };
const model = sankeyLayout(FIXTURE, { ...SIZE, maxIntermediaries: 3 });

const column = (m: SankeyModel, c: number) => m.nodes.filter((n) => n.column === c);
const codes = (m: SankeyModel, c: number) => column(m, c).map((n) => n.code);
const node = (m: SankeyModel, c: number, code: string) => {
  const found = m.nodes.find((n) => n.column === c && n.code === code);
  if (!found) throw new Error(`no node ${code} in column ${c}`);
  return found;
};
const linkValues = (m: SankeyModel) =>
  Object.fromEntries(m.links.map((l) => [`${l.source}>${l.target}`, l.value]));
const numbersOf = (m: SankeyModel) => [
  ...m.nodes.flatMap((n) => [n.x0, n.x1, n.y0, n.y1, n.value]),
  ...m.links.flatMap((l) => [l.width, l.value]),
];

describe('sankeyLayout: which intermediaries get a node', () => {
  it('keeps the top N by what can have passed through and merges the rest into "other"', () => {
    expect(codes(model, 0)).toEqual(['TWN']);
    expect(codes(model, 1)).toEqual(['KGZ', 'ARM', 'ARE', OTHER_CODE]);
    expect(node(model, 1, OTHER_CODE).members).toEqual(['KAZ', 'GEO']);
  });

  it('sums the merged intermediaries’ legs into the "other" links', () => {
    expect(linkValues(model)).toEqual({
      'TWN>KGZ': 300,
      'TWN>ARM': 100,
      'TWN>ARE': 50,
      'TWN>other': 40,
      'KGZ>RUS': 200,
      'KGZ>BLR': 100,
      'ARM>RUS': 80,
      'ARE>RUS': 10,
      'other>RUS': 70,
    });
  });

  it('gives each node the larger of what flows in and out', () => {
    expect(node(model, 0, 'TWN').value).toBe(300 + 100 + 50 + 40);
    expect(node(model, 1, 'KGZ').value).toBe(300);
    expect(node(model, 1, 'ARE').value).toBe(50);
    expect(node(model, 1, OTHER_CODE).value).toBe(70);
    expect(node(model, 2, 'RUS').value).toBe(200 + 80 + 10 + 70);
    expect(node(model, 2, 'BLR').value).toBe(100);
  });

  it('breaks a tie in what passed through by the larger first leg', () => {
    const input: SankeyInput = {
      origin: 'TWN',
      firstLegs: [
        { via: 'ARM', value: 30 },
        { via: 'KGZ', value: 50 },
      ],
      secondLegs: [
        { via: 'ARM', to: 'RUS', value: 20 },
        { via: 'KGZ', to: 'RUS', value: 20 },
      ],
    };
    const one = sankeyLayout(input, { ...SIZE, maxIntermediaries: 1 });
    expect(codes(one, 1)).toEqual(['KGZ', OTHER_CODE]);
    expect(node(one, 1, OTHER_CODE).members).toEqual(['ARM']);
  });

  it('ranks an intermediary with one leg below any with both, however large that leg', () => {
    const input: SankeyInput = {
      origin: 'TWN',
      firstLegs: [
        { via: 'ARE', value: 1_000_000 },
        { via: 'ARM', value: 5 },
      ],
      secondLegs: [{ via: 'ARM', to: 'RUS', value: 5 }],
    };
    const one = sankeyLayout(input, { ...SIZE, maxIntermediaries: 1 });
    expect(codes(one, 1)).toEqual(['ARM', OTHER_CODE]);
    expect(node(one, 1, OTHER_CODE).members).toEqual(['ARE']);
  });

  it('shows every intermediary and no "other" node when there are at most N', () => {
    const all = sankeyLayout(FIXTURE, SIZE);
    expect(codes(all, 1)).toEqual(['KGZ', 'ARM', 'GEO', 'ARE', 'KAZ']);
    expect(all.nodes.every((n) => n.members.length === 0)).toBe(true);
  });
});

describe('sankeyLayout: geometry', () => {
  it('draws link widths and node heights proportional to their values', () => {
    const scale = (model.links[0]?.width ?? 0) / (model.links[0]?.value ?? 1);
    expect(scale).toBeGreaterThan(0);
    for (const link of model.links) {
      expect(link.width / link.value, `${link.id}`).toBeCloseTo(scale, 9);
    }
    for (const n of model.nodes) {
      expect((n.y1 - n.y0) / n.value, n.id).toBeCloseTo(scale, 9);
    }
    const kgz = model.links.find((l) => l.source === 'TWN' && l.target === 'KGZ');
    const kgzRus = model.links.find((l) => l.source === 'KGZ' && l.target === 'RUS');
    expect((kgz?.width ?? 0) / (kgzRus?.width ?? 1)).toBeCloseTo(300 / 200, 9);
  });

  it('puts the columns left to right, sorted by value, "other" at the bottom', () => {
    const x = (c: number) => column(model, c)[0]?.x0 ?? Number.NaN;
    expect(x(0)).toBeLessThan(x(1));
    expect(x(1)).toBeLessThan(x(2));
    for (const c of [0, 1, 2]) {
      const nodes = column(model, c);
      nodes.slice(1).forEach((n, i) => expect(n.y0).toBeGreaterThan(nodes[i]?.y1 ?? Infinity));
      expect(new Set(nodes.map((n) => n.x0)).size).toBe(1);
    }
    expect(codes(model, 2)).toEqual(['RUS', 'BLR']);
    // 'other' (70) is larger than ARE (50) but stays last.
    expect(codes(model, 1).at(-1)).toBe(OTHER_CODE);
  });

  it.each([600, 120, 40])('keeps every node inside an SVG %i px wide', (width) => {
    const m = sankeyLayout(FIXTURE, { width, height: SIZE.height, maxIntermediaries: 3 });
    for (const n of m.nodes) {
      expect(n.x0).toBeGreaterThanOrEqual(0);
      expect(n.x1).toBeLessThanOrEqual(width);
      expect(n.y0).toBeGreaterThanOrEqual(-1e-9);
      expect(n.y1).toBeLessThanOrEqual(SIZE.height + 1e-9);
    }
  });

  it('keeps the intermediaries in the middle column when one side is missing', () => {
    const middle = node(model, 1, 'KGZ').x0;
    const firstOnly = sankeyLayout(
      { origin: 'TWN', firstLegs: [{ via: 'KGZ', value: 10 }], secondLegs: [] },
      SIZE,
    );
    expect(codes(firstOnly, 2)).toEqual([]);
    expect(node(firstOnly, 1, 'KGZ').x0).toBeCloseTo(middle, 9);

    const secondOnly = sankeyLayout(
      { origin: 'TWN', firstLegs: [], secondLegs: [{ via: 'KGZ', to: 'RUS', value: 10 }] },
      SIZE,
    );
    expect(codes(secondOnly, 0)).toEqual([]);
    expect(node(secondOnly, 1, 'KGZ').x0).toBeCloseTo(middle, 9);
  });

  it('keeps an intermediary with no first leg out of the origin’s column', () => {
    // No intermediary has both legs: ARM only receives, GEO only sends.
    const split = sankeyLayout(
      {
        origin: 'TWN',
        firstLegs: [{ via: 'ARM', value: 10 }],
        secondLegs: [{ via: 'GEO', to: 'RUS', value: 30 }],
      },
      SIZE,
    );
    expect(codes(split, 0)).toEqual(['TWN']);
    expect(codes(split, 1).sort()).toEqual(['ARM', 'GEO']);
    expect(codes(split, 2)).toEqual(['RUS']);
    expect(node(split, 1, 'GEO').x0).toBe(node(split, 1, 'ARM').x0);
    expect(node(split, 0, 'TWN').x0).toBeLessThan(node(split, 1, 'GEO').x0);
    expect(node(split, 2, 'RUS').x0).toBeGreaterThan(node(split, 1, 'GEO').x0);
    expect(linkValues(split)).toEqual({ 'TWN>ARM': 10, 'GEO>RUS': 30 });
    // RUS is laid out in a column of its own, not stacked under ARM and GEO: GEO → RUS runs level.
    expect(node(split, 2, 'RUS').y0).toBeCloseTo(node(split, 1, 'GEO').y0, 0);
    expect(node(split, 2, 'RUS').y1).toBeCloseTo(node(split, 1, 'GEO').y1, 0);
  });

  it('gives a country that is both intermediary and destination a node in each column', () => {
    const both = sankeyLayout(
      {
        origin: 'TWN',
        firstLegs: [
          { via: 'KAZ', value: 20 },
          { via: 'BLR', value: 10 },
        ],
        secondLegs: [
          { via: 'KAZ', to: 'BLR', value: 5 },
          { via: 'BLR', to: 'RUS', value: 8 },
        ],
      },
      SIZE,
    );
    expect(node(both, 1, 'BLR').value).toBe(10);
    expect(node(both, 2, 'BLR').value).toBe(5);
    expect(new Set(both.nodes.map((n) => n.id)).size).toBe(both.nodes.length);
  });
});

describe('sankeyLayout: no flow, odd sizes', () => {
  it.each([
    ['nothing at all', { origin: 'TWN', firstLegs: [], secondLegs: [] }],
    [
      'only values that are not positive numbers',
      {
        origin: 'TWN',
        firstLegs: [
          { via: 'KGZ', value: 0 },
          { via: 'ARM', value: Number.NaN },
        ],
        secondLegs: [{ via: 'KGZ', to: 'RUS', value: -1 }],
      },
    ],
  ])('lays out no node for %s', (_, input: SankeyInput) => {
    const empty = sankeyLayout(input, SIZE);
    expect(empty.nodes).toEqual([]);
    expect(empty.links).toEqual([]);
  });

  it.each([
    ['the fixture', FIXTURE, 600, 220],
    ['the fixture in a tiny box', FIXTURE, 40, 12],
    [
      'one link',
      { origin: 'TWN', firstLegs: [{ via: 'ARM', value: 1 }], secondLegs: [] },
      600,
      220,
    ],
    [
      'a zero-size box',
      { origin: 'TWN', firstLegs: [], secondLegs: [{ via: 'ARM', to: 'RUS', value: 1 }] },
      0,
      0,
    ],
  ])('draws no NaN for %s', (_, input: SankeyInput, width: number, height: number) => {
    const m = sankeyLayout(input, { width, height, maxIntermediaries: 2 });
    expect(m.links.length).toBeGreaterThan(0);
    for (const value of numbersOf(m)) expect(Number.isFinite(value)).toBe(true);
    for (const link of m.links) {
      expect(link.d).toMatch(/^M/);
      expect(link.d).not.toMatch(/NaN|Infinity|undefined/);
    }
  });

  it('gives the same numbers for the same flows in any order', () => {
    const reversed: SankeyInput = {
      origin: 'TWN',
      firstLegs: [...FIXTURE.firstLegs].reverse(),
      secondLegs: [...FIXTURE.secondLegs].reverse(),
    };
    const again = sankeyLayout(reversed, { ...SIZE, maxIntermediaries: 3 });
    expect(again).toEqual(model);
  });
});

describe('selection', () => {
  const emphasis = (via: string | null, to: string | null) =>
    Object.fromEntries(
      model.links.map((l) => [`${l.source}>${l.target}`, linkEmphasis(model, l, via, to)]),
    );

  it('does not change the layout', () => {
    const before = JSON.stringify(model);
    emphasis('KGZ', 'RUS');
    emphasis('GEO', null);
    const fresh = sankeyLayout(FIXTURE, { ...SIZE, maxIntermediaries: 3 });
    expect(JSON.stringify(model)).toBe(before);
    expect(fresh).toEqual(model);
  });

  it('leaves every link as it is with nothing selected', () => {
    expect(new Set(Object.values(emphasis(null, null)))).toEqual(new Set(['normal']));
  });

  it('highlights the links through the selected intermediary and dims the rest', () => {
    expect(emphasis('KGZ', null)).toEqual({
      'TWN>KGZ': 'highlighted',
      'TWN>ARM': 'dimmed',
      'TWN>ARE': 'dimmed',
      'TWN>other': 'dimmed',
      'KGZ>RUS': 'highlighted',
      'KGZ>BLR': 'highlighted',
      'ARM>RUS': 'dimmed',
      'ARE>RUS': 'dimmed',
      'other>RUS': 'dimmed',
    });
  });

  it('highlights the paths to the selected destination, first legs included', () => {
    expect(emphasis(null, 'BLR')).toEqual({
      'TWN>KGZ': 'highlighted',
      'TWN>ARM': 'dimmed',
      'TWN>ARE': 'dimmed',
      'TWN>other': 'dimmed',
      'KGZ>RUS': 'dimmed',
      'KGZ>BLR': 'highlighted',
      'ARM>RUS': 'dimmed',
      'ARE>RUS': 'dimmed',
      'other>RUS': 'dimmed',
    });
    const both = emphasis('KGZ', 'RUS');
    expect(both['TWN>KGZ']).toBe('highlighted');
    expect(both['KGZ>RUS']).toBe('highlighted');
    expect(both['KGZ>BLR']).toBe('dimmed');
  });

  it('shows an intermediary merged into "other" as the "other" node', () => {
    expect(intermediaryShownAs(model, 'GEO')).toBe(OTHER_CODE);
    expect(intermediaryShownAs(model, 'ARM')).toBe('ARM');
    expect(intermediaryShownAs(model, 'XXX')).toBeNull();
    expect(emphasis('GEO', null)['other>RUS']).toBe('highlighted');
    expect(emphasis('GEO', null)['TWN>other']).toBe('highlighted');
    expect(emphasis('GEO', null)['KGZ>RUS']).toBe('dimmed');
  });
});

describe('labels', () => {
  it('leave room for every label inside the SVG and keep them apart in a column', () => {
    const crowded = sankeyLayout(FIXTURE, { width: 320, height: 60 });
    for (const c of [0, 1, 2]) {
      const labels = column(crowded, c).flatMap((n) => (n.label ? [n.label] : []));
      for (const label of labels) {
        const left = label.anchor === 'end' ? label.x - label.maxWidth : label.x;
        expect(left).toBeGreaterThanOrEqual(0);
        expect(left + label.maxWidth).toBeLessThanOrEqual(320);
        const lines = label.stacked ? 2 : 1;
        expect(label.y - LABEL_LINE_PX / 2).toBeGreaterThanOrEqual(-1e-9);
        expect(label.y - LABEL_LINE_PX / 2 + lines * LABEL_LINE_PX).toBeLessThanOrEqual(60 + 1e-9);
      }
      labels.slice(1).forEach((label, i) => {
        const lines = label.stacked ? 2 : 1;
        expect(label.y - (labels[i]?.y ?? 0)).toBeGreaterThanOrEqual(lines * LABEL_LINE_PX - 1e-9);
      });
    }
    // Five intermediaries in 60 px: the largest four keep a one-line label.
    expect(
      column(crowded, 1)
        .filter((n) => n.label)
        .map((n) => n.code),
    ).toEqual(['KGZ', 'ARM', 'GEO', 'ARE']);
  });

  it('cuts a long name with an ellipsis so that it fits', () => {
    expect(truncateText('Armenia', 200)).toBe('Armenia');
    const cut = truncateText('Kyrgyz Republic', 60);
    expect(cut).toMatch(/…$/);
    expect(cut.length).toBeLessThan('Kyrgyz Republic'.length);
    expect(estimateTextWidth(cut)).toBeLessThanOrEqual(60);
    expect(truncateText('Kyrgyz Republic', 1)).toBe('');
  });

  it('counts a Chinese character wider than a Latin letter', () => {
    expect(estimateTextWidth('吉爾吉斯')).toBeGreaterThan(estimateTextWidth('abcd'));
  });

  it('gives up the value before cutting the name to a stub', () => {
    expect(fitLabel('Armenia', 'US$80', { maxWidth: 200, stacked: false })).toEqual({
      name: 'Armenia',
      value: 'US$80',
      truncated: false,
    });
    const narrow = fitLabel('United Arab Emirates', 'US$12.3M', { maxWidth: 70, stacked: false });
    expect(narrow.value).toBeNull();
    expect(narrow.truncated).toBe(true);
    expect(estimateTextWidth(narrow.name)).toBeLessThanOrEqual(70);
    const stacked = fitLabel('United Arab Emirates', 'US$12.3M', { maxWidth: 70, stacked: true });
    expect(stacked.value).toBe('US$12.3M');
  });
});
