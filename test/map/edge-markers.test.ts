import { describe, expect, it } from 'vitest';
import {
  arcPoint,
  edgeFlows,
  edgeMarkers,
  toScreen,
  type ScreenCamera,
} from '../../src/map/edge-markers';

/** A 1000 × 600 map at zoom 2 centred on 70° E, 35° N, its right 300 px under a panel. */
const CAMERA: ScreenCamera = {
  center: [70, 35],
  zoom: 2,
  padding: { top: 0, right: 300, bottom: 0, left: 0 },
  width: 1000,
  height: 600,
};
const TAIWAN: [number, number] = [120.8, 23.5];
const ARC = { height: 0.25, tilt: 1 } as const;

describe('projecting places to the screen', () => {
  it('puts the centre in the middle of the part the panel leaves free', () => {
    expect(toScreen(CAMERA, [70, 35])).toEqual([350, 300]);
  });

  it('moves 2048 / 360 px per degree of longitude at zoom 2', () => {
    const [x] = toScreen(CAMERA, [79, 35]);
    expect(x - 350).toBeCloseTo((9 * 2048) / 360, 6);
  });
});

describe('the arcs as drawn', () => {
  it('start and end at their ends and bow sideways by half the height times the length', () => {
    expect(arcPoint([0, 0], [100, 0], 0, 0.25, 1)).toEqual([0, 0]);
    expect(arcPoint([0, 0], [100, 0], 1, 0.25, 1)).toEqual([100, 0]);
    // Eastward, a positive tilt bows north (up the screen): sqrt(0.25) × 100 × 0.25 = 12.5 px.
    expect(arcPoint([0, 0], [100, 0], 0.5, 0.25, 1)).toEqual([50, -12.5]);
    expect(arcPoint([0, 0], [100, 0], 0.5, 0.25, -1)).toEqual([50, 12.5]);
  });
});

describe('the edge markers', () => {
  const flow = (partner: string, position: [number, number], valueUsd: number) => ({
    partner,
    name: partner,
    position,
    valueUsd,
  });

  it('mark no flow that ends in view', () => {
    expect(edgeMarkers(TAIWAN, [flow('KGZ', [74.6, 41.2], 5)], CAMERA, ARC)).toEqual([]);
  });

  it('mark where a flow to the Americas leaves the free part, going east across the Pacific', () => {
    const [marker] = edgeMarkers(TAIWAN, [flow('USA', [-95, 38.5], 7)], CAMERA, ARC);
    expect(marker?.partners).toEqual(['USA']);
    // On the panel's edge (700 px less the 6 px inset), heading east.
    expect(marker?.x).toBeGreaterThan(690);
    expect(marker?.x).toBeLessThanOrEqual(694);
    expect(Math.abs(marker?.angle ?? 180)).toBeLessThan(90);
  });

  it('merge flows that leave the frame together, summing their values', () => {
    const markers = edgeMarkers(
      TAIWAN,
      [flow('USA', [-95, 38.5], 7), flow('CAN', [-100, 45], 3), flow('MEX', [-102, 23.6], 2)],
      CAMERA,
      ARC,
    );
    const all = markers.flatMap((m) => m.partners).sort();
    expect(all).toEqual(['CAN', 'MEX', 'USA']);
    expect(markers.reduce((sum, m) => sum + m.valueUsd, 0)).toBe(12);
    expect(markers.length).toBeLessThan(3);
  });

  it('mark nothing when the origin itself is off the free part', () => {
    const away = { ...CAMERA, center: [0, 0] as [number, number] };
    expect(edgeMarkers(TAIWAN, [flow('USA', [-95, 38.5], 7)], away, ARC)).toEqual([]);
  });
});

describe('the flows worth a marker', () => {
  const flows = {
    count: 3,
    partner: ['USA', 'CAN', 'MEX'],
    nameEn: ['United States', 'Canada', 'Mexico'],
    nameZh: ['美國', '加拿大', '墨西哥'],
    valueUsd: Float64Array.of(1000, 5, 50),
    originPosition: Float64Array.of(120.8, 23.5),
    partnerPosition: Float64Array.of(-95, 38.5, -100, 45, -102, 23.6),
    firstPeriod: '2024-01-01',
    lastPeriod: '2024-12-01',
    mainTier: ['1', '1', '1'],
  };

  it('are those of at least a hundredth of the largest (1,000: 50 is, 5 is not)', () => {
    expect(edgeFlows(flows, flows.nameEn, null).map((f) => f.partner)).toEqual(['USA', 'MEX']);
  });

  it("are the chosen partner's alone when the view is narrowed to one", () => {
    const [only, ...rest] = edgeFlows(flows, flows.nameZh, 'MEX');
    expect(rest).toEqual([]);
    expect(only).toEqual({ partner: 'MEX', name: '墨西哥', position: [-102, 23.6], valueUsd: 50 });
  });
});
