import type { Corridor } from '../../analysis/corridor';
import { INVASION_MONTH, monthNumber, monthOf, monthsFrom, yearOf } from '../../analysis/month';
import type { Localized } from '../../analysis/signals';
import { SIGNAL_NAMES, signalLabel } from '../../analysis/signals';
import {
  formatMonth,
  formatUsd,
  joinSentences,
  translate,
  translateCount,
  type Locale,
  type MessageKey,
  type MessageParams,
} from '../../i18n';
import { routeText, scoreText } from '../corridor-text';

/** What the public transparency report is computed from; the app passes it to the page. */
export interface ReportInput {
  /** The dataset: its name, whether it is the synthetic sample, rows, first and last month ('YYYY-MM-DD'). */
  dataset: {
    name: string;
    isSample: boolean;
    rows: number;
    start: string;
    end: string;
    checksum: string | null;
  };
  /** The app's version and when the report was generated (ISO). */
  appVersion: string;
  generatedAt: string;
  /** The ranked corridors (best first) and the analysis period. */
  corridors: readonly Corridor[];
  baseline: { start: string; end: string }; // 'YYYY-MM'
  post: { start: string; end: string };
  /** The origin's CHPL exports per month ('YYYY-MM-01' → US$), for the timeline chart and findings. */
  monthly: readonly { month: string; valueUsd: number }[];
  /** Country names by ISO-3, and their map anchors [lon, lat]. */
  places: ReadonlyMap<
    string,
    { position: [number, number]; name: { en: string; 'zh-TW': string } }
  >;
  countries110mUrl: string;
}

/** One month of the origin's CHPL exports. */
export type MonthlyValue = ReportInput['monthly'][number];

/** A period of whole months, 'YYYY-MM' to 'YYYY-MM' ('' for an open end). */
export interface MonthRange {
  start: string;
  end: string;
}

/** A score at or above this flags a corridor in the report's findings. */
export const FLAG_THRESHOLD = 0.5;

/** How many corridors the map and the corridor table show. */
export const TOP_COUNT = 10;

/** How many signals the corridor table names per corridor. */
const MAIN_SIGNALS = 3;

/** A translation with a key of the report's (or any) dictionary. */
export const tr = (locale: Locale, key: MessageKey, params?: MessageParams) =>
  translate(locale, key, params);

/** Score bands, each drawn with its own dash pattern so that colour is never the only cue. */
export type ScoreBand = 'high' | 'mid' | 'low';

/** The band of a score: flagged (≥ 0.5), middling (≥ 0.25) or low. */
export function scoreBand(score: number): ScoreBand {
  if (score >= FLAG_THRESHOLD) return 'high';
  if (score >= FLAG_THRESHOLD / 2) return 'mid';
  return 'low';
}

/** Whether a corridor is flagged by this report. */
export const isFlagged = (c: Pick<Corridor, 'score'>) => c.score >= FLAG_THRESHOLD;

/** The value that can have passed through a corridor: its smaller leg over the post period. */
export function corridorValue(c: Corridor): number {
  return Math.min(c.legs.first.postTotal, c.legs.second.postTotal);
}

/** Whether a month ('YYYY-MM…') lies in a range; an empty end is open. */
export function inRange(month: string, range: MonthRange): boolean {
  const m = monthOf(month);
  return m >= range.start && (range.end === '' || m <= range.end);
}

/** Which analysis period a month belongs to, if any. */
export function periodOf(
  month: string,
  baseline: MonthRange,
  post: MonthRange,
): 'baseline' | 'post' | null {
  if (inRange(month, baseline)) return 'baseline';
  if (inRange(month, post)) return 'post';
  return null;
}

/** The months of the series in date order (the input need not be sorted). */
export function sortedMonthly(monthly: readonly MonthlyValue[]): MonthlyValue[] {
  return [...monthly].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
}

/** The origin's monthly means in both periods and the change between them. */
export interface MonthlyChange {
  baselineMean: number | null;
  postMean: number | null;
  /** post / baseline − 1; null when either mean is missing or the baseline is 0. */
  change: number | null;
  baselineMonths: number;
  postMonths: number;
}

const mean = (values: readonly number[]) =>
  values.length === 0 ? null : values.reduce((sum, v) => sum + v, 0) / values.length;

