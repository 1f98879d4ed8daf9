import { afterEach, describe, expect, it, vi } from 'vitest';
import { translator, type Locale } from '../../src/i18n';
import { DEFAULT_VIEW } from '../../src/state/view-state';
import { exportItems, type ExportContext } from '../../src/ui/export-items';
import { describeExportFailure, ExportError } from '../../src/ui/exports/export-error';
import { composeMapPng } from '../../src/ui/exports/map-png';
import type { Workspace } from '../../src/ui/hooks/use-workspace';

/** The export menu's context with nothing loaded: no months, no analysis. */
const CONTEXT: ExportContext = {
  view: DEFAULT_VIEW,
  workspace: { months: null, range: null, legs: null } as Workspace,
  shown: [],
  result: null,
  params: null,
  nameOf: (code) => code,
  locale: 'en',
  t: translator('en'),
  source: 'trade-sample.parquet',
  isSample: true,
  setView: () => undefined,
};

/** The export menu's item of the given id, run. */
async function runItem(id: string): Promise<unknown> {
  const item = exportItems(CONTEXT).find((candidate) => candidate.id === id);
  if (!item) throw new Error(`no item ${id}`);
  try {
    await item.run({ signal: new AbortController().signal, progress: () => undefined });
  } catch (error) {
    return error;
  }
  throw new Error(`${id} did not fail`);
}

/**
 * Just enough of a page for composeMapPng to reach its end in Node: an empty map element, and
 * a canvas whose 2D context draws nothing and measures 8 px a character. `context: null` is a
 * browser without Canvas 2D; the canvas encodes to `blob`.
 */
function fakePage({ context = true, blob = null as Blob | null } = {}) {
  const noop = () => ({ addColorStop: () => undefined });
  const target: Record<string, unknown> = {
    measureText: (text: string) => ({ width: text.length * 8 }),
  };
  const ctx = new Proxy(target, { get: (t, key: string) => (key in t ? t[key] : noop) });
  const canvas = {
    width: 0,
    height: 0,
    getContext: () => (context ? ctx : null),
    toBlob: (done: (result: Blob | null) => void) => done(blob),
  };
  vi.stubGlobal('document', {
    fonts: { ready: Promise.resolve() },
    body: {},
    createElement: () => canvas,
    querySelector: () => null,
  });
  vi.stubGlobal('getComputedStyle', () => ({ fontFamily: 'sans-serif' }));
  const container = {
    querySelectorAll: () => [],
    getBoundingClientRect: () => ({ left: 0, top: 0, width: 400, height: 300 }),
  } as unknown as HTMLElement;
  return composeMapPng({
    container,
    title: 'Title',
    period: 'Period',
    legend: [],
    footer: 'Footer',
    background: '#000',
    text: '#fff',
    pixelRatio: 1,
  });
}

/** A failure as ExportMenu shows it below its button, the item named in the language. */
function shown(id: string, failure: unknown, locale: Locale): string {
  const t = translator(locale);
  const item = exportItems({ ...CONTEXT, locale, t }).find((candidate) => candidate.id === id);
  return t('exports.failed', {
    item: item?.label ?? id,
    message: describeExportFailure(failure, locale),
  });
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('export failures', () => {
  it.each([
    {
      what: 'the map image when the page shows no map',
      item: 'map',
      fail: () => {
        vi.stubGlobal('document', { querySelector: () => null });
        return runItem('map');
      },
      problem: 'noMap',
      en: 'Could not export Map (PNG): there is no map on the page',
      zh: '無法匯出地圖（PNG）：頁面上沒有地圖',
    },
    {
      what: 'the map image in a browser without Canvas 2D',
      item: 'map',
      fail: () => fakePage({ context: false }).catch((error: unknown) => error),
      problem: 'noCanvas',
      en: 'Could not export Map (PNG): Canvas 2D is not available',
      zh: '無法匯出地圖（PNG）：此瀏覽器無法使用 Canvas 2D 繪圖',
    },
    {
      what: 'the map image when the canvas cannot be encoded',
      item: 'map',
      fail: () => fakePage({ blob: null }).catch((error: unknown) => error),
      problem: 'notEncoded',
      en: 'Could not export Map (PNG): the map image could not be encoded',
      zh: '無法匯出地圖（PNG）：無法將地圖編碼為圖片',
    },
    {
      what: 'the corridors as JSON before the settings are valid',
      item: 'corridors-json',
      fail: () => runItem('corridors-json'),
      problem: 'noSettings',
      en: 'Could not export Corridors (JSON): the analysis settings are not valid: correct them first',
      zh: '無法匯出轉運走廊（JSON）：分析設定無效，請先修正',
    },
  ])('say in both languages why $what failed', async ({ item, fail, problem, en, zh }) => {
    const failure = await fail();
    expect(failure).toBeInstanceOf(ExportError);
    expect((failure as ExportError).problem).toBe(problem);
    expect(shown(item, failure, 'en')).toBe(en);
    expect(shown(item, failure, 'zh-TW')).toBe(zh);
  });

  it('still encode a map in the fake page, so that the failures above are the ones named', async () => {
    const png = new Blob([new Uint8Array([137, 80, 78, 71])], { type: 'image/png' });
    await expect(fakePage({ blob: png })).resolves.toBe(png);
  });

  it("quote the browser's own words inside a sentence in the reader's language", () => {
    const refused = new Error('Tainted canvases may not be exported.');
    expect(describeExportFailure(refused, 'en')).toBe(
      'an unexpected error (Tainted canvases may not be exported.)',
    );
    expect(describeExportFailure(refused, 'zh-TW')).toBe(
      '發生未預期的錯誤（Tainted canvases may not be exported.）',
    );
  });
});
