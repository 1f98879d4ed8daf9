import type { Annual } from './calendar';
import { CHPL_CODES, IC_CODES, MACHINE_TOOL_CODES } from './products';
import type { LevelStory, ScaleStory, Target } from './story-types';

/** US$ millions → US$. */
const million = (annual: Record<number, number>): Annual =>
  Object.fromEntries(Object.entries(annual).map(([y, v]) => [y, v * 1e6]));
const billion = (annual: Record<number, number>): Annual =>
  Object.fromEntries(Object.entries(annual).map(([y, v]) => [y, v * 1e9]));

const IC_SPLIT = { '854231': 0.36, '854232': 0.3, '854233': 0.04, '854239': 0.3 };
// prettier-ignore
const MACHINE_TOOL_SPLIT = { '845710': 0.45, '845811': 0.15, '845891': 0.1, '845961': 0.1, '846693': 0.2 };

/** Series set outright: the direct flows of story (b) and the look-alikes of story (c). */
export const LEVELS: readonly LevelStory[] = [
  {
    id: 'twn-rus-ics',
    reporter: 'TWN',
    partner: 'RUS',
    split: IC_SPLIT,
    // prettier-ignore
    knots: [
      ['2018-01', 2.35e6], ['2021-12', 1.75e6], ['2022-02', 1.7e6], ['2022-04', 0.75e6],
      ['2022-12', 0.5e6], ['2023-06', 0.3e6], ['2023-12', 0.2e6], ['2024-02', 0.06e6],
      ['2024-12', 0.04e6], ['2025-06', 0.015e6],
    ],
  },
  {
    id: 'twn-rus-machine-tools',
    reporter: 'TWN',
    partner: 'RUS',
    split: MACHINE_TOOL_SPLIT,
    // prettier-ignore
    knots: [
      ['2018-01', 3.4e6], ['2021-12', 3.5e6], ['2022-06', 3.7e6], ['2023-12', 3.8e6],
      ['2024-02', 3.6e6], ['2024-04', 0.35e6], ['2024-12', 0.1e6], ['2025-06', 0.06e6],
    ],
  },
  {
    id: 'mng-spike',
    reporter: 'TWN',
    partner: 'MNG',
    split: { '880730': 1 },
    knots: [['2018-01', 0]],
    spikes: [['2023-08', 2.4e6]],
  },
  {
    id: 'vnm-seasonal',
    reporter: 'TWN',
    partner: 'VNM',
    split: { '850760': 1 },
    // prettier-ignore
    knots: [['2018-01', 5e6], ['2025-06', 7e6]],
    seasonal: { amplitude: 0.6, peakMonth: 9 },
  },
];

/** The corridor products whose direct sales to Russia collapse as the corridors open (story b). */
const COLLAPSING_DIRECT = ['847150', '851762', '852691', '901420', '848210'] as const;

const skip = new Set<string>([...IC_CODES, ...MACHINE_TOOL_CODES, ...COLLAPSING_DIRECT]);

/** Multipliers on Taiwan's direct sales of controlled goods to Russia and Belarus. */
export const SCALES: readonly ScaleStory[] = [
  {
    id: 'direct-collapse',
    reporter: 'TWN',
    partners: ['RUS'],
    hs: COLLAPSING_DIRECT,
    // prettier-ignore
    factor: [['2022-02', 1], ['2022-04', 0.35], ['2022-12', 0.12], ['2024-01', 0.04]],
  },
  {
    id: 'other-chpl-to-russia',
    reporter: 'TWN',
    partners: ['RUS'],
    hs: CHPL_CODES.filter((hs) => !skip.has(hs)),
    // prettier-ignore
    factor: [
      ['2022-03', 1], ['2022-06', 0.55], ['2023-01', 0.4], ['2024-01', 0.12], ['2025-06', 0.1],
    ],
  },
  {
    id: 'chpl-to-belarus',
    reporter: 'TWN',
    partners: ['BLR'],
    hs: CHPL_CODES,
    // prettier-ignore
    factor: [['2022-04', 1], ['2022-07', 0.3], ['2024-01', 0.08]],
  },
];