/** Monthly means of the origin's exports over the months of each period that the data hold. */
export function monthlyChange(
  monthly: readonly MonthlyValue[],
  baseline: MonthRange,
  post: MonthRange,
): MonthlyChange {
  const valuesIn = (period: 'baseline' | 'post') =>
    monthly.filter((m) => periodOf(m.month, baseline, post) === period).map((m) => m.valueUsd);
  const [before, after] = [valuesIn('baseline'), valuesIn('post')];
  const [baselineMean, postMean] = [mean(before), mean(after)];
  const change =
    baselineMean === null || postMean === null || baselineMean <= 0
      ? null
      : postMean / baselineMean - 1;
  return {
    baselineMean,
    postMean,
    change,
    baselineMonths: before.length,
    postMonths: after.length,
  };
}

/** A range with an open end closed at the data's last month, for display. */
export function closedRange(range: MonthRange, lastMonth: string): MonthRange {
  return { start: range.start, end: range.end === '' ? monthOf(lastMonth) : range.end };
}

/** When the report was generated, in UTC: "November 24, 2026 at 22:10 UTC". */
export function formatGenerated(locale: Locale, iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const time = new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: 'UTC',
  }).format(date);
  return tr(locale, 'transparency.utc', { time });
}

/** A month range in words: "Jan 2019 – Dec 2021" / "2019年1月 至 2021年12月". */
export function rangeText(locale: Locale, range: MonthRange): string {
  return tr(locale, 'transparency.range', {
    start: formatMonth(locale, range.start),
    end: formatMonth(locale, range.end),
  });
}

/**
 * The origin's name: from the corridors (they all leave the same origin), else from the places
 * (Taiwan), else the dictionary's.
 */
export function originName(
  input: Pick<ReportInput, 'corridors' | 'places'>,
  locale: Locale,
): string {
  const first = input.corridors[0];
  if (first) return first.names.origin[locale];
  return input.places.get('TWN')?.name[locale] ?? tr(locale, 'transparency.origin');
}

/** Items joined as a sentence lists them ('A, B, and C'; 「A、B和C」). */
export const listText = (locale: Locale, items: readonly string[]) =>
  new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);

/** The names of the signals that carry most of a corridor's score, strongest first. */
export function mainSignals(c: Corridor, locale: Locale, count = MAIN_SIGNALS): string[] {
  return SIGNAL_NAMES.filter((name) => c.signals[name].contribution > 0)
    .sort((a, b) => c.signals[b].contribution - c.signals[a].contribution || (a < b ? -1 : 1))
    .slice(0, count)
    .map((name) => signalLabel(name, locale));
}

/** One route drawn on the map: the top corridors sharing origin, intermediary and destination. */
export interface MapRoute {
  /** 'TWN>KGZ>RUS'. */
  key: string;
  origin: string;
  via: string;
  destination: string;
  names: { origin: Localized; via: Localized; destination: Localized };
  positions: { origin: [number, number]; via: [number, number]; destination: [number, number] };
  /** Ranks of the route's corridors, ascending. */
  ranks: number[];
  /** Sum of the corridors' values ({@link corridorValue}), US$. */
  valueUsd: number;
  /** The highest score among them. */
  score: number;
}

/**
 * The top corridors grouped by route, best route first; corridors with a country that has no
 * map anchor are returned apart, so that the map can say it left them out.
 */
export function mapRoutes(
  corridors: readonly Corridor[],
  places: ReportInput['places'],
  count = TOP_COUNT,
): { routes: MapRoute[]; unplaced: Corridor[] } {
  const routes = new Map<string, MapRoute>();
  const unplaced: Corridor[] = [];
  for (const c of corridors.slice(0, count)) {
    const [origin, via, destination] = [c.origin, c.via, c.destination].map(
      (code) => places.get(code)?.position,
    );
    if (!origin || !via || !destination) {
      unplaced.push(c);
      continue;
    }
    const key = `${c.origin}>${c.via}>${c.destination}`;
    const route = routes.get(key) ?? {
      key,
      origin: c.origin,
      via: c.via,
      destination: c.destination,
      names: c.names,
      positions: { origin, via, destination },
      ranks: [],
      valueUsd: 0,
      score: 0,
    };
    route.ranks.push(c.rank);
    route.valueUsd += corridorValue(c);
    route.score = Math.max(route.score, c.score);
    routes.set(key, route);
  }
  const list = [...routes.values()];
  for (const route of list) route.ranks.sort((a, b) => a - b);
  list.sort((a, b) => (a.ranks[0] ?? 0) - (b.ranks[0] ?? 0));
  return { routes: list, unplaced };
}

