import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readViewState } from '../../src/state/view-state';
import { decodeVideo, startHarness, type AppPage, type Harness } from './harness';

/** The default briefing as the file gives it, read without the app's code. */
const DEFAULT = JSON.parse(readFileSync('public/briefings/default.json', 'utf8')) as {
  steps: { view: string; title: { en: string; 'zh-TW': string } }[];
};
const VIEWPORT = { width: 1600, height: 900 };

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
});
afterAll(async () => {
  await harness?.close();
});

const player = (app: AppPage) => app.page.getByTestId('brief-player');
const shownStep = async (app: AppPage) => Number(await player(app).getAttribute('data-step'));

/** The page's view state, without the keys that say which page and step it is. */
function viewOf(url: string) {
  const view = readViewState(new URL(url).search);
  return { ...view, page: null, step: null, briefing: null, locale: null };
}
const stepView = (i: number) => viewOf(`http://x/${DEFAULT.steps[i]?.view ?? ''}`);

async function waitForStep(app: AppPage, i: number) {
  await expect.poll(() => shownStep(app)).toBe(i);
  await expect.poll(() => viewOf(app.page.url())).toEqual(stepView(i));
  expect(await app.page.getByTestId('brief-title').textContent()).toBe(DEFAULT.steps[i]?.title.en);
}

/** Opens the workspace's briefing panel, unless it is open already. */
async function openBriefPanel(app: AppPage) {
  const open = await app.page.locator('.brief-panel').getAttribute('open');
  if (open === null) await app.page.locator('.brief-panel > summary').click();
}

