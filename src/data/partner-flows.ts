/**
 * Flows from one origin to its partners as columns (the typed-array contract the map layers
 * consume): entry i of every array describes partner i.
 */
export interface PartnerFlows {
  count: number;
  partner: string[];
  nameEn: string[];
  nameZh: string[];
  valueUsd: Float64Array;
  /** Longitude, latitude pairs. */
  originPosition: Float64Array;
  partnerPosition: Float64Array;
  /** First and last month summed, as ISO dates (empty when there is no flow). */
  firstPeriod: string;
  lastPeriod: string;
}
