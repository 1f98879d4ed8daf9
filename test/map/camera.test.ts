import { readFileSync } from 'node:fs';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { describe, expect, it } from 'vitest';
import { DETAIL_ZOOM } from '../../src/map/basemap-style';
import {
  bestFrame,
  CAMERA_PRESET_NAMES,
  CAMERA_PRESETS,
  moveTo,
  nearestLongitude,
  routeBounds,
  type Box,
  type CameraPreset,
  type Frame,
} from '../../src/map/camera';

/** Pixels every place keeps from the map's edges (its label needs them). */
const MARGIN = 20;

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

/** A screen's map and what covers it, as the workspace and the briefing lay them out. */
interface Screen {
  name: string;
  size: { width: number; height: number };
  covers: Box[];
}

const SCREENS: Screen[] = [
  {
    // 1280 × 800: the side column (26vw) on the right, the toolbar's two rows at the top left.
    name: 'workspace at 1280 px',
    size: { width: 1008, height: 600 },
    covers: [
      { left: 659, top: 16, right: 992, bottom: 584 },
      { left: 16, top: 16, right: 620, bottom: 116 },
    ],
  },
  {
    name: 'workspace at 1920 px',
    size: { width: 1600, height: 880 },
    covers: [
      { left: 1152, top: 16, right: 1584, bottom: 850 },
      { left: 16, top: 16, right: 780, bottom: 66 },
    ],
  },
  {
    // The briefing's caption at the bottom right, tall in a small window.
    name: 'briefing at 1366 px',
    size: { width: 1366, height: 768 },
    covers: [
      { left: 793, top: 152, right: 1338, bottom: 740 },
      { left: 16, top: 16, right: 300, bottom: 50 },
    ],
  },
  {
    name: 'briefing at 1920 px, caption short and wide',
    size: { width: 1920, height: 1080 },
    covers: [{ left: 1115, top: 460, right: 1880, bottom: 1040 }],
  },
];

/** Web Mercator position of a point on the map, for a framing. */
function project(
  [lon, lat]: [number, number],
  frame: Frame,
  size: Screen['size'],
): [number, number] {
  const worldSize = 512 * 2 ** frame.zoom;
  const x = (l: number) => ((l + 180) / 360) * worldSize;
  const y = (p: number) =>
    ((1 - Math.log(Math.tan(Math.PI / 4 + (p * Math.PI) / 360)) / Math.PI) / 2) * worldSize;
  const { top, right, bottom, left } = frame.padding;
  const middle = [(left + size.width - right) / 2, (top + size.height - bottom) / 2];
  return [
    x(nearestLongitude(frame.center[0], lon)) - x(frame.center[0]) + (middle[0] ?? 0),
    y(lat) - y(frame.center[1]) + (middle[1] ?? 0),
  ];
}

const overlaps = ([x, y]: [number, number], box: Box) =>
  x >= box.left && x <= box.right && y >= box.top && y <= box.bottom;

const placeOf = (name: string) => (PLACES[name] ?? POINTS.get(name)) as [number, number];

describe('the camera presets', () => {
  it.each(SCREENS)('show every place of their region beside the panels: $name', (screen) => {
    for (const preset of CAMERA_PRESET_NAMES) {
      const frame = bestFrame(CAMERA_PRESETS[preset], screen.size, screen.covers);
      for (const name of REGIONS[preset]) {
        const point = placeOf(name);
        expect(point, name).toBeDefined();
        const [x, y] = project(point, frame, screen.size);
        const where = `${preset}: ${name} at ${Math.round(x)}, ${Math.round(y)}`;
        expect(x, where).toBeGreaterThanOrEqual(MARGIN);
        expect(x, where).toBeLessThanOrEqual(screen.size.width - MARGIN);
        expect(y, where).toBeGreaterThanOrEqual(MARGIN);
        expect(y, where).toBeLessThanOrEqual(screen.size.height - MARGIN);
        for (const cover of screen.covers) expect(overlaps([x, y], cover), where).toBe(false);
      }
    }
  });

  it.each(SCREENS)(
    'fill the part left free: each region spans half its width or height: $name',
    (screen) => {
      for (const preset of CAMERA_PRESET_NAMES) {
        const frame = bestFrame(CAMERA_PRESETS[preset], screen.size, screen.covers);
        const points = REGIONS[preset].map((n) => project(placeOf(n), frame, screen.size));
        const span = (k: 0 | 1) =>
          Math.max(...points.map((p) => p[k])) - Math.min(...points.map((p) => p[k]));
        const { top, right, bottom, left } = frame.padding;
        const free = {
          width: screen.size.width - left - right,
          height: screen.size.height - top - bottom,
        };
        expect(Math.max(span(0) / free.width, span(1) / free.height), preset).toBeGreaterThan(0.5);
      }
    },
  );

  it('zoom in from the world to Eurasia to Central Asia, which shows the detailed borders', () => {
    const [screen] = SCREENS as [Screen];
    const zoom = (p: CameraPreset) => bestFrame(CAMERA_PRESETS[p], screen.size, screen.covers).zoom;
    expect(zoom('world')).toBeLessThan(zoom('eurasia'));
    expect(zoom('eurasia')).toBeLessThan(zoom('central-asia'));
    expect(zoom('eurasia')).toBeLessThan(zoom('east-asia'));
    expect(zoom('central-asia')).toBeGreaterThanOrEqual(DETAIL_ZOOM);
    expect(zoom('world')).toBeLessThan(DETAIL_ZOOM);
  });
});

