import { tierProduct } from '../../src/analysis/products';

/**
 * The products of the hard worlds: Taiwan's exports of each to the world, US$ a month around
 * 2020 (rounded, illustrative: ICs are by far the largest, with 8542 near US$15 bn a month),
 * its typical US$/kg, and its CHPL tier (null for a code not on the list).
 */
export const PRODUCT_INFO: Readonly<
  Record<string, { scale: number; unitValue: number; tier: string | null }>
> = {
  '854231': { scale: 6e9, unitValue: 2500, tier: '1' },
  '854232': { scale: 4e9, unitValue: 1500, tier: '1' },
  '854233': { scale: 2e8, unitValue: 1200, tier: '1' },
  '854239': { scale: 2e9, unitValue: 1800, tier: '1' },
  '851762': { scale: 6e8, unitValue: 150, tier: '2' },
  '852691': { scale: 8e6, unitValue: 300, tier: '2' },
  '853224': { scale: 1.5e8, unitValue: 400, tier: '2' },
  '847150': { scale: 1.2e9, unitValue: 60, tier: '3.A' },
  '850440': { scale: 2.5e8, unitValue: 40, tier: '3.A' },
  '851769': { scale: 5e7, unitValue: 150, tier: '3.A' },
  '852589': { scale: 1e8, unitValue: 200, tier: '3.A' },
  '852910': { scale: 3e7, unitValue: 60, tier: '3.A' },
  '852990': { scale: 1e8, unitValue: 60, tier: '3.A' },
  '853669': { scale: 6e7, unitValue: 40, tier: '3.A' },
  '853690': { scale: 1.2e8, unitValue: 40, tier: '3.A' },
  '854110': { scale: 8e7, unitValue: 300, tier: '3.A' },
  '854129': { scale: 6e7, unitValue: 400, tier: '3.A' },
  '854149': { scale: 5e7, unitValue: 600, tier: '3.A' },
  '854151': { scale: 3e7, unitValue: 800, tier: '3.A' },
  '854159': { scale: 4e7, unitValue: 600, tier: '3.A' },
  '848210': { scale: 2e7, unitValue: 12, tier: '3.B' },
  '848220': { scale: 5e6, unitValue: 10, tier: '3.B' },
  '880730': { scale: 1.5e7, unitValue: 250, tier: '3.B' },
  '901380': { scale: 2.5e8, unitValue: 300, tier: '3.B' },
  '901420': { scale: 4e6, unitValue: 500, tier: '3.B' },
  '901480': { scale: 1e7, unitValue: 300, tier: '3.B' },
  '847180': { scale: 4e8, unitValue: 80, tier: '4.A' },
  '903039': { scale: 2e7, unitValue: 300, tier: '4.A' },
  '903082': { scale: 8e7, unitValue: 400, tier: '4.A' },
  '845710': { scale: 4e7, unitValue: 18, tier: '4.B' },
  '845811': { scale: 1.5e7, unitValue: 16, tier: '4.B' },
  '846693': { scale: 3e7, unitValue: 20, tier: '4.B' },
  // Not on the list: LEDs (with photovoltaic cells, the rest of HS 2017 854140), laptops,
  // lithium-ion batteries.
  '854141': { scale: 2.5e8, unitValue: 200, tier: null },
  '847130': { scale: 3e8, unitValue: 150, tier: null },
  '850760': { scale: 1e8, unitValue: 30, tier: null },
};

/** An HS 2017 subheading that HS 2022 split or renumbered, and the HS 2022 codes it became. */
export interface HsRevision {
  old: string;
  successors: readonly string[];
}

/**
 * Real HS 2022 changes among the products: photosensitive devices (854140) split into LEDs
 * (854141), photovoltaic cells (854142, 854143) and other photosensitive devices (854149, on
 * the CHPL); other semiconductor devices (854150) into semiconductor-based transducers
 * (854151) and the rest (854159); cameras (852580) into high-speed, radiation-hardened and
 * night-vision cameras (852581–852583) and the rest (852589, on the CHPL); parts of aircraft
 * (880330) became 880730, parts of UAVs included. The worlds model 854141 for all of 854140's
 * uncontrolled part, and no trade in 852581–852583.
 */
export const HS_REVISIONS: readonly HsRevision[] = [
  { old: '854140', successors: ['854141', '854142', '854143', '854149'] },
  { old: '854150', successors: ['854151', '854159'] },
  { old: '852580', successors: ['852581', '852582', '852583', '852589'] },
  { old: '880330', successors: ['880730'] },
];

const REVISION_OF = new Map(HS_REVISIONS.flatMap((r) => r.successors.map((s) => [s, r])));

/** The HS 2017 code an HS 2022 code was part of, or the code itself when HS 2022 kept it. */
export function hs2017Code(code: string): string {
  return REVISION_OF.get(code)?.old ?? code;
}

/** Whether a code exists only from HS 2022 on. */
export function isHs2022Only(code: string): boolean {
  return REVISION_OF.has(code);
}

/**
 * The product key of a comparable group across the HS revision: 'rev:854140' stands for the
 * HS 2017 code 854140 and every HS 2022 code it became (854141–854149).
 */
export function revisionGroupKey(oldCode: string): string {
  return `rev:${oldCode}`;
}

/**
 * Codes that an intermediary may declare for goods it imported under another code: the same
 * HS-4 heading, mostly the same CHPL tier (processors re-exported as "other ICs").
 */
export const RECLASSIFICATIONS: readonly (readonly [string, string])[] = [
  ['854231', '854239'],
  ['854232', '854239'],
  ['854233', '854239'],
  ['854129', '854159'],
  ['853690', '853669'],
  ['852910', '852990'],
  ['848210', '848220'],
  ['901420', '901480'],
  ['903082', '903039'],
  ['847150', '847180'],
  ['851762', '851769'],
];

/**
 * Every product key that counts as finding a corridor whose origin ships `product` (HS-6):
 * the code, its HS-4 heading, its CHPL tier key ('CHPL-1'); across the HS revision also the
 * HS 2017 code, its heading and the revision group. With `onward` (the code the intermediary
 * declares when it re-exports under another code), the tier and heading only where both
 * codes share them.
 */
export function acceptableKeys(product: string, onward = product): string[] {
  const keys = new Set<string>([product]);
  const heading = product.slice(0, 4);
  if (onward.slice(0, 4) === heading) keys.add(heading);
  const tier = PRODUCT_INFO[product]?.tier ?? null;
  if (tier !== null && PRODUCT_INFO[onward]?.tier === tier) keys.add(tierProduct(tier));
  const old = hs2017Code(product);
  if (old !== product) {
    keys.add(old);
    keys.add(old.slice(0, 4));
    keys.add(revisionGroupKey(old));
  }
  return [...keys];
}
