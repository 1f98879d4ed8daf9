import { tradeTableFromSql } from '../../src/data/sql/trade';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { isListed } from '../../src/analysis/calibration';
import { corridorKey, type Corridor } from '../../src/analysis/corridor';
import { analyzeCorridors, scoreCorridors } from '../../src/data/corridors/score-corridors';
import { loadReferenceTables } from '../../scripts/lib/reference';
import { readFirstView } from '../../scripts/lib/first-view';
import { analysisParams } from '../../src/state/analysis-params';
import { DEFAULT_VIEW } from '../../src/state/view-state';

/**
 * The planted corridors of data/sample/README.md (story a and d), as via>destination:product.
 * Left out: TWN→HKG→RUS ICs, which the README says "does not show" (1% of a US$45 bn flow),
 * and ARE's 854231/854232, a small side-line of `are-nav` riding on a growing flow.
 */
// prettier-ignore
const PLANTED = [
  'KGZ>RUS:854231', 'KGZ>RUS:854232', 'KGZ>RUS:847150',
  'KAZ>RUS:854231', 'KAZ>RUS:854232', 'KAZ>RUS:854239', 'KAZ>RUS:851762',
  'ARM>RUS:854231', 'ARM>RUS:854232',
  'ARE>RUS:852691', 'ARE>RUS:901420',
  'TUR>RUS:845710', 'TUR>RUS:845811', 'TUR>RUS:845961', 'TUR>RUS:848210',
  'KAZ>BLR:847150', 'KAZ>BLR:854231',
].map((key) => `TWN>${key}`);

/** The README's honest look-alikes (story c): none may rank with the planted corridors. */
function isLookAlike(c: Corridor): boolean {
  const key = `${c.via}>${c.destination}:${c.product}`;
  return (
    ['TUR>RUS:854231', 'TUR>RUS:854232', 'TUR>RUS:854233', 'TUR>RUS:854239'].includes(key) || // steady growth
    key === 'MNG>RUS:880730' || // one-off spike
    c.product === '850760' || // seasonality (TWN→VNM)
    ['HKG', 'SGP', 'CHN'].includes(c.via) || // big stable hubs; China's rise ×1.9 to Russia
    key === 'UZB>RUS:847150' || // onward surge not from Taiwan
    ['KGZ>RUS:854233', 'KGZ>RUS:854239'].includes(key) // Kyrgyzstan's ICs from elsewhere
  );
}

describe('the bundled sample', () => {
  let db: NodeDuckDB;
  let ranked: Corridor[];
  beforeAll(async () => {
    db = await openNodeDuckDB();
    await loadReferenceTables(db);
    for (const sql of tradeTableFromSql(
      "SELECT * FROM read_parquet('public/sample/trade-sample.parquet')",
    ))
      await db.query(sql);
    ranked = await scoreCorridors(db, { topN: 1000 });
  });
  afterAll(() => db.close());

  it('ranks its 17 planted corridors first, all with a positive score', () => {
    const top = ranked.slice(0, PLANTED.length);
    expect(top.map(corridorKey).sort()).toEqual([...PLANTED].sort());
    expect(top.every((c) => c.score > 0)).toBe(true);
  });

  it('stores in its own file a ranking, under the default settings, with the same 17 first', () => {
    const stored = readFirstView('public/sample/trade-sample.parquet')?.ranking;
    expect(stored?.params).toBe(JSON.stringify(analysisParams(DEFAULT_VIEW).params));
    const top = stored?.analysis.corridors.slice(0, PLANTED.length) ?? [];
    expect(top.map(corridorKey).sort()).toEqual([...PLANTED].sort());
    expect(top.every((c) => c.score > 0)).toBe(true);
  });

  it('ranks every look-alike below every planted corridor, with a score of 0', () => {
    const lastPlanted = Math.max(
      ...ranked.filter((c) => PLANTED.includes(corridorKey(c))).map((c) => c.rank),
    );
    const lookAlikes = ranked.filter(isLookAlike);
    expect(lookAlikes.length).toBeGreaterThan(10);
    for (const c of lookAlikes) {
      expect(c.rank, corridorKey(c)).toBeGreaterThan(lastPlanted);
      expect(c.score, corridorKey(c)).toBe(0);
    }
  });

  it('explains the Kyrgyz corridor with its missing imports and its price', () => {
    const kgz = ranked.find((c) => corridorKey(c) === 'TWN>KGZ>RUS:847150');
    expect(kgz?.explanation.en).toMatch(
      /^Taiwan's exports of Processing units .* to Kyrgyzstan rose \d+×( \(to everyone else: [\d.]+×\))? from Mar 2022/,
    );
    expect(kgz?.explanation.en).toContain(
      'Kyrgyzstan records only half of them as imports, measured against its own records of this flow before the cut-off.',
    );
    expect(kgz?.explanation['zh-TW']).toContain(
      '吉爾吉斯僅將其中約一半記為進口（以其基準期對此流量的記錄為準）。',
    );
    expect(kgz?.signals.unitValueJump.value).toBeGreaterThan(1.4);
  });

  it('groups the same stories by HS-4 and keeps the look-alikes out', async () => {
    const byFour = await scoreCorridors(db, { level: '4', topN: 1000 });
    const flagged = new Set(
      byFour.filter((c) => c.score > 0).map((c) => `${c.via}>${c.destination}:${c.product}`),
    );
    for (const key of [
      'ARM>RUS:8542',
      'KAZ>RUS:8542',
      'KGZ>RUS:8471',
      'TUR>RUS:8457',
      'ARE>RUS:8526',
    ]) {
      expect(flagged, key).toContain(key);
    }
    for (const key of flagged)
      expect(key, key).not.toMatch(/^(CHN|HKG|SGP|UZB|MNG|VNM)>|^TUR>RUS:8542/);
  });

  it('counts the routes of the chapters holding dual-use goods, and calls them listed, when it scores by chapter', async () => {
    const { corridors, counts } = await analyzeCorridors(db, { level: '2', topN: 1000 });
    const [listed] = await db.query(`SELECT string_agg(DISTINCT left(hs6, 2), ',') AS chapters
      FROM read_csv('data/reference/chpl.csv', all_varchar = true)`);
    const chapters = String(listed?.chapters).split(',');
    // Every route it ranks at a chapter holding a listed good is one it says it scored (the
    // counts also hold partial twins of full corridors, which the ranking leaves out).
    const scoredListed = corridors.filter((c) => chapters.includes(c.product));
    expect(scoredListed.length).toBeGreaterThan(0);
    expect(counts.full + counts.partial).toBeGreaterThanOrEqual(scoredListed.length);
    expect(counts.full).toBe(scoredListed.filter((c) => c.evidence === 'full').length);
    // Such a chapter counts as listed, as a heading holding a listed code does; others do not.
    for (const c of corridors) expect(isListed(c), c.product).toBe(chapters.includes(c.product));
    expect(corridors.some((c) => !isListed(c))).toBe(true);
  });
});
