import type { Table } from 'apache-arrow';
import { queryArrow } from './duckdb-browser';
import { partnerFlowsSql } from './flows-sql';

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

function strings(table: Table, column: string): string[] {
  return Array.from(table.getChild(column)?.toArray() ?? [], (value) => String(value ?? ''));
}

function numbers(table: Table, column: string): Float64Array {
  return Float64Array.from(table.getChild(column)?.toArray() ?? [], Number);
}

function pairs(x: Float64Array, y: Float64Array): Float64Array {
  const out = new Float64Array(x.length * 2);
  for (let i = 0; i < x.length; i += 1) {
    out[2 * i] = x[i] ?? 0;
    out[2 * i + 1] = y[i] ?? 0;
  }
  return out;
}

/** Turns the result of {@link partnerFlowsSql} into columns. */
export function toPartnerFlows(table: Table): PartnerFlows {
  const [firstPeriod = ''] = strings(table, 'first_period');
  const [lastPeriod = ''] = strings(table, 'last_period');
  return {
    count: table.numRows,
    partner: strings(table, 'partner'),
    nameEn: strings(table, 'name_en'),
    nameZh: strings(table, 'name_zh'),
    valueUsd: numbers(table, 'value_usd'),
    originPosition: pairs(numbers(table, 'origin_lon'), numbers(table, 'origin_lat')),
    partnerPosition: pairs(numbers(table, 'partner_lon'), numbers(table, 'partner_lat')),
    firstPeriod,
    lastPeriod,
  };
}

/** Queries the current dataset for `origin`'s CHPL exports by partner over the last `months`. */
export async function queryPartnerFlows(origin: string, months: number): Promise<PartnerFlows> {
  const { sql, params } = partnerFlowsSql(origin, months);
  return toPartnerFlows(await queryArrow(sql, params));
}
