import { describe, expect, it } from 'vitest';
import type { PartnerMonths } from '../../src/data/partner-months';
import { monthTotals, windowFlows, windowSteps } from '../../src/map/month-window';

const MONTHS = ['2022-01-01', '2022-02-01', '2022-03-01', '2022-04-01'];
const TIERS = ['1', '4.B'];

/**
 * Three partners over four months, two tiers each: values[partner][month] = [tier 1, tier 4.B].
 * KGZ buys ICs only from March; ARM buys only in January; RUS buys machine tools mostly.
 */
const TABLE: Record<string, [number, number][]> = {
  ARM: [
    [40, 0],
    [0, 0],
    [0, 0],
    [0, 0],
  ],
  KGZ: [
    [0, 0],
    [0, 0],
    [100, 10],
    [200, 0],
  ],
  RUS: [
    [10, 20],
    [5, 30],
    [0, 40],
    [0, 50],
  ],
};

function fixture(): PartnerMonths {
  const partners = Object.keys(TABLE);
  const values = Float64Array.from(
    partners.flatMap((code) => (TABLE[code] ?? []).flatMap((tiers) => tiers)),
  );
  return {
    origin: 'TWN',
    months: MONTHS,
    step: 'month',
    partners,
    nameEn: ['Armenia', 'Kyrgyzstan', 'Russia'],
    nameZh: ['亞美尼亞', '吉爾吉斯', '俄羅斯'],
    partnerPosition: Float64Array.of(45, 40, 74, 41, 37, 55),
    originPosition: Float64Array.of(121, 23.7),
    tiers: TIERS,
    values,
  };
}

describe('windowFlows', () => {
  const pm = fixture();

  it('sums the window ending at a month, largest partner first, with anchors and names', () => {
    const flows = windowFlows(pm, 3, 3);
    expect(flows.partner).toEqual(['KGZ', 'RUS']);
    expect([...flows.valueUsd]).toEqual([310, 125]);
    expect(flows.nameEn).toEqual(['Kyrgyzstan', 'Russia']);
    expect([...flows.partnerPosition]).toEqual([74, 41, 37, 55]);
    expect([...flows.originPosition]).toEqual([121, 23.7]);
    expect(flows.count).toBe(2);
    expect([flows.firstPeriod, flows.lastPeriod]).toEqual(['2022-02-01', '2022-04-01']);
  });

  it('clamps a window that would start before the first month', () => {
    const flows = windowFlows(pm, 1, 12);
    expect([flows.firstPeriod, flows.lastPeriod]).toEqual(['2022-01-01', '2022-02-01']);
    expect(flows.partner).toEqual(['RUS', 'ARM']);
    expect([...flows.valueUsd]).toEqual([65, 40]);
  });

  it('leaves out partners with nothing in the window', () => {
    expect(windowFlows(pm, 0, 1).partner).toEqual(['ARM', 'RUS']);
    expect(windowFlows(pm, 3, 1).partner).toEqual(['KGZ', 'RUS']);
  });

  it("gives each partner's largest tier in the window", () => {
    expect(windowFlows(pm, 3, 12).mainTier).toEqual(['1', '4.B', '1']); // KGZ, RUS, ARM
    // In January alone, Russia bought more machine tools (20) than ICs (10).
    expect(windowFlows(pm, 0, 1).mainTier).toEqual(['1', '4.B']);
    // Kyrgyzstan's March: ICs 100, machine tools 10.
    expect(windowFlows(pm, 2, 1).mainTier).toEqual(['1', '4.B']);
  });

  it('breaks a tie in value by partner code, as the SQL does', () => {
    const tied = fixture();
    tied.values = new Float64Array(tied.values.length);
    tied.values[0] = 7; // ARM, January, tier 1
    tied.values[2 * 4 * 2] = 7; // RUS, January, tier 1
    expect(windowFlows(tied, 0, 1).partner).toEqual(['ARM', 'RUS']);
  });

  it('steps a year at a time on an annual timeline, whatever the window in months', () => {
    const annual = { ...fixture(), step: 'year' as const };
    annual.months = ['2019-01-01', '2020-01-01', '2021-01-01', '2022-01-01'];
    const flows = windowFlows(annual, 3, 12);
    expect([flows.firstPeriod, flows.lastPeriod]).toEqual(['2022-01-01', '2022-01-01']);
    expect([...flows.valueUsd]).toEqual([200, 50]);
    expect(windowSteps('year', 3)).toBe(1);
    expect(windowSteps('year', 24)).toBe(2);
    expect(windowSteps('month', 3)).toBe(3);
  });
});

describe('monthTotals', () => {
  it('adds every partner and tier month by month', () => {
    expect([...monthTotals(fixture())]).toEqual([70, 35, 150, 250]);
  });

  it('is empty for an empty timeline', () => {
    const empty = { ...fixture(), months: [], partners: [], values: new Float64Array(0) };
    expect(monthTotals(empty)).toHaveLength(0);
    expect(windowFlows(empty, 0, 12)).toMatchObject({ count: 0, firstPeriod: '', lastPeriod: '' });
  });
});
