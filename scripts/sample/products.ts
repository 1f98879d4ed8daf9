import type { Annual } from './calendar';

/** Product groups with their own growth path (index, 2018 = 1). */
export type ProductGroup = 'ic' | 'compute' | 'electronics' | 'semi' | 'machine' | 'other';

/** A product of the sample and how Taiwan trades it. */
export interface Product {
  hs: string;
  group: ProductGroup;
  /** Taiwan's exports to the world in 2018, US$ (order of magnitude of the real figure). */
  twnExports: number;
  /** Typical unit value, US$ per kg. */
  usdPerKg: number;
  /** Weight of one machine, kg: machine tools carry a count of units. */
  kgPerUnit?: number;
  /** On the Common High Priority List (otherwise an uncontrolled look-alike). */
  chpl: boolean;
}

type Row = [
  hs: string,
  group: ProductGroup,
  twnExports: number,
  usdPerKg: number,
  kgPerUnit?: number,
];

// prettier-ignore
const CHPL_ROWS: Row[] = [
  ['854231', 'ic', 36e9, 3000], ['854232', 'ic', 30e9, 1500], ['854233', 'ic', 4e9, 800],
  ['854239', 'ic', 30e9, 2000], ['851762', 'electronics', 12e9, 120],
  ['852691', 'electronics', 0.9e9, 300], ['853221', 'electronics', 0.25e9, 400],
  ['853224', 'electronics', 2.5e9, 250], ['854800', 'electronics', 0.4e9, 100],
  ['847150', 'compute', 6e9, 150], ['850440', 'electronics', 5e9, 40],
  ['851769', 'electronics', 1.8e9, 150], ['852589', 'electronics', 1.2e9, 200],
  ['852910', 'electronics', 0.4e9, 30], ['852990', 'electronics', 1.2e9, 60],
  ['853669', 'electronics', 1.3e9, 25], ['853690', 'electronics', 1.8e9, 35],
  ['854110', 'electronics', 0.7e9, 150], ['854121', 'electronics', 0.25e9, 300],
  ['854129', 'electronics', 1.2e9, 400], ['854130', 'electronics', 0.08e9, 100],
  ['854149', 'electronics', 0.9e9, 250], ['854151', 'electronics', 0.15e9, 500],
  ['854159', 'electronics', 0.4e9, 300], ['854160', 'electronics', 0.5e9, 250],
  ['848210', 'machine', 0.35e9, 12], ['848220', 'machine', 0.04e9, 8],
  ['848230', 'machine', 0.02e9, 10], ['848250', 'machine', 0.05e9, 9],
  ['880730', 'other', 0.12e9, 150], ['901310', 'other', 0.04e9, 200],
  ['901380', 'electronics', 1.4e9, 120], ['901420', 'other', 0.04e9, 800],
  ['901480', 'other', 0.08e9, 300], ['847180', 'compute', 2.5e9, 80],
  ['848610', 'semi', 0.08e9, 150], ['848620', 'semi', 1.8e9, 200], ['848640', 'semi', 0.4e9, 180],
  ['853400', 'electronics', 7e9, 60], ['854320', 'other', 0.08e9, 300],
  ['902750', 'other', 0.25e9, 400], ['903020', 'other', 0.04e9, 500],
  ['903032', 'other', 0.015e9, 300], ['903039', 'other', 0.08e9, 400],
  ['903082', 'semi', 1.0e9, 600], ['845710', 'machine', 0.9e9, 20, 5000],
  ['845811', 'machine', 0.2e9, 15, 4000], ['845891', 'machine', 0.15e9, 18, 3500],
  ['845961', 'machine', 0.1e9, 18, 4500], ['846693', 'machine', 0.55e9, 15],
];

// prettier-ignore
const LOOK_ALIKE_ROWS: Row[] = [
  ['847130', 'compute', 3e9, 250], ['850760', 'electronics', 0.9e9, 35],
  ['870899', 'other', 1.0e9, 6], ['731815', 'other', 2.0e9, 3], ['940540', 'other', 0.35e9, 15],
];

const toProduct =
  (chpl: boolean) =>
  ([hs, group, twnExports, usdPerKg, kgPerUnit]: Row): Product => ({
    hs,
    group,
    twnExports,
    usdPerKg,
    chpl,
    ...(kgPerUnit ? { kgPerUnit } : {}),
  });

/** The 50 CHPL codes and 5 uncontrolled look-alikes (laptops, batteries, car parts, screws, lamps). */
export const PRODUCTS: readonly Product[] = [
  ...CHPL_ROWS.map(toProduct(true)),
  ...LOOK_ALIKE_ROWS.map(toProduct(false)),
];

/** Product by HS code. */
export const PRODUCT_BY_HS: ReadonlyMap<string, Product> = new Map(PRODUCTS.map((p) => [p.hs, p]));

/** HS 8542, integrated circuits (CHPL tier 1). */
export const IC_CODES = ['854231', '854232', '854233', '854239'] as const;

/** CNC machine tools and their parts (CHPL tier 4.B). */
export const MACHINE_TOOL_CODES = ['845710', '845811', '845891', '845961', '846693'] as const;

/** The CHPL codes. */
export const CHPL_CODES: readonly string[] = PRODUCTS.filter((p) => p.chpl).map((p) => p.hs);

/** Growth of Taiwan's exports by product group: chip boom of 2021–22, AI servers from 2023. */
export const GROWTH: Readonly<Record<ProductGroup, Annual>> = {
  ic: { 2018: 1, 2019: 1.02, 2020: 1.22, 2021: 1.5, 2022: 1.62, 2023: 1.45, 2024: 1.75, 2025: 2 },
  compute: {
    2018: 1,
    2019: 1.05,
    2020: 1.25,
    2021: 1.35,
    2022: 1.3,
    2023: 1.6,
    2024: 2.6,
    2025: 3.4,
  },
  electronics: {
    2018: 1,
    2019: 0.98,
    2020: 1.02,
    2021: 1.2,
    2022: 1.15,
    2023: 1,
    2024: 1.05,
    2025: 1.1,
  },
  semi: { 2018: 1, 2019: 1.1, 2020: 1.3, 2021: 1.6, 2022: 1.8, 2023: 1.7, 2024: 1.9, 2025: 2 },
  machine: {
    2018: 1,
    2019: 0.9,
    2020: 0.75,
    2021: 0.95,
    2022: 0.98,
    2023: 0.9,
    2024: 0.82,
    2025: 0.8,
  },
  other: {
    2018: 1,
    2019: 0.99,
    2020: 0.97,
    2021: 1.12,
    2022: 1.12,
    2023: 1.02,
    2024: 1.04,
    2025: 1.06,
  },
};

/** Mild monthly pattern of all trade: the Lunar New Year dip in February, a busy autumn. */
export const SEASON = [0.96, 0.84, 1.0, 0.99, 1.0, 1.01, 1.02, 1.03, 1.05, 1.05, 1.01, 1.04];
