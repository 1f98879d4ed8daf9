import { readFileSync } from 'node:fs';
import { csvParse } from 'd3-dsv';
import { describe, expect, it } from 'vitest';
import { formatUsd, translate, type Locale } from '../../src/i18n';
import { intermediaryShownAs, linkEmphasis } from '../../src/ui/sankey-emphasis';
import { NAME_FONT_PX, VALUE_FONT_PX, estimateTextWidth } from '../../src/ui/sankey-labels';
import {
  OTHER_CODE,
  sankeyLayout,
  type SankeyInput,
  type SankeyLabelText,
  type SankeyModel,
  type SankeyNodeModel,
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

/** Countries' names as the app shows them, from the reference table. */
const NAMES = new Map(
  csvParse(
    readFileSync(new URL('../../data/reference/countries.csv', import.meta.url), 'utf8'),
  ).map((row) => [row.iso3 ?? '', { en: row.name_en ?? '', 'zh-TW': row.name_zh ?? '' }]),
);
/** The label text the app gives (Sankey.tsx): the name in `locale` and the value in US$. */
const labelText =
  (locale: Locale): SankeyLabelText =>
  ({ code, value }) => ({
    name:
      code === OTHER_CODE ? translate(locale, 'sankey.other') : (NAMES.get(code)?.[locale] ?? code),
    value: formatUsd(locale, value),
  });

/**
 * Like the sample's 12 months: eleven intermediaries (three merged into "other"), two
 * destinations, first legs in tens of billions down to millions.
 */
const SAMPLE: SankeyInput = {
  origin: 'TWN',
  firstLegs: [
    { via: 'CHN', value: 106.8e9 },
    { via: 'HKG', value: 60.3e9 },
    { via: 'SGP', value: 24.1e9 },
    { via: 'IND', value: 1.77e9 },
    { via: 'TUR', value: 284e6 },
    { via: 'ARE', value: 138e6 },
    { via: 'KAZ', value: 49.5e6 },
    { via: 'KGZ', value: 3.5e6 },
    { via: 'SRB', value: 3.77e6 },
    { via: 'ARM', value: 2.1e6 },
    { via: 'GEO', value: 0.9e6 },
  ],
  secondLegs: [
    { via: 'CHN', to: 'RUS', value: 3.1e9 },
    { via: 'CHN', to: 'BLR', value: 90e6 },
    { via: 'HKG', to: 'RUS', value: 1.2e9 },
    { via: 'SGP', to: 'RUS', value: 0.9e9 },
    { via: 'IND', to: 'RUS', value: 0.5e9 },
    { via: 'TUR', to: 'RUS', value: 160e6 },
    { via: 'ARE', to: 'RUS', value: 120e6 },
    { via: 'KAZ', to: 'RUS', value: 40e6 },
    { via: 'KAZ', to: 'BLR', value: 2e6 },
    { via: 'KGZ', to: 'RUS', value: 3.54e6 },
    { via: 'KGZ', to: 'BLR', value: 26.7e3 },
    { via: 'SRB', to: 'RUS', value: 1e6 },
    { via: 'ARM', to: 'RUS', value: 0.8e6 },
    { via: 'GEO', to: 'RUS', value: 0.5e6 },
  ],
};

/**
 * The Sankey's width in the workspace column: 17rem below a 1440 px wide window, 20rem above,
 * less the column's padding (0.6rem each side) and border (1 px) and the panel's padding
 * (1rem each side) and border (1 px each side).
 */
const chartWidth = (columnRem: number) => columnRem * 16 - 2 * 0.6 * 16 - 1 - 2 * 16 - 2;
const WIDTHS = [
  { screen: 1366, width: chartWidth(17) },
  { screen: 1920, width: chartWidth(20) },
];
const LOCALES: Locale[] = ['en', 'zh-TW'];

/** The name a label shows, its lines put back together. */
const shownName = (node: SankeyNodeModel, locale: Locale) =>
  (node.label?.lines ?? [])
    .filter((line) => line.kind === 'name')
    .map((line) => line.text)
    .join(locale === 'zh-TW' ? '' : ' ');
const shownValue = (node: SankeyNodeModel) =>
  node.label?.lines.find((line) => line.kind === 'value')?.text ?? null;

describe.each(WIDTHS)('labels in the workspace column of a $screen px screen', ({ width }) => {
  describe.each(LOCALES)('in %s', (locale) => {
    const laid = sankeyLayout(SAMPLE, { width, height: 220, labelText: labelText(locale) });

    it('shows the sample’s intermediaries’ names in full, with their values', () => {
      expect(codes(laid, 1)).toEqual([
        'CHN',
        'HKG',
        'SGP',
        'IND',
        'TUR',
        'ARE',
        'KAZ',
        'KGZ',
        OTHER_CODE,
      ]);
      for (const code of ['HKG', 'KGZ', 'KAZ', 'ARE', 'SGP']) {
        const n = node(laid, 1, code);
        expect(n.label?.truncated, code).toBe(false);
        expect(shownName(n, locale), code).toBe(NAMES.get(code)?.[locale]);
        expect(shownValue(n), code).toBe(formatUsd(locale, n.value));
      }
    });

    it('labels every node in full: the origin’s name, every other node’s name and value', () => {
      expect(shownName(node(laid, 0, 'TWN'), locale)).toBe(NAMES.get('TWN')?.[locale]);
      for (const n of laid.nodes.filter((n) => n.column !== 0)) {
        expect(n.label?.truncated, n.id).toBe(false);
        expect(shownName(n, locale), n.id).toBe(labelText(locale)(n).name);
        expect(shownValue(n), n.id).toBe(formatUsd(locale, n.value));
      }
    });

    it('keeps each label inside the SVG, clear of the next column, beside its own node', () => {
      const nextColumn = (c: number) => column(laid, c + 1)[0]?.x0 ?? laid.width;
      for (const n of laid.nodes) {
        const label = n.label;
        if (!label) throw new Error(`no label for ${n.id}`);
        expect(label.x).toBeGreaterThan(n.x1);
        for (const line of label.lines) {
          const fontPx = line.kind === 'name' ? NAME_FONT_PX : VALUE_FONT_PX;
          const right = label.x + estimateTextWidth(line.text, fontPx);
          expect(right, `${n.id}: ${line.text}`).toBeLessThanOrEqual(nextColumn(n.column) + 1e-9);
          expect(right).toBeLessThanOrEqual(laid.width + 1e-9);
        }
        expect(label.top).toBeGreaterThanOrEqual(-1e-9);
        expect(label.top + label.height).toBeLessThanOrEqual(laid.height + 1e-9);
        // Centred on its node's bar.
        expect(label.top + label.height / 2).toBeCloseTo((n.y0 + n.y1) / 2, 6);
      }
      for (const c of [0, 1, 2]) {
        const labels = column(laid, c).flatMap((n) => (n.label ? [n.label] : []));
        labels.slice(1).forEach((label, i) => {
          const above = labels[i];
          expect(label.top).toBeGreaterThanOrEqual((above?.top ?? 0) + (above?.height ?? 0));
        });
      }
    });

    it('grows taller than asked to hold the labels, and keeps the nodes apart', () => {
      expect(laid.height).toBeGreaterThan(220);
      for (const c of [0, 1, 2]) {
        const nodes = column(laid, c);
        nodes.slice(1).forEach((n, i) => expect(n.y0).toBeGreaterThan(nodes[i]?.y1 ?? Infinity));
        for (const n of nodes) expect(n.y1).toBeLessThanOrEqual(laid.height + 1e-9);
      }
    });
  });
});

describe('labels in a narrow box', () => {
  it('cuts a name only when two lines cannot hold it, keeping the full name known', () => {
    const long: SankeyInput = {
      origin: 'TWN',
      firstLegs: [{ via: 'SHN', value: 10 }],
      secondLegs: [{ via: 'SHN', to: 'RUS', value: 5 }],
    };
    const laid = sankeyLayout(long, { width: 200, height: 220, labelText: labelText('en') });
    const shn = node(laid, 1, 'SHN');
    expect(shn.label?.truncated).toBe(true);
    expect(shn.label?.lines.filter((l) => l.kind === 'name')).toHaveLength(2);
    expect(shn.label?.lines.find((l) => l.kind === 'name' && l.text.endsWith('…'))).toBeTruthy();
    expect(shownValue(shn)).toBe(formatUsd('en', 10));
  });

  it('leaves the height as asked when the labels fit', () => {
    const laid = sankeyLayout(FIXTURE, { width: 600, height: 220, maxIntermediaries: 3 });
    expect(laid.height).toBe(220);
    expect(laid.nodes.every((n) => n.label !== null)).toBe(true);
  });

  it('labels nodes by code and plain number without label text', () => {
    expect(shownName(node(model, 1, 'KGZ'), 'en')).toBe('KGZ');
    expect(shownValue(node(model, 1, 'KGZ'))).toBe('300');
  });
});
