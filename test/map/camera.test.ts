import { readFileSync } from 'node:fs';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { DETAIL_ZOOM } from '../../src/map/basemap-style';
import {
  CAMERA_PRESET_NAMES,
  CAMERA_PRESETS,
  flyToPreset,
  INITIAL_CAMERA,
  type CameraPreset,
} from '../../src/map/camera';

/**
 * The part of the map left visible on a 1280 × 800 screen: the side panel covers the right
 * 440 px, the header and status bar take ~110 px of the height and a timeline may take ~70 more.
 * Points must fall 24 px inside it, and 56 px below its top, where the toolbar floats.
 */
const VISIBLE = { width: 1280 - INITIAL_CAMERA.padding.right, height: 620 };
const MARGIN = { side: 24, top: 56 };

/** Where the flows end: each country's point in data/reference/countries.csv. */
const POINTS = (() => {
  const [header = [], ...rows] = readFileSync('data/reference/countries.csv', 'utf8')
    .trim()
    .split('\n')
    .map((line) => line.split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/));
  const [lon, lat] = [header.indexOf('lon'), header.indexOf('lat')];
  return new Map(
    rows.map((f) => [f[0] ?? '', [Number(f[lon]), Number(f[lat])] as [number, number]]),
  );
})();

/** Places that matter beyond the countries' points. */
const PLACES: Record<string, [number, number]> = {
  Moscow: [37.62, 55.76],
  Lisbon: [-9.14, 38.72],
  Alaska: [-150, 61],
  Chukotka: [177, 65],
  'Cape Horn': [-67.3, -55.9],
  Hokkaido: [143.2, 43.1],
  'Kazakhstan, east': [87.3, 49.2],
  Astana: [71.43, 51.13],
};

/** What each preset promises to show. */
const REGIONS: Record<CameraPreset, string[]> = {
  world: [
    'TWN',
    'RUS',
    'USA',
    'BRA',
    'ZAF',
    'AUS',
    'NZL',
    'GBR',
    'JPN',
    'Alaska',
    'Chukotka',
    'Cape Horn',
  ],
  eurasia: [
    'Lisbon',
    'GBR',
    'NOR',
    'FIN',
    'TUR',
    'ARE',
    'RUS',
    'KAZ',
    'UZB',
    'KGZ',
    'CHN',
    'KOR',
    'JPN',
    'Hokkaido',
    'TWN',
    'HKG',
  ],
  'central-asia': [
    'ARM',
    'GEO',
    'AZE',
    'KAZ',
    'KGZ',
    'UZB',
    'TJK',
    'TKM',
    'Moscow',
    'Astana',
    'Kazakhstan, east',
  ],
  'east-asia': [
    'TWN',
    'CHN',
    'HKG',
    'MAC',
    'KOR',
    'JPN',
    'Hokkaido',
    'VNM',
    'THA',
    'PHL',
    'MYS',
    'SGP',
    'IDN',
  ],
};

/** Web Mercator position of a point in the visible part of the map, for a camera. */
function project([lon, lat]: [number, number], preset: CameraPreset): [number, number] {
  const { center, zoom } = CAMERA_PRESETS[preset];
  const worldSize = 512 * 2 ** zoom;
  const x = (l: number) => ((l + 180) / 360) * worldSize;
  const y = (p: number) =>
    ((1 - Math.log(Math.tan(Math.PI / 4 + (p * Math.PI) / 360)) / Math.PI) / 2) * worldSize;
  return [x(lon) - x(center[0]) + VISIBLE.width / 2, y(lat) - y(center[1]) + VISIBLE.height / 2];
}

