import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import type { Corridor } from '../../src/analysis/corridor';
import { scoreCorridors } from '../../src/data/corridors/score-corridors';
import { FIXTURE_PARAMS, fixtureRows, isPost, loadFixture, type SeriesSpec } from './fixture';

const phase = (base: number, post: number) => (t: number) => (isPost(t) ? post : base);
const untilCutoff = (v: number) => (t: number) => (t < 24 ? v : null);

/**
 * Kazakhstan gives its exports to the World only; Taiwan's ICs to it rise from 1,000 to 30,000
 * a month, its exports to the World from 2,000 to 28,000. Before 2022 Belarus recorded 1,500 a
 * month of them as imports from Kazakhstan, Russia 100: the goods' usual destination was
 * Belarus, though both are linked to Kazakhstan and Russia comes first in the settings.
 */
// prettier-ignore
const WORLD_ONLY: SeriesSpec[] = [
  { reporter: 'TWN', partner: 'KAZ', flow: 'X', hs: '854231', value: phase(1000, 30_000) },
  { reporter: 'KAZ', partner: 'WLD', flow: 'X', hs: '854231', value: phase(2000, 28_000) },
  { reporter: 'BLR', partner: 'KAZ', flow: 'M', hs: '854231', value: untilCutoff(1500) },
  { reporter: 'RUS', partner: 'KAZ', flow: 'M', hs: '854231', value: untilCutoff(100) },
];

describe('a partial corridor, whose onward leg is known only to the World', () => {
  let db: NodeDuckDB;
  let corridors: Corridor[];
  beforeAll(async () => {
    db = await loadFixture(await openNodeDuckDB(), fixtureRows(WORLD_ONLY));
    corridors = await scoreCorridors(db, { ...FIXTURE_PARAMS, level: '6' });
  });
  afterAll(() => db.close());

  it('is listed once, towards the destination that took the goods before the cut-off', () => {
    const kaz = corridors.filter((c) => c.via === 'KAZ');
    expect(kaz.map((c) => [c.destination, c.evidence])).toEqual([['BLR', 'partial']]);
    expect(kaz[0]?.legs.second.to).toBe('WLD');
    expect(kaz[0]?.score).toBeGreaterThan(0);
  });
});
