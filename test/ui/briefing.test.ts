import { readFileSync } from 'node:fs';
import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { translator, type Locale } from '../../src/i18n';
import { readViewState } from '../../src/state/view-state';
import { BriefEditor, type BriefEditorProps } from '../../src/ui/brief/BriefEditor';
import { BriefPlayer, type BriefPlayerProps } from '../../src/ui/brief/BriefPlayer';
import {
  addStep,
  BriefingError,
  briefingToJson,
  describeBriefingError,
  moveStep,
  parseBriefing,
  parseBriefingText,
  removeStep,
  stepDurationS,
  stepView,
  stepViewSearch,
  suggestStepText,
  updateStep,
  type Briefing,
  type BriefingStep,
} from '../../src/ui/brief/briefing';
import {
  autoPlayNext,
  briefingKeyAction,
  briefingKeyIntent,
  stepAfter,
  type BriefingKeyPress,
} from '../../src/ui/brief/briefing-keys';
import { BRIEFINGS, DEFAULT_BRIEFING } from '../../src/ui/brief/default-briefing';
import { I18nContext } from '../../src/ui/i18n-context';

const DEFAULT_FILE = new URL('../../public/briefings/default.json', import.meta.url);

const text = (en: string, zh: string) => ({ en, 'zh-TW': zh });

/** A valid briefing file of three steps, as JSON would give it. */
function goodFile() {
  return {
    id: 'kgz-review',
    title: text('Kyrgyzstan review', '吉爾吉斯檢視'),
    steps: [
      {
        view: '?month=2022-12&window=12&cam=central-asia',
        title: text('Central Asia', '中亞'),
        caption: text('Flows through Central Asia.', '經中亞的貿易流。'),
      },
      {
        view: 'corridor=TWN%3EKGZ%3ERUS%3A854231&via=KGZ',
        title: text('Chips through Kyrgyzstan', '經吉爾吉斯的晶片'),
        caption: text('Both legs rise together.', '兩段同步上升。'),
        durationS: 20,
      },
      {
        view: '',
        title: text('The whole map', '全圖'),
        caption: text('Back to the opening view.', '回到開啟時的畫面。'),
        durationS: 5,
      },
    ],
  };
}

/** Step `i` of a briefing, which must have it. */
function stepAt(b: Briefing, i: number): BriefingStep {
  const step = b.steps[i];
  if (!step) throw new Error(`no step ${i}`);
  return step;
}

/** The good file with one change made by `edit`. */
function badFile(edit: (file: ReturnType<typeof goodFile> & Record<string, unknown>) => void) {
  const file = goodFile() as ReturnType<typeof goodFile> & Record<string, unknown>;
  edit(file);
  return file;
}

/** The message parseBriefing throws for a file. */
function parseError(json: unknown): BriefingError {
  try {
    parseBriefing(json);
  } catch (error) {
    if (error instanceof BriefingError) return error;
    throw error;
  }
  throw new Error('the file was accepted');
}

