/**
 * One origin's exports by partner, month and CHPL tier, as dense typed arrays: the whole
 * timeline of the map, played from memory (made from the flow cube by `originMonths`).
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