describe('the briefing', () => {
  it('opens the default briefing on its first step, full screen, and follows the keys', async () => {
    // The briefing shows no status line: its first step is drawn once the data is in.
    const app = await harness.open('/?page=brief', { viewport: VIEWPORT });
    expect(DEFAULT.steps.length).toBeGreaterThanOrEqual(5);
    await waitForStep(app, 0);
    // No workspace chrome: no header, filters, toolbar or timeline.
    for (const id of ['filters', 'map-toolbar', 'timeline', 'mode-nav']) {
      expect(await app.page.getByTestId(id).count(), id).toBe(0);
    }
    expect(await app.page.getByTestId('brief-progress').textContent()).toContain(
      `1 of ${DEFAULT.steps.length}`,
    );

    await app.page.keyboard.press('ArrowRight');
    await waitForStep(app, 1);
    await app.page.keyboard.press('PageDown');
    await waitForStep(app, 2);
    await app.page.keyboard.press('PageUp');
    await waitForStep(app, 1);
    await app.page.keyboard.press('End');
    await waitForStep(app, DEFAULT.steps.length - 1);
    await app.page.keyboard.press('Home');
    await waitForStep(app, 0);
    // Each step is in the history: the back button returns to the step before.
    await app.page.keyboard.press(' ');
    await waitForStep(app, 1);
    await app.page.goBack();
    await waitForStep(app, 0);

    await app.page.keyboard.press('Escape');
    await expect.poll(() => new URL(app.page.url()).searchParams.get('page')).toBe(null);
    await app.page.getByTestId('filters').waitFor();
    expect(app.pageErrors).toEqual([]);
  });

  it('says what is wrong with a bad briefing file and keeps the one it had', async () => {
    // The workspace's page, shared with the next two tests.
    const app = await harness.visit('/', { viewport: VIEWPORT });
    await openBriefPanel(app);
    const steps = await app.page.getByTestId('brief-editor-step').count();
    await app.page.getByTestId('brief-import').setInputFiles({
      name: 'broken.json',
      mimeType: 'application/json',
      buffer: Buffer.from(
        '{"id":"x","title":{"en":"x","zh-TW":"x"},"steps":[{"view":"?month=2023-01"}]}',
      ),
    });
    await expect
      .poll(() => app.page.getByTestId('brief-editor-notice').textContent())
      .toMatch(/step 1/);
    expect(await app.page.getByTestId('brief-editor-step').count()).toBe(steps);
  });

  it('plays a briefing imported in the workspace, advancing on its own', async () => {
    const app = await harness.visit('/', { viewport: VIEWPORT });
    await openBriefPanel(app);
    // A caption that carries markup, as a hostile briefing file might: shown as text, never run.
    const markup = '<img src=x onerror="window.__ran=1">';
    const briefing = {
      id: 'two-steps',
      title: { en: 'Two steps', 'zh-TW': '兩個步驟' },
      steps: [
        {
          view: '?month=2021-12&cam=eurasia',
          title: { en: 'Before', 'zh-TW': '之前' },
          caption: { en: `Before the invasion. ${markup}`, 'zh-TW': '入侵之前。' },
          durationS: 1,
        },
        {
          view: '?month=2023-12&cam=central-asia',
          title: { en: 'After', 'zh-TW': '之後' },
          caption: { en: 'After the invasion.', 'zh-TW': '入侵之後。' },
          durationS: 1,
        },
      ],
    };
    await app.page.getByTestId('brief-import').setInputFiles({
      name: 'two-steps.json',
      mimeType: 'application/json',
      buffer: Buffer.from(JSON.stringify(briefing)),
    });
    await app.page.getByRole('button', { name: 'Play the briefing' }).click();
    await expect.poll(() => new URL(app.page.url()).searchParams.get('briefing')).toBe('two-steps');
    await expect.poll(() => app.page.getByTestId('brief-title').textContent()).toBe('Before');
    expect(await app.page.getByTestId('brief-caption').textContent()).toBe(
      `Before the invasion. ${markup}`,
    );
    expect(await app.page.locator('img[src="x"]').count()).toBe(0);
    expect(await app.page.evaluate('window.__ran')).toBeUndefined();
    await app.page.keyboard.press('p');
    // Auto-play: the next step comes after the first one's second on screen.
    await expect.poll(() => app.page.getByTestId('brief-title').textContent()).toBe('After');
    expect(new URL(app.page.url()).searchParams.get('month')).toBe('2023-12');
    await app.page.keyboard.press('p');

    // Saved as one video: each step for its own second, under its title and caption.
    await app.page.getByRole('button', { name: 'Show the briefing controls' }).click();
    const [download] = await Promise.all([
      app.page.waitForEvent('download', { timeout: 120_000 }),
      app.page.getByTestId('brief-video').click(),
    ]);
    expect(download.suggestedFilename()).toBe('taiwan-dual-use_briefing_two-steps.webm');
    await expect
      .poll(() => app.page.getByTestId('brief-recording-status').textContent())
      .toBe('The briefing was saved as a video (WebM).');
    // Back on the step it showed before.
    await expect.poll(() => app.page.getByTestId('brief-title').textContent()).toBe('After');
    const bytes = await readFile(await download.path());
    expect([...bytes.subarray(0, 4)]).toEqual([0x1a, 0x45, 0xdf, 0xa3]);
    // Decoded on a blank page (the app's policy plays no media): two steps of a second each,
    // which look different.
    const player = await app.page.context().newPage();
    const decoded = await decodeVideo(player, bytes, { from: 0.3, beforeEnd: 0.2 });
    await player.close();
    // Two steps of a second each, however slow the machine that recorded them.
    expect(decoded.duration).toBeCloseTo(2, 1);
    expect(decoded.differing).toBeGreaterThan(1000);
  });

  it('opens a linked step in Chinese, with its caption in Chinese', async () => {
    const app = await harness.visit('/?page=brief&step=3&lang=zh-TW', { viewport: VIEWPORT });
    await expect.poll(() => shownStep(app)).toBe(3);
    expect(await app.page.getByTestId('brief-title').textContent()).toBe(
      DEFAULT.steps[3]?.title['zh-TW'],
    );
    expect(viewOf(app.page.url())).toEqual(stepView(3));
  });

  it('keeps a presenter view in another window in step with the screen, both ways', async () => {
    const app = await harness.visit('/?page=brief&step=1', { viewport: VIEWPORT });
    await waitForStep(app, 1);
    const presenter = await app.page.context().newPage();
    await presenter.goto(`${harness.origin}/?page=brief&step=1&presenter=1`);
    const title = presenter.getByTestId('presenter-title');
    await expect
      .poll(() => presenter.getByTestId('presenter-link').textContent())
      .toBe('In step with the briefing screen.');
    expect(await title.textContent()).toBe(DEFAULT.steps[1]?.title.en);
    expect(await presenter.getByTestId('presenter-next').textContent()).toBe(
      DEFAULT.steps[2]?.title.en,
    );
    // The presenter's key moves the screen; the screen's key moves the presenter.
    await presenter.keyboard.press('ArrowRight');
    await waitForStep(app, 2);
    await app.page.keyboard.press('ArrowRight');
    await waitForStep(app, 3);
    await expect.poll(() => title.textContent()).toBe(DEFAULT.steps[3]?.title.en);
    await presenter.getByRole('button', { name: 'Previous' }).click();
    await waitForStep(app, 2);
    await presenter.close();
  });
});
