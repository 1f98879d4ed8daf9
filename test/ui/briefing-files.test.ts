import { afterEach, describe, expect, it, vi } from 'vitest';
import { briefingRead, loadBriefing } from '../../src/ui/brief/briefing-files';
import { DEFAULT_BRIEFING } from '../../src/ui/brief/default-briefing';

const text = (en: string, zh: string) => ({ en, 'zh-TW': zh });
const FILE = {
  id: 'kgz-review',
  title: text('Kyrgyzstan review', '吉爾吉斯檢視'),
  steps: [
    {
      view: '?cam=central-asia',
      title: text('Central Asia', '中亞'),
      caption: text('Flows.', '貿易流。'),
    },
  ],
};

/** A fetch that answers every address with `body` and `status`, and records the addresses. */
function fakeFetch(body: string, status = 200) {
  const asked: string[] = [];
  const fetchFile = (async (url: string) => {
    asked.push(url);
    return new Response(body, { status });
  }) as typeof fetch;
  return { asked, fetchFile };
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('loading a briefing by name', () => {
  it('gives the bundled default without fetching anything', async () => {
    const { asked, fetchFile } = fakeFetch('');
    expect(await loadBriefing('default', fetchFile)).toBe(DEFAULT_BRIEFING);
    expect(briefingRead('default')).toBe(DEFAULT_BRIEFING);
    expect(asked).toEqual([]);
  });

  it('reads briefings/<name>.json once, and names the briefing after its file', async () => {
    const { asked, fetchFile } = fakeFetch(JSON.stringify(FILE));
    expect(briefingRead('kgz')).toBeUndefined();
    const briefing = await loadBriefing('kgz', fetchFile);
    expect(briefing).toMatchObject({ id: 'kgz', title: FILE.title });
    expect(briefing?.steps).toHaveLength(1);
    expect(await loadBriefing('kgz', fetchFile)).toBe(briefing);
    expect(briefingRead('kgz')).toBe(briefing);
    expect(asked).toEqual(['briefings/kgz.json']);
  });

  it('gives null, with a warning, for a missing file, a page instead of JSON, or a bad briefing', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    expect(await loadBriefing('missing', fakeFetch('not found', 404).fetchFile)).toBeNull();
    expect(
      await loadBriefing('spa', fakeFetch('<!doctype html><html></html>').fetchFile),
    ).toBeNull();
    const noSteps = JSON.stringify({ ...FILE, steps: [] });
    expect(await loadBriefing('empty', fakeFetch(noSteps).fetchFile)).toBeNull();
    expect(briefingRead('missing')).toBeNull();
    expect(warn).toHaveBeenCalledTimes(3);
  });

  it('fetches nothing for a name a briefing cannot have, nor for an object property', async () => {
    const { asked, fetchFile } = fakeFetch(JSON.stringify(FILE));
    expect(await loadBriefing('../secret', fetchFile)).toBeNull();
    expect(briefingRead('../secret')).toBeNull();
    expect(asked).toEqual([]);
    // 'constructor' is a valid name, not the bundled table's inherited property.
    expect(briefingRead('constructor')).toBeUndefined();
    expect((await loadBriefing('constructor', fetchFile))?.id).toBe('constructor');
  });
});