describe('parseBriefing', () => {
  it('reads a good file, writing views readably', () => {
    expect(parseBriefing(goodFile())).toEqual({
      id: 'kgz-review',
      title: text('Kyrgyzstan review', '吉爾吉斯檢視'),
      steps: [
        {
          view: '?month=2022-12&window=12&cam=central-asia',
          title: text('Central Asia', '中亞'),
          caption: text('Flows through Central Asia.', '經中亞的貿易流。'),
        },
        {
          view: '?corridor=TWN>KGZ>RUS:854231&via=KGZ',
          title: text('Chips through Kyrgyzstan', '經吉爾吉斯的晶片'),
          caption: text('Both legs rise together.', '兩段同步上升。'),
          durationS: 20,
        },
        {
          view: '',
          title: text('The whole map', '全圖'),
          caption: text('Back to the opening view.', '回到開啟時的畫面。'),
          durationS: 5,
        },
      ],
    });
  });

  const steps = (file: Record<string, unknown>) => file.steps as Record<string, unknown>[];
  const step = (file: Record<string, unknown>, i: number) =>
    steps(file)[i] as Record<string, unknown>;
  const texts = (file: Record<string, unknown>, i: number, field: string) =>
    step(file, i)[field] as Record<string, unknown>;

  it.each([
    ['not an object', null, 'the file must hold a briefing: an object with id, title and steps'],
    ['a list', [], 'the file must hold a briefing: an object with id, title and steps'],
    ['no id', badFile((f) => delete (f as Record<string, unknown>).id), 'id is missing'],
    [
      'an id with spaces',
      badFile((f) => (f.id = 'My briefing')),
      'id must be lower-case letters, digits and hyphens, such as "default"',
    ],
    [
      'no Chinese title',
      badFile((f) => delete (f.title as Record<string, unknown>)['zh-TW']),
      'title.zh-TW is missing',
    ],
    [
      'a title that is a string',
      badFile((f) => ((f as Record<string, unknown>).title = 'Review')),
      'title must be an object with en and zh-TW',
    ],
    [
      'a third language',
      badFile((f) => ((f.title as Record<string, unknown>).fr = 'Revue')),
      'title.fr is not a field here (expected en, zh-TW)',
    ],
    [
      'steps not a list',
      badFile((f) => ((f as Record<string, unknown>).steps = {})),
      'steps must be a list',
    ],
    [
      'no steps',
      badFile((f) => (f.steps = [])),
      'steps is empty: a briefing needs at least one step',
    ],
    [
      'an unknown field',
      badFile((f) => (f.author = 'me')),
      'author is not a field here (expected id, title, steps)',
    ],
    [
      'a step that is a string',
      badFile((f) => (steps(f)[1] = 'step' as unknown as Record<string, unknown>)),
      'step 2: expected an object with view, title and caption',
    ],
    [
      'a step without its Chinese caption',
      badFile((f) => delete texts(f, 2, 'caption')['zh-TW']),
      'step 3: caption.zh-TW is missing',
    ],
    [
      "a step whose title is 'zh' instead of 'zh-TW'",
      badFile((f) => {
        delete texts(f, 0, 'title')['zh-TW'];
        texts(f, 0, 'title').zh = '中亞';
      }),
      'step 1: title.zh-TW is missing',
    ],
    [
      'a title that is a number',
      badFile((f) => (texts(f, 1, 'title').en = 42)),
      'step 2: title.en must be text',
    ],
    [
      'a blank caption',
      badFile((f) => (texts(f, 0, 'caption').en = '   ')),
      'step 1: caption.en is empty',
    ],
    ['a step without a view', badFile((f) => delete step(f, 1).view), 'step 2: view is missing'],
    [
      'a view that is not text',
      badFile((f) => (step(f, 1).view = { month: '2022-12' })),
      'step 2: view must be text',
    ],
    [
      'a view that sets the page',
      badFile((f) => (step(f, 1).view = '?page=map&month=2022-12')),
      'step 2: view sets "page", which the briefing sets itself',
    ],
    [
      'a view that sets the language',
      badFile((f) => (step(f, 2).view = '?lang=zh-TW')),
      'step 3: view sets "lang", which the briefing sets itself',
    ],
    [
      'a view with a key the view state does not read',
      badFile((f) => (step(f, 0).view = '?camera=world')),
      'step 1: view has "camera", which is not a setting of the view',
    ],
    [
      'a misspelt duration field',
      badFile((f) => (step(f, 1).duration = 5)),
      'step 2: duration is not a field here (expected view, title, caption, notes, durationS)',
    ],
    [
      'a duration of 0 s',
      badFile((f) => (step(f, 1).durationS = 0)),
      'step 2: durationS must be a number of seconds from 1 to 600',
    ],
    [
      'a duration as text',
      badFile((f) => (step(f, 1).durationS = '10')),
      'step 2: durationS must be a number of seconds from 1 to 600',
    ],
    [
      'too many steps',
      badFile(
        (f) => (f.steps = Array.from({ length: 1001 }, () => goodFile().steps.slice(0, 1)).flat()),
      ),
      'steps holds 1,001 steps, more than 1,000',
    ],
  ])('rejects %s, naming the step and field', (_, json, message) => {
    const error = parseError(json);
    expect(error.message).toBe(message);
    expect(error.name).toBe('BriefingError');
  });

  it('says where the problem is, and says it in Chinese too', () => {
    const error = parseError(badFile((f) => delete texts(f, 2, 'caption')['zh-TW']));
    expect(error).toBeInstanceOf(Error);
    expect([error.step, error.field, error.problem]).toEqual([3, 'caption.zh-TW', 'missing']);
    expect(describeBriefingError(error, 'zh-TW')).toBe('第 3 步：缺少 caption.zh-TW');
    expect(describeBriefingError(error, 'en')).toBe(error.message);
  });

  it('reports a file that is not JSON as a briefing error', () => {
    expect(() => parseBriefingText('{"id": "x",')).toThrow(new BriefingError('notJson', null, ''));
    expect(() => parseBriefingText('{"id": "x",')).toThrow('the file is not valid JSON');
    expect(parseBriefingText(JSON.stringify(goodFile())).steps).toHaveLength(3);
  });
});