/** A route in words: "Taiwan → Kyrgyzstan → Russia". */
export function routeName(route: Pick<MapRoute, 'names'>, locale: Locale): string {
  return tr(locale, 'corridors.route', {
    origin: route.names.origin[locale],
    via: route.names.via[locale],
    destination: route.names.destination[locale],
  });
}

/** Ranks as a list: "1, 4 and 7" / "1、4和7". */
export const ranksText = (locale: Locale, ranks: readonly number[]) =>
  listText(
    locale,
    ranks.map((r) => String(r)),
  );

/** A figure's text alternative: a short title and a longer description. */
export interface TextAlternative {
  title: string;
  desc: string;
}

/** The map's title and description, written from the routes it draws. */
export function mapAlternative(
  routes: readonly MapRoute[],
  unplaced: readonly Corridor[],
  origin: string,
  locale: Locale,
): TextAlternative {
  const count = routes.reduce((n, r) => n + r.ranks.length, 0);
  const title = translateCount(locale, 'transparency.map.svgTitle', count, { count, origin });
  const sentences =
    routes.length === 0
      ? [tr(locale, 'transparency.map.descNone')]
      : [
          tr(locale, 'transparency.map.descIntro', { origin }),
          ...routes.map((route) =>
            translateCount(locale, 'transparency.map.descRoute', route.ranks.length, {
              route: routeName(route, locale),
              ranks: ranksText(locale, route.ranks),
              value: formatUsd(locale, route.valueUsd),
              score: scoreText(route.score),
            }),
          ),
        ];
  if (unplaced.length > 0) {
    const list = unplaced.map((c) =>
      routeText((key, params) => tr(locale, key, params), locale, c),
    );
    sentences.push(tr(locale, 'transparency.map.unplaced', { list: listText(locale, list) }));
  }
  return { title, desc: joinSentences(locale, sentences) };
}

/** The monthly chart's title and description, written from the series. */
export function monthlyAlternative(
  input: Pick<ReportInput, 'monthly' | 'baseline' | 'post' | 'corridors' | 'places'>,
  locale: Locale,
): TextAlternative {
  const origin = originName(input, locale);
  const series = sortedMonthly(input.monthly);
  const [first, last] = [series[0], series.at(-1)];
  if (!first || !last) {
    return {
      title: tr(locale, 'transparency.monthly.title'),
      desc: tr(locale, 'transparency.monthly.descEmpty'),
    };
  }
  const [start, end] = [formatMonth(locale, first.month), formatMonth(locale, last.month)];
  const peak = series.reduce((a, b) => (b.valueUsd > a.valueUsd ? b : a));
  const low = series.reduce((a, b) => (b.valueUsd < a.valueUsd ? b : a));
  const { baselineMean, postMean } = monthlyChange(series, input.baseline, input.post);
  const usdOrUnknown = (v: number | null) =>
    v === null ? tr(locale, 'transparency.notKnown') : formatUsd(locale, v);
  const sentences = [
    tr(locale, 'transparency.monthly.desc', {
      count: series.length,
      start,
      end,
      baseline: usdOrUnknown(baselineMean),
      post: usdOrUnknown(postMean),
      peakMonth: formatMonth(locale, peak.month),
      peakValue: formatUsd(locale, peak.valueUsd),
      lowMonth: formatMonth(locale, low.month),
      lowValue: formatUsd(locale, low.valueUsd),
    }),
  ];
  if (monthsFrom(first.month, last.month).includes(INVASION_MONTH)) {
    sentences.push(tr(locale, 'transparency.monthly.descMarker'));
  }
  return {
    title: tr(locale, 'transparency.monthly.svgTitle', { origin, start, end }),
    desc: joinSentences(locale, sentences),
  };
}

/** One year of the monthly table: the value of each calendar month, null where unknown. */
export interface YearRow {
  year: string;
  values: (number | null)[];
}

/** The monthly series as a year × month table (12 columns), years ascending. */
export function monthlyByYear(monthly: readonly MonthlyValue[]): YearRow[] {
  const years = new Map<string, (number | null)[]>();
  for (const { month, valueUsd } of sortedMonthly(monthly)) {
    const year = String(yearOf(month));
    const index = monthNumber(month) - 1;
    const values = years.get(year) ?? Array.from({ length: 12 }, () => null);
    if (index >= 0 && index < 12) values[index] = (values[index] ?? 0) + valueUsd;
    years.set(year, values);
  }
  return [...years.entries()].map(([year, values]) => ({ year, values }));
}
