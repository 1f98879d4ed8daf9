import { formatMonth, joinSentences, translate, type Locale } from '../../i18n';
import { PAGE_PARAMS, readViewState } from '../../state/view-state';
import { BriefingError, checkBriefing, STEP_DURATION_RANGE_S } from './briefing-schema';

export {
  BRIEFING_ID,
  BriefingError,
  describeBriefingError,
  MAX_STEPS,
  STEP_DURATION_RANGE_S,
  type BriefingProblem,
} from './briefing-schema';

/** A text shown to the audience, in both of the app's languages. */
export interface BriefingText {
  en: string;
  'zh-TW': string;
}

/** One screen of a briefing: a saved view of the map with its title and caption. */
export interface BriefingStep {
  /**
   * The view as a URL query string ('?month=2023-06&window=12&cam=central-asia'), without the
   * keys the briefing sets itself ({@link PAGE_PARAMS}).
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

/**
 * Checks a parsed briefing file and returns it as a {@link Briefing}; throws a
 * {@link BriefingError} naming the first step and field that is wrong ('step 3: caption.zh-TW
 * is missing'). Views are rewritten readably ({@link stepView}).
 */
export function parseBriefing(json: unknown): Briefing {
  const briefing = checkBriefing(json);
  return {
    ...briefing,
    steps: briefing.steps.map((step) => ({ ...step, view: stepView(step.view) })),
  };
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
  const pairs = [...new URLSearchParams(search)].filter(([key]) => !PAGE_PARAMS.includes(key));
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

/** A change to a step; `durationS: undefined` returns it to the default duration. */
export type StepPatch = Partial<Omit<BriefingStep, 'durationS'>> & {
  durationS?: number | undefined;
};

/**
 * The briefing with step `i` changed: `durationS: undefined` returns the step to the default
 * duration, a new view is kept as {@link stepView} writes it. Unchanged if there is no step `i`.
 */
export function updateStep(b: Briefing, i: number, patch: StepPatch): Briefing {
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
          end: formatMonth(locale, v.month),
        })
      : translate(locale, 'brief.suggest.latest', { months: v.windowMonths });
    const products = v.products.length
      ? translate(locale, 'brief.suggest.products', { products: v.products.join(', ') })
      : '';
    const source = v.source === 'mirror' ? translate(locale, 'brief.suggest.mirror') : '';
    return joinSentences(locale, [period, products, source].filter(Boolean));
  });
  return { title, caption };
}