describe('briefingToJson', () => {
  it('writes fields in the same order whatever order they came in, and reads back the same', () => {
    const b = parseBriefing(goodFile());
    const shuffled: Briefing = {
      steps: b.steps.map(({ view, title, caption, ...rest }) => ({
        ...rest,
        caption: { 'zh-TW': caption['zh-TW'], en: caption.en },
        title,
        view,
      })),
      title: b.title,
      id: b.id,
    };
    const json = briefingToJson(shuffled);
    expect(json).toBe(briefingToJson(b));
    expect(json.endsWith('}\n')).toBe(true);
    expect(json.split('\n').slice(0, 6)).toEqual([
      '{',
      '  "id": "kgz-review",',
      '  "title": {',
      '    "en": "Kyrgyzstan review",',
      '    "zh-TW": "吉爾吉斯檢視"',
      '  },',
    ]);
    expect(parseBriefing(JSON.parse(json))).toEqual(b);
  });

  it("keeps a step's presenter notes, one language may be empty, and leaves blank notes out", () => {
    const file = goodFile();
    Object.assign(file.steps[1] ?? {}, { notes: text('Pause on the two lines.', '') });
    Object.assign(file.steps[2] ?? {}, { notes: text(' ', '') });
    const b = parseBriefing(file);
    expect(b.steps[1]?.notes).toEqual({ en: 'Pause on the two lines.', 'zh-TW': '' });
    const json = briefingToJson(b);
    expect(json.match(/"notes"/g)).toHaveLength(1);
    expect(parseBriefing(JSON.parse(json)).steps[1]?.notes?.en).toBe('Pause on the two lines.');
    // Notes must still be text in both languages.
    Object.assign(file.steps[1] ?? {}, { notes: { en: 'Pause.' } });
    expect(() => parseBriefing(file)).toThrow('step 2: notes.zh-TW is missing');
  });

  it('leaves out a default duration', () => {
    const json = briefingToJson(parseBriefing(goodFile()));
    expect(json.match(/"durationS"/g)).toHaveLength(2);
  });
});

describe('step views', () => {
  it('drops the keys the briefing sets and keeps the corridor key readable', () => {
    expect(stepView('?page=brief&briefing=default&step=3&lang=zh-TW&cam=world')).toBe('?cam=world');
    expect(stepView('corridor=TWN%3EARM%3ERUS%3A854231&prod=854231%2C854232')).toBe(
      '?corridor=TWN>ARM>RUS:854231&prod=854231,854232',
    );
    expect(stepView('?page=brief')).toBe('');
    expect(readViewState(stepView('?corridor=TWN%3EARM%3ERUS%3A854231')).corridor).toBe(
      'TWN>ARM>RUS:854231',
    );
  });

  it("adds the audience's language to a step's view", () => {
    const b = parseBriefing(goodFile());
    const [first, second, third] = [stepAt(b, 0), stepAt(b, 1), stepAt(b, 2)];
    expect(stepViewSearch(first, { lang: 'zh-TW' })).toBe(
      '?month=2022-12&window=12&cam=central-asia&lang=zh-TW',
    );
    expect(stepViewSearch(third, { lang: 'en' })).toBe('?lang=en');
    const view = readViewState(stepViewSearch(second, { lang: 'zh-TW' }));
    expect([view.locale, view.corridor, view.via]).toEqual(['zh-TW', 'TWN>KGZ>RUS:854231', 'KGZ']);
  });

  it('shows a step for its duration, 10 s by default, within 1 to 600 s', () => {
    const b = parseBriefing(goodFile());
    const [first, second] = [stepAt(b, 0), stepAt(b, 1)];
    expect(stepDurationS(first)).toBe(10);
    expect(stepDurationS(second)).toBe(20);
    expect(stepDurationS({ ...first, durationS: 0 })).toBe(1);
    expect(stepDurationS({ ...first, durationS: 9999 })).toBe(600);
    expect(stepDurationS({ ...first, durationS: Number.NaN })).toBe(10);
  });
});

