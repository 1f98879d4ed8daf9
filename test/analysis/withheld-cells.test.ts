import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import type { Corridor } from '../../src/analysis/corridor';
import { scoreCorridors } from '../../src/data/corridors/score-corridors';
import { FIXTURE_PARAMS, fixtureRows, isPost, type SeriesSpec, loadFixture } from './fixture';

const phase = (base: number, post: number) => (t: number) => (isPost(t) ? post : base);
const untilCutoff = (v: number) => (t: number) => (t < 24 ? v : null);
const fromCutoff = (v: number) => (t: number) => (t >= 24 ? v : null);

/**
 * Kazakhstan reports its exports by partner every month (to China), but leaves its exports to
 * Russia out until 2022: a confidential cell. Russia recorded 10,600 a month of them as
 * imports until 2021, i.e. 10,000 FOB at the CIF/FOB factor of 1.06. From 2022 Kazakhstan
 * gives 12,000 a month of 854231 (×1.2: ordinary growth) and 60,000 of 854232 (×6).
 * Taiwan's exports of both to Kazakhstan rise from 1,000 to 30,000 a month.
 */
// prettier-ignore
const WITHHELD: SeriesSpec[] = [
  ...['854231', '854232'].flatMap((hs): SeriesSpec[] => [
    { reporter: 'TWN', partner: 'KAZ', flow: 'X', hs, value: phase(1000, 30_000) },
    { reporter: 'KAZ', partner: 'CHN', flow: 'X', hs, value: () => 5000 },
    { reporter: 'RUS', partner: 'KAZ', flow: 'M', hs, value: untilCutoff(10_600) },
  ]),
  { reporter: 'KAZ', partner: 'RUS', flow: 'X', hs: '854231', value: fromCutoff(12_000) },
  { reporter: 'KAZ', partner: 'RUS', flow: 'X', hs: '854232', value: fromCutoff(60_000) },
];

describe('a cell the exporter leaves out while it reports other partners', () => {
  let db: NodeDuckDB;
  let corridors: Corridor[];
  beforeAll(async () => {
    db = await loadFixture(await openNodeDuckDB(), fixtureRows(WITHHELD));
    corridors = await scoreCorridors(db, { ...FIXTURE_PARAMS, level: '6', topN: 1000 });
  });
  afterAll(() => db.close());

  it("is read from the importer's records, not as zero: ordinary growth is no surge", () => {
    const kaz = corridors.filter((c) => c.via === 'KAZ' && c.destination === 'RUS');
    expect(kaz.map((c) => c.product)).toEqual(['854232']);
  });

  it("gives the onward leg the importer's baseline, and says the leg mixes both sides' figures", () => {
    const onward = corridors.find((c) => c.product === '854232')?.legs.second;
    expect(onward?.baselineMean).toBeCloseTo(10_600 / 1.06, 6);
    expect(onward?.postMean).toBeCloseTo(60_000, 6);
    expect(onward?.source).toBe('mixed');
  });
});
