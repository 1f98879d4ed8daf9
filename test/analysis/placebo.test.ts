import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import type { ScenarioRow } from '../../scripts/scenarios/book';
import { monthStart, monthsFrom } from '../../src/analysis/month';
import { placeboParams, resolveParams } from '../../src/analysis/params';
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
    expect(scores.some((s) => s > 0)).toBe(true);
    const tables = await db.query(
      "SELECT count(*) AS n FROM duckdb_tables() WHERE table_name LIKE '%placebo%'",
    );
    expect(Number(tables[0]?.n)).toBe(0);
  });

  it('counts the placebo routes among the controls of the real ranking', async () => {
    const analysis = await analyzeWithPlacebo(db, PARAMS);
    const kgz = analysis.corridors.find((c) => c.via === 'KGZ');
    const arm = analysis.corridors.find((c) => c.via === 'ARM');
    expect(kgz?.score).toBeGreaterThan(0);
    expect(arm?.score).toBe(0);
    // The placebo run scores one route, Armenia's, whose surge has the same shape as
    // Kyrgyzstan's: as high, so Kyrgyzstan's rate is (1 + 1) / (1 + 1) = 1.
    expect(analysis.pools.placebo).toEqual([kgz?.score]);
    expect(kgz?.calibration).toMatchObject({ controls: 1, placebo: 1, falsePositiveRate: 1 });
    expect(kgz?.explanation['zh-TW']).toContain(
      '唯一一條可比較路線（將基準期提前兩年、於入侵之前評分）分數同樣高：證據薄弱。',
    );
    expect(kgz?.explanation.en).toContain(
      'The one comparable route, scored with the cut-off two years earlier (before the invasion), scores as high: weak evidence.',
    );
  });
});