describe('the camera presets', () => {
  it.each(CAMERA_PRESET_NAMES)('%s shows every place of its region beside the panel', (preset) => {
    for (const name of REGIONS[preset]) {
      const point = PLACES[name] ?? POINTS.get(name);
      expect(point, name).toBeDefined();
      const [x, y] = project(point as [number, number], preset);
      expect(x, `${name} x`).toBeGreaterThanOrEqual(MARGIN.side);
      expect(x, `${name} x`).toBeLessThanOrEqual(VISIBLE.width - MARGIN.side);
      expect(y, `${name} y`).toBeGreaterThanOrEqual(MARGIN.top);
      expect(y, `${name} y`).toBeLessThanOrEqual(VISIBLE.height - MARGIN.side);
    }
  });

  it('fills the view: each region spans at least half its width or height', () => {
    for (const preset of CAMERA_PRESET_NAMES) {
      const points = REGIONS[preset].map((n) =>
        project(PLACES[n] ?? POINTS.get(n) ?? [0, 0], preset),
      );
      const span = (k: 0 | 1) =>
        Math.max(...points.map((p) => p[k])) - Math.min(...points.map((p) => p[k]));
      const fill = Math.max(span(0) / VISIBLE.width, span(1) / VISIBLE.height);
      expect(fill, preset).toBeGreaterThan(0.5);
    }
  });

  it('zoom in from the world to Eurasia to Central Asia, which shows the detailed borders', () => {
    const zoom = (p: CameraPreset) => CAMERA_PRESETS[p].zoom;
    expect(zoom('world')).toBeLessThan(zoom('eurasia'));
    expect(zoom('eurasia')).toBeLessThan(zoom('central-asia'));
    expect(zoom('eurasia')).toBeLessThan(zoom('east-asia'));
    expect(zoom('central-asia')).toBeGreaterThanOrEqual(DETAIL_ZOOM);
    expect(zoom('world')).toBeLessThan(DETAIL_ZOOM);
  });

  it('leave the opening camera as it was', () => {
    expect(INITIAL_CAMERA).toEqual({
      center: [78, 38],
      zoom: 1.7,
      padding: { top: 0, bottom: 0, left: 0, right: 440 },
    });
  });
});

describe('flyToPreset', () => {
  /** A map of `width` × 620 px whose right 440 px the side panel covers. */
  const recorder = (width = 1280) => {
    const calls: { method: string; options: Record<string, unknown> }[] = [];
    const map = {
      flyTo: (options: Record<string, unknown>) => calls.push({ method: 'flyTo', options }),
      jumpTo: (options: Record<string, unknown>) => calls.push({ method: 'jumpTo', options }),
      getContainer: () => ({ clientWidth: width, clientHeight: 620 }),
      getPadding: () => ({ top: 0, bottom: 0, left: 0, right: 440 }),
    };
    return { map: map as unknown as MaplibreMap, calls };
  };

  it('flies there in under two seconds, north up', () => {
    const { map, calls } = recorder();
    flyToPreset(map, 'central-asia', false);
    expect(calls).toHaveLength(1);
    const [{ method, options } = { method: '', options: {} }] = calls;
    expect(method).toBe('flyTo');
    expect(options).toMatchObject({ ...CAMERA_PRESETS['central-asia'], bearing: 0, pitch: 0 });
    expect(options.duration).toBeGreaterThanOrEqual(1500);
    expect(options.duration).toBeLessThanOrEqual(2000);
    expect(options.essential).toBe(false);
  });

  it('jumps there when motion is reduced', () => {
    const { map, calls } = recorder();
    flyToPreset(map, 'east-asia', true);
    expect(calls.map((c) => c.method)).toEqual(['jumpTo']);
    expect(calls[0]?.options).toMatchObject(CAMERA_PRESETS['east-asia']);
  });

  it('zooms out on a narrower map, by the ratio of the widths left visible', () => {
    // 1280 - 440 = 840 px visible as framed; 860 - 440 = 420 px is half as wide: one zoom less.
    const { map, calls } = recorder(860);
    flyToPreset(map, 'east-asia', true);
    expect(calls[0]?.options.zoom).toBeCloseTo(CAMERA_PRESETS['east-asia'].zoom - 1, 6);
    expect(calls[0]?.options.center).toEqual(CAMERA_PRESETS['east-asia'].center);
  });
});
