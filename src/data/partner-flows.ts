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
  /** The origin's longitude and latitude: ONE pair, shared by every flow. */
  originPosition: Float64Array;
  /** Each partner's longitude and latitude: `count` pairs. */
  partnerPosition: Float64Array;
  /** First and last month summed, as ISO dates (empty when there is no flow). */
  firstPeriod: string;
  lastPeriod: string;
}
