import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PNG } from 'pngjs';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import {
  drawnOn,
  mapPixels,
  countryPoint,
  mapCamera,
  projectOn,
  type MapCamera,
  startHarness,
  waitForDataStatus,
  waitForFlows,
  type AppPage,
  type Harness,
} from './harness';

/**
 * Where the flows are drawn, checked against positions projected here from the reference
 * table, not against a picture: every flow leaves Taiwan, ends at its partner, and nothing is
 * drawn on open ocean. (For weeks every flow but the largest started at 0°, 0°, in the Gulf of
 * Guinea, and two redraws of the reference images kept it.)
 */

const SAMPLE = 'public/sample/trade-sample.parquet';
const VIEWPORT = { width: 1280, height: 800 };
/** The dark basemap's ocean and land. */
const BASEMAP: readonly (readonly number[])[] = [
  [10, 18, 32],
  [27, 36, 51],
];
let harness: Harness;
let db: NodeDuckDB;
let app: AppPage;
let png: PNG;
let camera: MapCamera;

/** Pixels within `radius` of (x, y) that are neither ocean nor land (nor their borders). */
const drawnAround = (image: PNG, x: number, y: number, radius: number) =>
  drawnOn(image, x, y, radius, BASEMAP);

/** Whether a point lies in the part of the map that the toolbar and the side column leave free. */
const onMap = (x: number, y: number) =>
  x > camera.padding.left + 10 &&
  x < png.width - camera.padding.right - 10 &&
  y > camera.padding.top + 10 &&
  y < png.height - camera.padding.bottom - 10;

const project = (lon: number, lat: number) => projectOn(camera, lon, lat, png.width, png.height);

beforeAll(async () => {
  db = await openNodeDuckDB();
  harness = await startHarness();
  app = await harness.open('/?time=0', { viewport: VIEWPORT });
  await waitForDataStatus(app.page);
  await waitForFlows(app.page);
  png = await mapPixels(app.page);
  camera = await mapCamera(app.page);
});

afterAll(async () => {
  await harness?.close();
  db?.close();
});

async function anchor(iso3: string): Promise<[number, number]> {
  return project(...(await countryPoint(db, iso3)));
}

describe('where the flows are drawn', () => {
  it('starts the flows at Taiwan', async () => {
    const [x, y] = await anchor('TWN');
    expect(onMap(x, y)).toBe(true);
    // Arcs converge on the anchor; the label sits 14 px above it, outside this box.
    expect(drawnAround(png, x, y, 5)).toBeGreaterThan(40);
  });

  it("ends each of the largest flows at its partner's anchor", async () => {
    const partners = await db.query(
      `WITH last AS (SELECT max(period) AS p FROM '${SAMPLE}' WHERE reporter = 'TWN' AND flow = 'X')
       SELECT t.partner, sum(t.value_usd) AS v, c.lon, c.lat FROM '${SAMPLE}' t, last
       JOIN read_csv('data/reference/chpl.csv', all_varchar = true) h ON h.hs6 = t.hs
       JOIN read_csv('data/reference/countries.csv', all_varchar = true) c ON c.iso3 = t.partner
       WHERE t.reporter = 'TWN' AND t.flow = 'X' AND t.freq = 'M' AND t.partner <> 'WLD'
         AND t.period > last.p - INTERVAL 12 MONTH
       GROUP BY ALL ORDER BY v DESC LIMIT 12`,
    );
    const visible = partners
      .map((row) => ({
        partner: String(row.partner),
        at: project(Number(row.lon), Number(row.lat)),
      }))
      .filter(({ at: [x, y] }) => onMap(x, y));
    expect(visible.length).toBeGreaterThanOrEqual(5);
    for (const { partner, at } of visible)
      expect(drawnAround(png, at[0], at[1], 3), partner).toBeGreaterThan(8);
  });

  it('draws nothing on open ocean: the Gulf of Guinea at 0°, 0°, the Sea of Okhotsk, the Arabian Sea', async () => {
    for (const [lon, lat] of [
      [0, 0],
      [150, 55],
      [65, 8],
    ] as const) {
      const [x, y] = project(lon, lat);
      expect(onMap(x, y), `${lon}, ${lat}`).toBe(true);
      expect(drawnAround(png, x, y, 8), `${lon}, ${lat}`).toBe(0);
    }
  });

  it('ends the flow to the United States, off the map to the east, in a marker at the edge naming it and its value', async () => {
    const [usa] = await db.query(
      `WITH last AS (SELECT max(period) AS p FROM '${SAMPLE}' WHERE reporter = 'TWN' AND flow = 'X')
       SELECT sum(t.value_usd) AS v FROM '${SAMPLE}' t, last
       JOIN read_csv('data/reference/chpl.csv', all_varchar = true) h ON h.hs6 = t.hs
       WHERE t.reporter = 'TWN' AND t.flow = 'X' AND t.freq = 'M' AND t.partner = 'USA'
         AND t.period > last.p - INTERVAL 12 MONTH`,
    );
    // The United States lies beyond the side column, across the Pacific.
    const [ux] = project(-95 + 360, 38.5);
    expect(ux).toBeGreaterThan(png.width - camera.padding.right);
    const marker = app.page.locator('[data-testid=edge-marker][data-partners*="USA"]').first();
    expect(Number(await marker.getAttribute('data-value-usd'))).toBeGreaterThanOrEqual(
      Number(usa?.v),
    );
    expect(await marker.textContent()).toMatch(/United States/);
    // Its point is on the free part's right edge, east of Taiwan.
    const [tx] = await anchor('TWN');
    const left = Number.parseFloat(
      (await marker.getAttribute('style'))?.match(/left:\s*([\d.]+)px/)?.[1] ?? 'NaN',
    );
    expect(left).toBeGreaterThan(tx);
    expect(left).toBeGreaterThan(png.width - camera.padding.right - 20);
    expect(left).toBeLessThanOrEqual(png.width - camera.padding.right);
  });
});
