import type { SurgeStory } from './story-types';

/** Story (a): transshipment corridors that surge after February 2022 (and one to Belarus, d). */
export const SURGES: readonly SurgeStory[] = [
  {
    // Published: Taiwan's 8542 to KGZ 0.50 M (2022), 0.06 M (2023); short, sharp, then gone.
    id: 'kgz-ics',
    via: 'KGZ',
    to: 'RUS',
    // prettier-ignore
    profile: [
      ['2022-02', 0], ['2022-03', 0.15], ['2022-06', 0.7], ['2022-09', 1], ['2022-10', 1],
      ['2022-12', 0.6], ['2023-01', 0.3], ['2023-02', 0.1], ['2023-03', 0.04], ['2023-12', 0.015],
      ['2025-06', 0.01],
    ],
    firstLegBase: { '854231': 300, '854232': 300 },
    firstLeg: { '854231': 40e3, '854232': 33e3 },
    onward: { '854231': 36e3, '854232': 30e3 },
    lagMonths: 1,
    mirrorRatio: 0.5,
    unitValueJump: 1.45,
    reexportShare: 0.85,
  },
  {
    id: 'kgz-847150',
    via: 'KGZ',
    to: 'RUS',
    // prettier-ignore
    profile: [
      ['2022-02', 0], ['2022-03', 0.1], ['2022-08', 0.6], ['2023-02', 1], ['2023-10', 1],
      ['2024-01', 0.5], ['2024-04', 0.2], ['2025-06', 0.15],
    ],
    firstLegBase: { '847150': 3e3 },
    firstLeg: { '847150': 450e3 },
    onward: { '847150': 420e3 },
    lagMonths: 1,
    mirrorRatio: 0.5,
    unitValueJump: 1.4,
    reexportShare: 0.85,
  },
  {
    // Kyrgyzstan's 8542 exports of 2023 (13.6 M) dwarf what Taiwan sent: other origins, in
    // codes Taiwan does not ship there. An onward surge that does not come from Taiwan.
    id: 'kgz-other-ics',
    via: 'KGZ',
    to: 'RUS',
    // prettier-ignore
    profile: [
      ['2022-06', 0], ['2022-12', 0.05], ['2023-03', 0.6], ['2023-06', 1], ['2023-10', 1],
      ['2023-12', 0.35], ['2024-03', 0.08], ['2024-12', 0.04], ['2025-06', 0.03],
    ],
    firstLeg: {},
    onward: { '854239': 1.2e6, '854233': 0.2e6 },
    lagMonths: 0,
    mirrorRatio: 1,
    unitValueJump: 1,
    reexportShare: 0.9,
  },
  {
    id: 'kaz',
    via: 'KAZ',
    to: 'RUS',
    // prettier-ignore
    profile: [
      ['2022-02', 0], ['2022-03', 0.15], ['2022-06', 0.8], ['2022-09', 1], ['2022-12', 0.85],
      ['2023-06', 0.55], ['2023-12', 0.4], ['2024-06', 0.25], ['2025-06', 0.2],
    ],
    firstLegBase: { '854231': 12e3, '854232': 8e3, '854239': 5e3 },
    firstLeg: { '854231': 0.7e6, '854232': 0.4e6, '854239': 0.2e6, '851762': 1.5e6 },
    onward: { '854231': 1.3e6, '854232': 0.8e6, '854239': 0.5e6, '851762': 1.3e6 },
    lagMonths: 1,
    mirrorRatio: 1,
    unitValueJump: 1.15,
    reexportShare: 0.85,
  },
  {
    // Published: Armenia's 8542 exports 0.00 (2021), 13.5 M (2022), 20.0 M (2023), 0.69 M (2024).
    id: 'arm-ics',
    via: 'ARM',
    to: 'RUS',
    // prettier-ignore
    profile: [
      ['2022-02', 0], ['2022-03', 0.15], ['2022-06', 0.7], ['2022-10', 1], ['2023-08', 1],
      ['2023-12', 0.5], ['2024-02', 0.05], ['2024-04', 0.02], ['2025-06', 0.01],
    ],
    firstLegBase: { '854231': 100, '854232': 100 },
    firstLeg: { '854231': 0.55e6, '854232': 0.45e6 },
    onward: { '854231': 1.0e6, '854232': 0.86e6 },
    lagMonths: 1,
    mirrorRatio: 0.5,
    unitValueJump: 1.5,
    reexportShare: 0.9,
  },
  {
    id: 'are-nav',
    via: 'ARE',
    to: 'RUS',
    // prettier-ignore
    profile: [
      ['2022-02', 0], ['2022-04', 0.2], ['2022-10', 0.8], ['2023-04', 1], ['2023-12', 1],
      ['2024-03', 0.7], ['2024-12', 0.6], ['2025-06', 0.6],
    ],
    firstLeg: { '852691': 0.8e6, '901420': 0.15e6, '854231': 0.05e6, '854232': 0.04e6 },
    onward: { '852691': 0.7e6, '901420': 0.13e6, '854231': 0.35e6, '854232': 0.25e6 },
    lagMonths: 2,
    mirrorRatio: 1,
    unitValueJump: 1.15,
    reexportShare: 0.8,
  },
  {
    // Machine tools and bearings, not ICs; the route takes over when Taiwan bans machine
    // tools to Russia in March 2024.
    id: 'tur-machine-tools',
    via: 'TUR',
    to: 'RUS',
    // prettier-ignore
    profile: [
      ['2022-02', 0], ['2022-04', 0.1], ['2022-12', 0.4], ['2023-06', 0.7], ['2024-02', 0.8],
      ['2024-05', 1], ['2025-06', 1],
    ],
    firstLeg: { '845710': 1.3e6, '845811': 0.4e6, '845961': 0.3e6, '848210': 0.35e6 },
    onward: { '845710': 1.1e6, '845811': 0.35e6, '845961': 0.26e6, '848210': 0.3e6 },
    lagMonths: 1,
    mirrorRatio: 1,
    unitValueJump: 1.1,
  },
  {
    // A small share of a huge, smooth flow: only the onward leg stands out.
    id: 'hkg-ics',
    via: 'HKG',
    to: 'RUS',
    // prettier-ignore
    profile: [
      ['2022-02', 0], ['2022-04', 0.2], ['2022-12', 0.8], ['2023-06', 1], ['2024-06', 0.9],
      ['2025-06', 0.85],
    ],
    firstLeg: { '854231': 18e6, '854232': 12e6 },
    onward: { '854231': 20e6, '854232': 14e6 },
    lagMonths: 1,
    mirrorRatio: 1,
    unitValueJump: 1,
  },
  {
    // Look-alike (c): Uzbekistan's exports to Russia surge while Taiwan's sales to it stay flat.
    id: 'uzb-not-taiwan',
    via: 'UZB',
    to: 'RUS',
    // prettier-ignore
    profile: [
      ['2022-02', 0], ['2022-05', 0.3], ['2022-12', 1], ['2025-06', 1],
    ],
    firstLegBase: { '847150': 8e3 },
    firstLeg: {},
    onward: { '847150': 0.6e6 },
    lagMonths: 0,
    mirrorRatio: 1,
    unitValueJump: 1,
    reexportShare: 0.8,
  },
  {
    // Story (d): Belarus, smaller, after Taiwan's Belarus controls of May 2022.
    id: 'kaz-blr',
    via: 'KAZ',
    to: 'BLR',
    // prettier-ignore
    profile: [
      ['2022-04', 0], ['2022-06', 0.3], ['2023-01', 1], ['2024-01', 0.8], ['2025-06', 0.6],
    ],
    firstLeg: { '847150': 0.15e6, '854231': 0.06e6 },
    onward: { '847150': 0.14e6, '854231': 0.1e6 },
    lagMonths: 1,
    mirrorRatio: 1,
    unitValueJump: 1.1,
    reexportShare: 0.85,
  },
];
