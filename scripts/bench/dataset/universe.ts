import { readFileSync } from 'node:fs';
import { Rng } from '../../scenarios/prng';
import { CHPL_CODES, PRODUCT_BY_HS } from '../../sample/products';

/** Eight years of months: January 2018 (t = 0) to December 2025 (t = 95). */
export const FIRST_YEAR = 2018;
export const MONTHS = 96;
/** t of March 2022, when the post period of the default analysis starts. */
export const WAR_T = 50;
/** Last month Russia and Belarus report (December 2021). */
export const LAST_SANCTIONED_T = 47;

/** How many economies and HS-6 codes the generated world has. */
export const ECONOMY_COUNT = 200;
export const CODE_COUNT = 5000;

/** The origin every story starts from. */
export const ORIGIN = 'TWN';
/** Destinations under sanctions: they stop reporting after 2021. */
export const SANCTIONED = ['RUS', 'BLR'] as const;

/** The largest traders first (a rough order: rank sets how much an economy trades). */
// prettier-ignore
const HEAD = [
  'CHN', 'USA', 'DEU', 'JPN', 'KOR', 'HKG', 'NLD', 'FRA', 'ITA', 'GBR', 'IND', 'SGP', 'MEX',
  'CAN', 'TWN', 'RUS', 'ESP', 'BEL', 'CHE', 'VNM', 'MYS', 'THA', 'AUS', 'POL', 'BRA', 'TUR',
  'ARE', 'SAU', 'IDN', 'SWE', 'AUT', 'CZE', 'IRL', 'PHL', 'ISR', 'DNK', 'NOR', 'HUN', 'ZAF',
  'FIN', 'PRT', 'CHL', 'KAZ', 'ROU', 'SVK', 'NZL', 'EGY', 'PAK', 'BGD', 'UKR', 'NGA', 'ARG',
  'COL', 'PER', 'QAT', 'KWT', 'OMN', 'GRC', 'IRQ', 'DZA', 'MAR', 'BLR', 'UZB', 'GEO', 'ARM',
  'KGZ', 'SRB', 'MNG', 'TJK', 'AZE', 'LKA', 'KEN', 'JOR', 'BHR', 'CYP', 'BGR', 'HRV', 'SVN',
  'LTU', 'LVA', 'EST', 'LUX', 'MDA', 'MKD', 'ALB', 'MNE', 'BIH', 'TKM', 'LAO', 'KHM', 'MMR',
  'NPL',
];

/** Third countries that may sit on a corridor; they also report totals with the world. */
// prettier-ignore
export const TRANSIT = [
  'ARM', 'GEO', 'KAZ', 'KGZ', 'UZB', 'TJK', 'TUR', 'ARE', 'IND', 'SRB', 'MNG', 'AZE', 'OMN',
  'QAT', 'JOR', 'EGY', 'MDA', 'MKD', 'TKM', 'LAO', 'KHM', 'MMR', 'LKA', 'NPL',
];
/** Huge, stable hubs (look-alikes ride on them); they also report totals with the world. */
export const HUBS = ['HKG', 'SGP', 'CHN'];
/** Economies that never report (their flows exist only as partners' mirrors). */
export const NON_REPORTING = ['BGD', 'NGA', 'IRQ', 'TKM', 'MMR'];

/** An economy of the generated world. */
export interface Economy {
  iso3: string;
  /** 0 for the largest trader. */
  rank: number;
  reports: boolean;
  /** Reports its exports to and imports from the world ('WLD' rows). */
  worldTotals: boolean;
}

/** A product of the generated world. */
export interface Code {
  hs: string;
  /** 0 for the most traded product. */
  rank: number;
  /** US$ per kg. */
  usdPerKg: number;
  /** Position among the CHPL codes, or null for an uncontrolled product. */
  chplIndex: number | null;
  /** kg per machine, for products counted in units. */
  kgPerUnit: number | null;
}

/** The ISO-3 codes of the reference table, in file order. */
function referenceEconomies(): string[] {
  const csv = readFileSync(
    new URL('../../../data/reference/countries.csv', import.meta.url),
    'utf8',
  );
  return csv
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0] ?? '')
    .filter((iso3) => /^[A-Z]{3}$/.test(iso3));
}

/** The 200 economies: the large traders in order, then a seeded draw of the rest. */
export function economies(seed: number): Economy[] {
  const known = new Set(referenceEconomies());
  const head = HEAD.filter((iso3) => known.has(iso3));
  const rest = new Rng(seed ^ 0x5eed01)
    .shuffle([...known].filter((iso3) => !head.includes(iso3) && iso3 !== 'ATA'))
    .slice(0, ECONOMY_COUNT - head.length);
  const world = new Set([...TRANSIT, ...HUBS]);
  return [...head, ...rest].map((iso3, rank) => ({
    iso3,
    rank,
    reports: !NON_REPORTING.includes(iso3),
    worldTotals: world.has(iso3),
  }));
}

/** HS-6 subheading endings, as the nomenclature uses them. */
// prettier-ignore
const ENDINGS = ['10', '11', '12', '19', '20', '21', '22', '29', '30', '31', '39', '40', '41', '49', '50', '60', '80', '90', '91', '99'];

/**
 * 5,000 HS-6 codes: the sample's 50 CHPL codes and 5 look-alikes, then plausible made-up
 * codes (chapter, heading, subheading) in a seeded order of how much each is traded. The
 * CHPL codes are spread over the 1,000 most traded.
 */
export function productCodes(seed: number): Code[] {
  const rng = new Rng(seed ^ 0x5eed02);
  const real = [...PRODUCT_BY_HS.keys()];
  const made: string[] = [];
  for (let chapter = 1; chapter <= 97; chapter++) {
    if (chapter === 77) continue;
    for (let heading = 1; heading <= 30; heading++) {
      for (const ending of ENDINGS) {
        const hs = `${String(chapter).padStart(2, '0')}${String(heading).padStart(2, '0')}${ending}`;
        if (!PRODUCT_BY_HS.has(hs)) made.push(hs);
      }
    }
  }
  const order = rng.shuffle(made).slice(0, CODE_COUNT - real.length);
  for (const hs of real) order.splice(rng.int(0, Math.min(1000, order.length)), 0, hs);
  return order.map((hs, rank) => {
    const product = PRODUCT_BY_HS.get(hs);
    const chpl = CHPL_CODES.indexOf(hs);
    return {
      hs,
      rank,
      usdPerKg: product?.usdPerKg ?? Math.round(rng.logUniform(1, 3000) * 100) / 100,
      chplIndex: chpl >= 0 ? chpl : null,
      kgPerUnit: product?.kgPerUnit ?? null,
    };
  });
}
