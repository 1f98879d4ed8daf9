import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import type { Corridor } from '../../src/analysis/corridor';
import { scoreCorridors } from '../../src/data/corridors/score-corridors';
import { FIXTURE_PARAMS, fixtureRows, isPost, loadFixture, type SeriesSpec } from './fixture';

const phase = (base: number, post: number) => (t: number) => (isPost(t) ? post : base);

/**
 * Taiwan's exports of two products to Kyrgyzstan rise from 1,000 to 30,000 a month, and
 * Kyrgyzstan's exports of them to Russia from 500 to 25,000. Kyrgyzstan has always recorded
 * 854231 at 80 % of Taiwan's figure (a share it files under another origin): that is no
 * missing import. It recorded 854232 at 120 % (freight and insurance on a long route) until
 * 2021, and at 60 % from 2022: half of what it should record is missing (1 − 0.6 / 1.2).
 */
// prettier-ignore
const MARGINS: SeriesSpec[] = [
  ...['854231', '854232'].flatMap((hs): SeriesSpec[] => [
    { reporter: 'TWN', partner: 'KGZ', flow: 'X', hs, value: phase(1000, 30_000) },
    { reporter: 'KGZ', partner: 'RUS', flow: 'X', hs, value: phase(500, 25_000) },
  ]),
  { reporter: 'KGZ', partner: 'TWN', flow: 'M', hs: '854231', value: phase(800, 24_000) },
  { reporter: 'KGZ', partner: 'TWN', flow: 'M', hs: '854232', value: phase(1200, 18_000) },
];

describe("missing imports, against the pair's own ratio before the cut-off", () => {
  let db: NodeDuckDB;
  let corridors: Corridor[];
  const find = (hs: string) => corridors.find((c) => c.via === 'KGZ' && c.product === hs);
  beforeAll(async () => {
    db = await loadFixture(await openNodeDuckDB(), fixtureRows(MARGINS));
    corridors = await scoreCorridors(db, { ...FIXTURE_PARAMS, level: '6', topN: 1000 });
  });
  afterAll(() => db.close());

  it('reads an importer that always recorded less as missing nothing', () => {
    expect(find('854231')?.mirrorMargin).toBeCloseTo(0.8, 9);
    expect(find('854231')?.signals.mirrorGap.value).toBeCloseTo(0, 9);
    expect(find('854231')?.signals.mirrorGap.strength).toBe(0);
  });

  it('reads a 1.2 margin that fell to 0.6 as half missing, and says what it is measured against', () => {
    const c = find('854232');
    expect(c?.mirrorMargin).toBeCloseTo(1.2, 9);
    expect(c?.signals.mirrorGap.value).toBeCloseTo(0.5, 9);
    expect(c?.explanation.en).toContain(
      'Kyrgyzstan records only half of them as imports, measured against its own records of this flow before the cut-off.',
    );
  });
});
