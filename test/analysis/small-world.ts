import { isBaseline, isPost, type SeriesSpec } from './fixture';

/**
 * Two small hand-made worlds (2020–2022) whose corridors can be worked out on paper.
 *
 * MIRROR_WORLD — Taiwan files nothing (as in UN data), so its legs are partners' mirrors:
 * - KGZ, 854231: the first leg is Kyrgyzstan's imports from Taiwan ÷ 1.06 (106 → 100 a month,
 *   then 10,600 → 10,000 in 2022); Kyrgyzstan's own exports to Russia go from 50 to 8,000.
 *   Russia's imports from Kyrgyzstan (2020–2021 only) are not needed. The direct flow is
 *   Russia's imports from Taiwan, 1,060 → 1,000 a month, unknown after 2021.
 *
 * REPORTED_WORLD — Taiwan reports its exports every month:
 * - ARM, 854232: Taiwan reports; a varying first leg f(t) (20,000 ± 50% in 2022), Armenia's
 *   exports to Russia 0.75 f(t − 2), two months behind; from 2022 Armenia records only half
 *   of Taiwan's exports as imports, at US$1,500/kg instead of 1,000 (others pay 1,000).
 *   Armenia also files a heading total (8542) in 2022 of its 854232 exports + 1,000.
 * - MNG, 880730: one month each (Jun 2022), US$2.9 M and 2.5 M: a one-off spike.
 * - UZB, 847150: Uzbekistan files nothing; Russia's imports from it (2,120 a month) exist only
 *   until 2021, so the second leg is unknown after the cut-off.
 * - GEO, 851762: Georgia files only from 2022; before, Russia's mirror (1,060 → 1,000).
 */
export const F = (t: number) =>
  isPost(t) ? 20_000 * (1 + 0.5 * Math.sin(t)) : 1000 + 200 * Math.sin(t);

/** Armenia's exports to Russia: 0.75 × the first leg two months earlier. */
export const G = (t: number) => (t >= 2 ? 0.75 * F(t - 2) : 750);

const always = (v: number) => () => v;
const phase = (base: number, post: number) => (t: number) => (isPost(t) ? post : base);

// prettier-ignore
export const MIRROR_WORLD: SeriesSpec[] = [
  { reporter: 'KGZ', partner: 'TWN', flow: 'M', hs: '854231', value: phase(106, 10_600) },
  { reporter: 'KGZ', partner: 'RUS', flow: 'X', hs: '854231', value: phase(50, 8000) },
  { reporter: 'RUS', partner: 'KGZ', flow: 'M', hs: '854231', value: (t) => (t < 24 ? 53 : null) },
  { reporter: 'RUS', partner: 'TWN', flow: 'M', hs: '854231', value: (t) => (t < 24 ? 1060 : null) },
];

// prettier-ignore
export const REPORTED_WORLD: SeriesSpec[] = [
  { reporter: 'TWN', partner: 'ARM', flow: 'X', hs: '854232', value: F, unitValue: (t) => (isPost(t) ? 1500 : 1000) },
  { reporter: 'ARM', partner: 'TWN', flow: 'M', hs: '854232', value: (t) => F(t) * 1.06 * (isPost(t) ? 0.5 : 1), unitValue: (t) => (isPost(t) ? 1500 : 1000) },
  { reporter: 'TWN', partner: 'USA', flow: 'X', hs: '854232', value: always(1e6) },
  { reporter: 'ARM', partner: 'RUS', flow: 'X', hs: '854232', value: G },
  { reporter: 'ARM', partner: 'RUS', flow: 'X', hs: '8542', value: (t) => (isPost(t) ? G(t) + 1000 : null) },
  { reporter: 'TWN', partner: 'MNG', flow: 'X', hs: '880730', value: (t) => (t === 29 ? 2.9e6 : null) },
  { reporter: 'MNG', partner: 'RUS', flow: 'X', hs: '880730', value: (t) => (t === 29 ? 2.5e6 : null) },
  { reporter: 'MNG', partner: 'WLD', flow: 'X', hs: '731815', value: always(1000) },
  { reporter: 'MNG', partner: 'WLD', flow: 'M', hs: '731815', value: always(1000) },
  { reporter: 'TWN', partner: 'UZB', flow: 'X', hs: '847150', value: phase(1000, 50_000) },
  { reporter: 'RUS', partner: 'UZB', flow: 'M', hs: '847150', value: (t) => (t < 24 ? 2120 : null) },
  { reporter: 'TWN', partner: 'GEO', flow: 'X', hs: '851762', value: phase(2000, 60_000) },
  { reporter: 'RUS', partner: 'GEO', flow: 'M', hs: '851762', value: (t) => (t < 24 ? 1060 : null) },
  { reporter: 'GEO', partner: 'RUS', flow: 'X', hs: '851762', value: (t) => (isPost(t) ? 40_000 : null) },
  { reporter: 'GEO', partner: 'WLD', flow: 'M', hs: '851762', value: (t) => (isPost(t) ? 50_000 : null) },
];

/** Mean of a monthly function over the baseline or post months. */
export function meanOver(fn: (t: number) => number, which: 'baseline' | 'post'): number {
  const months = Array.from({ length: 36 }, (_, t) => t).filter(
    which === 'baseline' ? isBaseline : isPost,
  );
  return months.reduce((s, t) => s + fn(t), 0) / months.length;
}