describe('editing a briefing', () => {
  const b = parseBriefing(goodFile());
  const titles = (x: Briefing) => x.steps.map((s) => s.title.en);

  it('adds the current view as the last step, without the briefing page keys', () => {
    const added = addStep(
      b,
      '?lang=zh-TW&page=map&month=2023-06&corridor=TWN%3EARM%3ERUS%3A854231',
      text('Armenia', '亞美尼亞'),
      text('Chips through Armenia.', '經亞美尼亞的晶片。'),
    );
    expect(added.steps).toHaveLength(4);
    expect(added.steps[3]).toEqual({
      view: '?month=2023-06&corridor=TWN>ARM>RUS:854231',
      title: text('Armenia', '亞美尼亞'),
      caption: text('Chips through Armenia.', '經亞美尼亞的晶片。'),
    });
    expect(b.steps).toHaveLength(3);
  });

  it.each([
    [0, 1, ['Chips through Kyrgyzstan', 'Central Asia', 'The whole map']],
    [2, 0, ['The whole map', 'Central Asia', 'Chips through Kyrgyzstan']],
    [1, 5, ['Central Asia', 'The whole map', 'Chips through Kyrgyzstan']],
    [0, -1, ['Central Asia', 'Chips through Kyrgyzstan', 'The whole map']],
    [7, 0, ['Central Asia', 'Chips through Kyrgyzstan', 'The whole map']],
  ])('moves step %i to %i', (from, to, expected) => {
    expect(titles(moveStep(b, from, to))).toEqual(expected);
  });

  it('removes a step, and ignores a step that is not there', () => {
    expect(titles(removeStep(b, 1))).toEqual(['Central Asia', 'The whole map']);
    expect(removeStep(b, 3)).toBe(b);
    expect(titles(b)).toHaveLength(3);
  });

  it('updates a step: texts, duration back to the default, a new view', () => {
    const edited = updateStep(b, 1, {
      title: text('Kyrgyzstan', '吉爾吉斯'),
      durationS: undefined,
      view: '?page=map&cam=world',
    });
    expect(edited.steps[1]).toEqual({
      view: '?cam=world',
      title: text('Kyrgyzstan', '吉爾吉斯'),
      caption: text('Both legs rise together.', '兩段同步上升。'),
    });
    expect(updateStep(b, 0, { durationS: 15 }).steps[0]?.durationS).toBe(15);
    expect(updateStep(b, 9, { durationS: 15 })).toBe(b);
    expect(b.steps[1]?.durationS).toBe(20);
  });

  it('drafts a title and caption from the view, in both languages', () => {
    expect(
      suggestStepText('?corridor=TWN%3EARM%3ERUS%3A854231&month=2023-08&window=24&src=mirror'),
    ).toEqual({
      title: text('TWN → ARM → RUS, HS 854231', 'TWN → ARM → RUS，HS 854231'),
      caption: text(
        "The 24 months to Aug 2023. Importers' figures (mirror imports).",
        '截至 2023年8月 的 24 個月。採進口國數據（鏡像進口）。',
      ),
    });
    expect(suggestStepText('?cam=central-asia&prod=CHPL-1')).toEqual({
      title: text('Central Asia', '中亞'),
      caption: text(
        'The last 12 months of the data. Products: CHPL-1.',
        '資料中最近 12 個月。貨品：CHPL-1。',
      ),
    });
    expect(suggestStepText('?via=KGZ&to=RUS').title).toEqual(
      text('Through TWN → KGZ → RUS', '經 TWN → KGZ → RUS'),
    );
    expect(suggestStepText('').title).toEqual(text('Trade flows from TWN', 'TWN 的貿易流向'));
  });
});

