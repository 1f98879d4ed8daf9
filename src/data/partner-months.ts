import type { Table } from 'apache-arrow';
import { queryArrow } from './duckdb-browser';
import { partnerMonthsSql } from './partner-months-sql';

export { partnerMonthsSql } from './partner-months-sql';

/**
 * One origin's CHPL exports by partner, month and tier, as dense typed arrays: the whole
 * timeline of the map, played from memory.
 */
export interface PartnerMonths {
  origin: string;
  /** 'YYYY-MM-01', ascending, every month from the first to the last with data (no gaps). */
  months: string[];
  /** 'month' normally; 'year' when the origin has only annual rows (then months are 'YYYY-01-01', one per year). */
  step: 'month' | 'year';
  /** Partners' ISO3 codes, in alphabetical order, and their names. */
  partners: string[];
  nameEn: string[];
  nameZh: string[];
  /** Longitude, latitude pairs, one per partner. */
  partnerPosition: Float64Array;
  /** Longitude, latitude of the origin (empty when there is no flow). */
  originPosition: Float64Array;
  /** CHPL tiers present, sorted ('1', '2', '3.A', …). */
  tiers: string[];
  /** US$; values[(p * months.length + m) * tiers.length + k] (0 where nothing was traded). */
  values: Float64Array;
}

/** Months since year 0 of an ISO date, so that months can be subtracted. */
const monthNumber = (isoDate: string) =>
  Number(isoDate.slice(0, 4)) * 12 + Number(isoDate.slice(5, 7)) - 1;

const isoMonth = (monthNumber: number) =>
  `${Math.floor(monthNumber / 12)}-${String((monthNumber % 12) + 1).padStart(2, '0')}-01`;

/** Every month (or every January, for a `step` of 12) from `first` to `last`, as ISO dates. */
function monthRange(first: string, last: string, step: number): string[] {
  const months: string[] = [];
  for (let m = monthNumber(first); m <= monthNumber(last); m += step) months.push(isoMonth(m));
  return months;
}

function strings(table: Table, column: string): string[] {
  return Array.from(table.getChild(column)?.toArray() ?? [], (value) => String(value ?? ''));
}

function numbers(table: Table, column: string): Float64Array {
  return Float64Array.from(table.getChild(column)?.toArray() ?? [], Number);
}

/** Turns the result of {@link partnerMonthsSql} (rows by partner, period, tier) into arrays. */
export function toPartnerMonths(table: Table, origin: string): PartnerMonths {
  const partner = strings(table, 'partner');
  const period = strings(table, 'period');
  const tier = strings(table, 'tier');
  const value = numbers(table, 'value_usd');
  const step = strings(table, 'freq')[0] === 'A' ? 'year' : 'month';

  const sortedPeriods = [...new Set(period)].sort();
  const first = sortedPeriods[0];
  const last = sortedPeriods[sortedPeriods.length - 1];
  const stepMonths = step === 'year' ? 12 : 1;
  const months = first && last ? monthRange(first, last, stepMonths) : [];
  const start = first ? monthNumber(first) : 0;
  const tiers = [...new Set(tier)].sort();
  const tierIndex = new Map(tiers.map((t, k) => [t, k]));

  // Rows come ordered by partner: each partner's first row gives its anchor and names.
  const partners: string[] = [];
  const rowOfPartner: number[] = [];
  partner.forEach((code, i) => {
    if (code !== partners[partners.length - 1]) {
      partners.push(code);
      rowOfPartner.push(i);
    }
  });
  const lon = numbers(table, 'partner_lon');
  const lat = numbers(table, 'partner_lat');
  const partnerPosition = new Float64Array(partners.length * 2);
  rowOfPartner.forEach((row, p) => {
    partnerPosition[2 * p] = lon[row] ?? 0;
    partnerPosition[2 * p + 1] = lat[row] ?? 0;
  });
  const nameEn = strings(table, 'name_en');
  const nameZh = strings(table, 'name_zh');

  const values = new Float64Array(partners.length * months.length * tiers.length);
  let p = -1;
  for (let i = 0; i < table.numRows; i += 1) {
    if (i === rowOfPartner[p + 1]) p += 1;
    const m = (monthNumber(period[i] ?? '') - start) / stepMonths;
    const k = tierIndex.get(tier[i] ?? '') ?? 0;
    values[(p * months.length + m) * tiers.length + k] = value[i] ?? 0;
  }

  const originLon = numbers(table, 'origin_lon')[0];
  const originLat = numbers(table, 'origin_lat')[0];
  return {
    origin,
    months,
    step,
    partners,
    nameEn: rowOfPartner.map((row) => nameEn[row] ?? ''),
    nameZh: rowOfPartner.map((row) => nameZh[row] ?? ''),
    partnerPosition,
    originPosition:
      originLon === undefined ? new Float64Array(0) : Float64Array.of(originLon, originLat ?? 0),
    tiers,
    values,
  };
}

/** Queries the current dataset for `origin`'s CHPL exports by partner, month and tier. */
export async function queryPartnerMonths(origin: string): Promise<PartnerMonths> {
  const { sql, params } = partnerMonthsSql(origin);
  return toPartnerMonths(await queryArrow(sql, params), origin);
}
