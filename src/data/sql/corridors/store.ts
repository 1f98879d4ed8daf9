import type { AnalysisParams, ProductLevel } from '../../../analysis/params';
import type { SqlQuery } from '../query';
import { quoteIdent, quoteLiteral } from '../quote';
import { residualListSql } from '../residuals';
import { tableExistsSql } from '../statements';
import { versionTable } from '../dataset';
import { DIRECTION_SQL, minCodeLength, type CorridorTables, type StoreTables } from './tables';

/** SQL: the partner scope of a row: by partner, or to or from the World only. */
export const scopeOf = (partner: string) =>
  `CASE WHEN ${partner} = 'WLD' THEN 'world' ELSE 'partners' END`;

/**
 * The statements that build the store's facts from the rows. Coverage: a reporter that filed
 * any export (import) row to a partner in a month is taken to report all its exports (imports)
 * by partner that month, down to the finest HS detail it gave (`detail`, the code length), so
 * a missing row there means zero; a month it filed nothing by partner (Russia after 2021, or a
 * download of its exports to the World only) is unknown, and so is a product finer than the
 * detail it gave (a subheading, in a month it gave only headings). Year coverage: a year with
 * annual rows for the whole year, or all twelve months; only such years are known, at the
 * detail of its annual rows or the coarsest detail of its twelve months, whichever is finer.
 */
export function factsSql(store: StoreTables): string[] {
  return [
    `CREATE OR REPLACE TABLE ${store.kinds} AS
SELECT DISTINCT flow IN ('RX', 'RM') AS re, CAST(length(hs) AS INTEGER) AS len
FROM trade WHERE freq = 'M'`,
    `CREATE OR REPLACE TABLE ${store.extent} AS
SELECT max(period) FILTER (WHERE freq = 'M') AS last_month, max(year(period)) AS last_year FROM trade`,
    `CREATE OR REPLACE TABLE ${store.coverage} AS
SELECT t.reporter, ${DIRECTION_SQL} AS dir, t.period AS month,
  CAST(max(length(t.hs)) AS INTEGER) AS detail
FROM trade t WHERE t.freq = 'M' AND t.partner <> 'WLD' GROUP BY ALL`,
    `CREATE OR REPLACE TABLE ${store.yearCoverage} AS
WITH periods AS (
  SELECT t.reporter, ${DIRECTION_SQL} AS dir, year(t.period) AS year, ${scopeOf('t.partner')} AS scope,
    t.freq, t.period, bool_or(t.freq = 'A' AND coalesce(t.months, 12) = 12) AS whole,
    max(length(t.hs)) AS detail
  FROM trade t GROUP BY ALL
)
SELECT reporter, dir, year, scope, annual, months, detail FROM (
  SELECT reporter, dir, year, scope, bool_or(whole) AS annual,
    CAST(count(*) FILTER (WHERE freq = 'M') AS INTEGER) AS months,
    CAST(greatest(max(detail) FILTER (WHERE whole), CASE WHEN count(*) FILTER (WHERE freq = 'M') = 12
      THEN min(detail) FILTER (WHERE freq = 'M') END) AS INTEGER) AS detail
  FROM periods GROUP BY ALL
) WHERE annual OR months = 12`,
    `CREATE OR REPLACE TABLE ${store.worldYears} AS
SELECT DISTINCT reporter, year(period) AS year FROM trade
WHERE partner = 'WLD' AND flow IN ('X', 'RX')`,
    // Partners and years count countries and the World: trade put to no country (a former
    // economy, "areas nes") is on no route, and one old row of it would stretch the years.
    `CREATE OR REPLACE TABLE ${store.reporters} AS
SELECT reporter,
  string_agg(DISTINCT freq, ',' ORDER BY freq) AS freqs,
  CAST(coalesce(min(year(period)) FILTER (WHERE partner NOT IN ${residualListSql()}),
    min(year(period))) AS INTEGER) AS first_year,
  CAST(coalesce(max(year(period)) FILTER (WHERE partner NOT IN ${residualListSql()}),
    max(year(period))) AS INTEGER) AS last_year,
  CAST(count(DISTINCT partner) FILTER (WHERE partner <> 'WLD' AND partner NOT IN ${residualListSql()})
    AS INTEGER) AS partners,
  bool_or(partner = 'WLD') AS world,
  string_agg(DISTINCT CAST(length(hs) AS VARCHAR), ',' ORDER BY CAST(length(hs) AS VARCHAR)) AS levels,
  string_agg(DISTINCT flow, ',' ORDER BY flow) AS flows
FROM trade GROUP BY reporter`,
    `CREATE OR REPLACE TABLE ${store.world} (level VARCHAR, month DATE, reporter VARCHAR,
  dir VARCHAR, product VARCHAR, value DOUBLE)`,
  ];
}

