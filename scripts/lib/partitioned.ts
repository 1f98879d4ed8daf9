import { createHash } from 'node:crypto';
import {
  createReadStream,
  mkdirSync,
  readdirSync,
  renameSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import {
  DEFAULT_GROUPS,
  LISTED_GROUP,
  MANIFEST_FORMAT,
  type DataSetManifest,
  type ManifestPart,
} from '../../src/data/manifest';
import { quoteLiteral } from '../../src/data/sql/quote';
import { firstViewTexts } from './first-view';
import { loadReferenceTables } from './reference';
import type { NodeDuckDB } from './node-duckdb';

/** Rows per Parquet row group, as in the ingest's single file. */
const ROW_GROUP_SIZE = 100_000;

/**
 * The HS-4 headings of the dual-use goods: those of the CHPL codes, and of their HS 2017
 * counterparts (the baseline of a code HS 2022 created sits under another heading).
 */
const LISTED_HEADINGS_SQL = `SELECT left(hs, 4) AS heading FROM hs_codes
  WHERE level = 6 AND chpl_tier IS NOT NULL
UNION SELECT left(hs2017, 4) FROM hs_concordance WHERE chpl_counterpart`;

/**
 * The part a row belongs to, by its HS code: every row under a dual-use heading (the CHPL
 * codes and their unlisted siblings, which the heading's totals and the comparisons need) in
 * {@link LISTED_GROUP}; any other row in its HS chapter's part; codes that are not HS (totals)
 * in 'other'.
 */
const GROUP_SQL = `CASE
  WHEN length(hs) >= 4 AND left(hs, 4) IN (SELECT heading FROM listed_headings) THEN '${LISTED_GROUP}'
  WHEN regexp_full_match(hs, '[0-9]{2,6}') THEN left(hs, 2)
  ELSE 'other' END`;

/** A file's SHA-256, in hex, read a chunk at a time (a part may be bigger than memory). */
async function sha256(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path)) hash.update(chunk as Buffer);
  return hash.digest('hex');
}

/**
 * Writes canonical rows (`table`) as a data set in parts: one Parquet file per group of
 * products (the dual-use headings, then each other HS chapter) under `<dir>/group=<g>/`, and
 * `manifest` (`<dir>/manifest.json`) listing each part with its rows, bytes, months, reporters,
 * HS headings and checksum, and the page's first view of the default groups' rows. The page
 * loads only the parts its view needs. The parts are written in a folder beside the target's and
 * swapped in before the manifest, which is written last and renamed into place: a write that
 * fails leaves at worst the old manifest, whose parts the page then refuses by their checksums.
 */
export async function writePartitionedDataSet(
  db: NodeDuckDB,
  table: string,
  manifest: string,
  files: readonly { name: string; format: string }[],
): Promise<DataSetManifest> {
  const dir = dirname(resolve(manifest));
  const partial = join(dir, '.partial');
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  try {
    await loadReferenceTables(db);
    await db.query(`CREATE OR REPLACE TEMP TABLE listed_headings AS ${LISTED_HEADINGS_SQL}`);
    await db.query(`CREATE OR REPLACE TEMP TABLE grouped AS
      SELECT *, ${GROUP_SQL} AS part_group FROM ${table}`);
    const groups = (
      await db.query(`SELECT DISTINCT part_group AS g FROM grouped
        ORDER BY part_group <> '${LISTED_GROUP}', part_group`)
    ).map((row) => String(row.g));
    const parts: ManifestPart[] = [];
    for (const group of groups) {
      const path = `group=${group}/part-0.parquet`;
      mkdirSync(join(partial, `group=${group}`), { recursive: true });
      const where = `part_group = ${quoteLiteral(group)}`;
      await db.query(`COPY (SELECT * EXCLUDE (part_group) FROM grouped WHERE ${where}
          ORDER BY reporter, flow, partner, hs, freq, period, source)
        TO ${quoteLiteral(join(partial, path))}
        (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`);
      const [stats] = await db.query(`SELECT count(*)::DOUBLE AS n_rows,
          strftime(min(period), '%Y-%m-%d') AS first_period,
          strftime(max(period), '%Y-%m-%d') AS last_period,
          count(DISTINCT reporter)::DOUBLE AS reporters,
          array_to_string(list_sort(list(DISTINCT left(hs, 4))), ',') AS headings
        FROM grouped WHERE ${where}`);
      parts.push({
        path,
        group,
        rows: Number(stats?.n_rows),
        bytes: statSync(join(partial, path)).size,
        sha256: await sha256(join(partial, path)),
        first_period: String(stats?.first_period),
        last_period: String(stats?.last_period),
        reporters: Number(stats?.reporters),
        headings: String(stats?.headings).split(','),
      });
    }
    const defaults = parts.filter((p) => DEFAULT_GROUPS.includes(p.group));
    // The first view is of the rows the page loads: the default groups'.
    await db.query(`CREATE OR REPLACE TEMP TABLE default_rows AS
      SELECT * EXCLUDE (part_group) FROM grouped
      WHERE part_group IN (${DEFAULT_GROUPS.map(quoteLiteral).join(', ')})`);
    const firstView = await firstViewTexts(db, 'default_rows');
    const result: DataSetManifest = {
      format: MANIFEST_FORMAT,
      rows: parts.reduce((sum, p) => sum + p.rows, 0),
      default_groups: [...DEFAULT_GROUPS],
      default_rows: defaults.reduce((sum, p) => sum + p.rows, 0),
      ingest_files: [...files],
      parts,
      ...(firstView && { first_view: firstView.flows }),
      ...(firstView?.ranking && { first_ranking: firstView.ranking }),
    };
    // The old parts go, the new come in, then the manifest that names them.
    for (const old of readdirSync(dir).filter((name) => name.startsWith('group=')))
      rmSync(join(dir, old), { recursive: true, force: true });
    for (const group of groups)
      renameSync(join(partial, `group=${group}`), join(dir, `group=${group}`));
    writeFileSync(join(partial, 'manifest.json'), `${JSON.stringify(result, null, 1)}\n`);
    renameSync(join(partial, 'manifest.json'), resolve(manifest));
    return result;
  } finally {
    rmSync(partial, { recursive: true, force: true });
    await db.query('DROP TABLE IF EXISTS grouped');
    await db.query('DROP TABLE IF EXISTS default_rows');
    await db.query('DROP TABLE IF EXISTS listed_headings');
  }
}
