import { csvParseRows } from 'd3-dsv';
import { translate, type Locale } from '../i18n';
import type { ProductLevel } from './params';
import {
  CHPL_TIERS,
  isRevisionGroup,
  productCode,
  productName,
  TIER_PREFIX,
  tierProduct,
} from './products';
import type { Localized } from './signals';

/** One row of data/reference/hs.csv: an HS chapter (2 digits), heading (4) or subheading (6). */
export interface HsRow {
  hs: string;
  level: 2 | 4 | 6;
  /** The heading of a subheading, the chapter of a heading; null for a chapter. */
  parent: string | null;
  name: Localized;
  /** The CHPL tier of a subheading ('1', '3.A'); null when the code is not on the list. */
  chplTier: string | null;
}

/**
 * The goods a user picked: tier keys ('CHPL-1', 'CHPL-3.A') and HS codes of 2, 4 or 6 digits.
 * The empty selection means "all CHPL goods", the app's default.
 */
export type ProductSelection = readonly string[];

/** A line of the product tree. */
export interface ProductNode {
  /** A tier key, an HS code, or {@link CHPL_ROOT} / {@link HS_ROOT} for the two roots. */
  code: string;
  name: Localized;
  children: ProductNode[];
}

/** Code of the root that lists the CHPL tiers. Roots group the tree; they are not selectable. */
export const CHPL_ROOT = 'chpl';
/** Code of the root that lists the HS chapters. Not selectable. */
export const HS_ROOT = 'hs';

/** How much of a tree line the selection holds, as `aria-checked` says it. */
export type CheckState = boolean | 'mixed';

/** Answers, for one selection, whether a trade row's product is among the selected goods. */
export interface ProductMatcher {
  /** Whether an HS-6 code of a trade row is selected. */
  hs6(code: string): boolean;
  /**
   * Whether an analysis product (an HS code at `level`, a tier key, or a revision group, which
   * counts as its heading) overlaps the selection.
   */
  product(product: string, level: ProductLevel): boolean;
}

const LEVELS = new Set([2, 4, 6]);
const HS_CODE = /^(\d{2}|\d{4}|\d{6})$/;

/**
 * Reads data/reference/hs.csv. Throws on a row whose level is not 2, 4 or 6, since every
 * later step trusts the levels.
 */
export function parseHsReference(csvText: string): HsRow[] {
  // Rows, not csvParse's objects: it builds them with `Function`, which the app's
  // Content-Security-Policy forbids.
  const [header = [], ...lines] = csvParseRows(csvText);
  return lines.map((fields, i) => {
    const row: Record<string, string | undefined> = Object.fromEntries(
      header.map((name, k) => [name, fields[k]]),
    );
    const level = Number(row.level);
    const hs = row.hs?.trim() ?? '';
    if (!LEVELS.has(level) || !HS_CODE.test(hs) || hs.length !== level) {
      throw new Error(`hs.csv line ${i + 2}: "${hs}" is not an HS code of level 2, 4 or 6`);
    }
    return {
      hs,
      level: level as HsRow['level'],
      parent: row.parent?.trim() || null,
      name: { en: row.desc_en ?? '', 'zh-TW': row.desc_zh ?? '' },
      chplTier: row.chpl_tier?.trim() || null,
    };
  });
}

/** The reference rows arranged for lookups; built once per rows array. */
interface HsIndex {
  byCode: Map<string, HsRow>;
  /** Child codes of each chapter and heading, in code order. */
  children: Map<string, string[]>;
  /** The tier of each HS-6 code on the list. */
  tierOf: Map<string, string>;
  /** Tiers in list order: those of CHPL_TIERS first, then any others hs.csv names. */
  tiers: string[];
  /** The HS-6 codes of each tier, in code order. */
  tierLeaves: Map<string, string[]>;
  /** The HS-6 codes under each chapter, heading and subheading (itself). */
  leavesUnder: Map<string, string[]>;
  leaves: string[];
}

const INDEXES = new WeakMap<readonly HsRow[], HsIndex>();