/** SQL reading the store's kinds of monthly rows. */
export const kindsSql = (store: StoreTables) => `SELECT re, len FROM ${store.kinds}`;

/** SQL reading what each reporter gives, by reporter. */
export const reportersSql = (store: StoreTables) =>
  `SELECT * FROM ${store.reporters} ORDER BY reporter`;

/**
 * Whether the monthly rows a level reads hold more than one kind of row (exports and
 * re-exports, a heading and its subheadings), so that a flow may be counted twice and one kind
 * must be picked per flow. With one kind, the step that picks is skipped.
 */
export const levelMixed = (kinds: readonly { len: number }[], level: ProductLevel) =>
  kinds.filter((k) => k.len >= minCodeLength(level)).length > 1;

/**
 * The parts of a store and what each was built from, to decide what a scoring must build:
 * `facts` and `world:<level>:<via>` (the rows' identity), `cube:<level>` (the identity, origins
 * and destinations; in the cubes' own key table). Data without an identity (a table the
 * command line made) keeps nothing.
 */
export function storeKeySql(store: StoreTables, params: AnalysisParams) {
  const tableOf = (part: string) => (part.startsWith('cube:') ? store.cubeKey : store.key);
  return {
    prepare: [store.key, store.cubeKey].map(
      (table) => `CREATE TABLE IF NOT EXISTS ${table} (part VARCHAR, key VARCHAR)`,
    ),
    /** Whether the data has an identity (`n` > 0), without which `identity` cannot run. */
    hasIdentity: tableExistsSql(versionTable('trade')),
    /** The data's `identity`. */
    identity: `SELECT any_value(id) AS identity FROM ${quoteIdent(versionTable('trade'))}`,
    /** Every `part` built, with its `key`. */
    parts: `SELECT part, key FROM ${store.key} UNION ALL SELECT part, key FROM ${store.cubeKey}`,
    /** What the cubes of these settings are built from, given the data's identity. */
    cubeKey: (identity: string) =>
      `${identity}${JSON.stringify([params.origins, params.destinations])}`,
    /** Forgets the facts and world trade, or the cubes. */
    forget: (parts: 'facts' | 'cubes') =>
      `DELETE FROM ${parts === 'cubes' ? store.cubeKey : store.key}`,
    remember: (part: string, key: string) => ({
      sql: `INSERT INTO ${tableOf(part)} VALUES (?, ?)`,
      params: [part, key],
    }),
  };
}

/** The part of the store holding a level's rows in both cubes. */
export const cubePart = (level: ProductLevel) => `cube:${level}`;

/** The part of the store holding an intermediary's rows of the world table at a level. */
export const worldPart = (level: ProductLevel, via: string) => `world:${level}:${via}`;

/** SQL reading the candidates' intermediaries (`via`). */
export const candidateViasSql = (tables: CorridorTables) =>
  `SELECT DISTINCT via FROM ${tables.candidates} ORDER BY via`;

/** SQL dropping the rows of a level from both cubes, before they are built again. */
export const dropLevelSql = (store: StoreTables, level: ProductLevel) =>
  [store.cube, store.yearCube].map(
    (table) => `DELETE FROM ${table} WHERE level = ${quoteLiteral(level)}`,
  );

/**
 * Views that cut the store to one scoring's window and levels (those of its parameter
 * table): the monthly coverage and cube to the months from the baseline's start to the post
 * period's end, the yearly ones to the years they span.
 */
export function windowViewsSql(tables: CorridorTables): SqlQuery[] {
  const { store, params } = tables;
  const months = 'c.month BETWEEN p.base_start AND p.post_end';
  const years = 'c.year BETWEEN p.base_first_year AND p.post_last_year';
  const view = (name: string, from: string, where: string, exclude = '') => ({
    sql: `CREATE OR REPLACE VIEW ${name} AS
SELECT c.*${exclude} FROM ${from} c CROSS JOIN ${params} p WHERE ${where}`,
    params: [],
  });
  const levels = 'list_contains(p.levels, c.level)';
  return [
    view(tables.coverage, store.coverage, months),
    view(tables.yearCoverage, store.yearCoverage, years),
    view(tables.cube, store.cube, `${levels} AND ${months}`, ' EXCLUDE (level)'),
    view(tables.yearCube, store.yearCube, `${levels} AND ${years}`, ' EXCLUDE (level)'),
  ];
}
