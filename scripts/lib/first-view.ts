import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHsReference, productMatcher } from '../../src/analysis/product-selection';
import { analyzeWithPlacebo, comparisonTables } from '../../src/data/corridors/placebo';
import {
  decodeFirstView,
  decodeRanking,
  encodeFirstView,
  encodeRanking,
  FIRST_RANKING_KEY,
  FIRST_VIEW_KEY,
  type FirstView,
} from '../../src/data/first-view';
import { toFlowCube, type Columns } from '../../src/data/flow-cube';
import { keptProducts, originMonths } from '../../src/data/flow-slices';
import { parquetKeyValues } from '../../src/data/parquet-footer';
import { corridorTables, dropCorridorTablesSql } from '../../src/data/sql/corridors/tables';
import {
  cubeCellsSql,
  cubeCountriesSql,
  cubeProductsSql,
  cubeStepsSql,
  FLOW_CUBE_TABLE,
  flowCubeSql,
} from '../../src/data/sql/flow-cube';
import { quoteLiteral } from '../../src/data/sql/quote';
import { REFERENCE_TABLES } from '../../src/data/sql/reference';
import type { Row, SqlRunner } from '../../src/data/sql-runner';
import { canonicalRowsSql } from '../../src/data/validate';
import { analysisParams } from '../../src/state/analysis-params';
import { DEFAULT_VIEW } from '../../src/state/view-state';
import { loadReferenceTables } from './reference';

const HS_CSV = fileURLToPath(
  new URL(`../../data/reference/${REFERENCE_TABLES.hs_codes.file}`, import.meta.url),
);

/** Rows read in Node, in the column shape of an Arrow table. */
function columnsOf(rows: readonly Row[]): Columns {
  return { getChild: (name) => ({ toArray: () => rows.map((row) => row[name] ?? null) }) };
}

/**
 * The default origin's exports by partner, month and tier under the default filters (every
 * CHPL good, the exporters' own figures), as the page computes them from its flow cube of the
 * `trade` table; null when the origin exports nothing.
 */
async function firstFlows(db: SqlRunner): Promise<string | null> {
  const { origin, source, products } = DEFAULT_VIEW;
  const matcher = productMatcher(products, parseHsReference(readFileSync(HS_CSV, 'utf8')));
  const { sql, params } = flowCubeSql(origin, []);
  await db.query(sql, params);
  try {
    const read = async (query: string) => columnsOf(await db.query(query));
    const cube = toFlowCube(
      {
        countries: await read(cubeCountriesSql),
        products: await read(cubeProductsSql),
        steps: await read(cubeStepsSql),
        cells: await read(cubeCellsSql),
      },
      origin,
      [],
    );
    const months = originMonths(cube, { keep: keptProducts(cube, matcher.hs6), source });
    return months.partners.length === 0 ? null : encodeFirstView({ origin, source, months });
  } finally {
    await db.query(`DROP TABLE IF EXISTS ${FLOW_CUBE_TABLE}`);
  }
}

/**
 * The corridor ranking of the `trade` table under the default settings, as the page scores it,
 * calibrated against the control runs: the page shows these false-positive rates at once and,
 * once its own scoring gives the same ranking, keeps them instead of running the controls again.
 */
async function firstRanking(db: SqlRunner): Promise<string | null> {
  const { params } = analysisParams(DEFAULT_VIEW);
  if (!params) return null;
  const tablePrefix = 'first_view_';
  try {
    const analysis = await analyzeWithPlacebo(db, params, { tablePrefix });
    return encodeRanking({ params: JSON.stringify(params), analysis });
  } finally {
    const tables = [corridorTables(tablePrefix), comparisonTables(tablePrefix)];
    for (const sql of tables.flatMap((t) => dropCorridorTablesSql(t, true))) await db.query(sql);
  }
}

/**
 * The page's first view of the trade table `table`, encoded: its flows, and its ranking (null
 * when the default settings score nothing); null when the default origin exports nothing.
 * Reads the rows the page would keep of `table` (its canonical rows, in a temporary view
 * `trade`), and loads the reference tables into `db`.
 */
export async function firstViewTexts(
  db: SqlRunner,
  table: string,
): Promise<{ flows: string; ranking: string | null } | null> {
  await loadReferenceTables(db);
  await db.query(`CREATE TEMP VIEW trade AS ${await canonicalRowsSql(db, table)}`);
  try {
    const flows = await firstFlows(db);
    return flows === null ? null : { flows, ranking: await firstRanking(db) };
  } finally {
    await db.query('DROP VIEW trade');
  }
}

/**
 * The entries of a `KV_METADATA {…}` clause that store the page's first view of the trade
 * table `table` (see {@link firstViewTexts}), each with a leading comma; empty when the
 * default origin exports nothing.
 */
export async function firstViewKv(db: SqlRunner, table: string): Promise<string> {
  const texts = await firstViewTexts(db, table);
  if (texts === null) return '';
  const entry = (key: string, text: string) => `, ${key}: ${quoteLiteral(text)}`;
  return (
    entry(FIRST_VIEW_KEY, texts.flows) +
    (texts.ranking ? entry(FIRST_RANKING_KEY, texts.ranking) : '')
  );
}

/** The key–value metadata of the Parquet file at `path`, read from its footer. */
export function readParquetKeyValues(path: string): Map<string, string> {
  const bytes = readFileSync(path);
  const length = bytes.readUInt32LE(bytes.length - 8);
  return parquetKeyValues(bytes.subarray(bytes.length - 8 - length, bytes.length - 8));
}

/** The first view stored in the Parquet file at `path`, or null. */
export function readFirstView(path: string): FirstView | null {
  const pairs = readParquetKeyValues(path);
  const flows = decodeFirstView(pairs.get(FIRST_VIEW_KEY) ?? '');
  const ranking = pairs.get(FIRST_RANKING_KEY);
  return flows && { ...flows, ranking: ranking === undefined ? null : decodeRanking(ranking) };
}
