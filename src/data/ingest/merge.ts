import type { SqlRunner } from '../sql-runner';
import { layersSql } from '../sql/ingest/overlaps';
import {
  clashesSql,
  copiesSql,
  duplicatesSql,
  mergedTableSql,
  picksSql,
  rankSql,
  SOURCE_PRECEDENCE,
  type MergePart,
} from '../sql/ingest/merge';
import { readOverlaps } from './overlaps';
import { plural } from './reasons';
import type { IngestWarning, Overlap } from './types';

/** What merging removed. */
export interface MergeOutcome {
  duplicates: number;
  conflicts: number;
  /** Rows dropped because a finer or more authoritative source gave the same flow. */
  overlapRows: number;
  overlaps: Overlap[];
  warnings: IngestWarning[];
}

const precedence = () => `${SOURCE_PRECEDENCE.join(', ')}, others; then the file listed first`;

/**
 * Merges files into the temporary table `out`: exact duplicate rows are removed, and where several rows share a key
 * only the one that wins by {@link SOURCE_PRECEDENCE} is kept, so the same flow is never counted
 * twice. Says, as warnings, how many rows went and from which files.
 */
export async function mergeParts(
  db: SqlRunner,
  parts: readonly MergePart[],
  out: string,
  scratch: {
    table(name: string): string;
    release(db: SqlRunner, ...names: string[]): Promise<void>;
  },
): Promise<MergeOutcome> {
  const copies = scratch.table('ingest_merge_copies');
  const picks = scratch.table('ingest_merge_picks');
  const layers = scratch.table('ingest_merge_layers');
  await db.query(copiesSql(parts, copies));
  await scratch.release(db, ...parts.map((p) => p.table));
  await db.query(picksSql(copies, picks));
  await db.query(layersSql(picks, layers, rankSql()));
  await db.query(mergedTableSql(layers, out));
  const name = (i: unknown) => {
    const file = parts[Number(i)]?.file ?? '?';
    const twice = parts.filter((p) => p.file === file).length > 1;
    return twice ? `${file} (file ${Number(i) + 1})` : file;
  };
  const warnings: IngestWarning[] = [];

  const dups = await db.query(duplicatesSql(copies));
  await scratch.release(db, copies);
  let duplicates = 0;
  for (const d of dups) {
    duplicates += Number(d.n);
    const within = d.kept === d.dropped;
    const where = within
      ? `appear twice in ${name(d.kept)}`
      : `repeat rows of ${name(d.kept)} exactly`;
    warnings.push({
      code: within ? 'duplicates_in_file' : 'duplicates_removed',
      params: {
        count: Number(d.n),
        file: name(d.dropped),
        ...(within ? {} : { other: name(d.kept) }),
      },
      message: `${plural(d.n, 'row')} of ${name(d.dropped)} ${where}: removed, counted once.`,
    });
  }

  const clashes = await db.query(clashesSql(picks));
  await scratch.release(db, picks);
  let conflicts = 0;
  for (const c of clashes) {
    conflicts += Number(c.n);
    const within = c.kept === c.dropped;
    const other = within
      ? 'other rows of the same file'
      : `rows of ${name(c.kept)} (${c.kept_source})`;
    const params = {
      count: Number(c.n),
      file: name(c.dropped),
      source: String(c.source),
      keptSource: String(c.kept_source),
      precedence: SOURCE_PRECEDENCE.join(', '),
      example: String(c.example),
    };
    warnings.push({
      code: within ? 'conflicts_in_file' : 'conflicts_dropped',
      params: within ? params : { ...params, other: name(c.kept) },
      message: `${plural(c.n, 'row')} of ${name(c.dropped)} (${c.source}) ${Number(c.n) === 1 ? 'has' : 'have'} the same period, reporter, partner, flow and HS code as ${other} with different figures: dropped, kept ${c.kept_source} (precedence: ${precedence()}). First: ${c.example}.`,
    });
  }
  const overlaps = await readOverlaps(db, layers, name);
  await scratch.release(db, layers);
  const overlapRows = overlaps.reduce((n, o) => n + o.rowsDropped, 0);
  return { duplicates, conflicts, overlapRows, overlaps, warnings };
}
