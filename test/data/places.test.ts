import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { loadReferenceTables } from '../../scripts/lib/reference';
import { PLACES } from '../../src/data/places';

let db: NodeDuckDB;
beforeAll(async () => {
  db = await openNodeDuckDB();
  await loadReferenceTables(db);
});
afterAll(() => db.close());

describe('the places the page knows from its first frame', () => {
  it("are the countries table's anchors and names, as DuckDB reads the same file", async () => {
    const rows = await db.query(
      'SELECT iso3, lon, lat, name_en, name_zh, aliases_zh FROM countries',
    );
    expect(PLACES.size).toBe(rows.length);
    for (const r of rows) {
      expect(PLACES.get(String(r.iso3))).toEqual({
        position: [Number(r.lon), Number(r.lat)],
        name: { en: r.name_en, 'zh-TW': r.name_zh },
        aliases: r.aliases_zh ? String(r.aliases_zh).split('|') : [],
      });
    }
    expect(PLACES.get('TWN')?.name).toEqual({ en: 'Taiwan', 'zh-TW': '臺灣' });
  });
});