describe('briefing keys', () => {
  it.each([
    ['ArrowRight', 'next'],
    ['PageDown', 'next'],
    [' ', 'next'],
    ['Enter', 'next'],
    ['ArrowLeft', 'previous'],
    ['PageUp', 'previous'],
    ['Backspace', 'previous'],
    ['Home', 'first'],
    ['End', 'last'],
    ['p', 'pause'],
    ['P', 'pause'],
    ['f', 'fullscreen'],
    ['F', 'fullscreen'],
    ['Escape', 'exit'],
    ['.', null],
    ['b', null],
    ['ArrowDown', null],
    ['toString', null],
  ])('%j → %s', (key, action) => {
    expect(briefingKeyAction(key)).toBe(action);
  });

  const press = (key: string, more: Partial<BriefingKeyPress> = {}): BriefingKeyPress => ({
    key,
    altKey: false,
    ctrlKey: false,
    metaKey: false,
    repeat: false,
    inField: false,
    onControl: false,
    ...more,
  });

  it.each([
    ['→', press('ArrowRight'), 'next'],
    ['Shift+P', press('P'), 'pause'],
    ['Ctrl+→', press('ArrowRight', { ctrlKey: true }), null],
    ['Alt+←', press('ArrowLeft', { altKey: true }), null],
    ['Cmd+P', press('p', { metaKey: true }), null],
    ['Backspace in a text field', press('Backspace', { inField: true }), null],
    ['Space in a text field', press(' ', { inField: true }), null],
    ['Enter on a focused button', press('Enter', { onControl: true }), null],
    ['→ on a focused button', press('ArrowRight', { onControl: true }), 'next'],
    ['P held down', press('p', { repeat: true }), null],
    ['the clicker blank key', press('.'), null],
    ['Tab', press('Tab'), 'reveal'],
    ['a letter', press('x'), 'reveal'],
  ])('%s → %s', (_, keyPress, intent) => {
    expect(briefingKeyIntent(keyPress)).toBe(intent);
  });

  it.each([
    ['next', 2, 3],
    ['next', 6, 6],
    ['previous', 2, 1],
    ['previous', 0, 0],
    ['first', 4, 0],
    ['last', 1, 6],
    ['pause', 1, null],
    ['exit', 1, null],
  ] as const)('%s from step %i of 7 → %s', (action, current, expected) => {
    expect(stepAfter(action, current, 7)).toBe(expected);
  });

  it('auto-plays to the last step and stops there', () => {
    expect([0, 5, 6].map((i) => autoPlayNext(i, 7))).toEqual([1, 6, null]);
  });
});

/** Writing in Taiwan's usage: simplified forms, and 台 for 臺 as the app writes it. */
const SIMPLIFIED = [
  '国',
  '们',
  '这',
  '门',
  '发',
  '对',
  '时',
  '为',
  '经',
  '过',
  '据',
  '进',
  '贸',
  '货',
];

