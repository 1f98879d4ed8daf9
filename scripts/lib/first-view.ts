import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseHsReference, productMatcher } from '../../src/analysis/product-selection';
import {
  decodeFirstView,
  encodeFirstView,
  FIRST_VIEW_KEY,
  type FirstView,
} from '../../src/data/first-view';
import { parquetKeyValues } from '../../src/data/parquet-footer';
import { keptProducts, originMonths } from '../../src/data/flow-slices';
import { toFlowCube, type Columns } from '../../src/data/flow-cube';
import {
  cubeCellsSql,
  cubeCountriesSql,
  cubeProductsSql,
  cubeStepsSql,
  FLOW_CUBE_TABLE,
  flowCubeSql,
} from '../../src/data/sql/flow-cube';
import { quoteIdent, quoteLiteral } from '../../src/data/sql/quote';
import { createReferenceTableSql, REFERENCE_TABLES } from '../../src/data/sql/reference';
import type { Row, SqlRunner } from '../../src/data/sql-runner';
import { DEFAULT_VIEW } from '../../src/state/view-state';

const REFERENCE_DIR = fileURLToPath(new URL('../../data/reference/', import.meta.url));

/** Rows read in Node, in the column shape of an Arrow table. */
function columnsOf(rows: readonly Row[]): Columns {
  return { getChild: (name) => ({ toArray: () => rows.map((row) => row[name] ?? null) }) };
}

/**
 * The first view of the canonical trade table `table` in `db`, as the page computes it from
 * its flow cube: the default origin's exports by partner, month and tier under the default
 * filters (every CHPL good, the exporters' own figures). Null when the origin exports nothing.
 * Leaves the reference tables it reads (`countries`, `hs_codes`) in `db`.
 */
export async function firstViewText(db: SqlRunner, table = 'trade'): Promise<string | null> {
  const { origin, source, products } = DEFAULT_VIEW;
  for (const name of ['countries', 'hs_codes'] as const)
    await db.query(createReferenceTableSql(name, REFERENCE_DIR + REFERENCE_TABLES[name].file));
  const hsCsv = readFileSync(REFERENCE_DIR + REFERENCE_TABLES.hs_codes.file, 'utf8');
  const matcher = productMatcher(products, parseHsReference(hsCsv));
  // The cube reads `trade`, as in the page.
  const view = table === 'trade' ? null : quoteIdent('trade');
  if (view) await db.query(`CREATE TEMP VIEW ${view} AS SELECT * FROM ${quoteIdent(table)}`);
  try {
    const { sql, params } = flowCubeSql(origin, []);
    await db.query(sql, params);
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
    if (view) await db.query(`DROP VIEW ${view}`);
  }
}

/**
 * The entry of a `KV_METADATA {…}` clause that stores the first view of `table`, with a
 * leading comma; empty when there is no first view.
 */
export async function firstViewKv(db: SqlRunner, table = 'trade'): Promise<string> {
  const text = await firstViewText(db, table);
  return text === null ? '' : `, ${FIRST_VIEW_KEY}: ${quoteLiteral(text)}`;
}

/** The key–value metadata of the Parquet file at `path`, read from its footer. */
export function readParquetKeyValues(path: string): Map<string, string> {
  const bytes = readFileSync(path);
  const length = bytes.readUInt32LE(bytes.length - 8);
  return parquetKeyValues(bytes.subarray(bytes.length - 8 - length, bytes.length - 8));
}

/** The first view stored in the Parquet file at `path`, or null. */
export function readFirstView(path: string): FirstView | null {
  const text = readParquetKeyValues(path).get(FIRST_VIEW_KEY);
  return text === undefined ? null : decodeFirstView(text);
}
