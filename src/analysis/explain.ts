import { isListed } from './calibration';
import { MOSTLY_BEFORE } from './confidence';
import { UNNAMED_PARTNERS, legExcess, type Corridor, type LegSummary } from './corridor';
import { formatMonth, formatMultiple, formatPercent, formatUsd, type Language } from './format';
import { productPhrase } from './products';
import { SIGNAL_LIST, SURGE_RAMP, type Localized } from './signals';

/** What the explanation needs of a corridor (a {@link Corridor} without its explanation). */
export type ExplainInput = Omit<Corridor, 'explanation' | 'rank'>;

/** A baseline below this (US$ a month) reads as "almost nothing" rather than as a multiple. */
const NEGLIGIBLE_BASELINE_USD = 1_000;

function name(c: ExplainInput, who: 'origin' | 'via' | 'destination', lang: Language) {
  return c.names[who][lang];
}

/** A benchmark that grew this much is worth naming: part of the surge is a boom everywhere. */
const NOTABLE_BENCHMARK = 1.3;

function benchmarkNote(leg: LegSummary, lang: Language): string {
  if ((leg.othersSurge ?? 1) < NOTABLE_BENCHMARK) return '';
  const multiple = formatMultiple(leg.othersSurge ?? 1, lang);
  return lang === 'en' ? ` (to everyone else: ${multiple})` : `（對其他對象：${multiple}）`;
}

/** "US$45 k a month" / "每月4.5萬美元", or a year's for an annual corridor. */
function perPeriod(value: number, c: ExplainInput, lang: Language): string {
  const annual = c.frequency === 'annual';
  if (lang === 'en') return `${formatUsd(value, lang)} a ${annual ? 'year' : 'month'}`;
  return `每${annual ? '年' : '月'}${formatUsd(value, lang)}`;
}

function legChange(leg: LegSummary, c: ExplainInput, lang: Language): string {
  const en = lang === 'en';
  const post = leg.postLevel ?? 0;
  const negligible = NEGLIGIBLE_BASELINE_USD * (c.frequency === 'annual' ? 12 : 1);
  if (leg.surge === null)
    return en ? `reached ${perPeriod(post, c, lang)}` : `達${perPeriod(post, c, lang)}`;
  if ((leg.baselineMean ?? 0) < negligible && post >= negligible) {
    const level = perPeriod(post, c, lang);
    return en ? `rose from almost nothing to ${level}` : `從幾乎為零增至${level}`;
  }
  if (leg.surge >= SURGE_RAMP.low) {
    const multiple = formatMultiple(leg.surge, lang);
    return (en ? `rose ${multiple}` : `增為${multiple}`) + benchmarkNote(leg, lang);
  }
  if (leg.surge >= 1) return en ? 'changed little' : '變化不大';
  return en ? 'fell' : '下降';
}

function secondLegSubject(c: ExplainInput, lang: Language): string {
  const [via, dest] = [name(c, 'via', lang), name(c, 'destination', lang)];
  if (c.legs.second.to === UNNAMED_PARTNERS)
    return lang === 'en'
      ? `${via}'s exports of the same to ${dest} or to partners it did not name`
      : `${via}對${dest}或未列明對象的同類出口`;
  if (c.evidence === 'partial')
    return lang === 'en' ? `${via}'s exports of the same to the world` : `${via}對全球的同類出口`;
  if (c.legs.second.source === 'mirror') {
    return lang === 'en'
      ? `${dest}'s imports of the same from ${via}`
      : `${dest}自${via}的同類進口`;
  }
  return lang === 'en' ? `${via}'s exports of the same to ${dest}` : `${via}對${dest}的同類出口`;
}

function together(c: ExplainInput, lang: Language): string {
  const en = lang === 'en';
  const strength = c.signals.coMovement.strength;
  if (c.frequency === 'annual') {
    if (strength === 0) return en ? ', but not in the same years' : '，但兩者並非在相同年份上升';
    if (strength < 0.5)
      return en ? ', peaking within a year of each other' : '，兩者高峰相距不到一年';
    return en ? ', rising in the same years' : '，兩者在相同年份上升';
  }
  if (strength === 0) return en ? ', but not in step month by month' : '，但兩者並未逐月同步';
  if (strength < 0.5) return en ? ', moving together only loosely' : '，但兩者僅大致同步';
  const lag = c.lagMonths ?? 0;
  if (lag === 0) return en ? ', moving together month by month' : '，兩者逐月同步變動';
  const months = en ? `${lag} month${lag === 1 ? '' : 's'}` : `${lag}個月`;
  return en
    ? `, moving together month by month (the second leg about ${months} behind)`
    : `，兩者逐月同步變動（第二段約落後${months}）`;
}

