import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import type { Corridor } from '../../src/analysis/corridor';
import { analyzeCorridors, scoreCorridors } from '../../src/data/corridors/score-corridors';
import { FIXTURE_PARAMS, fixtureRows, isPost, loadFixture, type SeriesSpec } from './fixture';
import { F, G, meanOver } from './small-world';

/**
 * Trade across the 2022 revision of the HS, as real files give it: HS 2017 codes up to 2021,
 * HS 2022 codes from 2022 (the fixture's post year).
 *
 * - KAZ, steady: Taiwan sends 50,000 a month of photosensitive devices (HS 2017 854140); from
 *   2022 the same 50,000 arrive as LEDs (854141, 40,000) and other photosensitive devices
 *   (854149, on the CHPL, 10,000). Kazakhstan sends Russia 20,000, then 16,000 + 4,000.
 *   Nothing rose; 854149 alone would read as a rise from nothing.
 * - ARM, a diversion: 1,000 + 200 sin t of 854140 before; from 2022, 1,000 of LEDs and F(t)
 *   (about 20,000) of 854149. Armenia sends Russia G(t) (0.75 F two months later), under
 *   854140 before and 854149 after, and 500 of LEDs.
 * - GEO, steady: parts of aircraft and UAVs, 5,000 a month under 880330 before and 880730
 *   (a new heading) after; Georgia sends Russia 3,000.
 */
const before = (v: (t: number) => number) => (t: number) => (isPost(t) ? null : v(t));
const after = (v: (t: number) => number) => (t: number) => (isPost(t) ? v(t) : null);
const flat = (v: number) => () => v;

// prettier-ignore
const REVISION_WORLD: SeriesSpec[] = [
  { reporter: 'TWN', partner: 'KAZ', flow: 'X', hs: '854140', value: before(flat(50_000)) },
  { reporter: 'TWN', partner: 'KAZ', flow: 'X', hs: '854141', value: after(flat(40_000)) },
  { reporter: 'TWN', partner: 'KAZ', flow: 'X', hs: '854149', value: after(flat(10_000)) },
  { reporter: 'KAZ', partner: 'RUS', flow: 'X', hs: '854140', value: before(flat(20_000)) },
  { reporter: 'KAZ', partner: 'RUS', flow: 'X', hs: '854141', value: after(flat(16_000)) },
  { reporter: 'KAZ', partner: 'RUS', flow: 'X', hs: '854149', value: after(flat(4000)) },
  { reporter: 'TWN', partner: 'ARM', flow: 'X', hs: '854140', value: before((t) => 1000 + 200 * Math.sin(t)) },
  { reporter: 'TWN', partner: 'ARM', flow: 'X', hs: '854141', value: after(flat(1000)) },
  { reporter: 'TWN', partner: 'ARM', flow: 'X', hs: '854149', value: after(F) },
  { reporter: 'ARM', partner: 'RUS', flow: 'X', hs: '854140', value: before(G) },
  { reporter: 'ARM', partner: 'RUS', flow: 'X', hs: '854141', value: after(flat(500)) },
  { reporter: 'ARM', partner: 'RUS', flow: 'X', hs: '854149', value: after(G) },
  { reporter: 'TWN', partner: 'GEO', flow: 'X', hs: '880330', value: before(flat(5000)) },
  { reporter: 'TWN', partner: 'GEO', flow: 'X', hs: '880730', value: after(flat(5000)) },
  { reporter: 'GEO', partner: 'RUS', flow: 'X', hs: '880330', value: before(flat(3000)) },
  { reporter: 'GEO', partner: 'RUS', flow: 'X', hs: '880730', value: after(flat(3000)) },
];

describe('goods whose code changed in the 2022 revision of the HS', () => {
  let db: NodeDuckDB;
  let all: Corridor[];
  beforeAll(async () => {
    db = await loadFixture(await openNodeDuckDB(), fixtureRows(REVISION_WORLD));
    all = await scoreCorridors(db, { ...FIXTURE_PARAMS, level: 'all' });
  });
  afterAll(() => db.close());

  it('does not read a code created in 2022 as a rise from nothing', async () => {
    const flagged = all.filter((c) => c.score > 0).map((c) => `${c.via}:${c.product}`);
    expect(flagged.filter((key) => !key.startsWith('ARM:'))).toEqual([]);
    for (const level of ['6', '4'] as const) {
      const byLevel = await scoreCorridors(db, { ...FIXTURE_PARAMS, level });
      const products = byLevel.map((c) => c.product);
      for (const code of ['854149', '854141', '880730', '8807', '8803'])
        expect(products, `level ${level}`).not.toContain(code);
    }
  });

  it('scores the diversion in the group of 854140 and the codes it became, with its codes named', () => {
    const arm = all.find((c) => c.via === 'ARM' && c.product === 'rev:854140');
    expect(arm?.score).toBeGreaterThan(0.3);
    expect(arm?.level).toBe('6');
    expect(arm?.chplTier).toBe('3.A');
    // Both HS 2022 codes of the group in the post period, the HS 2017 code before.
    expect(arm?.legs.first.postMean).toBeCloseTo(1000 + meanOver(F, 'post'), 6);
    expect(arm?.legs.first.baselineMean).toBeCloseTo(
      meanOver((t) => 1000 + 200 * Math.sin(t), 'baseline'),
      6,
    );
    expect(arm?.legs.second.postMean).toBeCloseTo(500 + meanOver(G, 'post'), 6);
    expect(arm?.productName?.en).toBe(
      'HS 2017 854140, which HS 2022 turned into 854141, 854142, 854143, 854149',
    );
    expect(arm?.explanation.en).toContain('HS 2017 854140, which HS 2022 turned into');
    expect(arm?.explanation['zh-TW']).toContain('HS 2017年版854140');
  });

  it('counts the steady route through Kazakhstan as scored with nothing standing out', async () => {
    const { unscored, corridors } = await analyzeCorridors(db, { ...FIXTURE_PARAMS, level: '6' });
    const kaz = corridors.filter((c) => c.via === 'KAZ' && c.score > 0);
    expect(kaz).toEqual([]);
    expect(unscored.filter((u) => u.via === 'KAZ')).toEqual([]);
  });
});
