import type { Knot } from './calendar';
import type { ProductGroup } from './products';

/** How a partner's imports from Taiwan lean across product groups. */
export type PartnerKind = 'hub' | 'industrial' | 'market' | 'small';

/** A buyer of Taiwan's exports. */
export interface Partner {
  iso3: string;
  /** Share of Taiwan's exports (roughly 2021). */
  weight: number;
  kind: PartnerKind;
  /** Probability that Taiwan sells it a given product at all. */
  coverage: number;
  /** Whether it reports monthly imports (Russia and Belarus stop after 2021, see below). */
  reports: boolean;
}

/** Relative demand of each kind of partner for each product group. */
export const KIND_AFFINITY: Readonly<Record<PartnerKind, Record<ProductGroup, number>>> = {
  hub: { ic: 2, semi: 2, machine: 1, electronics: 1, compute: 0.8, other: 0.8 },
  industrial: { ic: 0.5, semi: 0.8, machine: 1.2, electronics: 1, compute: 1.5, other: 1.1 },
  market: { ic: 0.15, semi: 0.1, machine: 1, electronics: 1, compute: 1.2, other: 1.4 },
  small: { ic: 0.02, semi: 0.02, machine: 1, electronics: 0.8, compute: 0.8, other: 1.2 },
};

type PartnerRow = [iso3: string, weight: number, kind: PartnerKind, coverage: number];

// prettier-ignore
const PARTNER_ROWS: PartnerRow[] = [
  ['CHN', 0.28, 'hub', 1], ['HKG', 0.14, 'hub', 1], ['USA', 0.15, 'industrial', 1],
  ['JPN', 0.065, 'hub', 1], ['SGP', 0.057, 'hub', 1], ['KOR', 0.04, 'hub', 0.95],
  ['VNM', 0.025, 'hub', 0.9], ['MYS', 0.03, 'hub', 0.9], ['DEU', 0.015, 'industrial', 0.9],
  ['NLD', 0.014, 'industrial', 0.85], ['THA', 0.013, 'hub', 0.8], ['PHL', 0.014, 'hub', 0.75],
  ['IND', 0.009, 'industrial', 0.8], ['MEX', 0.008, 'industrial', 0.7], ['GBR', 0.006, 'industrial', 0.7],
  ['FRA', 0.004, 'industrial', 0.6], ['ITA', 0.004, 'industrial', 0.6], ['AUS', 0.008, 'market', 0.6],
  ['CAN', 0.004, 'industrial', 0.55], ['IDN', 0.008, 'market', 0.6], ['ISR', 0.002, 'industrial', 0.45],
  ['BRA', 0.004, 'market', 0.5], ['CZE', 0.003, 'industrial', 0.45], ['POL', 0.003, 'industrial', 0.45],
  ['HUN', 0.001, 'industrial', 0.3], ['TUR', 0.005, 'industrial', 0.7], ['ARE', 0.004, 'market', 0.6],
  ['SAU', 0.002, 'market', 0.35], ['ZAF', 0.001, 'market', 0.3], ['ESP', 0.002, 'industrial', 0.4],
  ['SWE', 0.001, 'industrial', 0.3], ['CHE', 0.002, 'industrial', 0.35], ['BEL', 0.002, 'industrial', 0.35],
  ['NZL', 0.001, 'market', 0.25], ['CHL', 0.001, 'market', 0.25], ['PAK', 0.001, 'market', 0.25],
  ['BGD', 0.002, 'market', 0.25], ['EGY', 0.001, 'market', 0.2], ['NGA', 0.0005, 'market', 0.15],
  ['UKR', 0.0005, 'market', 0.25], ['KAZ', 0.0003, 'small', 0.4], ['KGZ', 0.00002, 'small', 0.12],
  ['ARM', 0.00002, 'small', 0.12], ['GEO', 0.00003, 'small', 0.2], ['UZB', 0.00005, 'small', 0.25],
  ['SRB', 0.0002, 'small', 0.3], ['MNG', 0.00005, 'small', 0.12], ['RUS', 0.003, 'small', 0.75],
  ['BLR', 0.0002, 'small', 0.3],
];

