import {
  formatMonth,
  formatMultiple,
  formatPercent,
  formatUsdInText,
  joinSentences,
  translate,
  translateCount,
  type Locale,
  type MessageKey,
  type MessageParams,
} from '../i18n';
import { isListed, routeKind } from './calibration';
import { MOSTLY_BEFORE } from './confidence';
import { UNNAMED_PARTNERS, legExcess, type Corridor, type LegSummary } from './corridor';
import { MONTHS_PER_YEAR, yearOf } from './month';
import { productPhrase } from './products';
import { SIGNAL_LIST, SURGE_RAMP, type Localized } from './signals';

/*
 * The words of the explanations are in the dictionaries (src/i18n/en-explain.ts and its
 * Chinese counterpart, and each signal's sentence under `signal.<name>.sentence`); this module
 * chooses the messages and fills in the names and figures.
 */

/** What the explanation needs of a corridor (a {@link Corridor} without its explanation). */
export type ExplainInput = Omit<Corridor, 'explanation' | 'rank'>;

/** A baseline below this (US$ a month) reads as "almost nothing" rather than as a multiple. */
const NEGLIGIBLE_BASELINE_USD = 1_000;

/** A benchmark that grew this much is worth naming: part of the surge is a boom everywhere. */
const NOTABLE_BENCHMARK = 1.3;

/** Below this share of the intermediary's import rise, the explanation says whose goods went on. */
const MINOR_SUPPLIER = 0.5;

/** The three countries' names in the locale, as messages take them. */
function names(c: ExplainInput, locale: Locale) {
  return {
    origin: c.names.origin[locale],
    via: c.names.via[locale],
    destination: c.names.destination[locale],
  };
}

/** "US$45 k a month" / "每月4.5萬美元", or a year's for an annual corridor. */
function perPeriod(value: number, c: ExplainInput, locale: Locale): string {
  const key = c.frequency === 'annual' ? 'explain.perYear' : 'explain.perMonth';
  return translate(locale, key, { value: formatUsdInText(locale, value) });
}

function legChange(leg: LegSummary, c: ExplainInput, locale: Locale): string {
  const say = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  const post = leg.postLevel ?? 0;
  const negligible = NEGLIGIBLE_BASELINE_USD * (c.frequency === 'annual' ? MONTHS_PER_YEAR : 1);
  if (leg.surge === null) return say('explain.leg.reached', { level: perPeriod(post, c, locale) });
  if ((leg.baselineMean ?? 0) < negligible && post >= negligible)
    return say('explain.leg.fromNothing', { level: perPeriod(post, c, locale) });
  if (leg.surge >= SURGE_RAMP.low) {
    // The scoring smooths the ratio with a floor, so that tiny flows cannot surge; the words
    // give the rise as the figures show it, which a reader can check by hand.
    const baseline = leg.baselineMean ?? 0;
    const multiple = formatMultiple(locale, baseline > 0 ? post / baseline : leg.surge);
    const others = leg.othersSurge ?? 1;
    if (others < NOTABLE_BENCHMARK) return say('explain.leg.rose', { multiple });
    return say('explain.leg.roseEverywhere', {
      multiple,
      others: formatMultiple(locale, others),
    });
  }
  return say(leg.surge >= 1 ? 'explain.leg.little' : 'explain.leg.fell');
}

/** A hub's first leg: the extra dollars above what it would have carried anyway, and their share. */
function excessChange(c: ExplainInput, locale: Locale): string {
  const excess = legExcess(c.legs.first) ?? 0;
  const level = c.legs.first.relativeLevel ?? c.legs.first.postLevel ?? excess;
  return translate(locale, 'explain.leg.excess', {
    extra: perPeriod(excess, c, locale),
    share: formatPercent(locale, excess / Math.max(1, level)),
  });
}

/** Whose trade the second leg is: the intermediary's exports, or the destination's imports. */
function secondLegSubject(c: ExplainInput, locale: Locale): string {
  const key: MessageKey =
    c.legs.second.to === UNNAMED_PARTNERS
      ? 'explain.subject.unnamed'
      : c.evidence === 'partial'
        ? 'explain.subject.world'
        : c.legs.second.source === 'mirror'
          ? 'explain.subject.mirror'
          : 'explain.subject.exports';
  return translate(locale, key, names(c, locale));
}

/** How closely the legs moved together (month by month, or year by year). */
function together(c: ExplainInput, locale: Locale): string {
  const strength = c.signals.coMovement.strength;
  if (c.frequency === 'annual') {
    if (strength === 0) return translate(locale, 'explain.together.annual.none');
    if (strength < 0.5) return translate(locale, 'explain.together.annual.peaks');
    return translate(locale, 'explain.together.annual');
  }
  if (strength === 0) return translate(locale, 'explain.together.none');
  if (strength < 0.5) return translate(locale, 'explain.together.loose');
  const lag = c.lagMonths ?? 0;
  if (lag === 0) return translate(locale, 'explain.together');
  return translateCount(locale, 'explain.together.lag', lag, { lag });
}

function coreSentence(c: ExplainInput, locale: Locale): string {
  const byExcess = c.signals.firstLegExcess.strength > c.signals.firstLegSurge.strength;
  return translate(locale, 'explain.core', {
    ...names(c, locale),
    product: productPhrase(c.product, c.level, c.productName, locale),
    since:
      c.frequency === 'annual' ? String(yearOf(c.postStart)) : formatMonth(locale, c.postStart),
    first: byExcess ? excessChange(c, locale) : legChange(c.legs.first, c, locale),
    subject: secondLegSubject(c, locale),
    second: legChange(c.legs.second, c, locale),
    together: together(c, locale),
  });
}

