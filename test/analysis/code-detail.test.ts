import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { analyzeCorridors, type Analysis } from '../../src/data/corridors/score-corridors';
import { FIXTURE_PARAMS, fixtureRows, isPost, type SeriesSpec, loadFixture } from './fixture';

/**
 * Kazakhstan gives its exports to Russia by heading only until the cut-off (8542: 10,000 a
 * month) and by subheading after it (854231: 60,000 a month), as a reporter that changed the
 * detail of its downloads does. Taiwan gives its exports of 854231 to Kazakhstan every month,
 * rising from 1,000 to 30,000.
 */
// prettier-ignore
const HEADINGS_FIRST: SeriesSpec[] = [
  { reporter: 'TWN', partner: 'KAZ', flow: 'X', hs: '854231', value: (t) => (isPost(t) ? 30_000 : 1000) },
  { reporter: 'KAZ', partner: 'RUS', flow: 'X', hs: '8542', value: (t) => (isPost(t) ? null : 10_000) },
  { reporter: 'KAZ', partner: 'RUS', flow: 'X', hs: '854231', value: (t) => (isPost(t) ? 60_000 : null) },
];

describe('months a reporter gave by heading only', () => {
  let db: NodeDuckDB;
  let analysis: Analysis;
  beforeAll(async () => {
    db = await loadFixture(await openNodeDuckDB(), fixtureRows(HEADINGS_FIRST));
    analysis = await analyzeCorridors(db, { ...FIXTURE_PARAMS, topN: 1000 });
  });
  afterAll(() => db.close());

  it('leave the subheading unknown before the cut-off, not zero: no rise from nothing', () => {
    expect(analysis.corridors.filter((c) => c.product === '854231')).toEqual([]);
    const route = analysis.unscored.find((u) => u.via === 'KAZ' && u.product === '854231');
    expect(route?.reason).toBe('onward_no_baseline');
  });

  it('score the heading, which both periods give', () => {
    const heading = analysis.corridors.find((c) => c.via === 'KAZ' && c.product === '8542');
    expect(heading?.legs.second.baselineMean).toBeCloseTo(10_000, 6);
    expect(heading?.legs.second.postMean).toBeCloseTo(60_000, 6);
    expect(heading?.legs.first.baselineMean).toBeCloseTo(1000, 6);
  });
});

/**
 * Kazakhstan's exports of 854231 are known to the World every month (2,000 a month in 2020,
 * 60,000 in 2022), and by partner only in 2022, by heading (8542 to China). Taiwan's exports of
 * 854231 to Kazakhstan rise from 1,000 to 30,000 a month.
 */
// prettier-ignore
const PARTNERS_BY_HEADING: SeriesSpec[] = [
  { reporter: 'TWN', partner: 'KAZ', flow: 'X', hs: '854231', value: (t) => (isPost(t) ? 30_000 : 1000) },
  { reporter: 'KAZ', partner: 'WLD', flow: 'X', hs: '854231', value: (t) => (isPost(t) ? 60_000 : 2000) },
  { reporter: 'KAZ', partner: 'CHN', flow: 'X', hs: '8542', value: (t) => (isPost(t) ? 5000 : null) },
];

describe('an intermediary that gave its partners after the cut-off by heading only', () => {
  it('says nothing of where its subheading went: the World stands in for the onward leg', async () => {
    const db = await loadFixture(await openNodeDuckDB(), fixtureRows(PARTNERS_BY_HEADING));
    const analysis = await analyzeCorridors(db, { ...FIXTURE_PARAMS, topN: 1000 });
    db.close();
    const kaz = analysis.corridors.filter((c) => c.via === 'KAZ' && c.product === '854231');
    expect(kaz.map((c) => [c.destination, c.evidence, c.legs.second.to])).toEqual([
      ['RUS', 'partial', 'WLD'],
    ]);
  });
});