function indexOf(rows: readonly HsRow[]): HsIndex {
  const cached = INDEXES.get(rows);
  if (cached) return cached;
  const sorted = [...rows].sort((a, b) => (a.hs < b.hs ? -1 : a.hs > b.hs ? 1 : 0));
  const index: HsIndex = {
    byCode: new Map(sorted.map((row) => [row.hs, row])),
    children: new Map(),
    tierOf: new Map(),
    tiers: [],
    tierLeaves: new Map(),
    leavesUnder: new Map(),
    leaves: [],
  };
  const push = <K, V>(map: Map<K, V[]>, key: K, value: V) => {
    const list = map.get(key);
    if (list) list.push(value);
    else map.set(key, [value]);
  };
  for (const row of sorted) {
    if (row.parent) push(index.children, row.parent, row.hs);
    if (row.level !== 6) continue;
    index.leaves.push(row.hs);
    for (const prefix of new Set([row.hs.slice(0, 2), row.hs.slice(0, 4), row.hs])) {
      push(index.leavesUnder, prefix, row.hs);
    }
    if (row.chplTier) {
      index.tierOf.set(row.hs, row.chplTier);
      push(index.tierLeaves, row.chplTier, row.hs);
    }
  }
  const known = Object.keys(CHPL_TIERS);
  const others = [...index.tierLeaves.keys()].filter((tier) => !known.includes(tier)).sort();
  index.tiers = [...known, ...others];
  INDEXES.set(rows, index);
  return index;
}

const isTierKey = (code: string) => code.startsWith(TIER_PREFIX);
const tierOfKey = (key: string) => key.slice(TIER_PREFIX.length);

/** The reference HS-6 codes a tier key or HS code stands for. */
function leavesOf(code: string, index: HsIndex): readonly string[] {
  if (isTierKey(code)) return index.tierLeaves.get(tierOfKey(code)) ?? [];
  return index.leavesUnder.get(code) ?? [];
}

/**
 * Whether all goods of `a` are goods of `b`. An HS code stands for every code under it, also
 * those hs.csv does not list; a tier only for its listed HS-6 codes.
 */
function within(a: string, b: string, index: HsIndex): boolean {
  if (a === b) return true;
  if (isTierKey(b)) return !isTierKey(a) && index.tierOf.get(a) === tierOfKey(b);
  if (!isTierKey(a)) return a.startsWith(b);
  const leaves = leavesOf(a, index);
  return leaves.length > 0 && leaves.every((leaf) => leaf.startsWith(b));
}

/** Whether `a` and `b` have goods in common. */
function overlaps(a: string, b: string, index: HsIndex): boolean {
  if (isTierKey(a) && isTierKey(b)) return a === b;
  if (!isTierKey(a) && !isTierKey(b)) return a.startsWith(b) || b.startsWith(a);
  const [tier, hs] = isTierKey(a) ? [a, b] : [b, a];
  return leavesOf(tier, index).some((leaf) => leaf.startsWith(hs));
}

/** Tier keys in list order, then HS codes in code order. */
function compareCodes(index: HsIndex) {
  const rank = (code: string) => (isTierKey(code) ? index.tiers.indexOf(tierOfKey(code)) : -1);
  return (a: string, b: string): number => {
    const tierA = isTierKey(a);
    if (tierA !== isTierKey(b)) return tierA ? -1 : 1;
    if (tierA && rank(a) !== rank(b)) return rank(a) - rank(b);
    return a < b ? -1 : a > b ? 1 : 0;
  };
}

/** Whether a string is a selectable code: a known tier key or an HS code of 2, 4 or 6 digits. */
export function isProductCode(code: string, rows: readonly HsRow[]): boolean {
  if (isTierKey(code)) return indexOf(rows).tiers.includes(tierOfKey(code));
  return HS_CODE.test(code);
}

/**
 * A selection in its one written form: unknown codes dropped, no duplicates, no code that
 * another selected code already holds, tiers first. Use it on a selection read from a URL.
 */
