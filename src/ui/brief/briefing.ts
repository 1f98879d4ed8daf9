import { formatMonth, translate, type Locale, type MessageParams } from '../../i18n';
import { DEFAULT_VIEW, readViewState, writeViewState } from '../../state/view-state';

/** A text shown to the audience, in both of the app's languages. */
export interface BriefingText {
  en: string;
  'zh-TW': string;
}

/** One screen of a briefing: a saved view of the map with its title and caption. */
export interface BriefingStep {
  /**
   * The view as a URL query string ('?month=2023-06&window=12&cam=central-asia'), without the
   * keys the briefing sets itself ({@link RESERVED_VIEW_KEYS}).
   */
  view: string;
  title: BriefingText;
  caption: BriefingText;
  /**
   * The presenter's notes, seen only in the presenter view; either language may be empty.
   * Absent when the step has none.
   */
  notes?: BriefingText;
  /** Seconds the step stays on screen when the briefing plays by itself; default 10. */
  durationS?: number;
}

/** A scripted sequence of views, shown full screen on the 'brief' page. */
export interface Briefing {
  /** Its name in the URL (`briefing=`) and its file name: lower-case letters, digits, hyphens. */
  id: string;
  title: BriefingText;
  steps: BriefingStep[];
}

/** Seconds a step without `durationS` stays on screen when playing. */
export const DEFAULT_STEP_DURATION_S = 10;
/** The shortest and longest `durationS` a file may give. */
export const STEP_DURATION_RANGE_S = { min: 1, max: 600 } as const;
/** The most steps a briefing holds: the URL's `step` has at most three digits. */
export const MAX_STEPS = 1000;
/** Query keys that belong to the briefing page, never to a step's view. */
export const RESERVED_VIEW_KEYS: readonly string[] = ['page', 'briefing', 'step', 'lang'];

const TEXT_LANGUAGES = ['en', 'zh-TW'] as const satisfies readonly Locale[];
const BRIEFING_FIELDS = ['id', 'title', 'steps'];
const STEP_FIELDS = ['view', 'title', 'caption', 'notes', 'durationS'];
/** The pattern readViewState accepts for `briefing=`. */
const BRIEFING_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

/** What is wrong with a briefing file; each has a message `brief.error.<problem>`. */
export type BriefingProblem =
  | 'notJson'
  | 'notObject'
  | 'missing'
  | 'notText'
  | 'empty'
  | 'unknownField'
  | 'badId'
  | 'notList'
  | 'noSteps'
  | 'tooManySteps'
  | 'reservedKey'
  | 'unknownKey'
  | 'badDuration';

/**
 * A briefing file that cannot be shown, saying where: `step` counts from 1 as a reader of the
 * file does (null for the briefing itself), `field` is a path such as 'caption.zh-TW'. The
 * message is English; {@link describeBriefingError} gives it in another language.
 */
export class BriefingError extends Error {
  override name = 'BriefingError';
  readonly step: number | null;
  readonly field: string;
  readonly problem: BriefingProblem;
  /** The offending key, the fields expected or the count, for the message. */
  readonly detail: string | number;

  constructor(
    problem: BriefingProblem,
    step: number | null,
    field: string,
    detail: string | number = '',
  ) {
    super(briefingErrorText('en', problem, step, field, detail));
    this.problem = problem;
    this.step = step;
    this.field = field;
    this.detail = detail;
  }
}

function briefingErrorText(
  locale: Locale,
  problem: BriefingProblem,
  step: number | null,
  field: string,
  detail: string | number,
): string {
  const params: MessageParams = { field, detail, limit: MAX_STEPS, ...STEP_DURATION_RANGE_S };
  const key =
    problem === 'notObject' && field === ''
      ? step === null
        ? 'brief.error.notBriefing'
        : 'brief.error.notStep'
      : (`brief.error.${problem}` as const);
  const text = translate(locale, key, params);
  return step === null ? text : translate(locale, 'brief.error.step', { n: step, text });
}

/** A briefing error's message in the given language. */
export function describeBriefingError(error: BriefingError, locale: Locale): string {
  return briefingErrorText(locale, error.problem, error.step, error.field, error.detail);
}

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Fails on a field that none of `allowed` names (a typo such as 'duration' or 'zh'). */
function checkFields(
  record: Record<string, unknown>,
  allowed: readonly string[],
  step: number | null,
  prefix = '',
) {
  const extra = Object.keys(record).find((key) => !allowed.includes(key));
  if (extra !== undefined) {
    throw new BriefingError('unknownField', step, prefix + extra, allowed.join(', '));
  }
}