describe('bestFrame', () => {
  it('leaves a column on the right out by the right, computed by hand', () => {
    // 1000 × 600, a column over x ≥ 700: 700 − 2 × 40 = 620 px for 90° of longitude.
    const frame = bestFrame(
      { west: 0, east: 90, south: -10, north: 10 },
      { width: 1000, height: 600 },
      [{ left: 700, top: 0, right: 1000, bottom: 600 }],
    );
    expect(frame.padding).toEqual({ top: 0, right: 300, bottom: 0, left: 0 });
    expect(frame.zoom).toBeCloseTo(Math.log2((620 * 4) / 512), 6);
    expect(frame.center[0]).toBeCloseTo(45, 6);
    expect(frame.center[1]).toBeCloseTo(0, 6);
  });

  it('frames a wide region above a wide caption, a tall one beside it', () => {
    const size = { width: 1600, height: 900 };
    const caption = [{ left: 800, top: 600, right: 1580, bottom: 880 }];
    const wide = bestFrame({ west: 0, east: 120, south: 0, north: 20 }, size, caption);
    expect(wide.padding).toMatchObject({ bottom: 300, right: 0 });
    const tall = bestFrame({ west: 0, east: 20, south: -60, north: 60 }, size, caption);
    expect(tall.padding).toMatchObject({ right: 800, bottom: 0 });
  });

  it('frames a corridor the short way round the date line', () => {
    const bounds = routeBounds([
      [120.81, 23.51],
      [-95, 38.5],
    ]);
    expect(bounds).not.toBeNull();
    const { west = 0, east = 0 } = bounds ?? {};
    // Taiwan to the United States across the Pacific: 144° wide, not 216°.
    expect(east - west).toBeCloseTo(144.19 * 1.4, 1);
  });
});

describe('moveTo', () => {
  const recorder = () => {
    const calls: { method: string; options: Record<string, unknown> }[] = [];
    const map = {
      flyTo: (options: Record<string, unknown>) => calls.push({ method: 'flyTo', options }),
      jumpTo: (options: Record<string, unknown>) => calls.push({ method: 'jumpTo', options }),
    };
    return { map: map as unknown as MaplibreMap, calls };
  };
  const frame: Frame = {
    center: [62, 48],
    zoom: 3.2,
    padding: { top: 0, right: 400, bottom: 0, left: 0 },
  };

  it('flies there in under two seconds, north up, beside the panels', () => {
    const { map, calls } = recorder();
    moveTo(map, frame, false);
    expect(calls).toHaveLength(1);
    const [{ method, options } = { method: '', options: {} }] = calls;
    expect(method).toBe('flyTo');
    expect(options).toMatchObject({ ...frame, bearing: 0, pitch: 0 });
    expect(options.duration).toBeGreaterThanOrEqual(1500);
    expect(options.duration).toBeLessThanOrEqual(2000);
    expect(options.essential).toBe(false);
  });

  it('jumps there when motion is reduced', () => {
    const { map, calls } = recorder();
    moveTo(map, frame, true);
    expect(calls.map((c) => c.method)).toEqual(['jumpTo']);
    expect(calls[0]?.options).toMatchObject(frame);
  });
});
