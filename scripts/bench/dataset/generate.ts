import { mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { firstViewKv } from '../../lib/first-view';
import { writePartitionedDataSet } from '../../lib/partitioned';
import { openNodeDuckDB, type NodeDuckDB } from '../../lib/node-duckdb';
import type { Truth } from '../../scenarios/stories';
import { isManifestPath } from '../../../src/data/manifest';
import { createReferenceTableSql } from '../../../src/data/sql/reference';
import { quoteLiteral } from '../../../src/data/sql/quote';
import { validateTradeTable } from '../../../src/data/validate';
import { benchStories, type StorySeries } from './stories';
import {
  LAST_SANCTIONED_T,
  MONTHS,
  ORIGIN,
  SANCTIONED,
  WAR_T,
  economies,
  productCodes,
} from './universe';

/** Bump when the generator changes what it writes: cached datasets are then made again. */
export const GENERATOR_VERSION = 5;
/** The default seed: the day of the full-scale invasion, as the sample's. */
export const DEFAULT_SEED = 20220224;
/** Rows per Parquet row group: several per file, so the browser loads with progress. */
const ROW_GROUP_SIZE = 250_000;
/** DuckDB's memory while generating; beyond it, tables spill to disk (the 100 M set's do). */
const GENERATION_MEMORY = '8GB';
/** Share of generated flows that are Taiwan's exports of CHPL goods (the map's flows). */
const ORIGIN_SHARE = 0.06;
/** Background rows per candidate flow, roughly (for sizing the first draw). */
const ROWS_PER_FLOW = 60;

/** What a generation wrote and what it hid there. */
export interface DatasetMeta {
  /** Size, seed, generator version and DuckDB version: a different key means regenerate. */
  key: string;
  file: string;
  rows: number;
  bytes: number;
  reporters: number;
  partners: number;
  codes: number;
  months: number;
  millis: number;
  planted: Truth[];
  lookAlikes: Truth[];
}

/** Planted corridors per size: more data, more to find. */
function plantedFor(rows: number): number {
  if (rows >= 5_000_000) return 16;
  if (rows >= 500_000) return 10;
  return 6;
}

const sqlList = (values: readonly string[]) => values.map(quoteLiteral).join(', ');

/** VALUES rows for a table of the universe, typed by the first row's values. */
function valuesSql(rows: readonly (readonly (string | number | boolean | null)[])[]): string {
  const value = (v: string | number | boolean | null) =>
    v === null ? 'NULL' : typeof v === 'string' ? quoteLiteral(v) : String(v);
  return rows.map((row) => `(${row.map(value).join(', ')})`).join(',\n');
}

async function createUniverse(db: NodeDuckDB, seed: number, stories: readonly StorySeries[]) {
  const econ = economies(seed);
  const codes = productCodes(seed);
  await db.query(
    `CREATE TABLE g_econ (iso3 VARCHAR, rank INTEGER, reports BOOLEAN, world BOOLEAN)`,
  );
  await db.query(
    `INSERT INTO g_econ VALUES ${valuesSql(econ.map((e) => [e.iso3, e.rank, e.reports, e.worldTotals]))}`,
  );
  await db.query(
    `CREATE TABLE g_code (hs VARCHAR, rank INTEGER, usd_per_kg DOUBLE, chpl INTEGER, kg_per_unit DOUBLE)`,
  );
  await db.query(
    `INSERT INTO g_code VALUES ${valuesSql(codes.map((c) => [c.hs, c.rank, c.usdPerKg, c.chplIndex, c.kgPerUnit]))}`,
  );
  await db.query(`CREATE TABLE g_month AS
    SELECT CAST(t AS INTEGER) AS t, make_date(2018 + CAST(t // 12 AS INTEGER), CAST(t % 12 AS INTEGER) + 1, 1) AS period
    FROM range(${MONTHS}) r(t)`);
  const columns = [
    'exporter',
    'importer',
    'hs',
    'base',
    'growth',
    'seasonAmplitude',
    'seasonPeak',
    'war',
    'peak',
    'on',
    'ramp',
    'off',
    'decay',
    'lag',
    'spikeT',
    'spike',
    'mirror',
    'uvJump',
  ] as const;
  await db.query(`CREATE TABLE g_story (sid BIGINT, exporter VARCHAR, importer VARCHAR, hs VARCHAR,
    base DOUBLE, growth DOUBLE, season_a DOUBLE, season_peak INTEGER, war DOUBLE, peak DOUBLE,
    on_t INTEGER, ramp INTEGER, off_t INTEGER, decay INTEGER, lag INTEGER, spike_t INTEGER,
    spike DOUBLE, mirror DOUBLE, uv_jump DOUBLE)`);
  await db.query(
    `INSERT INTO g_story VALUES ${valuesSql(
      stories.map((s, i) => [1_000_000_000_000 + i, ...columns.map((c) => s[c])]),
    )}`,
  );
}

/**
 * Draws `candidates` background flows (exporter → importer, product) with a skew towards large
 * traders and common products, a share of them Taiwan's CHPL exports; drops repeats and the
 * flows the stories set; gives each a level, growth, season and war factor.
 */
function backgroundSql(seed: number, candidates: number): string {
  const sanctioned = sqlList(SANCTIONED);
  return `CREATE TABLE g_series AS
WITH draw AS (
  SELECT id, rnd(${seed}, id, -1, 1) < ${ORIGIN_SHARE} AS origin_flow,
    CAST(floor(200 * pow(rnd(${seed}, id, -1, 2), 2.0)) AS INTEGER) AS e_rank,
    CAST(floor(200 * pow(rnd(${seed}, id, -1, 3), 1.8)) AS INTEGER) AS i_rank,
    CAST(floor(5000 * pow(rnd(${seed}, id, -1, 4), 1.5)) AS INTEGER) AS k_rank,
    CAST(floor(50 * rnd(${seed}, id, -1, 5)) AS INTEGER) AS chpl_pick,
    nrm(${seed}, id, -1, 6) AS z_level, nrm(${seed}, id, -1, 7) AS z_growth,
    nrm(${seed}, id, -1, 8) AS z_war, rnd(${seed}, id, -1, 9) AS u_season,
    rnd(${seed}, id, -1, 10) AS u_peak
  FROM range(${candidates}) r(id)
), picked AS (
  SELECT d.* EXCLUDE (k_rank),
    CASE WHEN d.origin_flow THEN c.rank ELSE d.k_rank END AS k_rank
  FROM draw d LEFT JOIN g_code c ON c.chpl = d.chpl_pick
), flows AS (
  SELECT d.id AS sid, CASE WHEN d.origin_flow THEN '${ORIGIN}' ELSE e.iso3 END AS exporter,
    i.iso3 AS importer, k.hs, k.usd_per_kg, k.kg_per_unit, k.chpl IS NOT NULL AS chpl,
    d.origin_flow, d.e_rank, d.i_rank, d.k_rank, d.z_level, d.z_growth, d.z_war, d.u_season,
    d.u_peak
  FROM picked d
  JOIN g_econ e ON e.rank = d.e_rank
  JOIN g_econ i ON i.rank = d.i_rank
  JOIN g_code k ON k.rank = d.k_rank
), fresh AS (
  SELECT f.* FROM flows f ANTI JOIN g_story s
    ON s.exporter = f.exporter AND s.importer = f.importer AND s.hs = f.hs
)
SELECT sid, exporter, importer, hs, usd_per_kg, kg_per_unit,
  pow(10, CASE WHEN origin_flow THEN 4.2 + 1.0 * z_level + 1.8 * pow(1 - i_rank / 200, 3)
    ELSE 3.4 + 1.1 * z_level + 2.0 * pow(1 - e_rank / 200, 3) + 1.5 * pow(1 - i_rank / 200, 3)
      - 0.6 * k_rank / 5000 END) AS base,
  (0.03 + 0.05 * z_growth)::DOUBLE AS growth, (0.02 + 0.1 * u_season)::DOUBLE AS season_a,
  CAST(floor(12 * u_peak) AS INTEGER) AS season_peak,
  CASE WHEN exporter = '${ORIGIN}' AND chpl AND importer IN (${sanctioned}) THEN 0.1
       WHEN importer IN (${sanctioned}) OR exporter IN (${sanctioned}) THEN exp(0.5 * z_war)
       ELSE 1 END::DOUBLE AS war,
  0::DOUBLE AS peak, ${MONTHS}::INTEGER AS on_t, 1::INTEGER AS ramp, ${MONTHS}::INTEGER AS off_t,
  1::INTEGER AS decay, 0::INTEGER AS lag, -1::INTEGER AS spike_t, 0::DOUBLE AS spike,
  1::DOUBLE AS mirror, 1::DOUBLE AS uv_jump, false AS story
FROM fresh
WHERE exporter <> importer
QUALIFY row_number() OVER (PARTITION BY exporter, importer, hs ORDER BY sid) = 1`;
}

const STORY_SERIES_SQL = `INSERT INTO g_series
SELECT s.sid, s.exporter, s.importer, s.hs, k.usd_per_kg, k.kg_per_unit, s.base, s.growth,
  s.season_a, s.season_peak, s.war, s.peak, s.on_t, s.ramp, s.off_t, s.decay, s.lag, s.spike_t,
  s.spike, s.mirror, s.uv_jump, true
FROM g_story s JOIN g_code k ON k.hs = s.hs`;

/**
 * Realises every flow month by month: its expected value, then noise (about 22% for small
 * flows, 5% for large ones); below US$15,000 a month a flow comes in occasional lumps with the
 * same expected total. The exporter's row (FOB) and the importer's mirror (CIF ≈ ×1.06, only
 * the share it records) are written where each reports that month.
 */
function flowRowsSql(seed: number, kind: 'TABLE' | 'VIEW'): string {
  const sanctioned = sqlList(SANCTIONED);
  return `CREATE ${kind} g_rows AS
WITH expected AS (
  SELECT s.sid, s.exporter, s.importer, s.hs, s.usd_per_kg, s.kg_per_unit, s.story, m.t, m.period,
    s.base * pow(1 + s.growth, (m.t - 48) / 12.0)
      * (1 + s.season_a * cos(2 * pi() * ((m.t % 12) - s.season_peak) / 12.0))
      * CASE WHEN m.t >= ${WAR_T} THEN 1 + (s.war - 1) * least(1.0, (m.t - ${WAR_T - 1}) / 4.0) ELSE 1 END
    + s.peak * CASE WHEN m.t - s.lag < s.on_t THEN 0
        WHEN m.t - s.lag < s.on_t + s.ramp THEN (m.t - s.lag - s.on_t + 1) / s.ramp
        WHEN m.t - s.lag <= s.off_t THEN 1
        ELSE greatest(0, 1 - (m.t - s.lag - s.off_t) / s.decay) END
    + CASE WHEN m.t = s.spike_t THEN s.spike ELSE 0 END AS level,
    CASE WHEN m.t >= s.on_t THEN s.mirror ELSE 1 END AS recorded,
    CASE WHEN m.t >= s.on_t THEN s.uv_jump ELSE 1 END AS uv_factor
  FROM g_series s CROSS JOIN g_month m
), drawn AS (
  SELECT *, CASE WHEN level >= 15000 THEN 1.0 ELSE greatest(0.05, pow(level / 15000, 0.7)) END AS p,
    least(0.22, greatest(0.05, 0.22 - 0.04 * log10(greatest(level, 1e4) / 1e4))) AS sigma
  FROM expected WHERE level > 0
), shipped AS (
  SELECT sid, exporter, importer, hs, kg_per_unit, story, t, period, recorded,
    round(level / p * exp(sigma * nrm(${seed}, sid, t, 11) - sigma * sigma / 2)) AS value,
    level / p * exp(sigma * nrm(${seed}, sid, t, 11) - sigma * sigma / 2)
      / (usd_per_kg * uv_factor * exp(0.05 * nrm(${seed}, sid, t, 12))) AS kg
  FROM drawn WHERE rnd(${seed}, sid, t, 13) < p
), sides AS (
  SELECT sid, story, t, period, exporter AS reporter, importer AS partner, 'X' AS flow, hs,
    kg_per_unit, value, kg
  FROM shipped
  UNION ALL
  SELECT sid, story, t, period, importer, exporter, 'M', hs, kg_per_unit,
    round(value * recorded * 1.06 * exp(0.03 * nrm(${seed}, sid, -1, 14) + 0.05 * nrm(${seed}, sid, t, 15))),
    kg * recorded * exp(0.03 * nrm(${seed}, sid, t, 16))
  FROM shipped
)
SELECT s.sid, s.story, s.t, s.period, s.reporter, s.partner, s.flow, s.hs, s.value AS value_usd,
  CASE WHEN s.kg >= 10 THEN round(s.kg) ELSE greatest(0.1, round(s.kg, 1)) END AS net_kg,
  CASE WHEN s.kg_per_unit IS NOT NULL THEN greatest(1, round(s.kg / s.kg_per_unit)) END AS qty
FROM sides s JOIN g_econ r ON r.iso3 = s.reporter
WHERE s.value >= 1 AND r.reports
  AND NOT (s.reporter IN (${sanctioned}) AND s.t > ${LAST_SANCTIONED_T})`;
}

/**
 * The world totals of the economies that give them: the sum of their rows with every partner,
 * imports raised by a seeded share from origins outside the generated world.
 */
function worldRowsSql(seed: number, rows: string): string {
  return `CREATE TABLE g_world AS
SELECT -1 AS sid, false AS story, r.t, r.period, r.reporter, 'WLD' AS partner, r.flow, r.hs,
  round(sum(r.value_usd) * CASE WHEN r.flow = 'M'
    THEN 1 + 2 * rnd(${seed}, hash(r.reporter, r.hs), -1, 17) ELSE 1 + 0.2 * rnd(${seed}, hash(r.reporter, r.hs), -1, 18) END) AS value_usd,
  CAST(NULL AS DOUBLE) AS net_kg, CAST(NULL AS DOUBLE) AS qty
FROM ${rows} r JOIN g_econ e ON e.iso3 = r.reporter AND e.world
GROUP BY r.t, r.period, r.reporter, r.flow, r.hs`;
}

async function count(db: NodeDuckDB, sql: string): Promise<number> {
  const [row] = await db.query(sql);
  return Number(Object.values(row ?? {})[0] ?? 0);
}

/**
 * Generates a canonical trade dataset of about `rows` rows in DuckDB SQL (seeded, hash-based
 * randomness: the same seed gives the same rows) and writes it to `out`: a ZSTD Parquet file
 * whose footer holds the page's first view, or, when `out` names a manifest (`….json`), a data
 * set in parts as the ingest writes one. Background flows are drawn generously, then cut where
 * the running count of rows (stories and world totals included) reaches the target.
 *
 * A single file's rows are built as tables, which its first view's scoring reads many times.
 * A data set in parts is streamed from views instead, its rows worked out again at each pass
 * and never held whole: that is how the bench makes 100 million rows on a machine whose memory
 * would not hold them.
 */
export async function generateDataset(
  rows: number,
  out: string,
  seed = DEFAULT_SEED,
): Promise<Omit<DatasetMeta, 'key' | 'file'>> {
  const started = performance.now();
  const inParts = isManifestPath(out);
  const kind = inParts ? 'VIEW' : 'TABLE';
  const stories = benchStories(seed, plantedFor(rows));
  // The tables of a large set outgrow memory: DuckDB spills them beside the output.
  const spill = `${resolve(out)}.spill`;
  mkdirSync(dirname(resolve(out)), { recursive: true });
  const db = await openNodeDuckDB(':memory:', {
    memory_limit: GENERATION_MEMORY,
    temp_directory: spill,
  });
  try {
    await db.query(
      'CREATE MACRO rnd(a, b, c, d) AS CAST(hash(hash(a, b, c, d)) >> 11 AS DOUBLE) / 9007199254740992.0',
    );
    await db.query(
      'CREATE MACRO nrm(a, b, c, d) AS sqrt(-2 * ln(1 - rnd(a, b, c, d))) * cos(2 * pi() * rnd(a, b, c, d + 1000))',
    );
    await createUniverse(db, seed, stories.series);
    // Draw more flows than needed; if even that falls short, draw again, more.
    let candidates = Math.ceil((rows / ROWS_PER_FLOW) * 1.6) + 100;
    let flows = 0;
    let storyRows = 0;
    for (;;) {
      await db.query(backgroundSql(seed, candidates));
      await db.query(STORY_SERIES_SQL);
      await db.query(flowRowsSql(seed, kind));
      await db.query(worldRowsSql(seed, 'g_rows'));
      const [drawn] = await db.query(`SELECT count(*) AS flows,
        count(*) FILTER (WHERE story) AS story FROM g_rows`);
      flows = Number(drawn?.flows);
      storyRows = Number(drawn?.story);
      if (flows + (await count(db, 'SELECT count(*) FROM g_world')) >= rows * 1.05) break;
      candidates = Math.ceil(candidates * Math.max(1.3, (rows * 1.3) / Math.max(flows, 1)));
      for (const sql of ['DROP TABLE g_series', `DROP ${kind} g_rows`, 'DROP TABLE g_world'])
        await db.query(sql);
    }
    // Keep background flows in draw order until the rows reach the target; world totals grow
    // with the flows kept, in proportion (near enough) to what the full draw gives.
    const world = await count(db, 'SELECT count(*) FROM g_world');
    const wanted = Math.max(0, (rows - storyRows * (1 + world / flows)) / (1 + world / flows));
    await db.query(`CREATE TABLE g_cut AS
      SELECT max(sid) AS last_sid FROM (
        SELECT sid, sum(n) OVER (ORDER BY sid) AS running FROM (
          SELECT sid, count(*) AS n FROM g_rows WHERE NOT story GROUP BY sid))
      WHERE running <= ${Math.round(wanted)}`);
    await db.query(`CREATE ${kind} g_kept AS SELECT * FROM g_rows
      WHERE story OR sid <= (SELECT coalesce(last_sid, -1) FROM g_cut)`);
    await db.query('DROP TABLE g_world');
    await db.query(worldRowsSql(seed, 'g_kept'));
    await db.query(`CREATE VIEW g_trade AS
      SELECT period, 'M' AS freq, reporter, partner, flow, hs, value_usd, net_kg, qty,
        CASE WHEN qty IS NOT NULL THEN 'u' END AS qty_unit, 'bench' AS source
      FROM (SELECT * FROM g_kept UNION ALL SELECT * FROM g_world)`);
    const written = inParts ? await writeParts(db, out, seed) : await writeFile(db, out, seed);
    const [extent] = await db.query(`SELECT count(*) AS rows, count(DISTINCT reporter) AS reporters,
      count(DISTINCT partner) AS partners, count(DISTINCT hs) AS codes,
      count(DISTINCT period) AS months FROM read_parquet([${written.files.map(quoteLiteral).join(', ')}])`);
    return {
      rows: Number(extent?.rows),
      bytes: written.bytes,
      reporters: Number(extent?.reporters),
      partners: Number(extent?.partners),
      codes: Number(extent?.codes),
      months: Number(extent?.months),
      millis: performance.now() - started,
      planted: stories.planted,
      lookAlikes: stories.lookAlikes,
    };
  } finally {
    db.close();
    rmSync(spill, { recursive: true, force: true });
  }
}

/** What a generation wrote: its Parquet files, and their bytes with the manifest's. */
interface Written {
  files: string[];
  bytes: number;
}

/** Writes the rows of `g_trade` as one Parquet file, sorted, with the first view in its footer. */
async function writeFile(db: NodeDuckDB, out: string, seed: number): Promise<Written> {
  const partial = `${resolve(out)}.partial`;
  const kv =
    `generator: 'scripts/bench/dataset', seed: '${seed}', version: '${GENERATOR_VERSION}'` +
    (await firstViewKv(db, 'g_trade'));
  try {
    await db.query(`COPY (SELECT * FROM g_trade ORDER BY reporter, flow, partner, hs, period)
      TO ${quoteLiteral(partial)}
      (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE}, KV_METADATA {${kv}})`);
    renameSync(partial, resolve(out));
  } finally {
    rmSync(partial, { force: true });
  }
  return { files: [resolve(out)], bytes: statSync(out).size };
}

/** Writes the rows of `g_trade` as a data set in parts, its manifest at `out`. */
async function writeParts(db: NodeDuckDB, out: string, seed: number): Promise<Written> {
  const generator = `scripts/bench/dataset (seed ${seed}, version ${GENERATOR_VERSION})`;
  const manifest = await writePartitionedDataSet(db, 'g_trade', out, [
    { name: generator, format: 'generated' },
  ]);
  return {
    files: manifest.parts.map((part) => join(dirname(resolve(out)), part.path)),
    bytes: manifest.parts.reduce((sum, part) => sum + part.bytes, statSync(out).size),
  };
}

/**
 * Checks a generated file with the app's own validator (src/data/validate.ts): every row must
 * be valid canonical data. Throws with the problems found otherwise.
 */
export async function validateDataset(file: string): Promise<void> {
  const db = await openNodeDuckDB();
  try {
    const countries = new URL('../../../data/reference/countries.csv', import.meta.url).pathname;
    await db.query(createReferenceTableSql('countries', countries));
    await db.query(`CREATE TABLE trade AS SELECT * FROM ${quoteLiteral(file)}`);
    const report = await validateTradeTable(db, 'trade');
    const issues = [...report.schemaIssues, ...report.rowIssues];
    if (issues.length > 0 || report.invalidRows > 0) {
      const list = issues.map((i) => `${i.kind} (${i.column}): ${i.count}`).join('; ');
      throw new Error(`${file} fails validation: ${report.invalidRows} invalid rows; ${list}`);
    }
  } finally {
    db.close();
  }
}
