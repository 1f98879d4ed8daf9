import type { SqlRunner } from '../sql-runner';
import { overlapsSql } from '../sql/ingest/overlaps';
import type { Overlap, OverlapLayer, OverlapReason } from './types';

/*
 * One flow, one number: where two files give the same flow at different detail, the merge keeps
 * one layer of it (see sql/ingest/overlaps.ts) and reports the overlap read here.
 */

/**
 * How far the dropped figure is from the kept one, as a share of the kept one (0.003 for
 * 0.3 %); null when nothing was kept to compare with, or when the two do not measure the same
 * thing (a part of the year or of the goods against the whole).
 */
export function overlapGap(overlap: Pick<Overlap, 'kept' | 'dropped' | 'reason'>): number | null {
  const { kept, dropped, reason } = overlap;
  if (!isComparable(reason)) return null;
  if (kept.valueUsd === 0) return dropped.valueUsd === 0 ? 0 : null;
  return Math.abs(dropped.valueUsd - kept.valueUsd) / kept.valueUsd;
}

/** True when both layers are figures for the same goods and months, so their gap means something. */
export function isComparable(reason: OverlapReason): boolean {
  return reason !== 'partial_year' && reason !== 'partial_goods';
}

/** What share of the kept figure the dropped one is (0.26 for a subheading worth 26 %). */
export function overlapShare(overlap: Pick<Overlap, 'kept' | 'dropped'>): number | null {
  return overlap.kept.valueUsd === 0 ? null : overlap.dropped.valueUsd / overlap.kept.valueUsd;
}

const REASONS: readonly OverlapReason[] = [
  'partial_year',
  'authority',
  'partial_goods',
  'finer',
  'first',
];

/** One side of an overlap row; `prefix` is `kept` or `dropped`. */
function layerOf(
  r: Record<string, unknown>,
  prefix: string,
  fileName: (index: unknown) => string,
): OverlapLayer {
  return {
    file: fileName(r[`${prefix}_file`]),
    source: String(r[`${prefix}_source`]),
    level: Number(r[`${prefix}_level`]),
    freq: String(r[`${prefix}_freq`]),
    months: Number(r[`${prefix}_months`]),
    valueUsd: Number(r[`${prefix}_usd`]),
  };
}

/** Reads the resolved overlaps; `fileName` names a file by its index among the parts. */
export async function readOverlaps(
  db: SqlRunner,
  layers: string,
  fileName: (index: unknown) => string,
): Promise<Overlap[]> {
  const rows = await db.query(overlapsSql(layers));
  return rows.map((r) => {
    const reason = REASONS.find((x) => x === r.reason);
    if (!reason) throw new Error(`Unknown overlap reason: ${String(r.reason)}`);
    return {
      reporter: String(r.reporter),
      flow: String(r.flow),
      year: Number(r.year),
      family: String(r.family),
      partners: Number(r.partners),
      partner: Number(r.partners) === 1 ? String(r.partner) : null,
      reason,
      kept: layerOf(r, 'kept', fileName),
      dropped: layerOf(r, 'dropped', fileName),
      rowsDropped: Number(r.dropped_rows),
    };
  });
}
