import type { Row } from '../sql-runner';

/** A leg of a route: origin → intermediary, intermediary → destination or → world, origin → destination. */
export type LegKind = 'first' | 'second' | 'world' | 'direct';

/** The legs in the order they are shown. */
export const LEG_KINDS: readonly LegKind[] = ['first', 'second', 'world', 'direct'];

/** What one side of a flow gives in one year (see coverageCellsSql). */
export interface CoverageSide {
  /** Months (bit 0 = January) in which the side's reporter filed monthly rows of the direction. */
  mask: number;
  /** The reporter filed whole-year annual rows. */
  annual: boolean;
  /** Months covered by its partial-year annual rows (1–11), or null. */
  partial: number | null;
  /** The pair itself has rows on this side. */
  rows: boolean;
  /** Sources of the pair's rows ('comtrade', 'tw-customs', ...). */
  sources: string[];
}

/** One leg in one year: what the exporter reports, what the importer reports (the mirror). */
export interface CoverageCell {
  leg: LegKind;
  /** Exporter (ISO-3). */
  from: string;
  /** Importer (ISO-3), or 'WLD' for the world total. */
  to: string;
  year: number;
  /** The exporter's own exports. */
  reported: CoverageSide;
  /** The importer's imports of the same flow; null for a world total, which has no importer. */
  mirror: CoverageSide | null;
  /** HS code lengths of the pair's rows, that year (both sides). */
  hsLevels: number[];
  /** CHPL HS-6 codes and CHPL HS-4 headings in the pair's rows that year. */
  chpl6: number;
  chpl4: number;
  /** The same over every year of the data. */
  legChpl6: number;
  legChpl4: number;
}

const int = (value: unknown) => (value === null || value === undefined ? 0 : Number(value));

const list = (value: unknown) =>
  value === null || value === undefined || value === '' ? [] : String(value).split(',');

function side(row: Row, prefix: 'reported' | 'mirror'): CoverageSide {
  const partial = row[`${prefix}_partial`];
  return {
    mask: int(row[`${prefix}_mask`]),
    annual: row[`${prefix}_annual`] === true,
    partial: partial === null || partial === undefined ? null : Number(partial),
    rows: row[`${prefix}_rows`] === true,
    sources: list(row[`${prefix}_sources`]),
  };
}

/** Turns one row of coverageCellsSql into a typed cell. */
export function readCoverageCell(row: Row): CoverageCell {
  const to = String(row.b);
  return {
    leg: String(row.leg) as LegKind,
    from: String(row.a),
    to,
    year: int(row.year),
    reported: side(row, 'reported'),
    mirror: to === 'WLD' ? null : side(row, 'mirror'),
    hsLevels: list(row.levels).map(Number),
    chpl6: int(row.chpl6),
    chpl4: int(row.chpl4),
    legChpl6: int(row.leg_chpl6),
    legChpl4: int(row.leg_chpl4),
  };
}
