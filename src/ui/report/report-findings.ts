import type { Corridor } from '../../analysis/corridor';
import { formatMonth, formatPercent, formatUsd, translateCount, type Locale } from '../../i18n';
import { productText, routeText, scoreText } from '../corridor-text';
import {
  closedRange,
  FLAG_THRESHOLD,
  isFlagged,
  listText,
  monthlyChange,
  originName,
  sortedMonthly,
  tr,
  type ReportInput,
} from './report-model';

/** How many intermediaries the findings name. */
const NAMED_INTERMEDIARIES = 3;

/** A sentence of the key findings, with what it is about (for tests and styling). */
export interface Finding {
  id: 'flagged' | 'top' | 'change' | 'intermediaries' | 'mirror';
  text: string;
}

/**
 * The intermediaries of the flagged corridors, most frequent first; ties go to the one whose
 * best corridor ranks higher (then the ISO-3 code). Never by name: names sort differently in
 * each language, and the findings must name the same countries in both.
 */
export function flaggedIntermediaries(
  corridors: readonly Corridor[],
  locale: Locale,
): { code: string; name: string; count: number }[] {
  const counts = new Map<string, { code: string; name: string; count: number; best: number }>();
  for (const c of corridors.filter(isFlagged)) {
    const entry = counts.get(c.via) ?? {
      code: c.via,
      name: c.names.via[locale],
      count: 0,
      best: c.rank,
    };
    entry.count += 1;
    entry.best = Math.min(entry.best, c.rank);
    counts.set(c.via, entry);
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.best - b.best || (a.code < b.code ? -1 : 1))
    .map(({ code, name, count }) => ({ code, name, count }));
}

function flaggedFinding(corridors: readonly Corridor[], locale: Locale): Finding {
  const total = corridors.length;
  const flagged = corridors.filter(isFlagged).length;
  const threshold = String(FLAG_THRESHOLD);
  if (total === 0) return { id: 'flagged', text: tr(locale, 'transparency.finding.noCorridors') };
  const text =
    flagged === 0
      ? tr(locale, 'transparency.finding.flaggedNone', { total, threshold })
      : translateCount(locale, 'transparency.finding.flagged', flagged, {
          flagged,
          total,
          threshold,
        });
  return { id: 'flagged', text };
}

function topFinding(corridors: readonly Corridor[], locale: Locale): Finding | null {
  const top = corridors[0];
  if (!top || top.score <= 0) return null;
  return {
    id: 'top',
    text: tr(locale, 'transparency.finding.top', {
      score: scoreText(top.score),
      route: routeText((key, params) => tr(locale, key, params), locale, top),
      product: productText(locale, top),
      explanation: top.explanation[locale],
    }),
  };
}

function changeFinding(input: ReportInput, locale: Locale): Finding {
  const origin = originName(input, locale);
  const lastMonth = sortedMonthly(input.monthly).at(-1)?.month ?? input.dataset.end;
  const post = closedRange(input.post, lastMonth);
  const periods = {
    origin,
    baselineStart: formatMonth(locale, input.baseline.start),
    baselineEnd: formatMonth(locale, input.baseline.end),
    postStart: formatMonth(locale, post.start),
    postEnd: formatMonth(locale, post.end),
  };
  const { baselineMean, postMean, change } = monthlyChange(
    input.monthly,
    input.baseline,
    input.post,
  );
  if (baselineMean === null || postMean === null) {
    return { id: 'change', text: tr(locale, 'transparency.finding.changeUnknown', { origin }) };
  }
  const amounts = {
    ...periods,
    baseline: formatUsd(locale, baselineMean),
    post: formatUsd(locale, postMean),
  };
  if (change === null) {
    return { id: 'change', text: tr(locale, 'transparency.finding.changeFromZero', amounts) };
  }
  const percent = formatPercent(locale, Math.abs(change));
  const key =
    Math.round(change * 100) === 0
      ? 'transparency.finding.changeFlat'
      : change > 0
        ? 'transparency.finding.changeUp'
        : 'transparency.finding.changeDown';
  return { id: 'change', text: tr(locale, key, { ...amounts, percent }) };
}

function intermediariesFinding(corridors: readonly Corridor[], locale: Locale): Finding | null {
  const ranked = flaggedIntermediaries(corridors, locale);
  const [only] = ranked;
  if (!only) return null;
  if (ranked.length === 1) {
    return {
      id: 'intermediaries',
      text: tr(locale, 'transparency.finding.intermediaryOnly', { name: only.name }),
    };
  }
  const items = ranked
    .slice(0, NAMED_INTERMEDIARIES)
    .map(({ name, count }) =>
      tr(locale, 'transparency.finding.intermediaryCount', { name, count }),
    );
  return {
    id: 'intermediaries',
    text: tr(locale, 'transparency.finding.intermediaries', { list: listText(locale, items) }),
  };
}

/** Whether a corridor's legs rest partly on the importer's (mirror) figures. */
export const usesMirror = (c: Corridor) =>
  [c.legs.first.source, c.legs.second.source].some((s) => s === 'mirror' || s === 'mixed');

function mirrorFinding(corridors: readonly Corridor[], locale: Locale): Finding | null {
  const flagged = corridors.filter(isFlagged);
  const count = flagged.filter(usesMirror).length;
  if (count === 0) return null;
  return {
    id: 'mirror',
    text: translateCount(locale, 'transparency.finding.mirror', count, {
      count,
      flagged: flagged.length,
    }),
  };
}

/**
 * The key findings in plain language (2 to 5 sentences): how many corridors are flagged, the
 * top corridor and why, how the origin's CHPL exports changed between the periods' monthly
 * means, the intermediaries that appear most among flagged corridors, and how many of those
 * rest on mirror figures.
 */
export function reportFindings(input: ReportInput, locale: Locale): Finding[] {
  const { corridors } = input;
  return [
    flaggedFinding(corridors, locale),
    topFinding(corridors, locale),
    changeFinding(input, locale),
    intermediariesFinding(corridors, locale),
    mirrorFinding(corridors, locale),
  ].filter((f): f is Finding => f !== null);
}
