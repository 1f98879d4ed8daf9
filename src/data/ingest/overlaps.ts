import type { SqlRunner } from '../sql-runner';
import { overlapsSql } from '../sql/ingest/overlaps';
import type { Overlap } from './types';

/*
 * One flow, one number: where two files give the same flow at different detail, the merge keeps
 * one layer of it (see sql/ingest/overlaps.ts) and reports the overlap read here.
 */

/**
 * How far the dropped figure is from the kept one, as a share of the kept one (0.003 for
 * 0.3 %); null when nothing was kept to compare with.
 */
export function overlapGap(overlap: Pick<Overlap, 'kept' | 'dropped'>): number | null {
  const { kept, dropped } = overlap;
  if (kept.valueUsd === 0) return dropped.valueUsd === 0 ? 0 : null;
  return Math.abs(dropped.valueUsd - kept.valueUsd) / kept.valueUsd;
}

/** Reads the resolved overlaps; `fileName` names a file by its index among the parts. */
export async function readOverlaps(
  db: SqlRunner,
  layers: string,
  fileName: (index: unknown) => string,
): Promise<Overlap[]> {
  const rows = await db.query(overlapsSql(layers));
  return rows.map((r) => ({
    reporter: String(r.reporter),
    flow: String(r.flow),
    year: Number(r.year),
    family: String(r.family),
    partners: Number(r.partners),
    partner: Number(r.partners) === 1 ? String(r.partner) : null,
    kept: {
      file: fileName(r.kept_file),
      source: String(r.kept_source),
      level: Number(r.kept_level),
      valueUsd: Number(r.kept_usd),
    },
    dropped: {
      file: fileName(r.dropped_file),
      source: String(r.dropped_source),
      level: Number(r.dropped_level),
      valueUsd: Number(r.dropped_usd),
    },
    rowsDropped: Number(r.dropped_rows),
  }));
}
