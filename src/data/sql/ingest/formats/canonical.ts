import { OPTIONAL_COLUMNS, TRADE_COLUMNS, WORLD, type TradeColumn } from '../../../schema';
import { quoteIdent, quoteLiteral } from '../../quote';
import type { SqlRunner } from '../../../sql-runner';
import type { FormatReader, MapContext, MappingSpec } from '../mapping';
import type { IngestFile } from '../../../ingest/types';

const REQUIRED = TRADE_COLUMNS.map((c) => c.name).filter((name) => !OPTIONAL_COLUMNS.has(name));

/**
 * The canonical columns passed through untouched, so that the validator sees the file's own types
 * (a numeric `hs` column, which has lost its leading zeros, stops the load).
 */
function passThrough(ctx: MapContext): MappingSpec {
  const columns = Object.fromEntries(
    TRADE_COLUMNS.map(({ name, type }) => [
      name,
      ctx.columns.has(name) ? ctx.columns.sql(name) : `CAST(NULL AS ${type})`,
    ]),
  ) as Record<TradeColumn, string>;
  return {
    from: `${quoteIdent(ctx.stage)} s`,
    fields: [],
    columns,
    skips:
      ctx.world === 'drop'
        ? [
            {
              code: 'world_dropped',
              when: `CAST(${columns.partner} AS VARCHAR) = '${WORLD}'`,
              detail: `'${WORLD}'`,
            },
          ]
        : [],
  };
}

/** A CSV file already in the canonical schema (src/data/schema.ts), e.g. an export of this app. */
export const CANONICAL_CSV: FormatReader = {
  format: 'canonical-csv',
  label: 'canonical CSV',
  required: REQUIRED,
  mapping: passThrough,
};

/** A Parquet file in the canonical schema, like the bundled sample. */
export const CANONICAL_PARQUET: FormatReader = {
  format: 'canonical-parquet',
  label: 'canonical Parquet',
  required: REQUIRED,
  mapping: passThrough,
};

/** SQL loading a Parquet file into `table` with DuckDB's reader (Node; the browser uses parquet-wasm). */
export function readParquetSql(path: string, table: string): string {
  return `CREATE OR REPLACE TEMP TABLE ${quoteIdent(table)} AS SELECT * FROM read_parquet(${quoteLiteral(path)})`;
}

/** Default Parquet stager: DuckDB's own read_parquet. */
export async function stageParquetWithDuckDB(db: SqlRunner, file: IngestFile, table: string) {
  await db.query(readParquetSql(file.path, table));
}
