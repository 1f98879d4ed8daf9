import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import type { Corridor } from '../../src/analysis/corridor';
import { corridorMonthsSql } from '../../src/data/sql/corridors/drilldown';
import { scoreCorridors } from '../../src/data/corridors/score-corridors';
import { corridorTables } from '../../src/data/sql/corridors/tables';
import { loadScenarioRows } from '../../scripts/scenarios/load';
import { FIXTURE_PARAMS, detrended, fixtureRows, isPost, loadFixture, pearson } from './fixture';
import { F, G, MIRROR_WORLD, REPORTED_WORLD, meanOver } from './small-world';

const FLOOR = FIXTURE_PARAMS.floorUsd;
const find = (corridors: Corridor[], via: string) => corridors.find((c) => c.via === via);

/** The post-period level by the documented rule: the two largest months capped at the third. */
function cappedPostMean(fn: (t: number) => number): number {
  const post = Array.from({ length: 36 }, (_, t) => t)
    .filter(isPost)
    .map(fn);
  const cap = [...post].sort((a, b) => b - a)[2] ?? 0;
  return post.reduce((s, v) => s + Math.min(v, cap), 0) / post.length;
}

describe('a leg from mirror data when the origin is silent', () => {
  let db: NodeDuckDB;
  let corridors: Corridor[];
  beforeAll(async () => {
    db = await loadFixture(await openNodeDuckDB(), fixtureRows(MIRROR_WORLD));
    corridors = await scoreCorridors(db, FIXTURE_PARAMS);
  });
  afterAll(() => db.close());

  it("takes Kyrgyzstan's imports from Taiwan, divided by 1.06, as Taiwan's exports", () => {
    const kgz = find(corridors, 'KGZ');
    expect(kgz?.legs.first).toMatchObject({ source: 'mirror', baselineMonths: 12, postMonths: 12 });
    expect(kgz?.legs.first.baselineMean).toBeCloseTo(100, 9);
    expect(kgz?.legs.first.postMean).toBeCloseTo(10_000, 9);
    expect(kgz?.signals.firstLegSurge.value).toBeCloseTo(10_100 / 200, 9);
  });

  it("takes Kyrgyzstan's own exports for the second leg, and no fall of a direct flow nobody reports after 2021", () => {
    const kgz = find(corridors, 'KGZ');
    expect(kgz?.legs.second).toMatchObject({
      source: 'reported',
      baselineMean: 50,
      postMean: 8000,
    });
    expect(kgz?.signals.secondLegSurge.value).toBeCloseTo(8100 / 150, 9);
    expect(kgz?.legs.direct).toMatchObject({ source: 'mirror', postMonths: 0, postMean: null });
    expect(kgz?.legs.direct?.baselineMean).toBeCloseTo(1000, 9);
    expect(kgz?.signals.directFall.value).toBeNull();
    expect(kgz?.signals.mirrorGap.value).toBeNull(); // nothing reported by Taiwan to compare with
  });

  it('gives each leg month by month for a chart, unknown months as null', async () => {
    const kgz = { origin: 'TWN', via: 'KGZ', destination: 'RUS', product: '854231' };
    const { sql, params } = corridorMonthsSql(corridorTables(), kgz);
    const rows = await db.query(sql, params);
    const pick = (leg: string, month: string) =>
      rows.find((r) => r.leg === leg && r.month === month);
    expect(rows).toHaveLength(3 * 36);
    expect(pick('first', '2020-01-01')?.value_usd).toBeCloseTo(100, 9);
    expect(pick('first', '2022-12-01')).toMatchObject({ source: 'mirror' });
    expect(pick('first', '2022-12-01')?.value_usd).toBeCloseTo(10_000, 9);
    expect(pick('second', '2022-12-01')).toEqual({
      month: '2022-12-01',
      leg: 'second',
      source: 'reported',
      value_usd: 8000,
    });
    expect(pick('direct', '2022-12-01')).toMatchObject({ source: null, value_usd: null });
  });

  it('sees two legs that step up in the same month as moving together, at lag 0', () => {
    const kgz = find(corridors, 'KGZ');
    expect(kgz?.signals.coMovement.value).toBeCloseTo(1, 9);
    expect(kgz?.lagMonths).toBe(0);
    // re-export ratio = exports to Russia / (imports from the world, CIF, + floor)
    expect(kgz?.signals.reexportRatio.value).toBeCloseTo(8000 / (10_600 + FLOOR), 9);
    expect(kgz?.signals.reexportRatio.baseline).toBeCloseTo(50 / (106 + FLOOR), 9);
  });
});

