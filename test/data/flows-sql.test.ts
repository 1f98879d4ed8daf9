import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { partnerFlowsSql } from '../../src/data/flows-sql';
import { createReferenceTableSql } from '../../src/data/reference';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';

let db: NodeDuckDB;

beforeAll(async () => {
  db = await openNodeDuckDB();
  await db.query(createReferenceTableSql('countries', 'data/reference/countries.csv'));
  await db.query(createReferenceTableSql('hs_codes', 'data/reference/hs.csv'));
  await db.query(`CREATE TABLE trade AS
    SELECT period, reporter, partner, flow, hs, value_usd::DOUBLE AS value_usd FROM (VALUES
    -- inside the last 12 months (Jul 2024 – Jun 2025)
    (DATE '2025-06-01', 'TWN', 'KGZ', 'X', '854231', 100.0),
    (DATE '2024-07-01', 'TWN', 'KGZ', 'X', '854232', 50.0),
    (DATE '2025-01-01', 'TWN', 'RUS', 'X', '845710', 30.0),
    -- just before the window
    (DATE '2024-06-01', 'TWN', 'KGZ', 'X', '854231', 1000.0),
    -- not CHPL, an import, another reporter, the world total
    (DATE '2025-01-01', 'TWN', 'KGZ', 'X', '847130', 7.0),
    (DATE '2025-01-01', 'TWN', 'KGZ', 'M', '854231', 7.0),
    (DATE '2025-01-01', 'KGZ', 'RUS', 'X', '854231', 7.0),
    (DATE '2025-01-01', 'TWN', 'WLD', 'X', '854231', 7.0),
    (DATE '2025-01-01', 'TWN', 'USA', 'X', '854231', 0.0)
  ) t(period, reporter, partner, flow, hs, value_usd)`);
});
afterAll(() => db.close());

describe('partnerFlowsSql', () => {
  it("sums Taiwan's CHPL exports by partner over the last 12 months, largest first", async () => {
    const { sql, params } = partnerFlowsSql('TWN', 12);
    const rows = await db.query(sql, params);
    expect(rows.map((r) => [r.partner, r.value_usd, r.first_period, r.last_period])).toEqual([
      ['KGZ', 150, '2024-07-01', '2025-06-01'],
      ['RUS', 30, '2024-07-01', '2025-06-01'],
    ]);
    expect(rows[0]).toMatchObject({ name_en: 'Kyrgyzstan', name_zh: '吉爾吉斯' });
    expect(rows[1]).toMatchObject({ partner_lon: expect.closeTo(37.6, 0) });
  });
});