describe('the default briefing', () => {
  const steps = DEFAULT_BRIEFING.steps;
  const views = steps.map((s) => readViewState(s.view));

  it('is the file, parsed, and its file is written as briefingToJson writes it', () => {
    const file = readFileSync(DEFAULT_FILE, 'utf8');
    expect(DEFAULT_BRIEFING).toEqual(parseBriefing(JSON.parse(file)));
    expect(briefingToJson(DEFAULT_BRIEFING)).toBe(file);
    expect(BRIEFINGS).toEqual({ default: DEFAULT_BRIEFING });
    expect(DEFAULT_BRIEFING.id).toBe('default');
  });

  it('tells the story in 7 steps', () => {
    expect(steps.length).toBeGreaterThanOrEqual(5);
    expect(steps.length).toBeLessThanOrEqual(8);
    expect(steps.map((s) => s.title.en)).toEqual([
      'Before the invasion',
      'After: the direct trade shrinks',
      'New routes through Central Asia and the Caucasus',
      'Chips through Armenia',
      'Other goods, other routes',
      'Russia stopped reporting',
      'A reason to look, not proof',
    ]);
  });

  it('has views the view state understands', () => {
    const summary = views.map((v) => ({
      month: v.month,
      window: v.windowMonths,
      cam: v.camera,
      corridor: v.corridor,
      via: v.via,
      to: v.to,
      prod: v.products.join(','),
      src: v.source,
      color: v.colorBy,
    }));
    const base = { corridor: null, via: null, to: null, prod: '', src: 'reported' };
    expect(summary).toEqual([
      { ...base, month: '2021-12', window: 36, cam: 'eurasia', color: 'tier' },
      { ...base, month: '2023-12', window: 12, cam: 'eurasia', to: 'RUS', color: 'tier' },
      { ...base, month: '2023-02', window: 12, cam: 'central-asia', color: 'score' },
      {
        ...base,
        month: '2023-08',
        window: 24,
        cam: 'central-asia',
        color: 'score',
        corridor: 'TWN>ARM>RUS:854231',
        via: 'ARM',
        prod: '854231',
      },
      {
        ...base,
        month: '2024-12',
        window: 12,
        cam: 'eurasia',
        color: 'score',
        corridor: 'TWN>TUR>RUS:845710',
      },
      {
        ...base,
        month: '2023-12',
        window: 60,
        cam: 'eurasia',
        to: 'RUS',
        src: 'mirror',
        color: 'tier',
      },
      { ...base, month: '2023-06', window: 24, cam: 'central-asia', color: 'score' },
    ]);
    // Nothing else in a view: the page, briefing, step and language come from the player.
    for (const v of views) {
      expect([v.page, v.briefing, v.step, v.locale]).toEqual(['map', 'default', 0, 'en']);
    }
  });

  it('is written in both languages, short, and in Traditional characters', () => {
    const texts = [DEFAULT_BRIEFING.title, ...steps.flatMap((s) => [s.title, s.caption])];
    for (const t of texts) {
      expect(t.en.trim()).not.toBe('');
      expect(t['zh-TW']).toMatch(/[\u4e00-\u9fff]/);
      for (const character of [...SIMPLIFIED, '台']) {
        expect(t['zh-TW'], `${character} in ${t['zh-TW']}`).not.toContain(character);
      }
    }
    for (const s of steps) {
      expect(s.caption.en.split(/[.!?](\s|$)/).filter((x) => x.trim()).length).toBeLessThanOrEqual(
        2,
      );
      expect(s.caption['zh-TW'].split(/[。！？]/).filter(Boolean).length).toBeLessThanOrEqual(2);
    }
  });
});

const noop = () => undefined;

/** The player as HTML in a language. */
function renderPlayer(props: Partial<BriefPlayerProps> = {}, locale: Locale = 'en') {
  return renderToStaticMarkup(
    createElement(
      I18nContext.Provider,
      { value: { locale, t: translator(locale) } },
      createElement(BriefPlayer, {
        briefing: DEFAULT_BRIEFING,
        step: 3,
        onStep: noop,
        onExit: noop,
        autoPlay: false,
        onAutoPlay: noop,
        reducedMotion: false,
        status: null,
        ...props,
      }),
    ),
  );
}

/** The text of the element carrying a test id (no nested element of the same tag). */
function byTestId(html: string, testId: string): string | undefined {
  const match = html.match(new RegExp(`<(\\w+)[^>]*data-testid="${testId}"[^>]*>(.*?)</\\1>`));
  return match?.[2]?.replace(/<[^>]*>/g, '');
}

