import { describe, expect, it } from 'vitest';
import { confidenceOf, legTiming } from '../../src/analysis/confidence';
import {
  buildCorridor,
  withoutCoarserDuplicates,
  type Corridor,
} from '../../src/analysis/corridor';
import { countRoutes, routeCountsLine } from '../../src/analysis/routes';
import { corridorRow, leg } from './rows';

const FLOOR = 10_000;

describe('the pre-trend test', () => {
  it.each([
    // early (2019–20), late (2021), post level → rose before?, rose again after?
    ['flat, then a surge after the cut-off', 10_000, 10_000, 200_000, false, false],
    ['a rise in 2021 that went no further', 10_000, 190_000, 200_000, true, true],
    ['a rise in 2021, and a larger one after', 10_000, 90_000, 600_000, true, false],
    // (130,000 − 10,000) / (220,000 − 10,000) = 57 % of the rise was there by late 2021
    ['a rise in 2021 that grew by half again', 10_000, 130_000, 220_000, true, true],
    ['unknown before 2021', null, 10_000, 200_000, false, false],
  ] as const)('%s', (_, earlyMean, lateMean, postLevel, pretrend, pretrendOnly) => {
    const legs = [leg('TWN', 'KGZ', { earlyMean, lateMean, postLevel }), leg('KGZ', 'RUS')];
    expect(confidenceOf(legs, 'full', FLOOR)).toMatchObject({ pretrend, pretrendOnly });
  });

  it('measures each side of the cut-off with the floor: (late + F) / (early + F), (post + F) / (late + F)', () => {
    const timing = legTiming(
      leg('A', 'B', { earlyMean: 0, lateMean: 30_000, postLevel: 70_000 }),
      FLOOR,
    );
    expect(timing).toEqual({ before: 4, after: 2, share: 30_000 / 70_000 });
  });

  it('lists a corridor whose rise was mostly there before the cut-off without a score, and says why', () => {
    const mostlyBefore = {
      baselineMean: 40_000,
      earlyMean: 10_000,
      lateMean: 130_000,
      postLevel: 400_000,
    };
    const row = corridorRow({
      first: leg('TWN', 'KGZ', { ...mostlyBefore, postLevel: 220_000 }),
      second: leg('KGZ', 'RUS', { baselineMean: 0, earlyMean: 0, lateMean: 0, postLevel: 400_000 }),
      coMovement: 0.9,
    });
    const corridor = buildCorridor(row, { floorUsd: FLOOR });
    expect(corridor.gate).toBeGreaterThan(0);
    expect(corridor.score).toBe(0);
    expect(corridor.confidence).toMatchObject({
      pretrendOnly: true,
      shareBefore: 120_000 / 210_000,
    });
    expect(corridor.explanation.en).toContain('57% of it had happened by the end of the baseline');
    expect(corridor.explanation['zh-TW']).toContain('基準期結束時已完成57%');
  });

  it('scales the score, and every contribution with it, by the confidence', () => {
    const surging = { baselineMean: 0, postLevel: 400_000, earlyMean: 0, lateMean: 0 };
    const row = corridorRow({
      first: leg('TWN', 'KGZ', surging),
      second: leg('KGZ', 'RUS', surging),
      coMovement: 0.9,
    });
    const full = buildCorridor(row, { floorUsd: FLOOR });
    const partial = buildCorridor({ ...row, evidence: 'partial' }, { floorUsd: FLOOR });
    expect(full.score).toBeGreaterThan(0);
    expect(partial.score).toBeCloseTo(full.score * 0.6, 10);
    const sum = Object.values(partial.signals).reduce((s, r) => s + r.contribution, 0);
    expect(sum).toBeCloseTo(partial.score, 10);
  });
});

describe('one story at one level', () => {
  const corridor = (
    via: string,
    product: string,
    level: Corridor['level'],
    score: number,
    chplTier = '1',
  ) => ({ origin: 'TWN', via, destination: 'RUS', product, level, score, chplTier }) as Corridor;

  it.each([
    [
      'a heading whose subheading on the same route is flagged',
      [corridor('KGZ', '854231', '6', 0.5), corridor('KGZ', '8542', '4', 0.6)],
      ['854231'],
    ],
    [
      'a tier whose code on the same route is flagged',
      [corridor('KGZ', '854231', '6', 0.5), corridor('KGZ', 'CHPL-1', 'tier', 0.7)],
      ['854231'],
    ],
    [
      'a heading found only as a heading (re-classified goods)',
      [corridor('KGZ', '854231', '6', 0), corridor('KGZ', '8542', '4', 0.4)],
      ['854231', '8542'],
    ],
    [
      'a heading flagged on another route',
      [corridor('ARM', '854231', '6', 0.5), corridor('KGZ', '8542', '4', 0.4)],
      ['854231', '8542'],
    ],
    [
      'a tier of other goods',
      [corridor('KGZ', '854231', '6', 0.5), corridor('KGZ', 'CHPL-2', 'tier', 0.4, '2')],
      ['854231', 'CHPL-2'],
    ],
  ] as const)('keeps the coarser corridor or not: %s', (_, corridors, kept) => {
    expect(withoutCoarserDuplicates(corridors).map((c) => c.product)).toEqual(kept);
  });
});

describe('route counts', () => {
  it('counts routes by status and reasons commonest first, in one line', () => {
    const counts = countRoutes([
      { status: 'full', reason: null },
      { status: 'partial', reason: null },
      { status: 'no_signal', reason: null },
      { status: 'unscored', reason: 'no_onward_leg' },
      { status: 'unscored', reason: 'first_no_baseline' },
      { status: 'unscored', reason: 'no_onward_leg' },
    ]);
    expect(counts).toEqual({
      considered: 6,
      full: 1,
      partial: 1,
      noSignal: 1,
      unscored: 3,
      reasons: [
        { reason: 'no_onward_leg', count: 2 },
        { reason: 'first_no_baseline', count: 1 },
      ],
    });
    expect(routeCountsLine(counts)).toBe(
      'Routes considered: 6: 1 scored fully, 1 partially, 1 with nothing standing out, 3 not at all (commonest reasons: no onward leg 2, first no baseline 1)',
    );
  });
});
