import * as v from 'valibot';
import { translate, type Locale, type MessageParams } from '../../i18n';
import { PAGE_PARAMS, SAVED_PARAMS } from '../../state/view-state';
import type { Briefing } from './briefing';

/** The shortest and longest `durationS` a file may give. */
export const STEP_DURATION_RANGE_S = { min: 1, max: 600 } as const;
/** The most steps a briefing holds: the URL's `step` has at most three digits. */
export const MAX_STEPS = 1000;
/** A briefing's id, which is also its file's name: lower-case letters, digits, hyphens. */
export const BRIEFING_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

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

/** The first key of a step's view that `bad` finds, for the message. */
const firstKey = (view: string, bad: (key: string) => boolean) =>
  [...new URLSearchParams(view).keys()].find(bad);
const isReserved = (key: string) => PAGE_PARAMS.includes(key);
const isUnknown = (key: string) => !isReserved(key) && !SAVED_PARAMS.includes(key);

/** A text in both of the app's languages; each must be text, and not blank unless allowed. */
const bilingual = (mayBeEmpty = false) => {
  const text = mayBeEmpty
    ? v.string()
    : v.pipe(
        v.string(),
        v.check((value) => value.trim() !== '', 'empty'),
      );
  return v.strictObject({ en: text, 'zh-TW': text });
};

const { min, max } = STEP_DURATION_RANGE_S;
const STEP = v.strictObject({
  view: v.pipe(
    v.string(),
    v.check((view) => firstKey(view, isReserved) === undefined, 'reservedKey'),
    v.check((view) => firstKey(view, isUnknown) === undefined, 'unknownKey'),
  ),
  title: bilingual(),
  caption: bilingual(),
  notes: v.optional(bilingual(true)),
  durationS: v.optional(v.pipe(v.number(), v.minValue(min), v.maxValue(max))),
});

/** A briefing file; its checks' messages name the {@link BriefingProblem} where one applies. */
const BRIEFING = v.strictObject({
  id: v.pipe(v.string(), v.regex(BRIEFING_ID)),
  title: bilingual(),
  steps: v.pipe(v.array(STEP), v.minLength(1, 'noSteps'), v.maxLength(MAX_STEPS, 'tooManySteps')),
});

type Issue = v.InferIssue<typeof BRIEFING>;

/** The fields allowed where a key is: a step's, a text's, or the briefing's. */
function fieldsAt(inStep: boolean, parents: readonly string[]): string[] {
  if (parents.length > 0) return Object.keys(bilingual().entries);
  return Object.keys(inStep ? STEP.entries : BRIEFING.entries);
}

/** The {@link BriefingProblem} a schema issue amounts to, at `field`. */
function problemOf(issue: Issue, field: string): BriefingProblem {
  const last = issue.path?.at(-1);
  if (last?.origin === 'key') return issue.expected === 'never' ? 'unknownField' : 'missing';
  if (field === 'id') return 'badId';
  if (field === 'durationS') return 'badDuration';
  if (issue.type === 'strict_object') return 'notObject';
  if (issue.type === 'array') return 'notList';
  if (issue.type === 'string') return 'notText';
  return issue.message as BriefingProblem;
}

/** What the message names besides the field: the key, the fields expected or the count. */
function detailOf(problem: BriefingProblem, input: unknown, expected: () => string[]) {
  if (problem === 'unknownField') return expected().join(', ');
  if (problem === 'tooManySteps') return (input as unknown[]).length;
  if (problem === 'reservedKey') return firstKey(input as string, isReserved) ?? '';
  if (problem === 'unknownKey') return firstKey(input as string, isUnknown) ?? '';
  return '';
}

/** The briefing error a schema issue amounts to, naming the step and the field. */
function briefingError(issue: Issue): BriefingError {
  const path = issue.path ?? [];
  const keys = path.map((item) => String(item.key));
  const inStep = keys[0] === 'steps' && keys.length > 1;
  const step = inStep ? Number(keys[1]) + 1 : null;
  const within = keys.slice(inStep ? 2 : 0);
  const last = path.at(-1);
  // A list where an object belongs reads as missing keys to the schema: it is not an object.
  if (last?.origin === 'key' && Array.isArray(last.input)) {
    return new BriefingError('notObject', step, within.slice(0, -1).join('.'));
  }
  const field = within.join('.');
  const problem = problemOf(issue, field);
  const detail = detailOf(problem, issue.input, () => fieldsAt(inStep, within.slice(0, -1)));
  return new BriefingError(problem, step, field, detail);
}

/**
 * Checks a parsed briefing file and returns it as a {@link Briefing}; throws a
 * {@link BriefingError} naming the first step and field that is wrong ('step 3: caption.zh-TW
 * is missing').
 */
export function checkBriefing(json: unknown): Briefing {
  const result = v.safeParse(BRIEFING, json, { abortEarly: true });
  if (result.success) return result.output as Briefing;
  throw briefingError(result.issues[0]);
}