export function normalizeSelection(selection: ProductSelection, rows: readonly HsRow[]): string[] {
  const index = indexOf(rows);
  const unique = [...new Set(selection.filter((code) => isProductCode(code, rows)))].sort(
    compareCodes(index),
  );
  // A tier with a single HS-6 code and that code hold each other: the first one stays.
  return unique.filter(
    (a, i) =>
      !unique.some((b, j) => j !== i && within(a, b, index) && !(j > i && within(b, a, index))),
  );
}

/**
 * The tree the filter shows: "CHPL tiers" (each tier and its HS-6 codes) and "HS chapters"
 * (chapter, heading, subheading). An HS-6 code on the list appears under both roots.
 */
export function productTree(rows: readonly HsRow[]): ProductNode[] {
  const index = indexOf(rows);
  const hsNode = (code: string): ProductNode => ({
    code,
    name: index.byCode.get(code)?.name ?? { en: code, 'zh-TW': code },
    children: (index.children.get(code) ?? []).map(hsNode),
  });
  const tiers = index.tiers
    .filter((tier) => index.tierLeaves.has(tier))
    .map((tier): ProductNode => {
      const code = tierProduct(tier);
      return {
        code,
        name: productName(code, 'tier', null) ?? bothLocales('filters.tier', { tier }),
        children: (index.tierLeaves.get(tier) ?? []).map(hsNode),
      };
    });
  const chapters = rows.filter((row) => row.level === 2).map((row) => hsNode(row.hs));
  chapters.sort((a, b) => (a.code < b.code ? -1 : 1));
  return [
    { code: CHPL_ROOT, name: bothLocales('filters.root.chpl'), children: tiers },
    { code: HS_ROOT, name: bothLocales('filters.root.hs'), children: chapters },
  ];
}

function bothLocales(key: 'filters.tier' | 'filters.root.chpl' | 'filters.root.hs', params = {}) {
  return { en: translate('en', key, params), 'zh-TW': translate('zh-TW', key, params) };
}

/**
 * Whether trade rows belong to a selection, for filtering some 300,000 rows at a time: the
 * work is done here once, each call is a few set lookups.
 */
export function productMatcher(
  selection: ProductSelection,
  rows: readonly HsRow[],
): ProductMatcher {
  const index = indexOf(rows);
  const items = normalizeSelection(selection, rows);
  const everything = items.length === 0;
  const hsItems = new Set(items.filter((code) => !isTierKey(code)));
  const tierItems = new Set(items.filter(isTierKey).map(tierOfKey));
  const coversHs6 = (code: string): boolean => {
    if (everything) return index.tierOf.has(code);
    const tier = index.tierOf.get(code);
    return (
      hsItems.has(code.slice(0, 2)) ||
      hsItems.has(code.slice(0, 4)) ||
      hsItems.has(code.slice(0, 6)) ||
      (tier !== undefined && tierItems.has(tier))
    );
  };
  // Prefixes and tiers with a selected reference code, and prefixes of selected HS codes.
  const matchedPrefixes = new Set<string>();
  const matchedTiers = new Set(tierItems);
  for (const leaf of index.leaves) {
    if (!coversHs6(leaf)) continue;
    matchedPrefixes.add(leaf.slice(0, 2)).add(leaf.slice(0, 4));
    const tier = index.tierOf.get(leaf);
    if (tier) matchedTiers.add(tier);
  }
  for (const code of hsItems) matchedPrefixes.add(code.slice(0, 2)).add(code.slice(0, 4));
  const coversPrefix = (prefix: string) =>
    matchedPrefixes.has(prefix) ||
    hsItems.has(prefix.slice(0, 2)) ||
    hsItems.has(prefix.slice(0, 4));
  return {
    hs6: coversHs6,
    product(product, level) {
      if (level === 'tier') return everything || matchedTiers.has(tierOfKey(product));
      // A revision group's codes are not all in the reference: its heading stands for them.
      if (isRevisionGroup(product)) return coversPrefix(productCode(product).slice(0, 4));
      if (level === '6') return coversHs6(product);
      return coversPrefix(product);
    },
  };
}

