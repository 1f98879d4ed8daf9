import { describe, expect, it } from 'vitest';
import { LoadError } from '../../src/data/load-error';
import {
  chosenParts,
  MANIFEST_FORMAT,
  parseManifest,
  partsForView,
  partsToFetch,
  type PartsToLoad,
} from '../../src/data/manifest';

const part = (group: string, path = `group=${group}/part-0.parquet`) => ({
  path,
  group,
  rows: 10,
  bytes: 2000,
  sha256: 'a'.repeat(64),
  first_period: '2018-01-01',
  last_period: '2025-06-01',
  reporters: 3,
});
const manifest = (change: Record<string, unknown> = {}) =>
  JSON.stringify({
    format: MANIFEST_FORMAT,
    rows: 30,
    default_groups: ['chpl'],
    default_rows: 10,
    ingest_files: [{ name: 'x.csv', format: 'comtrade-plus' }],
    parts: [part('chpl'), part('73'), part('94')],
    ...change,
  });

/** What parseManifest says of `text`, or 'read' when it takes it. */
function refusal(text: string): string {
  try {
    parseManifest(text);
    return 'read';
  } catch (error) {
    expect(error).toBeInstanceOf(LoadError);
    return `${(error as LoadError).key}: ${String((error as LoadError).params.detail)}`;
  }
}

describe('a data set manifest', () => {
  it('is read, and names the parts the default view needs', () => {
    expect(chosenParts(parseManifest(manifest()), 'default').map((p) => p.path)).toEqual([
      'group=chpl/part-0.parquet',
    ]);
  });

  it('is refused, naming what is wrong, when it is not one this page reads', () => {
    expect(refusal('{"format": ')).toMatch(/^error\.manifest: SyntaxError/);
    expect(refusal(manifest({ format: 'tdc-trade-parts/2' }))).toMatch(/^error\.manifest: format:/);
    expect(refusal(manifest({ parts: [] }))).toBe('error.manifest: parts: lists no part');
    expect(refusal(manifest({ parts: [{ ...part('chpl'), rows: -1 }] }))).toMatch(
      /^error\.manifest: parts\.0\.rows:/,
    );
  });

  it('refuses a part outside its folder, or not a Parquet file', () => {
    for (const path of ['../secret.parquet', '/etc/x.parquet', 'a/../../x.parquet', 'x.csv'])
      expect(refusal(manifest({ parts: [part('chpl', path)] })), path).toMatch(
        /parts\.0\.path: must be a \.parquet path inside the folder/,
      );
    expect(refusal(manifest({ parts: [part('chpl', 'group=chpl/a..b.parquet')] }))).toBe('read');
  });

  it('loads the parts a group list asks for besides the default ones, in the manifest order', () => {
    const read = parseManifest(manifest());
    expect(chosenParts(read, { groups: ['94'] }).map((p) => p.group)).toEqual(['chpl', '94']);
    expect(chosenParts(read, 'all').map((p) => p.group)).toEqual(['chpl', '73', '94']);
  });

  it('fetches only the parts the page does not hold yet, to add them, when it holds no other', () => {
    const read = parseManifest(manifest());
    const fetch = (which: PartsToLoad, has: string[]) => {
      const { parts, add } = partsToFetch(read, which, has);
      return { groups: parts.map((p) => p.group), add };
    };
    // The page holds the default part: a view of chapter 94 adds its part alone, and so does
    // "Load them too" with the two others.
    expect(fetch({ groups: ['chpl', '94'] }, ['chpl'])).toEqual({ groups: ['94'], add: true });
    expect(fetch('all', ['chpl', '94'])).toEqual({ groups: ['73'], add: true });
    // Nothing held, nothing new, or a group held that is no longer asked for: read afresh.
    expect(fetch('default', [])).toEqual({ groups: ['chpl'], add: false });
    expect(fetch({ groups: ['chpl'] }, ['chpl'])).toEqual({ groups: ['chpl'], add: false });
    expect(fetch({ groups: ['94'] }, ['chpl', '73'])).toEqual({
      groups: ['chpl', '94'],
      add: false,
    });
  });
});

describe('the parts a view needs', () => {
  // As the ingest writes them: the dual-use headings of chapters 84 and 85 in one part, the
  // rest of chapter 85 and chapters 73 and 94 in parts of their own.
  const read = parseManifest(
    manifest({
      parts: [
        { ...part('chpl'), headings: ['8471', '8542', '8543'] },
        { ...part('73'), headings: ['7318', '7326'] },
        { ...part('85'), headings: ['8501', '8544'] },
        { ...part('94'), headings: ['9403'] },
      ],
    }),
  );
  const needs = (products: string[], level = 'all', loaded = ['chpl']) =>
    partsForView(read, loaded, { products, level }).map((p) => p.group);

  it('needs none for the dual-use goods, by tier, code or heading', () => {
    expect(needs([])).toEqual([]);
    expect(needs(['CHPL-1', '854231', '8471'])).toEqual([]);
  });

  it("needs the part holding each other code asked for, and each part of a chapter's", () => {
    expect(needs(['7326'])).toEqual(['73']);
    expect(needs(['732690', '940360'])).toEqual(['73', '94']);
    expect(needs(['85'])).toEqual(['85']);
    expect(needs(['8501'])).toEqual(['85']);
    expect(needs(['8502'])).toEqual([]);
    expect(needs(['7326'], 'all', ['chpl', '73'])).toEqual([]);
  });

  it("needs, for an analysis by chapter, the rest of the loaded rows' chapters", () => {
    expect(needs([], '2')).toEqual(['85']);
    expect(needs([], '2', ['chpl', '73'])).toEqual(['85']);
    expect(needs(['94'], '2')).toEqual(['85', '94']);
    expect(needs([], '4')).toEqual([]);
  });

  it('knows the chapter parts of a manifest without headings by their names', () => {
    const bare = parseManifest(manifest({ parts: [part('chpl'), part('73'), part('94')] }));
    expect(partsForView(bare, ['chpl'], { products: ['732690'], level: 'all' })).toEqual([
      bare.parts[1],
    ]);
    expect(partsForView(bare, ['chpl', '73'], { products: [], level: '2' })).toEqual([]);
  });
});