function readText(
  value: unknown,
  step: number | null,
  field: string,
  { mayBeEmpty = false } = {},
): BriefingText {
  if (value === undefined) throw new BriefingError('missing', step, field);
  if (!isRecord(value)) throw new BriefingError('notObject', step, field);
  for (const language of TEXT_LANGUAGES) {
    const text = value[language];
    const path = `${field}.${language}`;
    if (text === undefined) throw new BriefingError('missing', step, path);
    if (typeof text !== 'string') throw new BriefingError('notText', step, path);
    if (text.trim() === '' && !mayBeEmpty) throw new BriefingError('empty', step, path);
  }
  checkFields(value, TEXT_LANGUAGES, step, `${field}.`);
  return { en: value.en as string, 'zh-TW': value['zh-TW'] as string };
}

/** Whether `key` is a query key the view state reads (unknown keys would be carried along). */
const isViewKey = (key: string) =>
  !new URLSearchParams(writeViewState(DEFAULT_VIEW, `?${new URLSearchParams({ [key]: '' })}`)).has(
    key,
  );

function readView(value: unknown, step: number): string {
  if (value === undefined) throw new BriefingError('missing', step, 'view');
  if (typeof value !== 'string') throw new BriefingError('notText', step, 'view');
  for (const key of new URLSearchParams(value).keys()) {
    if (RESERVED_VIEW_KEYS.includes(key)) throw new BriefingError('reservedKey', step, 'view', key);
    if (!isViewKey(key)) throw new BriefingError('unknownKey', step, 'view', key);
  }
  return stepView(value);
}

function readStep(value: unknown, step: number): BriefingStep {
  if (!isRecord(value)) throw new BriefingError('notObject', step, '');
  const view = readView(value.view, step);
  const title = readText(value.title, step, 'title');
  const caption = readText(value.caption, step, 'caption');
  const notes =
    value.notes === undefined
      ? {}
      : { notes: readText(value.notes, step, 'notes', { mayBeEmpty: true }) };
  const { durationS } = value;
  checkFields(value, STEP_FIELDS, step);
  if (durationS === undefined) return { view, title, caption, ...notes };
  const { min, max } = STEP_DURATION_RANGE_S;
  if (typeof durationS !== 'number' || !(durationS >= min && durationS <= max)) {
    throw new BriefingError('badDuration', step, 'durationS');
  }
  return { view, title, caption, ...notes, durationS };
}

/**
 * Checks a parsed briefing file and returns it as a {@link Briefing}; throws a
 * {@link BriefingError} naming the first step and field that is wrong ('step 3: caption.zh-TW
 * is missing'). Views are rewritten readably ({@link stepView}).
 */
export function parseBriefing(json: unknown): Briefing {
  if (!isRecord(json)) throw new BriefingError('notObject', null, '');
  const { id, steps } = json;
  if (id === undefined) throw new BriefingError('missing', null, 'id');
  if (typeof id !== 'string' || !BRIEFING_ID.test(id)) throw new BriefingError('badId', null, 'id');
  const title = readText(json.title, null, 'title');
  if (steps === undefined) throw new BriefingError('missing', null, 'steps');
  if (!Array.isArray(steps)) throw new BriefingError('notList', null, 'steps');
  if (steps.length === 0) throw new BriefingError('noSteps', null, 'steps');
  if (steps.length > MAX_STEPS) {
    throw new BriefingError('tooManySteps', null, 'steps', steps.length);
  }
  checkFields(json, BRIEFING_FIELDS, null);
  return { id, title, steps: steps.map((step: unknown, i) => readStep(step, i + 1)) };
}

/** Reads the text of a briefing file: JSON syntax errors become a {@link BriefingError} too. */
export function parseBriefingText(text: string): Briefing {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new BriefingError('notJson', null, '');
  }
  return parseBriefing(json);
}

/** Whether a step has notes in either language (blank notes are not written to the file). */
export const hasNotes = (step: BriefingStep) =>
  Boolean(step.notes && (step.notes.en.trim() || step.notes['zh-TW'].trim()));

/** The briefing as a file: pretty JSON, fields always in the same order, a final newline. */
export function briefingToJson(b: Briefing): string {
  const text = (t: BriefingText) => ({ en: t.en, 'zh-TW': t['zh-TW'] });
  const ordered = {
    id: b.id,
    title: text(b.title),
    steps: b.steps.map((s) => ({
      view: s.view,
      title: text(s.title),
      caption: text(s.caption),
      ...(hasNotes(s) && s.notes ? { notes: text(s.notes) } : {}),
      ...(s.durationS === undefined ? {} : { durationS: s.durationS }),
    })),
  };
  return `${JSON.stringify(ordered, null, 2)}\n`;
}

