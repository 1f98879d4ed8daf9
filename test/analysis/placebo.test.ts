import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import type { ScenarioRow } from '../../scripts/scenarios/book';
import { monthStart, monthsFrom } from '../../src/analysis/month';
import {
  COMPARISON_DESTINATIONS,
  comparisonParams,
  placeboParams,
  resolveParams,
} from '../../src/analysis/params';
import { analyzeWithPlacebo, placeboScores } from '../../src/data/corridors/placebo';
import { loadFixture } from './fixture';

/** Every month from January 2018 to December 2023. */
const MONTHS = monthsFrom('2018-01', '2023-12');

/** A flow's rows, month by month: `value(month)`, no row where it is null. */
function flow(
  reporter: string,
  partner: string,
  hs: string,
  value: (month: string) => number,
): ScenarioRow[] {
  return MONTHS.map((month) => ({
    period: monthStart(month),
    reporter,
    partner,
    flow: 'X',
    hs,
    value_usd: value(month),
    net_kg: value(month) / 1000,
  }));
}

/** From `start` on, `high` a month (plus a ripple both legs share); before it, `low`. */
const step = (start: string, low: number, high: number) => (month: string) =>
  month >= start ? high + 1000 * (Number(month.slice(5)) % 3) : low;

/**
 * Through Armenia, chips (854231) surged from mid-2020 on both legs: before the invasion, so
 * the real analysis lists them as a pre-trend, while the placebo run (cut-off 2019-12) sees a
 * surge. Through Kyrgyzstan, memories (854232) surged from March 2022: flagged by the real
 * analysis, nothing in the placebo run.
 */
const ROWS = [
  ...flow('TWN', 'ARM', '854231', step('2020-06', 2000, 400_000)),
  ...flow('ARM', 'RUS', '854231', step('2020-06', 1000, 300_000)),
  ...flow('TWN', 'KGZ', '854232', step('2022-03', 2000, 400_000)),
  ...flow('KGZ', 'RUS', '854232', step('2022-03', 1000, 300_000)),
];

const PARAMS = { level: '6' as const, minValueUsd: 10_000 };

describe('the placebo run: the same scoring with the cut-off two years earlier', () => {
  let db: NodeDuckDB;
  beforeAll(async () => {
    db = await loadFixture(await openNodeDuckDB(), ROWS);
  });
  afterAll(() => db.close());

  it('moves the baseline and the post start back two years, the post period ending where the baseline did', () => {
    expect(placeboParams(resolveParams())).toMatchObject({
      baseline: { start: '2017-01', end: '2019-12' },
      post: { start: '2020-03', end: '2021-12' },
    });
    // A post period starting more than two years after the baseline leaves no window.
    const late = resolveParams({ post: { start: '2024-03', end: null } });
    expect(placeboParams(late)).toBeNull();
  });

  it('scores the rise made before the invasion, and leaves the working tables as they were', async () => {
    const scores = await placeboScores(db, resolveParams(PARAMS));
    expect(scores.placebo.some((s) => s.score > 0)).toBe(true);
    // No route leads to a comparison destination: that run scores nothing.
    expect(scores.elsewhere).toEqual([]);
    // Their working tables are gone; the comparison run's cubes stay for the next calibration.
    const tables = await db.query(
      "SELECT table_name FROM duckdb_tables() WHERE table_name LIKE '%placebo%' OR table_name LIKE '%elsewhere%' ORDER BY ALL",
    );
    expect(tables.map((t) => t.table_name)).toEqual([
      'corridor_elsewhere_store_cube',
      'corridor_elsewhere_store_cube_key',
      'corridor_elsewhere_store_year_cube',
    ]);
  });

  it('counts the placebo routes among the controls of the real ranking', async () => {
    const analysis = await analyzeWithPlacebo(db, PARAMS);
    const kgz = analysis.corridors.find((c) => c.via === 'KGZ');
    const arm = analysis.corridors.find((c) => c.via === 'ARM');
    expect(kgz?.score).toBeGreaterThan(0);
    expect(arm?.score).toBe(0);
    // The placebo run scores one route, Armenia's, whose surge has the same shape as
    // Kyrgyzstan's: as high, so Kyrgyzstan's rate is (1 + 1) / (1 + 1) = 1.
    expect(analysis.pools.placebo).toEqual([{ score: kgz?.score, kind: 'monthly.full' }]);
    expect(kgz?.calibration).toMatchObject({
      controls: 1,
      placebo: 1,
      elsewhere: 0,
      falsePositiveRate: 1,
    });
    expect(kgz?.explanation['zh-TW']).toContain(
      '唯一一條可比較路線（將基準期提前兩年、於入侵之前評分）分數同樣高：證據薄弱。',
    );
    expect(kgz?.explanation.en).toContain(
      'The one comparable route scored with the cut-off two years earlier (before the invasion) scores as high: weak evidence.',
    );
  });
});