describe('BriefPlayer', () => {
  it('shows the step: title, caption and progress', () => {
    const html = renderPlayer();
    expect(html).toMatch(/data-testid="brief-player" data-step="3"/);
    expect(byTestId(html, 'brief-title')).toBe('Chips through Armenia');
    expect(byTestId(html, 'brief-caption')).toMatch(/^Processor chips \(HS 854231\)/);
    expect(html).toContain('<p class="brief-progress-text">Step 4 of 7</p>');
    expect(html).toContain(
      'role="progressbar" aria-label="Briefing progress" aria-valuemin="1" aria-valuemax="7" aria-valuenow="4" aria-valuetext="Step 4 of 7"',
    );
    expect(html.match(/<span class="done"/g)).toHaveLength(3);
    expect(html).toContain(
      'aria-live="polite" aria-atomic="true">Step 4 of 7: Chips through Armenia</p>',
    );
  });

  it('offers the controls as labelled buttons, hidden until asked for', () => {
    const html = renderPlayer({ step: 0 });
    const labels = [...html.matchAll(/<button[^>]*>(?:<svg.*?<\/svg>)?([^<]*)<\/button>/g)].map(
      (m) => m[1],
    );
    expect(labels).toEqual(['?', 'Previous', 'Play', 'Next', 'Exit', 'Presenter view']);
    expect(html).toContain('aria-label="Show the briefing controls"');
    expect(html).toContain('data-shown="false"');
    expect(html).toMatch(/aria-disabled="true"[^>]*>.*?Previous/);
    expect(renderPlayer({ autoPlay: true })).toMatch(/>Pause<\/button>/);
  });

  it('speaks Chinese', () => {
    const html = renderPlayer({ step: 6 }, 'zh-TW');
    expect(byTestId(html, 'brief-title')).toBe('值得追查，但不是證據');
    expect(byTestId(html, 'brief-progress')).toBe('第 7 步，共 7 步');
    expect(html).toMatch(/>上一步<\/button>/);
  });

  it('keeps the step in range, and still shows its progress with no step', () => {
    expect(renderPlayer({ step: 99 })).toContain('data-step="6"');
    expect(renderPlayer({ step: -2 })).toContain('data-step="0"');
    const empty = renderPlayer({ briefing: { ...DEFAULT_BRIEFING, steps: [] }, step: 0 });
    expect(byTestId(empty, 'brief-caption')).toBe('This briefing has no steps.');
  });

  it('says what the map is waiting for, as a status, and nothing once it is drawn', () => {
    const loading = renderPlayer({ status: 'Loading the trade data…' });
    expect(loading).toMatch(/role="status" data-testid="brief-status">Loading the trade data…</);
    expect(renderPlayer()).not.toContain('brief-status');
  });

  it('drops the fade when motion is reduced', () => {
    expect(renderPlayer({ reducedMotion: true })).toContain('class="brief-player still"');
    expect(renderPlayer({ autoPlay: true })).toContain('class="brief-player playing"');
  });
});

describe('BriefEditor', () => {
  const render = (props: Partial<BriefEditorProps> = {}, locale: Locale = 'en') =>
    renderToStaticMarkup(
      createElement(
        I18nContext.Provider,
        { value: { locale, t: translator(locale) } },
        createElement(BriefEditor, {
          briefing: parseBriefing(goodFile()),
          currentView: '?month=2023-06&corridor=TWN%3EARM%3ERUS%3A854231&lang=zh-TW',
          onChange: noop,
          onPlay: noop,
          ...props,
        }),
      ),
    );

  it('prefills the new step from the current view', () => {
    const html = render();
    expect(html).toContain('data-testid="brief-editor"');
    expect(html).toContain('<code>?month=2023-06&amp;corridor=TWN&gt;ARM&gt;RUS:854231</code>');
    expect(html).toContain('value="TWN → ARM → RUS, HS 854231"');
    expect(html).toContain('value="TWN → ARM → RUS，HS 854231"');
    expect(html).toContain('The 12 months to Jun 2023.</textarea>');
  });

  it('labels every field and every button', () => {
    const html = render();
    const fields = html.match(/<(input|textarea)\b/g) ?? [];
    // 2 briefing titles + 4 new texts + 3 steps × (4 texts, 2 notes, duration) + the file input.
    expect(fields).toHaveLength(2 + 4 + 3 * 7 + 1);
    const labelled = html.match(/<label[^>]*>(?:(?!<\/label>).)*?<(input|textarea)\b/g) ?? [];
    expect(labelled).toHaveLength(fields.length);
    const names = [...html.matchAll(/<button[^>]*aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(names).toEqual([
      'Export the briefing as kgz-review.json',
      ...[1, 2, 3].flatMap((n) => [
        `Move step ${n} up`,
        `Move step ${n} down`,
        `Use current view for step ${n}`,
        `Delete step ${n}`,
      ]),
    ]);
    expect(html).toMatch(/aria-label="Move step 1 up" title="Move step 1 up" disabled=""/);
    expect(html).toMatch(/aria-label="Move step 3 down" title="Move step 3 down" disabled=""/);
  });

  it('shows each step with its view and default duration', () => {
    const html = render({}, 'zh-TW');
    expect(html.match(/<legend>第 \d 步<\/legend>/g)).toEqual([
      '<legend>第 1 步</legend>',
      '<legend>第 2 步</legend>',
      '<legend>第 3 步</legend>',
    ]);
    expect(html).toContain('<code>?corridor=TWN&gt;KGZ&gt;RUS:854231&amp;via=KGZ</code>');
    expect(html).toContain('<em>開啟時的畫面</em>');
    expect(html).toContain('placeholder="預設：10"');
  });
});