/** URL encoding that leaves the corridor key's '>' and ':' and lists' ',' readable. */
const encodeReadably = (text: string) =>
  encodeURIComponent(text).replace(/%3E/g, '>').replace(/%3A/g, ':').replace(/%2C/g, ',');

/**
 * A query string as a step keeps it: without the briefing's own keys, '?' first ('' for no
 * key), and encoded readably ('corridor=TWN>ARM>RUS:854231', not '%3E').
 */
export function stepView(search: string): string {
  const pairs = [...new URLSearchParams(search)].filter(
    ([key]) => !RESERVED_VIEW_KEYS.includes(key),
  );
  const text = pairs.map(([key, value]) => `${encodeReadably(key)}=${encodeReadably(value)}`);
  return text.length ? `?${text.join('&')}` : '';
}

/** The step's view in the audience's language; the caller adds page, briefing and step. */
export function stepViewSearch(step: BriefingStep, base: { lang: string }): string {
  const view = stepView(step.view);
  const lang = `lang=${encodeReadably(base.lang)}`;
  return view ? `${view}&${lang}` : `?${lang}`;
}

/** Seconds the step stays on screen when playing (an edited value out of range is clamped). */
export function stepDurationS(step: BriefingStep): number {
  const { min, max } = STEP_DURATION_RANGE_S;
  const seconds = step.durationS ?? DEFAULT_STEP_DURATION_S;
  return Number.isFinite(seconds) ? Math.min(Math.max(seconds, min), max) : DEFAULT_STEP_DURATION_S;
}

/** The briefing with a step added at the end. */
export function addStep(
  b: Briefing,
  view: string,
  title: BriefingText,
  caption: BriefingText,
): Briefing {
  return { ...b, steps: [...b.steps, { view: stepView(view), title, caption }] };
}

/** The briefing with step `from` moved to position `to` (clamped); unchanged if `from` is not a step. */
export function moveStep(b: Briefing, from: number, to: number): Briefing {
  if (!(from >= 0 && from < b.steps.length)) return b;
  const target = Math.min(Math.max(to, 0), b.steps.length - 1);
  if (target === from) return b;
  const steps = [...b.steps];
  const [moved] = steps.splice(from, 1);
  if (moved) steps.splice(target, 0, moved);
  return { ...b, steps };
}

/** The briefing without step `i`; unchanged if there is no such step. */
export function removeStep(b: Briefing, i: number): Briefing {
  if (!(i >= 0 && i < b.steps.length)) return b;
  return { ...b, steps: b.steps.filter((_, j) => j !== i) };
}

/**
 * The briefing with step `i` changed: `durationS: undefined` returns the step to the default
 * duration, a new view is kept as {@link stepView} writes it. Unchanged if there is no step `i`.
 */
export function updateStep(b: Briefing, i: number, patch: Partial<BriefingStep>): Briefing {
  const step = b.steps[i];
  if (!step) return b;
  const { durationS, ...rest } = { ...step, ...patch };
  const updated: BriefingStep = { ...rest, view: stepView(rest.view) };
  if (durationS !== undefined) updated.durationS = durationS;
  return { ...b, steps: b.steps.map((s, j) => (j === i ? updated : s)) };
}

/** A draft title and caption for a step made from `view`, in both languages, for the analyst to edit. */
export function suggestStepText(view: string): { title: BriefingText; caption: BriefingText } {
  const v = readViewState(view);
  const both = (make: (locale: Locale) => string): BriefingText => ({
    en: make('en'),
    'zh-TW': make('zh-TW'),
  });
  const title = both((locale) => {
    const [route = '', product = ''] = (v.corridor ?? '').split(':');
    if (v.corridor) {
      return translate(locale, 'brief.suggest.corridor', {
        route: route.replace(/>/g, ' → '),
        product,
      });
    }
    if (v.via) {
      const places = [v.origin, v.via, v.to].filter(Boolean).join(' → ');
      return translate(locale, 'brief.suggest.route', { route: places });
    }
    if (v.camera) return translate(locale, `mapToolbar.camera.${v.camera}`);
    return translate(locale, 'brief.suggest.flows', { origin: v.origin });
  });
  const caption = both((locale) => {
    const period = v.month
      ? translate(locale, 'brief.suggest.period', {
          months: v.windowMonths,
          end: formatMonth(locale, `${v.month}-01`),
        })
      : translate(locale, 'brief.suggest.latest', { months: v.windowMonths });
    const products = v.products.length
      ? translate(locale, 'brief.suggest.products', { products: v.products.join(', ') })
      : '';
    const source = v.source === 'mirror' ? translate(locale, 'brief.suggest.mirror') : '';
    return [period, products, source].filter(Boolean).join(locale === 'en' ? ' ' : '');
  });
  return { title, caption };
}