/**
 * How much of each tree line a selection ticks: true when all its goods are selected, 'mixed'
 * when some are. The empty selection ticks nothing (it means "no filter", which the summary
 * says). Roots and unknown codes read false.
 */
export function selectionState(
  selection: ProductSelection,
  rows: readonly HsRow[],
): (code: string) => CheckState {
  const index = indexOf(rows);
  const items = normalizeSelection(selection, rows);
  const ticked = new Set(
    index.leaves.filter((leaf) => items.some((item) => within(leaf, item, index))),
  );
  return (code) => {
    if (!isProductCode(code, rows)) return false;
    if (items.some((item) => within(code, item, index))) return true;
    const leaves = leavesOf(code, index);
    const count = leaves.filter((leaf) => ticked.has(leaf)).length;
    if (count > 0 && count === leaves.length) return true;
    if (count > 0 || items.some((item) => overlaps(item, code, index))) return 'mixed';
    return false;
  };
}

/**
 * The selection after the user ticks or unticks `code`. A line fully ticked is unticked, any
 * other is ticked. Ticking a code drops the selected codes it holds; unticking one that a
 * selected parent or tier holds replaces that parent by its other children (or the tier by
 * its other codes). Root codes change nothing.
 */
export function toggleCode(
  selection: ProductSelection,
  code: string,
  rows: readonly HsRow[],
): string[] {
  const index = indexOf(rows);
  const items = normalizeSelection(selection, rows);
  if (!isProductCode(code, rows)) return items;
  if (selectionState(items, rows)(code) !== true) return normalizeSelection([...items, code], rows);
  const without = (item: string): string[] => {
    if (within(item, code, index)) return [];
    if (!overlaps(item, code, index)) return [item];
    const children = isTierKey(item)
      ? (index.tierLeaves.get(tierOfKey(item)) ?? [])
      : (index.children.get(item) ?? []);
    return children.flatMap(without);
  };
  return normalizeSelection(items.flatMap(without), rows);
}

/**
 * The part of the tree that matches a query, for showing matches in context: the lines whose
 * code starts with the query or whose English or Chinese name contains it (whatever the UI
 * language), with their ancestors; a line's other children are left out. "HS 8542.31" and
 * full-width digits are read as the code 854231. An empty query returns the tree unchanged.
 */
export function searchProducts(
  tree: readonly ProductNode[],
  query: string,
  locale: Locale,
): ProductNode[] {
  const fold = (text: string) => text.normalize('NFKC').toLocaleLowerCase(locale);
  const words = fold(query).trim();
  if (!words) return [...tree];
  const asCode = words.replace(/^hs\s*/, '').replace(/[.\s]/g, '');
  const code = /^\d+$/.test(asCode) ? asCode : words;
  const matches = (node: ProductNode) =>
    fold(node.code).startsWith(code) ||
    fold(node.name.en).includes(words) ||
    fold(node.name['zh-TW']).includes(words);
  const prune = (nodes: readonly ProductNode[]): ProductNode[] =>
    nodes.flatMap((node) => {
      const children = prune(node.children);
      return children.length > 0 || matches(node) ? [{ ...node, children }] : [];
    });
  return prune(tree);
}

/**
 * A short text for a chip or summary: "All CHPL goods", "CHPL tier 1: integrated circuits",
 * "HS 8542: Electronic integrated circuits", "HS 8542 + 2 more".
 */
export function selectionLabel(
  selection: ProductSelection,
  rows: readonly HsRow[],
  locale: Locale,
): string {
  const items = normalizeSelection(selection, rows);
  const [first] = items;
  if (first === undefined) return translate(locale, 'filters.all');
  const tier = tierOfKey(first);
  const item = isTierKey(first)
    ? translate(locale, 'filters.tier', { tier })
    : translate(locale, 'filters.hs', { code: first });
  if (items.length > 1) {
    return translate(locale, 'filters.more', { first: item, count: items.length - 1 });
  }
  const name = isTierKey(first) ? CHPL_TIERS[tier] : indexOf(rows).byCode.get(first)?.name;
  return name ? translate(locale, 'filters.named', { item, name: name[locale] }) : item;
}
