import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { corridorsToJson, corridorsToCsv } from '../../src/analysis/export';
import type { Corridor } from '../../src/analysis/corridor';
import { scoreCorridors } from '../../src/data/corridors/score-corridors';
import { FIXTURE_PARAMS, fixtureRows, isPost, loadFixture, type SeriesSpec } from './fixture';

const phase = (base: number, post: number) => (t: number) => (isPost(t) ? post : base);

/**
 * Kyrgyzstan's imports from the world (its own 'WLD' rows) of 854231 rise from 3,000 to
 * 203,000 a month, while Taiwan's exports of them to it rise from 1,000 to 21,000: Taiwan
 * supplied (21,000 − 1,000) / (203,000 − 3,000) = 10 % of the rise, China the rest. Kyrgyzstan's
 * exports of them to Russia rise from 500 to 150,500: 10 % of that 150,000 rise is 15,000 a
 * month. Of 854232, Taiwan supplied all of the rise (1,000 → 21,000 of 1,000 → 21,000).
 */
// prettier-ignore
const CHINA_FED: SeriesSpec[] = [
  { reporter: 'TWN', partner: 'KGZ', flow: 'X', hs: '854231', value: phase(1000, 21_000) },
  { reporter: 'KGZ', partner: 'WLD', flow: 'M', hs: '854231', value: phase(3000, 203_000) },
  { reporter: 'KGZ', partner: 'RUS', flow: 'X', hs: '854231', value: phase(500, 150_500) },
  { reporter: 'TWN', partner: 'KGZ', flow: 'X', hs: '854232', value: phase(1000, 21_000) },
  { reporter: 'KGZ', partner: 'WLD', flow: 'M', hs: '854232', value: phase(1000, 21_000) },
  { reporter: 'KGZ', partner: 'RUS', flow: 'X', hs: '854232', value: phase(500, 18_500) },
];

describe('whose goods went on: the origin’s share of the intermediary’s rise in imports', () => {
  let db: NodeDuckDB;
  let corridors: Corridor[];
  const find = (hs: string) => corridors.find((c) => c.product === hs && c.via === 'KGZ');
  beforeAll(async () => {
    db = await loadFixture(await openNodeDuckDB(), fixtureRows(CHINA_FED));
    corridors = await scoreCorridors(db, { ...FIXTURE_PARAMS, level: '6', topN: 1000 });
  });
  afterAll(() => db.close());

  it('is 10 % where China supplied the rest of the rise, and all of it where no one else did', () => {
    expect(find('854231')?.score).toBeGreaterThan(0);
    expect(find('854231')?.originShare).toBeCloseTo(0.1, 9);
    expect(find('854232')?.originShare).toBe(1);
  });

  it('says so, with the part of the onward rise that is the origin’s, in both languages', () => {
    const fed = find('854231')?.explanation;
    expect(fed?.en).toContain(
      "Taiwan supplied 10% of the rise in Kyrgyzstan's imports of these goods (US$20 k of US$200 k a month); the rest came from other suppliers, so about US$15 k a month of the onward rise is Taiwan's share.",
    );
    expect(fed?.['zh-TW']).toContain('吉爾吉斯該貨品進口的增加中，臺灣僅占10%');
    expect(find('854232')?.explanation.en).not.toContain('supplied');
  });

  it('is written to the JSON and CSV outputs as origin_share', () => {
    const json = corridorsToJson(corridors, FIXTURE_PARAMS);
    expect(json.find((c) => c.product === '854231')?.origin_share).toBeCloseTo(0.1, 9);
    const [header = '', ...lines] = corridorsToCsv(corridors).trim().split('\n');
    const column = header.split(',').indexOf('origin_share');
    const fed = lines.find((line) => line.split(',')[5] === '854231') ?? '';
    expect(Number(fed.split(',')[column])).toBeCloseTo(0.1, 9);
  });
});
