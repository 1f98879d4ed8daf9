import { describe, expect, it } from 'vitest';
import type { PartnerFlows } from '../../src/data/partner-flows';
import type { ScreenCamera } from '../../src/map/edge-markers';
import { buildFlowLayers, computeArcColumns, type FlowLayerInput } from '../../src/map/flow-layers';
import { MAP_PALETTES } from '../../src/map/theme';

const TAIWAN = [121, 23.7] as const;
/** Kyrgyzstan, Russia (Moscow) and the USA (Kansas): the last lies across the antimeridian. */
const PARTNERS = [
  ['KGZ', 74.6, 41.5],
  ['RUS', 37.6, 55.8],
  ['USA', -95, 38.5],
] as const;

function input(): FlowLayerInput {
  const flows: PartnerFlows = {
    count: PARTNERS.length,
    partner: PARTNERS.map(([code]) => code),
    nameEn: PARTNERS.map(([code]) => code),
    nameZh: PARTNERS.map(([code]) => code),
    valueUsd: Float64Array.of(400, 100, 25),
    originPosition: Float64Array.from(TAIWAN),
    partnerPosition: Float64Array.from(PARTNERS.flatMap(([, lon, lat]) => [lon, lat])),
    firstPeriod: '2024-01-01',
    lastPeriod: '2024-12-01',
  };
  return {
    flows,
    emphasised: new Set(),
    colorOf: () => [200, 100, 50, 255],
    dimmed: () => false,
    palette: MAP_PALETTES.dark,
    labelOf: (i) => flows.partner[i] ?? '',
    originLabel: 'Taiwan',
    zoom: 2,
  };
}

describe('computeArcColumns', () => {
  const arcs = () => computeArcColumns(input()).attributes;

  it('starts every arc at the origin, not only the first (regression: flows from 0°, 0°)', () => {
    const { source } = arcs();
    expect(source.size).toBe(2);
    expect(source.value).toHaveLength(2 * PARTNERS.length);
    for (let i = 0; i < PARTNERS.length; i += 1)
      expect([source.value[2 * i], source.value[2 * i + 1]]).toEqual([...TAIWAN]);
  });

  it('ends each arc at its partner, taking the short way across the antimeridian', () => {
    const { target } = arcs();
    expect(target.value).toHaveLength(2 * PARTNERS.length);
    expect([...target.value]).toEqual([74.6, 41.5, 37.6, 55.8, -95 + 360, 38.5]);
  });

  it('gives every arc a width, colours and particles that grow with its value', () => {
    const { width, particles, sourceColor, targetColor } = arcs();
    expect(width.value).toHaveLength(PARTNERS.length);
    expect(width.value[0]).toBeGreaterThan(width.value[1] ?? Infinity);
    expect(width.value[1]).toBeGreaterThan(width.value[2] ?? Infinity);
    expect(particles.value[0]).toBeGreaterThanOrEqual(particles.value[2] ?? Infinity);
    expect(sourceColor.value).toHaveLength(4 * PARTNERS.length);
    expect(targetColor.value).toHaveLength(4 * PARTNERS.length);
  });
});

describe('the labels', () => {
  const sizes = (labelScale?: number) => {
    const { labels } = buildFlowLayers({ ...input(), labelScale });
    return (labels.props.data as { text: string; size: number }[]).map((l) => [l.text, l.size]);
  };

  it('name the origin larger than its partners', () => {
    expect(sizes()).toContainEqual(['Taiwan', 18]);
    expect(sizes()).toContainEqual(['KGZ', 14]);
  });

  it('grow by the scale a wall screen asks for', () => {
    expect(sizes(1.5)).toContainEqual(['Taiwan', 27]);
    expect(sizes(1.5)).toContainEqual(['KGZ', 21]);
  });

  it('leave out the partners outside the part of the map the panels leave free', () => {
    const texts = (frame: ScreenCamera | null) =>
      (buildFlowLayers({ ...input(), frame }).labels.props.data as { text: string }[]).map(
        (l) => l.text,
      );
    expect(texts(null)).toEqual(expect.arrayContaining(['Taiwan', 'KGZ', 'RUS', 'USA']));
    // A 1440 × 900 map centred on 120° E at zoom 2 (a world of 2,048 px): Moscow lies 469 px
    // west of the centre (x ≈ 251), Bishkek 258 px west (x ≈ 462); Kansas, 145° east across
    // the antimeridian, 825 px east (x ≈ 1,545), past the right edge.
    const frame: ScreenCamera = {
      center: [120, 40],
      zoom: 2,
      padding: { top: 0, right: 0, bottom: 0, left: 0 },
      width: 1440,
      height: 900,
    };
    expect(texts(frame)).toEqual(expect.arrayContaining(['Taiwan', 'KGZ', 'RUS']));
    expect(texts(frame)).not.toContain('USA');
    // A panel over the left 600 px: the free part's centre moves to x = 1,020, Moscow to
    // x ≈ 551, under the panel, and Bishkek to x ≈ 762, still free.
    const covered = { ...frame, padding: { ...frame.padding, left: 600 } };
    expect(texts(covered)).toContain('KGZ');
    expect(texts(covered)).not.toContain('RUS');
  });
});
