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

/** The order of a part's rows, as in the ingest's single file. */
const ROW_ORDER = 'reporter, flow, partner, hs, freq, period, source';

/**
 * Writes canonical rows (`table`) as a data set in parts: one Parquet file per group of
 * products (the dual-use headings, then each other HS chapter) under `<dir>/group=<g>/`, and
 * `manifest` (`<dir>/manifest.json`) listing each part with its rows, bytes, months, reporters,
 * HS headings and checksum, and the page's first view of the default groups' rows. The page
 * loads only the parts its view needs.
 *
 * The rows are read once and split by group into a staging folder, then each group is sorted
 * into its part: no copy of the whole data set is ever held, so a data set of hundreds of
 * millions of rows is written within DuckDB's memory limit (a part bigger than it spills).
 * The parts are written in a folder beside the target's and swapped in before the manifest,
 * which is written last and renamed into place: a write that fails leaves at worst the old
 * manifest, whose parts the page then refuses by their checksums.
 */
export async function writePartitionedDataSet(
  db: NodeDuckDB,
  table: string,
  manifest: string,
  files: readonly { name: string; format: string }[],
): Promise<DataSetManifest> {
  const dir = dirname(resolve(manifest));
  const partial = join(dir, '.partial');
  const staging = join(partial, '.staging');
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  try {
    await loadReferenceTables(db);
    await db.query(`CREATE OR REPLACE TEMP TABLE listed_headings AS ${LISTED_HEADINGS_SQL}`);
    // Split without order (in parallel), so that each part's sort below is its own.
    await db.query(`COPY (SELECT *, ${GROUP_SQL} AS "group" FROM ${table})
      TO ${quoteLiteral(staging)} (FORMAT parquet, PARTITION_BY ("group"))`);
    const groups = readdirSync(staging)
      .filter((name) => name.startsWith('group='))
      .map((name) => name.slice('group='.length))
      .sort()
      .sort((a, b) => Number(a !== LISTED_GROUP) - Number(b !== LISTED_GROUP));
    const parts: ManifestPart[] = [];
    for (const group of groups) {
      const path = `group=${group}/part-0.parquet`;
      const file = join(partial, path);
      mkdirSync(dirname(file), { recursive: true });
      const staged = `read_parquet(${quoteLiteral(join(staging, `group=${group}`, '*.parquet'))}, hive_partitioning = false)`;
      await db.query(`COPY (FROM ${staged} ORDER BY ${ROW_ORDER})
        TO ${quoteLiteral(file)} (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE})`);
      rmSync(join(staging, `group=${group}`), { recursive: true, force: true });
      const [stats] = await db.query(`SELECT count(*)::DOUBLE AS n_rows,
          strftime(min(period), '%Y-%m-%d') AS first_period,
          strftime(max(period), '%Y-%m-%d') AS last_period,
          count(DISTINCT reporter)::DOUBLE AS reporters,
          array_to_string(list_sort(list(DISTINCT left(hs, 4))), ',') AS headings
        FROM read_parquet(${quoteLiteral(file)})`);
      parts.push({
        path,
        group,
        rows: Number(stats?.n_rows),
        bytes: statSync(file).size,
        sha256: await sha256(file),
        first_period: String(stats?.first_period),
        last_period: String(stats?.last_period),
        reporters: Number(stats?.reporters),
        headings: String(stats?.headings).split(','),
      });
    }
    const defaults = parts.filter((p) => DEFAULT_GROUPS.includes(p.group));
    // The first view is of the rows the page loads: the default groups'.
    const defaultFiles = defaults.map((p) => quoteLiteral(join(partial, p.path)));
    await db.query(`CREATE OR REPLACE TEMP TABLE default_rows AS
      FROM read_parquet([${defaultFiles.join(', ')}], hive_partitioning = false)`);
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
    await db.query('DROP TABLE IF EXISTS default_rows');
    await db.query('DROP TABLE IF EXISTS listed_headings');
  }
}