/** Economies that never report monthly imports in the sample (so their mirror rows are absent). */
const NON_REPORTING = new Set(['BGD', 'NGA']);

/** Taiwan's partners in the sample. */
export const PARTNERS: readonly Partner[] = PARTNER_ROWS.map(([iso3, weight, kind, coverage]) => ({
  iso3,
  weight,
  kind,
  coverage,
  reports: !NON_REPORTING.has(iso3),
}));

/** Destinations under sanctions; they report nothing after this month. */
export const SANCTIONED = ['RUS', 'BLR'] as const;
export const SANCTIONED_LAST_REPORT = '2021-12';

/** A third country whose own trade (imports from the world, exports to RUS, BLR and the world) is generated. */
export interface Intermediary {
  iso3: string;
  /** Its imports of a product from all other origins, as a multiple of Taiwan's potential sales to it. */
  otherOrigins: number;
  /** Probability that it trades a given product at all. */
  coverage: number;
  /** Share of its imports it exports to other destinations (re-export hubs: high). */
  toOthers: number;
  /** Share of its imports it exports to Russia before the war, and to Belarus. */
  toRussia: number;
  toBelarus: number;
  /** How its ordinary (non-story) exports to Russia move after February 2022 (multiplier). */
  russiaAfterWar: readonly Knot[];
}

const flat: readonly Knot[] = [['2022-01', 1]];

// prettier-ignore
export const INTERMEDIARIES: readonly Intermediary[] = [
  // China supplies Russia itself: its exports there grow whatever Taiwan does.
  { iso3: 'CHN', otherOrigins: 5, coverage: 1, toOthers: 0.35, toRussia: 0.004, toBelarus: 0.0002,
    russiaAfterWar: [['2022-02', 1], ['2022-12', 1.6], ['2023-12', 1.9]] },
  { iso3: 'HKG', otherOrigins: 2.5, coverage: 1, toOthers: 0.95, toRussia: 0.0005, toBelarus: 0.00005, russiaAfterWar: flat },
  // Singapore joined the sanctions: its exports to Russia dry up.
  { iso3: 'SGP', otherOrigins: 3, coverage: 1, toOthers: 0.6, toRussia: 0.001, toBelarus: 0.0001,
    russiaAfterWar: [['2022-02', 1], ['2022-06', 0.15], ['2025-06', 0.1]] },
  { iso3: 'IND', otherOrigins: 6, coverage: 0.8, toOthers: 0.15, toRussia: 0.01, toBelarus: 0.0005,
    russiaAfterWar: [['2022-02', 1], ['2023-06', 1.25]] },
  { iso3: 'TUR', otherOrigins: 9, coverage: 0.85, toOthers: 0.12, toRussia: 0.02, toBelarus: 0.002, russiaAfterWar: flat },
  { iso3: 'ARE', otherOrigins: 4, coverage: 0.8, toOthers: 0.5, toRussia: 0.01, toBelarus: 0.0005, russiaAfterWar: flat },
  { iso3: 'KAZ', otherOrigins: 8, coverage: 0.55, toOthers: 0.05, toRussia: 0.3, toBelarus: 0.02, russiaAfterWar: flat },
  { iso3: 'KGZ', otherOrigins: 10, coverage: 0.3, toOthers: 0.05, toRussia: 0.3, toBelarus: 0.02, russiaAfterWar: flat },
  { iso3: 'ARM', otherOrigins: 10, coverage: 0.3, toOthers: 0.05, toRussia: 0.2, toBelarus: 0.01, russiaAfterWar: flat },
  { iso3: 'GEO', otherOrigins: 10, coverage: 0.4, toOthers: 0.1, toRussia: 0.1, toBelarus: 0.01,
    russiaAfterWar: [['2022-02', 1], ['2023-06', 1.2]] },
  { iso3: 'UZB', otherOrigins: 10, coverage: 0.4, toOthers: 0.03, toRussia: 0.2, toBelarus: 0.01, russiaAfterWar: flat },
  { iso3: 'SRB', otherOrigins: 12, coverage: 0.45, toOthers: 0.15, toRussia: 0.05, toBelarus: 0.01, russiaAfterWar: flat },
];
