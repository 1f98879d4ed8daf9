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
import { mapPixels, startHarness, waitForFlows, type Harness } from './harness';

const REFERENCES = 'test/browser/reference';
const FAILURES = 'results/screenshots';
/** A pixel differs if its channels differ by more than this in sum (antialiasing, fonts). */
const PIXEL_TOLERANCE = 60;
/** A view passes if at most this share of its pixels differ. */
const SHARE_TOLERANCE = 0.03;

const VIEWS: Record<string, string> = {
  'dark-latest': '/?time=1.3',
  'light-print': '/?time=1.3&theme=light&color=score',
  'central-asia-2022': '/?time=1.3&month=2022-12&cam=central-asia',
  'zh-tw-before-invasion': '/?time=1.3&lang=zh-TW&month=2021-06&window=3',
};

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.close());

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
  for (const [name, path] of Object.entries(VIEWS)) {
    it(`draws ${name} as it was looked at and kept`, async () => {
      // One page for every view, reached as the back and forward buttons reach it: each
      // view is drawn from its address alone, whatever was shown before.
      const app = await harness.visit(path);
      await waitForFlows(app.page);
      await app.page.getByTestId('corridor-list').locator('[data-key]').first().waitFor();
      // Camera flights and the detailed basemap settle within this.
      await app.page.waitForTimeout(path.includes('cam=') ? 3_000 : 800);
      const shot = await mapPixels(app.page);
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