function notFlagged(c: ExplainInput, locale: Locale): string {
  const reasons = (
    [
      [c.signals.firstLegSurge, 'explain.notFlagged.first'],
      [c.signals.secondLegSurge, 'explain.notFlagged.second'],
      [c.signals.coMovement, 'explain.notFlagged.together'],
    ] as const
  ).flatMap(([signal, key]) => (signal.strength === 0 ? [translate(locale, key)] : []));
  const separator = translate(locale, 'explain.notFlagged.separator');
  return translate(locale, 'explain.notFlagged', { reasons: reasons.join(separator) });
}

/** Why the evidence weighs less: a partial onward leg, a rise before the cut-off. */
function caveats(c: ExplainInput, locale: Locale): string[] {
  const say = (key: MessageKey, params?: MessageParams) => translate(locale, key, params);
  const sentences: string[] = [];
  if (c.confidence.partial && c.legs.second.to === UNNAMED_PARTNERS)
    sentences.push(say('explain.partial.unnamed', names(c, locale)));
  else if (c.confidence.partial) sentences.push(say('explain.partial.world', names(c, locale)));
  const { pretrendOnly, shareBefore } = c.confidence;
  if (pretrendOnly && shareBefore !== null && shareBefore >= MOSTLY_BEFORE) {
    const share = formatPercent(locale, Math.min(shareBefore, 1));
    sentences.push(say('explain.pretrend.mostly', { share }));
  } else if (pretrendOnly) sentences.push(say('explain.pretrend.only'));
  else if (c.confidence.pretrend) sentences.push(say('explain.pretrend.part'));
  return sentences;
}

/** The kinds of control routes, in the order the explanation names them. */
const CONTROL_KINDS = ['unlisted', 'placebo', 'elsewhere'] as const;

/**
 * What the controls were: one kind named alone ("of goods not on the list"), or several with
 * their counts ("(3 of goods not on the list, 40 scored with the cut-off two years earlier…)").
 */
function controlsText(c: ExplainInput, locale: Locale): string {
  const { controls, placebo, elsewhere } = c.calibration;
  const sizes = { unlisted: controls - placebo - elsewhere, placebo, elsewhere };
  const present = CONTROL_KINDS.filter((kind) => sizes[kind] > 0);
  const [only] = present;
  if (only && present.length === 1)
    return translate(locale, `explain.controls.${only}${controls === 1 ? '.one' : ''}`);
  const parts = present.map((kind) =>
    translate(locale, `explain.controls.${kind}.count`, { n: sizes[kind] }),
  );
  return translate(locale, 'explain.controls.list', {
    parts: parts.join(locale === 'zh-TW' ? '，' : ', '),
  });
}

/**
 * How unusual the score is: how many of the comparable routes (the controls, see
 * calibration.ts: goods not on the list, and the control runs' routes) score as high. Said of
 * listed goods only.
 */
function calibrationSentence(c: ExplainInput, locale: Locale): string[] {
  const { controls, falsePositiveRate: rate } = c.calibration;
  if (rate === null || c.score <= 0 || !isListed(c)) return [];
  // rate = (1 + k) / (1 + n) for k of the n controls scoring as high.
  const count = Math.round(rate * (1 + controls) - 1);
  const weak = rate >= 0.5 ? translate(locale, 'explain.weak') : '';
  const params = { count, controls, kinds: controlsText(c, locale), weak };
  const sentence =
    controls === 1
      ? translate(locale, `explain.calibration.one.${count === 0 ? 'lower' : 'as'}`, params)
      : count === 0
        ? translate(locale, 'explain.calibration.none', params)
        : translateCount(locale, 'explain.calibration.some', count, params);
  if (!c.calibration.matched) return [sentence];
  const kind = translate(locale, `explain.kind.${routeKind(c)}`);
  return [sentence, translate(locale, 'explain.calibration.matched', { kind })];
}

/**
 * Whose goods went on (see originShareOf): said when the origin supplied less than half of
 * the rise in the intermediary's imports, with the part of the onward rise that is its share.
 */
function whoseGoodsSentence(c: ExplainInput, locale: Locale): string[] {
  const share = c.originShare;
  const { importsBaseline, importsPost } = c;
  if (share === null || share >= MINOR_SUPPLIER || importsBaseline === null || importsPost === null)
    return [];
  const rise = importsPost - importsBaseline;
  const onward = Math.max(0, (c.legs.second.postMean ?? 0) - (c.legs.second.baselineMean ?? 0));
  return [
    translate(locale, 'explain.whoseGoods', {
      ...names(c, locale),
      share: formatPercent(locale, share),
      own: formatUsdInText(locale, share * rise),
      all: perPeriod(rise, c, locale),
      traced: perPeriod(share * onward, c, locale),
    }),
  ];
}

function explainIn(c: ExplainInput, locale: Locale): string {
  const sentences = [
    coreSentence(c, locale),
    ...calibrationSentence(c, locale),
    ...caveats(c, locale),
    ...whoseGoodsSentence(c, locale),
  ];
  const supporting = SIGNAL_LIST.filter((s) => s.explain && c.signals[s.name].strength > 0).sort(
    (a, b) =>
      c.signals[b.name].contribution - c.signals[a.name].contribution || (a.name < b.name ? -1 : 1),
  );
  for (const signal of supporting) sentences.push(signal.explain?.(c, locale) ?? '');
  if (c.gate === 0) sentences.push(notFlagged(c, locale));
  return joinSentences(locale, sentences);
}

/** Why a corridor is (or is not) flagged, signal by signal, in English and Traditional Chinese. */
export function explainCorridor(c: ExplainInput): Localized {
  return { en: explainIn(c, 'en'), 'zh-TW': explainIn(c, 'zh-TW') };
}