const TW_CUSTOMS = 'Taiwan customs statistics (data/sample/README.md)';
const COMTRADE = 'UN Comtrade (data/sample/README.md)';

/** Annual totals the monthly rows add up to: the published figures, filled in where none is given. */
// prettier-ignore
export const TARGETS: readonly Target[] = [
  { reporter: 'TWN', partner: 'RUS', hs: IC_CODES, fit: 'scale', source: TW_CUSTOMS,
    annual: million({ 2019: 27.4, 2020: 25.3, 2021: 21.6, 2022: 10.6, 2023: 3.5, 2024: 0.6 }),
    published: [2019, 2020, 2021, 2022, 2023, 2024] },
  { reporter: 'TWN', partner: 'KGZ', hs: IC_CODES, fit: 'scale', source: TW_CUSTOMS,
    annual: million({ 2018: 0, 2019: 0, 2020: 0.009, 2021: 0, 2022: 0.5, 2023: 0.06 }),
    published: [2019, 2020, 2021, 2022, 2023] },
  { reporter: 'TWN', partner: 'TUR', hs: IC_CODES, fit: 'smooth', source: TW_CUSTOMS,
    annual: million({ 2018: 95, 2019: 102, 2020: 115, 2021: 128, 2022: 146, 2023: 156, 2024: 130, 2025: 68 }),
    published: [2019, 2021, 2022, 2023, 2024] },
  { reporter: 'TWN', partner: 'ARE', hs: IC_CODES, fit: 'smooth', source: TW_CUSTOMS,
    annual: million({ 2018: 0.5, 2019: 0.63, 2020: 1.1, 2021: 1.66, 2022: 2.12, 2023: 1.14, 2024: 2.81, 2025: 1.4 }),
    published: [2019, 2021, 2022, 2023, 2024] },
  { reporter: 'TWN', partner: 'HKG', hs: IC_CODES, fit: 'smooth', source: TW_CUSTOMS,
    annual: billion({ 2018: 24.5, 2019: 26.7, 2020: 35.5, 2021: 44.7, 2022: 49.2, 2023: 43.1, 2024: 47, 2025: 25 }),
    published: [2019, 2021, 2022, 2023] },
  { reporter: 'TWN', partner: 'SGP', hs: IC_CODES, fit: 'smooth', source: 'illustrative',
    annual: billion({ 2018: 9, 2019: 9.5, 2020: 11.5, 2021: 14.5, 2022: 16, 2023: 14, 2024: 16.5, 2025: 9 }),
    published: [] },
  { reporter: 'TWN', partner: 'RUS', hs: MACHINE_TOOL_CODES, fit: 'scale', source: 'data/sample/README.md (controls of Mar 2024)',
    annual: million({ 2023: 45 }), published: [2023] },
  { reporter: 'KGZ', partner: 'WLD', hs: IC_CODES, fit: 'scale', source: COMTRADE,
    annual: million({ 2018: 0.02, 2019: 0.02, 2020: 0.02, 2021: 0.02, 2022: 0.66, 2023: 13.6, 2024: 1.36 }),
    published: [2021, 2022, 2023, 2024] },
  { reporter: 'ARM', partner: 'WLD', hs: IC_CODES, fit: 'scale', source: COMTRADE,
    annual: million({ 2018: 0.003, 2019: 0.003, 2020: 0.003, 2021: 0.002, 2022: 13.5, 2023: 20.0, 2024: 0.69 }),
    published: [2021, 2022, 2023, 2024] },
  { reporter: 'KAZ', partner: 'WLD', hs: IC_CODES, fit: 'scale', source: COMTRADE,
    annual: million({ 2018: 0.3, 2019: 0.3, 2020: 0.3, 2021: 0.32, 2022: 19.0, 2023: 17.3 }),
    published: [2021, 2022, 2023] },
];
