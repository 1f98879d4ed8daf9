/**
 * The map as a briefing shows it, compared with reference screenshots that a person looked at
 * and kept (test/browser/reference/). Each view is drawn at a fixed animation time, so the
 * particles sit at the same places every run; a view passes if few pixels differ from its
 * reference. `UPDATE_REFERENCES=1 npm run test:browser` writes new references instead: look at
 * every one before committing it. A failing run leaves the screenshot beside the reference in
 * results/screenshots/.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import {
  countryPoint,
  drawnOn,
  mapCamera,
  mapPixels,
  pixelAt,
  projectOn,
  startHarness,
  waitForFlows,
  type Harness,
} from './harness';

const REFERENCES = 'test/browser/reference';
const FAILURES = 'results/screenshots';
/** A pixel differs if its channels differ by more than this in sum (antialiasing, fonts). */
const PIXEL_TOLERANCE = 60;
/** A view passes if at most this share of its pixels differ. */
const SHARE_TOLERANCE = 0.03;

const SAMPLE = 'public/sample/trade-sample.parquet';
/**
 * Each view, and what its picture must show whatever it looks like: in the views framed on
 * the flows from Taiwan, the months the view sums (for the marker where the flow to the United
 * States leaves the map, east of the side column) and the name the marker gives it. The
 * Central Asia view, framed on the intermediaries, is guarded by layout.test.ts instead.
 */
const VIEWS: Record<
  string,
  { path: string; usa: { from: string; to: string; name: string } | null }
> = {
  'dark-latest': {
    path: '/?time=1.3',
    usa: { from: '2024-07-01', to: '2025-06-01', name: 'United States' },
  },
  'light-print': {
    path: '/?time=1.3&theme=light&color=score',
    usa: { from: '2024-07-01', to: '2025-06-01', name: 'United States' },
  },
  'central-asia-2022': { path: '/?time=1.3&month=2022-12&cam=central-asia', usa: null },
  'zh-tw-before-invasion': {
    path: '/?time=1.3&lang=zh-TW&month=2021-06&window=3',
    usa: { from: '2021-04-01', to: '2021-06-01', name: '美國' },
  },
};

let harness: Harness;
let db: NodeDuckDB;
beforeAll(async () => {
  harness = await startHarness();
  db = await openNodeDuckDB();
});
afterAll(async () => {
  await harness?.close();
  db?.close();
});

/** Taiwan's CHPL exports to the United States in the months from `from` to `to`, by plain SQL. */
async function usaExports(from: string, to: string): Promise<number> {
  const [row] = await db.query(
    `SELECT sum(t.value_usd) AS v FROM '${SAMPLE}' t
     JOIN read_csv('data/reference/chpl.csv', all_varchar = true) h ON h.hs6 = t.hs
     WHERE t.reporter = 'TWN' AND t.flow = 'X' AND t.freq = 'M' AND t.partner = 'USA'
       AND t.period BETWEEN DATE '${from}' AND DATE '${to}'`,
  );
  return Number(row?.v);
}

/** Share of pixels that differ by more than {@link PIXEL_TOLERANCE}. */
function differingShare(a: PNG, b: PNG): number {
  let differing = 0;
  for (let i = 0; i < a.data.length; i += 4) {
    let sum = 0;
    for (let k = 0; k < 3; k += 1) sum += Math.abs((a.data[i + k] ?? 0) - (b.data[i + k] ?? 0));
    if (sum > PIXEL_TOLERANCE) differing += 1;
  }
  return differing / (a.width * a.height);
}

describe('the map against its reference screenshots', () => {
  for (const [name, { path, usa }] of Object.entries(VIEWS)) {
    it(`draws ${name} as it was looked at and kept`, async () => {
      // One page for every view, reached as the back and forward buttons reach it: each
      // view is drawn from its address alone, whatever was shown before.
      const app = await harness.visit(path);
      await waitForFlows(app.page);
      await app.page.getByTestId('corridor-list').locator('[data-key]').first().waitFor();
      // Camera flights and the detailed basemap settle within this.
      await app.page.waitForTimeout(path.includes('cam=') ? 3_000 : 800);
      const shot = await mapPixels(app.page);

      // What the picture must show, computed without it: the flows converge on Taiwan's
      // anchor (projected here from the reference table), open ocean at 0°, 0° is empty, and
      // the flow to the United States ends at the map's east edge in a marker giving at least
      // what plain SQL sums for the view's months.
      if (usa) {
        const camera = await mapCamera(app.page);
        const at = (lon: number, lat: number) =>
          projectOn(camera, lon, lat, shot.width, shot.height);
        // The basemap's own colours, read where nothing is drawn: the Gulf of Guinea and Yakutia.
        const basemap = [pixelAt(shot, ...at(0, 0)), pixelAt(shot, ...at(125, 63))];
        const [tx, ty] = at(...(await countryPoint(db, 'TWN')));
        expect(drawnOn(shot, tx, ty, 5, basemap)).toBeGreaterThan(40);
        expect(drawnOn(shot, ...at(0, 0), 8, basemap)).toBe(0);
        const marker = app.page.locator('[data-testid=edge-marker][data-partners*="USA"]').first();
        expect(await marker.textContent()).toContain(usa.name);
        expect(Number(await marker.getAttribute('data-value-usd'))).toBeGreaterThanOrEqual(
          await usaExports(usa.from, usa.to),
        );
        const left = Number.parseFloat(
          (await marker.getAttribute('style'))?.match(/left:\s*([\d.]+)px/)?.[1] ?? 'NaN',
        );
        expect(left).toBeGreaterThan(tx);
      }

      // On this 800-pixel-high screen the legend, under the ranking, shows its title and summary
      // with its keys folded (layout.test.ts holds the ranking's corridors whole above it).
      expect(await app.page.locator('.legend details').getAttribute('open')).toBeNull();
      await expect.poll(() => app.page.getByTestId('legend-summary').isVisible()).toBe(true);

      const file = `${REFERENCES}/${name}.png`;
      if (process.env.UPDATE_REFERENCES === '1') {
        mkdirSync(REFERENCES, { recursive: true });
        writeFileSync(file, PNG.sync.write(shot));
        return;
      }
      if (!existsSync(file)) throw new Error(`${file} is missing: run with UPDATE_REFERENCES=1`);
      const reference = PNG.sync.read(readFileSync(file));
      expect([shot.width, shot.height]).toEqual([reference.width, reference.height]);
      const share = differingShare(shot, reference);
      if (share > SHARE_TOLERANCE) {
        mkdirSync(FAILURES, { recursive: true });
        writeFileSync(`${FAILURES}/${name}.png`, PNG.sync.write(shot));
      }
      expect(share).toBeLessThanOrEqual(SHARE_TOLERANCE);
      expect(app.pageErrors).toEqual([]);
    });
  }
});