describe('a reported first leg', () => {
  let db: NodeDuckDB;
  let corridors: Corridor[];
  beforeAll(async () => {
    db = await loadFixture(await openNodeDuckDB(), fixtureRows(REPORTED_WORLD));
    corridors = await scoreCorridors(db, FIXTURE_PARAMS);
  });
  afterAll(() => db.close());

  it("uses Taiwan's own exports, not Armenia's imports, and caps the two largest months", () => {
    const arm = find(corridors, 'ARM');
    expect(arm?.legs.first.source).toBe('reported');
    expect(arm?.legs.first.baselineMean).toBeCloseTo(meanOver(F, 'baseline'), 6);
    expect(arm?.legs.first.postMean).toBeCloseTo(meanOver(F, 'post'), 6);
    expect(arm?.legs.first.postLevel).toBeCloseTo(cappedPostMean(F), 6);
  });

  it('finds that Armenia records only half of what Taiwan sends it', () => {
    expect(find(corridors, 'ARM')?.signals.mirrorGap.value).toBeCloseTo(0.5, 9);
  });

  it('finds the unit value 1.5× the baseline and the price to other buyers', () => {
    expect(find(corridors, 'ARM')?.signals.unitValueJump.value).toBeCloseTo(1.5, 9);
  });

  it('finds the second leg two months behind, as an independent computation does', () => {
    const logShare = (fn: (t: number) => number) =>
      detrended(Array.from({ length: 36 }, (_, t) => Math.log(fn(t) + FLOOR)));
    const [r1, r2] = [logShare(F), logShare(G)];
    const rho = [0, 1, 2, 3].map((lag) => pearson(r1.slice(0, 36 - lag), r2.slice(lag)));
    const best = Math.max(...rho);
    expect(rho.indexOf(best)).toBe(2);
    const arm = find(corridors, 'ARM');
    expect(arm?.lagMonths).toBe(2);
    expect(arm?.signals.coMovement.value).toBeCloseTo(best, 9);
    expect(arm?.explanation.en).toContain('the second leg about 2 months behind');
  });

  it('does not take a one-month spike on both legs for a surge', () => {
    expect(find(corridors, 'MNG')).toBeUndefined();
  });

  it('finds no corridor through Uzbekistan, whose exports are known only from Russia until 2021', async () => {
    expect(find(corridors, 'UZB')).toBeUndefined();
    const [series] = await db.query(
      `SELECT source, base_mean, post_n FROM corridor_series WHERE a = 'UZB' AND b = 'RUS'`,
    );
    expect(series).toEqual({ source: 'mirror', base_mean: 2000, post_n: 0 });
  });

  it("mixes Russia's mirror (before) with Georgia's own exports (after) and says so", () => {
    const geo = find(corridors, 'GEO');
    expect(geo?.legs.second).toMatchObject({ source: 'mixed', postMean: 40_000 });
    expect(geo?.legs.second.baselineMean).toBeCloseTo(1000, 9);
    expect(geo?.signals.secondLegSurge.value).toBeCloseTo(40_100 / 1100, 9);
  });

  it('takes a heading total rather than adding it to its subheadings at HS-4', async () => {
    const byFour = await scoreCorridors(db, { ...FIXTURE_PARAMS, level: '4' });
    const arm = byFour.find((c) => c.via === 'ARM' && c.product === '8542');
    expect(arm?.legs.second.postMean).toBeCloseTo(meanOver(G, 'post') + 1000, 6);
    expect(arm?.legs.second.baselineMean).toBeCloseTo(meanOver(G, 'baseline'), 6);
    expect(arm?.productName?.en).toBe('Electronic integrated circuits');
  });

  it('groups HS-6 codes by CHPL tier', async () => {
    const byTier = await scoreCorridors(db, { ...FIXTURE_PARAMS, level: 'tier' });
    expect(byTier.map((c) => `${c.via}:${c.product}`).sort()).toEqual(['ARM:CHPL-1', 'GEO:CHPL-2']);
    expect(byTier.find((c) => c.via === 'GEO')?.legs.second.postMean).toBeCloseTo(40_000, 9);
  });
});

describe('an empty dataset', () => {
  it('gives no corridors and no error', async () => {
    const db = await loadFixture(await openNodeDuckDB(), []);
    try {
      expect(await scoreCorridors(db, FIXTURE_PARAMS)).toEqual([]);
      await loadScenarioRows(
        db,
        fixtureRows(REPORTED_WORLD).filter((r) => r.reporter === 'TWN'),
      );
      expect(await scoreCorridors(db, FIXTURE_PARAMS)).toEqual([]); // no onward leg anywhere
    } finally {
      db.close();
    }
  });
});