/** A hub's first leg: the extra dollars above what it would have carried anyway, and their share. */
function excessChange(c: ExplainInput, lang: Language): string {
  const excess = legExcess(c.legs.first) ?? 0;
  const level = c.legs.first.relativeLevel ?? c.legs.first.postLevel ?? excess;
  const share = formatPercent(excess / Math.max(1, level));
  const extra = perPeriod(excess, c, lang);
  return lang === 'en'
    ? `carried ${extra} more than its trend (${share} of the flow)`
    : `較其趨勢多出${extra}（占該流量的${share}）`;
}

function coreSentence(c: ExplainInput, lang: Language): string {
  const product = productPhrase(c.product, c.level, c.productName, lang);
  const [origin, via] = [name(c, 'origin', lang), name(c, 'via', lang)];
  const since = c.frequency === 'annual' ? c.postStart.slice(0, 4) : formatMonth(c.postStart, lang);
  const byExcess = c.signals.firstLegExcess.strength > c.signals.firstLegSurge.strength;
  const first = byExcess ? excessChange(c, lang) : legChange(c.legs.first, c, lang);
  const second = legChange(c.legs.second, c, lang);
  if (lang === 'en') {
    return `${origin}'s exports of ${product} to ${via} ${first} from ${since} while ${secondLegSubject(c, lang)} ${second}${together(c, lang)}`;
  }
  return `${origin}對${via}的${product}出口自${since}起${first}，同期${secondLegSubject(c, lang)}${second}${together(c, lang)}`;
}

function notFlagged(c: ExplainInput, lang: Language): string {
  const en = lang === 'en';
  const reasons: string[] = [];
  if (c.signals.firstLegSurge.strength === 0)
    reasons.push(en ? 'the first leg did not surge' : '第一段並未激增');
  if (c.signals.secondLegSurge.strength === 0)
    reasons.push(en ? 'the second leg did not surge' : '第二段並未激增');
  if (c.signals.coMovement.strength === 0)
    reasons.push(en ? 'the legs do not move together' : '兩段並未同步');
  return en ? `Not flagged: ${reasons.join('; ')}.` : `未予標記：${reasons.join('；')}。`;
}

/** Why the evidence weighs less: a partial onward leg, a rise before the cut-off. */
function caveats(c: ExplainInput, lang: Language): string[] {
  const en = lang === 'en';
  const [via, dest] = [name(c, 'via', lang), name(c, 'destination', lang)];
  const sentences: string[] = [];
  if (c.confidence.partial && c.legs.second.to === UNNAMED_PARTNERS)
    sentences.push(
      en
        ? `Partial evidence: ${via} names its trading partners, but most of the rise in its exports of these goods went to none of them; its exports to ${dest} and to partners it did not name stand in for the onward leg (${via} is a documented route to ${dest}).`
        : `部分證據：${via}雖列明其貿易對象，但該貨品出口的增加大多未歸屬任何列明對象；改以其對${dest}及未列明對象的出口代替第二段（${via}為有文獻記載的輸${dest}路線）。`,
    );
  else if (c.confidence.partial)
    sentences.push(
      en
        ? `Partial evidence: ${via}'s exports to ${dest} are not in the data, so its exports to the world stand in for them (${via} is a documented route to ${dest}).`
        : `部分證據：資料中沒有${via}對${dest}的出口，改以其對全球的出口代替（${via}為有文獻記載的輸${dest}路線）。`,
    );
  const { pretrendOnly, shareBefore } = c.confidence;
  if (pretrendOnly && shareBefore !== null && shareBefore >= MOSTLY_BEFORE) {
    const share = formatPercent(Math.min(shareBefore, 1));
    sentences.push(
      en
        ? `The rise began before the invasion: ${share} of it had happened by the end of the baseline. It is a pre-trend, not a response, and is listed without a score.`
        : `增加始於入侵之前：基準期結束時已完成${share}。屬既有趨勢，而非對入侵的反應，故列出但不計分。`,
    );
  } else if (pretrendOnly)
    sentences.push(
      en
        ? 'The rise began before the invasion and went no further after it: a pre-trend, not a response, listed without a score.'
        : '增加始於入侵之前，之後並未再增：屬既有趨勢，而非對入侵的反應，故列出但不計分。',
    );
  else if (c.confidence.pretrend)
    sentences.push(
      en
        ? 'Part of the rise began before the invasion (the months just before the cut-off were already well above the baseline before them).'
        : '部分增加始於入侵之前（基準期結束前的幾個月已明顯高於其之前的基準）。',
    );
  return sentences;
}

/**
 * How unusual the score is: how many of the comparable routes (the controls, see
 * calibration.ts: goods not on the list, and the placebo run's routes) score as high. Said of
 * listed goods only.
 */