/**
 * From March 2022, memories (854232) surge through Kyrgyzstan to Russia, and chips (854231)
 * through Armenia to Peru, a comparison destination, with the same months and values on both
 * legs: the comparison route looks exactly like the corridor. Chips through Georgia to Chile
 * do not move, and so, as in the real run, are no candidate and not scored at all.
 */
const ELSEWHERE_ROWS = [
  ...flow('TWN', 'KGZ', '854232', step('2022-03', 2000, 400_000)),
  ...flow('KGZ', 'RUS', '854232', step('2022-03', 1000, 300_000)),
  ...flow('TWN', 'ARM', '854231', step('2022-03', 2000, 400_000)),
  ...flow('ARM', 'PER', '854231', step('2022-03', 1000, 300_000)),
  ...flow('TWN', 'GEO', '854231', () => 200_000),
  ...flow('GEO', 'CHL', '854231', () => 150_000),
];

describe('the comparison run: the same scoring towards distant economies', () => {
  let db: NodeDuckDB;
  beforeAll(async () => {
    db = await loadFixture(await openNodeDuckDB(), ELSEWHERE_ROWS);
  });
  afterAll(() => db.close());

  it('replaces the destinations with the comparison destinations, never an origin or a destination, and scores no partial corridor', () => {
    const params = resolveParams({ destinations: ['RUS', 'PER'] });
    const comparison = comparisonParams(params);
    expect(comparison?.destinations).toEqual(COMPARISON_DESTINATIONS.filter((c) => c !== 'PER'));
    expect(comparison?.destinations).toContain('CHL');
    expect(comparison?.linkedIntermediaries).toEqual([]);
    expect(comparison).toMatchObject({ baseline: params.baseline, post: params.post });
    const all = resolveParams({ destinations: [...COMPARISON_DESTINATIONS] });
    expect(comparisonParams(all)).toBeNull();
  });

  it('counts the routes to the comparison destinations among the controls of the real ranking', async () => {
    const analysis = await analyzeWithPlacebo(db, PARAMS);
    expect(analysis.corridors.map((c) => `${c.via}>${c.destination}`)).toEqual(['KGZ>RUS']);
    const [kgz] = analysis.corridors;
    expect(kgz?.score).toBeGreaterThan(0);
    // One comparison route is scored, Armenia to Peru, shaped as Kyrgyzstan's corridor and so
    // as high: Kyrgyzstan's rate is (1 + 1) / (1 + 1).
    expect(analysis.pools.elsewhere).toHaveLength(1);
    expect(analysis.pools.elsewhere[0]?.score).toBeCloseTo(kgz?.score ?? Number.NaN, 9);
    expect(analysis.pools.elsewhere[0]?.kind).toBe('monthly.full');
    expect(kgz?.calibration).toMatchObject({
      controls: 1,
      placebo: 0,
      elsewhere: 1,
      falsePositiveRate: 1,
    });
    expect(kgz?.explanation.en).toContain(
      'The one comparable route to a comparison destination (a distant economy of similar income) scores as high: weak evidence.',
    );
    expect(kgz?.explanation['zh-TW']).toContain(
      '唯一一條可比較路線（通往所得相近的遠方對照目的地）分數同樣高：證據薄弱。',
    );
  });
});
