import { describe, expect, it } from 'vitest';
import {
  buildCorridor,
  rankCorridors,
  signalValues,
  smoothedRatio,
  summariseLeg,
} from '../../src/analysis/corridor';
import { gateOf, scoreSignals, TOTAL_WEIGHT } from '../../src/analysis/score';
import {
  SIGNAL_LIST,
  SIGNAL_NAMES,
  SIGNALS,
  logRamp,
  ramp,
  signalMeaning,
  signalStrength,
  type SignalName,
  type SignalValue,
} from '../../src/analysis/signals';
import { corridorRow, leg } from './rows';

const v = (value: number | null, baseline: number | null = null): SignalValue => ({
  value,
  baseline,
});

describe('signal strengths', () => {
  // Expected strengths worked out by hand from each definition's ramp.
  it.each<[SignalName, SignalValue, number]>([
    ['firstLegSurge', v(1.2), 0], // ordinary growth
    ['firstLegSurge', v(1.5), 0],
    ['firstLegSurge', v(Math.sqrt(1.5 * 20)), 0.5], // geometric midpoint of ×1.5 … ×20
    ['firstLegSurge', v(20), 1],
    ['secondLegSurge', v(300), 1],
    ['secondLegSurge', v(null), 0],
    ['coMovement', v(0.5), 0.5],
    ['coMovement', v(-0.5), 0],
    ['coMovement', v(0.95), 1],
    ['directFall', v(0.55), 0.5],
    ['directFall', v(-1), 0], // the direct flow grew
    ['reexportRatio', v(0.275, 0), 0.5],
    ['reexportRatio', v(2, 0.5), 1], // ratios are capped at 1 before the rise is taken
    ['reexportRatio', v(0.8, 0.8), 0], // a re-exporter all along
    ['mirrorGap', v(0.3), 0.5],
    ['mirrorGap', v(-0.2), 0], // the importer records more than was sent
    ['unitValueJump', v(Math.sqrt(1.1 * 2)), 0.5],
    ['unitValueJump', v(1.05), 0],
    ['concentration', v(0.35, 0.1), 0.5],
  ])('%s %o → %s', (name, signal, strength) => {
    expect(signalStrength(name, signal)).toBeCloseTo(strength, 10);
  });

  it('ramps are flat outside their ends and NaN-safe', () => {
    expect([ramp(-1, 0, 1), ramp(0.25, 0, 1), ramp(2, 0, 1), ramp(NaN, 0, 1)]).toEqual([
      0, 0.25, 1, 0,
    ]);
    expect(logRamp(4, 2, 8)).toBeCloseTo(0.5, 12);
    expect(logRamp(0, 2, 8)).toBe(0);
  });

  it('every signal has a weight (none for the first-leg excess, which only opens the gate) and a meaning in both languages', () => {
    for (const name of SIGNAL_NAMES) {
      if (name === 'firstLegExcess') expect(SIGNALS[name].weight).toBe(0);
      else expect(SIGNALS[name].weight).toBeGreaterThan(0);
      expect(signalMeaning(name, 'en').length).toBeGreaterThan(20);
      expect(signalMeaning(name, 'zh-TW')).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('gives the gate one signal of each part but the first leg, which has two', () => {
    const roles = SIGNAL_LIST.map((s) => `${s.name}:${s.role ?? '-'}`);
    expect(roles.filter((r) => !r.endsWith(':-'))).toEqual([
      'firstLegSurge:first',
      'firstLegExcess:first',
      'secondLegSurge:second',
      'coMovement:together',
    ]);
  });
});

describe('smoothed surges', () => {
  it.each([
    // $0 → $40,000 a month is notable; $10 → $200 a year is not.
    [40_000, 0, 5],
    [200 / 12, 10 / 12, (200 / 12 + 10_000) / (10 / 12 + 10_000)],
    [2e9, 1e9, (2e9 + 1e4) / (1e9 + 1e4)],
  ])('(post %d, baseline %d) with a floor of 10,000', (post, baseline, expected) => {
    expect(smoothedRatio(post, baseline, 10_000)).toBeCloseTo(expected, 12);
  });

  it('nets out a boom of the product everywhere, but not for a flow from nothing', () => {
    const boomed = { othersBaselineMean: 1e6, othersWindowMean: 2e6 };
    const grown = summariseLeg(
      leg('TWN', 'KGZ', { baselineMean: 1e5, postLevel: 3e5, ...boomed }),
      1e4,
    );
    // others ×(2,010,000 / 1,010,000); (300k + 10k) / (100k × that + 10k)
    expect(grown.othersSurge).toBeCloseTo(2.01e6 / 1.01e6, 12);
    expect(grown.relativeSurge).toBeCloseTo(3.1e5 / (1e5 * (2.01e6 / 1.01e6) + 1e4), 12);
    expect(grown.surge).toBeCloseTo(31 / 11, 12);
    const fromNothing = summariseLeg(
      leg('TWN', 'KGZ', { baselineMean: 0, postLevel: 5e4, ...boomed }),
      1e4,
    );
    expect(fromNothing.relativeSurge).toBeCloseTo(6, 12);
    const othersFell = { othersBaselineMean: 2e6, othersWindowMean: 1e6 };
    const fell = summariseLeg(
      leg('TWN', 'KGZ', { baselineMean: 1e5, postLevel: 3e5, ...othersFell }),
      1e4,
    );
    expect(fell.relativeSurge).toBeCloseTo(fell.surge ?? NaN, 12);
  });
});

describe('score', () => {
  const all = (strength: number) =>
    Object.fromEntries(SIGNAL_NAMES.map((n) => [n, strength])) as Record<SignalName, number>;

  it('gate = √(first × second surge strength) × co-movement strength', () => {
    expect(
      gateOf({ ...all(1), firstLegSurge: 1, secondLegSurge: 0.25, coMovement: 0.5 }),
    ).toBeCloseTo(0.25, 12);
    expect(gateOf({ ...all(1), coMovement: 0 })).toBe(0);
  });

  const values = (overrides: Partial<Record<SignalName, SignalValue>>) =>
    ({ ...Object.fromEntries(SIGNAL_NAMES.map((n) => [n, v(null)])), ...overrides }) as Record<
      SignalName,
      SignalValue
    >;
  const strongRest = {
    directFall: v(0.95),
    reexportRatio: v(0.9, 0),
    mirrorGap: v(0.5),
    unitValueJump: v(2),
    concentration: v(0.9, 0),
  };

  it.each<[string, Partial<Record<SignalName, SignalValue>>, number]>([
    [
      'a genuine two-leg surge, moving together',
      { firstLegSurge: v(40), secondLegSurge: v(35), coMovement: v(0.9) },
      6 / TOTAL_WEIGHT,
    ],
    [
      'the same with every other signal strong',
      { firstLegSurge: v(40), secondLegSurge: v(35), coMovement: v(0.9), ...strongRest },
      1,
    ],
    [
      'plain growth on the first leg',
      { firstLegSurge: v(1.3), secondLegSurge: v(35), coMovement: v(0.9), ...strongRest },
      0,
    ],
    [
      'an onward surge not from the origin',
      { firstLegSurge: v(1.1), secondLegSurge: v(8), coMovement: v(0.9), ...strongRest },
      0,
    ],
    [
      'two surges that do not move together',
      { firstLegSurge: v(40), secondLegSurge: v(35), coMovement: v(0.1), ...strongRest },
      0,
    ],
  ])('%s → %s', (_, signals, expected) => {
    const scored = scoreSignals(values(signals));
    expect(scored.score).toBeCloseTo(expected, 12);
    const sum = SIGNAL_NAMES.reduce((s, n) => s + scored.signals[n].contribution, 0);
    expect(sum).toBeCloseTo(scored.score, 12);
  });
});

describe('signal values from aggregates', () => {
  it('reads each signal from its aggregates', () => {
    const row = corridorRow({
      first: leg('TWN', 'KGZ', { baselineMean: 0, postLevel: 390_000 }),
      direct: leg('TWN', 'RUS', { baselineMean: 90_000, postMean: 0 }),
      unitValuePost: 1500,
      unitValueBaseline: 1200,
      unitValueOthers: 1000,
      reexportPost: 0.4,
      reexportBaseline: 0.01,
    });
    const values = signalValues(row, 10_000);
    expect(values.firstLegSurge.value).toBeCloseTo(40, 12); // (390k + 10k) / 10k
    expect(values.directFall.value).toBeCloseTo(0.9, 12); // 1 − 10k / 100k
    expect(values.unitValueJump.value).toBeCloseTo(1.5, 12); // the higher of 1.25 and 1.5
    expect(values.reexportRatio).toEqual({ value: 0.4, baseline: 0.01 });
  });

  it('leaves unit values out above HS-6, where they measure the product mix', () => {
    const row = corridorRow({
      level: '4',
      product: '8542',
      unitValuePost: 3000,
      unitValueOthers: 1000,
    });
    expect(signalValues(row, 10_000).unitValueJump.value).toBeNull();
  });
});

describe('ranking', () => {
  it('sorts by score, then by the smaller leg, then by key, and numbers from 1', () => {
    const make = (via: string, secondTotal: number, coMovement: number) =>
      buildCorridor(
        corridorRow({
          via,
          first: leg('TWN', via, { baselineMean: 0, postLevel: 5e5, postTotal: 5e6 }),
          second: leg(via, 'RUS', { baselineMean: 0, postLevel: 5e5, postTotal: secondTotal }),
          coMovement,
        }),
        { floorUsd: 10_000 },
      );
    const ranked = rankCorridors(
      [make('ARM', 1e6, 0.5), make('KAZ', 1e6, 0.9), make('KGZ', 2e6, 0.5), make('GEO', 1e6, 0.5)],
      3,
    );
    expect(ranked.map((c) => [c.via, c.rank])).toEqual([
      ['KAZ', 1],
      ['KGZ', 2],
      ['ARM', 3],
    ]);
  });
});