function calibrationSentence(c: ExplainInput, lang: Language): string[] {
  const { controls, placebo, falsePositiveRate: rate } = c.calibration;
  if (rate === null || c.score <= 0 || !isListed(c)) return [];
  // rate = (1 + k) / (1 + n) for k of the n controls scoring as high.
  const k = Math.round(rate * (1 + controls) - 1);
  const count = (x: number) => x.toLocaleString('en-US');
  const [n, unlisted] = [count(controls), count(controls - placebo)];
  const weak = rate >= 0.5;
  if (controls === 1) return [oneControlSentence(placebo === 1, k === 0, weak, lang)];
  if (lang === 'en') {
    const which = k === 0 ? 'None' : count(k);
    const verb = k === 1 ? 'scores' : 'score';
    const routes =
      placebo === 0
        ? `comparable routes of goods not on the list`
        : `comparable routes (${unlisted} of goods not on the list, ${count(placebo)} scored with the cut-off two years earlier, before the invasion)`;
    return [`${which} of the ${n} ${routes} ${verb} as high${weak ? ': weak evidence' : ''}.`];
  }
  const which = k === 0 ? '沒有一條' : `有 ${count(k)} 條`;
  const routes =
    placebo === 0
      ? `${n} 條未列管貨品的可比較路線中`
      : `${n} 條可比較路線（${unlisted} 條未列管貨品的路線，${count(placebo)} 條將基準期提前兩年、於入侵之前評分的路線）中`;
  return [`${routes}，${which}分數同樣高${weak ? '：證據薄弱' : ''}。`];
}

/** {@link calibrationSentence} when there is a single control route. */
function oneControlSentence(placebo: boolean, lower: boolean, weak: boolean, lang: Language) {
  const tail = weak ? (lang === 'en' ? ': weak evidence' : '：證據薄弱') : '';
  if (lang === 'en') {
    const what = placebo
      ? 'comparable route, scored with the cut-off two years earlier (before the invasion),'
      : 'comparable route of goods not on the list';
    return `The one ${what} ${lower ? 'does not score' : 'scores'} as high${tail}.`;
  }
  const what = placebo ? '將基準期提前兩年、於入侵之前評分' : '未列管貨品';
  return `唯一一條可比較路線（${what}）${lower ? '分數不及此走廊' : '分數同樣高'}${tail}。`;
}

/** Below this share of the intermediary's import rise, the explanation says whose goods went on. */
const MINOR_SUPPLIER = 0.5;

/**
 * Whose goods went on (see originShareOf): said when the origin supplied less than half of
 * the rise in the intermediary's imports, with the part of the onward rise that is its share.
 */
function whoseGoodsSentence(c: ExplainInput, lang: Language): string[] {
  const share = c.originShare;
  const { importsBaseline, importsPost } = c;
  if (share === null || share >= MINOR_SUPPLIER || importsBaseline === null || importsPost === null)
    return [];
  const [origin, via] = [name(c, 'origin', lang), name(c, 'via', lang)];
  const rise = importsPost - importsBaseline;
  const onward = Math.max(0, (c.legs.second.postMean ?? 0) - (c.legs.second.baselineMean ?? 0));
  const [own, all, traced] = [
    formatUsd(share * rise, lang),
    perPeriod(rise, c, lang),
    perPeriod(share * onward, c, lang),
  ];
  const pct = formatPercent(share);
  return lang === 'en'
    ? [
        `${origin} supplied ${pct} of the rise in ${via}'s imports of these goods (${own} of ${all}); the rest came from other suppliers, so about ${traced} of the onward rise is ${origin}'s share.`,
      ]
    : [
        `${via}該貨品進口的增加中，${origin}僅占${pct}（${all}中的${own}），其餘來自其他供應者；因此第二段的增加中約${traced}可歸於${origin}。`,
      ];
}

function explainIn(c: ExplainInput, lang: Language): string {
  const end = lang === 'en' ? '.' : '。';
  const sentences = [
    coreSentence(c, lang) + end,
    ...calibrationSentence(c, lang),
    ...caveats(c, lang),
    ...whoseGoodsSentence(c, lang),
  ];
  const supporting = SIGNAL_LIST.filter((s) => s.explain && c.signals[s.name].strength > 0).sort(
    (a, b) =>
      c.signals[b.name].contribution - c.signals[a.name].contribution || (a.name < b.name ? -1 : 1),
  );
  for (const signal of supporting) sentences.push(signal.explain?.(c, lang) ?? '');
  if (c.gate === 0) sentences.push(notFlagged(c, lang));
  return sentences.join(lang === 'en' ? ' ' : '');
}

/** Why a corridor is (or is not) flagged, signal by signal, in English and Traditional Chinese. */
export function explainCorridor(c: ExplainInput): Localized {
  return { en: explainIn(c, 'en'), 'zh-TW': explainIn(c, 'zh-TW') };
}
