import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { dateValue } from '@duckdb/node-api';
import { firstViewKv } from '../lib/first-view';
import { openNodeDuckDB } from '../lib/node-duckdb';
import { quoteLiteral } from '../../src/data/sql/quote';
import { TRADE_COLUMNS } from '../../src/data/schema';
import { MONTHS, epochDays } from './calendar';
import type { TradeRow } from './realise';

/** Rows per Parquet row group: several groups let the browser load with a progress bar. */
const ROW_GROUP_SIZE = 50_000;

/** The canonical source label of every sample row. */
const SOURCE = 'sample';

/**
 * Writes rows as canonical ZSTD Parquet, sorted so that each series is contiguous (which also
 * compresses best), with the page's first view in its metadata. One thread, so that the same
 * rows always give the same bytes.
 */
export async function writeTradeParquet(
  rows: readonly TradeRow[],
  out: string,
  metadata: Record<string, string>,
): Promise<void> {
  mkdirSync(dirname(out), { recursive: true });
  const db = await openNodeDuckDB();
  try {
    await db.query('SET threads = 1');
    // Every sample row is monthly, so `months` (optional, for partial years) is left out.
    const columns = TRADE_COLUMNS.filter((c) => c.name !== 'months')
      .map((c) => `${c.name} ${c.type}`)
      .join(', ');
    await db.query(`CREATE TABLE sample_rows (${columns})`);
    const appender = await db.connection.createAppender('sample_rows');
    const dates = Array.from({ length: MONTHS }, (_, m) => dateValue(epochDays(m)));
    for (const row of rows) {
      appender.appendDate(dates[row.month] ?? dateValue(0));
      appender.appendVarchar('M');
      appender.appendVarchar(row.reporter);
      appender.appendVarchar(row.partner);
      appender.appendVarchar(row.flow);
      appender.appendVarchar(row.hs);
      appender.appendDouble(row.value);
      appender.appendDouble(row.kg);
      if (row.qty === null) {
        appender.appendNull();
        appender.appendNull();
      } else {
        appender.appendDouble(row.qty);
        appender.appendVarchar('u');
      }
      appender.appendVarchar(SOURCE);
      appender.endRow();
    }
    appender.closeSync();
    const kv =
      Object.entries(metadata)
        .map(([k, v]) => `${k}: ${quoteLiteral(v)}`)
        .join(', ') + (await firstViewKv(db, 'sample_rows'));
    await db.query(`COPY (SELECT * FROM sample_rows ORDER BY reporter, flow, partner, hs, period)
      TO ${quoteLiteral(out)}
      (FORMAT parquet, COMPRESSION zstd, ROW_GROUP_SIZE ${ROW_GROUP_SIZE}, KV_METADATA {${kv}})`);
  } finally {
    db.close();
  }
}
