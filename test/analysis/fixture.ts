import type { ScenarioRow } from '../../scripts/scenarios/book';
import { loadScenarioRows } from '../../scripts/scenarios/load';
import { loadReferenceTables } from '../../scripts/lib/reference';
import type { SqlRunner } from '../../src/data/sql-runner';

/** The fixture's months: January 2020 to December 2022 (index 0 to 35). */
export const FIXTURE_MONTHS = Array.from({ length: 36 }, (_, i) => {
  const year = 2020 + Math.floor(i / 12);
  return `${year}-${String((i % 12) + 1).padStart(2, '0')}`;
});

/** Baseline 2020, post 2022 (to the data's end), small floor and minimum, lags up to 3. */
export const FIXTURE_PARAMS = {
  baseline: { start: '2020-01', end: '2020-12' },
  post: { start: '2022-01', end: null },
  floorUsd: 100,
  minValueUsd: 1000,
  maxLagMonths: 3,
  topN: 100,
};

/** Whether month index t is in the fixture's baseline (2020). */
export const isBaseline = (t: number) => t < 12;
/** Whether month index t is in the fixture's post period (2022). */
export const isPost = (t: number) => t >= 24;

/** A series of a fixture: one reporter's flow to one partner, one product, month by month. */
export interface SeriesSpec {
  reporter: string;
  partner: string;
  flow: 'X' | 'M';
  hs: string;
  /** US$ in month t (0 = Jan 2020); null = no row. */
  value: (t: number) => number | null;
  /** US$ per kg in month t (default 1,000). */
  unitValue?: (t: number) => number;
}

/** The rows of a fixture. */
export function fixtureRows(specs: readonly SeriesSpec[]): ScenarioRow[] {
  return specs.flatMap((spec) =>
    FIXTURE_MONTHS.flatMap((month, t) => {
      const value = spec.value(t);
      if (value === null) return [];
      const { reporter, partner, flow, hs } = spec;
      const kg = value / (spec.unitValue?.(t) ?? 1000);
      return [{ period: `${month}-01`, reporter, partner, flow, hs, value_usd: value, net_kg: kg }];
    }),
  );
}

/** Loads the reference tables and the rows as `trade` into a database. */
export async function loadFixture<T extends SqlRunner>(
  db: T,
  rows: readonly ScenarioRow[],
): Promise<T> {
  await loadReferenceTables(db);
  await loadScenarioRows(db, rows);
  return db;
}

/** Least-squares residuals of y on its index (the trend removed). */
export function detrended(y: readonly number[]): number[] {
  const n = y.length;
  const meanT = (n - 1) / 2;
  const meanY = y.reduce((s, v) => s + v, 0) / n;
  let sxy = 0;
  let sxx = 0;
  y.forEach((v, t) => {
    sxy += (t - meanT) * (v - meanY);
    sxx += (t - meanT) ** 2;
  });
  const slope = sxy / sxx;
  return y.map((v, t) => v - meanY - slope * (t - meanT));
}

/** Pearson correlation of two equally long lists. */
export function pearson(a: readonly number[], b: readonly number[]): number {
  const mean = (x: readonly number[]) => x.reduce((s, v) => s + v, 0) / x.length;
  const [ma, mb] = [mean(a), mean(b)];
  let sab = 0;
  let saa = 0;
  let sbb = 0;
  a.forEach((x, i) => {
    const y = b[i] ?? 0;
    sab += (x - ma) * (y - mb);
    saa += (x - ma) ** 2;
    sbb += (y - mb) ** 2;
  });
  return sab / Math.sqrt(saa * sbb);
}
