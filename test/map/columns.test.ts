import type { Layer } from '@deck.gl/core';
import { describe, expect, it } from 'vitest';
import type { PartnerFlows } from '../../src/data/partner-flows';
import { checkColumns, columns, layerColumns, type Columns } from '../../src/map/columns';
import {
  buildFlowLayers,
  checkFlowColumns,
  computeArcColumns,
  type FlowLayerInput,
} from '../../src/map/flow-layers';
import { MAP_PALETTES } from '../../src/map/theme';

const TAIWAN = Float64Array.of(121, 23.7);

/** Three partners' flows from Taiwan: Kyrgyzstan, Russia and the United States. */
function flows(change: Partial<PartnerFlows> = {}): PartnerFlows {
  return {
    count: 3,
    partner: ['KGZ', 'RUS', 'USA'],
    nameEn: ['KGZ', 'RUS', 'USA'],
    nameZh: ['KGZ', 'RUS', 'USA'],
    valueUsd: Float64Array.of(400, 100, 25),
    originPosition: TAIWAN,
    partnerPosition: Float64Array.of(74.6, 41.5, 37.6, 55.8, -95, 38.5),
    firstPeriod: '2024-01-01',
    lastPeriod: '2024-12-01',
    ...change,
  };
}

const input = (data: PartnerFlows): FlowLayerInput => ({
  flows: data,
  emphasised: new Set(),
  colorOf: () => [200, 100, 50, 255],
  dimmed: () => false,
  palette: MAP_PALETTES.dark,
  labelOf: (i) => data.partner[i] ?? '',
  originLabel: 'Taiwan',
  zoom: 2,
});

describe('checkColumns', () => {
  it('accepts columns of length × size values, and no items at all', () => {
    const good = {
      length: 3,
      attributes: {
        getSourcePosition: { value: new Float64Array(6), size: 2 },
        getSourceColor: { value: new Uint8Array(12), size: 4 },
        getWidth: { value: new Float32Array(3), size: 1 },
      },
    };
    expect(() => checkColumns(good)).not.toThrow();
    expect(() =>
      checkColumns({
        length: 0,
        attributes: { getWidth: { value: new Float32Array(0), size: 1 } },
      }),
    ).not.toThrow();
  });

  it("catches the origin's one pair given as every arc's source (regression: flows from 0°, 0°)", () => {
    // deck.gl would read arcs 2 and 3 past the end of the array, as 0°, 0°.
    const oneOrigin = {
      length: 3,
      attributes: {
        getSourcePosition: { value: TAIWAN, size: 2 },
        getTargetPosition: { value: new Float64Array(6), size: 2 },
      },
    };
    expect(() => checkColumns(oneOrigin)).toThrow(
      'Column "getSourcePosition" holds 2 values, but 3 items × 2 need 6',
    );
  });

  it('names a column of too many values, or of a size that is not a count', () => {
    const long = { length: 2, attributes: { getWidth: { value: new Float32Array(3), size: 1 } } };
    expect(() => checkColumns(long)).toThrow(/"getWidth" holds 3 values/);
    const bad = { length: 2, attributes: { getPosition: { value: new Float64Array(4), size: 0 } } };
    expect(() => checkColumns(bad)).toThrow(/"getPosition": size 0/);
  });

  it('names a column with no values', () => {
    const missing = { length: 1, attributes: { target: undefined } } as unknown as Columns;
    expect(() => checkColumns(missing)).toThrow('Column "target" has no values');
  });
});

describe('columns and layerColumns', () => {
  it('check while developing, as the tests run', () => {
    expect(import.meta.env.DEV).toBe(true);
    expect(() => columns(3, { getSourcePosition: { value: TAIWAN, size: 2 } })).toThrow(
      /"getSourcePosition"/,
    );
  });

  it("hand a layer the columns under its accessors' names, sharing the arrays", () => {
    const target = new Float64Array(6);
    const color = new Uint8Array(12);
    const from = columns(3, {
      target: { value: target, size: 2 },
      targetColor: { value: color, size: 4 },
    });
    const data = layerColumns(from, { getPosition: 'target', getFillColor: 'targetColor' });
    expect(data.length).toBe(3);
    expect(data.attributes.getPosition).toEqual({ value: target, size: 2 });
    expect(data.attributes.getPosition.value).toBe(target);
    expect(data.attributes.getFillColor.value).toBe(color);
  });
});

describe('the flows against the contract', () => {
  it('accept well-formed flows', () => {
    expect(() => checkFlowColumns(flows())).not.toThrow();
  });

  it('catch a partner position missing, naming the column', () => {
    const short = flows({ partnerPosition: Float64Array.of(74.6, 41.5, 37.6, 55.8) });
    expect(() => computeArcColumns(input(short))).toThrow(/"partnerPosition" holds 4 values/);
  });

  it('catch an origin given once per flow where ONE pair is shared', () => {
    const repeated = flows({ originPosition: Float64Array.of(121, 23.7, 121, 23.7, 121, 23.7) });
    expect(() => computeArcColumns(input(repeated))).toThrow(/"originPosition" holds 6 values/);
  });

  it('give every layer drawn from columns exactly one entry per flow', () => {
    const { flows: arcs, points } = buildFlowLayers(input(flows()));
    const binary = [...arcs, points].map((layer: Layer) => layer.props.data as Columns);
    expect(binary).toHaveLength(3);
    for (const data of binary) {
      expect(data.length).toBe(3);
      expect(() => checkColumns(data)).not.toThrow();
    }
  });
});
