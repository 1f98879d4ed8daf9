import { describe, expect, it } from 'vitest';
import {
  benjaminiHochberg,
  calibrate,
  MIN_MATCHED_CONTROLS,
  poolsOf,
  type RouteKind,
  type ScorePools,
} from '../../src/analysis/calibration';

describe('the Benjamini–Hochberg adjustment', () => {
  it('matches the rates worked by hand, skipping the unknown ones', () => {
    // Sorted: 0.01, 0.03, 0.04, 0.5 (m = 4); p·m/k = 0.04, 0.06, 0.0533, 0.5, then the
    // running minimum from the largest down makes 0.06 into 0.0533.
    const adjusted = benjaminiHochberg([0.01, 0.04, 0.03, null, 0.5]);
    expect(adjusted[0]).toBeCloseTo(0.04, 10);
    expect(adjusted[1]).toBeCloseTo(0.16 / 3, 10);
    expect(adjusted[2]).toBeCloseTo(0.16 / 3, 10);
    expect(adjusted[3]).toBeNull();
    expect(adjusted[4]).toBeCloseTo(0.5, 10);
  });
});

describe('calibrating corridors against the routes of unlisted goods', () => {
  const monthly = { frequency: 'monthly', evidence: 'full' } as const;
  const control = (score: number) => ({ ...monthly, chplTier: null, score });
  const listed = (score: number) => ({ ...monthly, chplTier: '1', score });
  const scores = (...values: number[]) =>
    values.map((score) => ({ score, kind: 'monthly.full' as RouteKind }));

  it('gives each the share of controls scoring at least as high, counting itself once', () => {
    const corridors = [listed(0.6), listed(0.2), control(0.5), control(0.2), control(0)];
    const result = calibrate(corridors, poolsOf(corridors));
    // Listed 0.6: no control as high → 1/4. Listed 0.2: controls 0.5 and 0.2 → 3/4.
    expect(result.map((c) => c.falsePositiveRate)).toEqual([0.25, 0.75, 1 / 3, 2 / 3, 1]);
    // Over the two listed: 0.25·2/1 = 0.5 and 0.75·2/2 = 0.75.
    expect(result.map((c) => c.fdr)).toEqual([0.5, 0.75, null, null, null]);
    expect(result.every((c) => c.controls === 3)).toBe(true);
  });

  it('says nothing where the data hold no controls', () => {
    expect(calibrate([listed(0.9)], poolsOf([listed(0.9)]))).toEqual([
      { controls: 0, matched: false, placebo: 0, elsewhere: 0, falsePositiveRate: null, fdr: null },
    ]);
  });

  it('adjusts over every listed route scored, not only those shown, and counts the control runs', () => {
    // Listed 0.8, 0.4, 0.1 (all scored); controls 0.5 (unlisted), 0.3 and 0 (placebo), 0.05
    // (comparison destinations).
    const pools = {
      listed: scores(0.8, 0.4, 0.1),
      unlisted: scores(0.5),
      placebo: scores(0.3, 0),
      elsewhere: scores(0.05),
    };
    const [top] = calibrate([listed(0.8)], pools);
    // Rates: 0.8 → 1/5, 0.4 → 2/5, 0.1 → 3/5; BH over 3: 0.2·3/1 = 0.6, 0.4·3/2 = 0.6,
    // 0.6·3/3 = 0.6.
    expect(top).toMatchObject({ controls: 4, placebo: 2, elsewhere: 1, falsePositiveRate: 0.2 });
    expect(top?.fdr).toBeCloseTo(0.6, 12);
  });

  it('compares a corridor with the controls of its own kind where there are enough of them', () => {
    const kind = { frequency: 'annual', evidence: 'partial' } as const;
    const partial = { ...kind, chplTier: '1', score: 0.3 };
    // Many monthly controls, all below 0.3; annual partial ones, a third of them above.
    const many = (n: number, score: (i: number) => number, k: RouteKind) =>
      Array.from({ length: n }, (_, i) => ({ score: score(i), kind: k }));
    const monthlyControls = many(200, () => 0.1, 'monthly.full');
    const annual = (n: number) => many(n, (i) => (i % 3 === 0 ? 0.5 : 0.2), 'annual.partial');
    const pools = (n: number): ScorePools => ({
      listed: [{ score: 0.3, kind: 'annual.partial' }],
      unlisted: [...monthlyControls, ...annual(n)],
      placebo: [],
      elsewhere: [],
    });
    // Enough of its kind: compared with those alone, 1 + n/3 as high of 1 + n.
    const n = 3 * MIN_MATCHED_CONTROLS;
    const [matched] = calibrate([partial], pools(n));
    expect(matched).toMatchObject({ controls: n, matched: true });
    expect(matched?.falsePositiveRate).toBeCloseTo((1 + n / 3) / (1 + n), 12);
    // Too few of its kind: compared with all the controls.
    const few = MIN_MATCHED_CONTROLS - 2;
    const [pooled] = calibrate([partial], pools(few));
    const high = Math.ceil(few / 3);
    expect(pooled).toMatchObject({ controls: 200 + few, matched: false });
    expect(pooled?.falsePositiveRate).toBeCloseTo((1 + high) / (1 + 200 + few), 12);
    // A monthly corridor among them is compared with the monthly controls only.
    const [month] = calibrate([{ ...partial, ...monthly }], pools(few));
    expect(month).toMatchObject({ controls: 200, matched: true, falsePositiveRate: 1 / 201 });
  });
});
