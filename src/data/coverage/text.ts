import {
  formatMonthName,
  translate,
  translateCount,
  type Locale,
  type MessageParams,
} from '../../i18n';
import type { CoverageKey } from '../../i18n/en-coverage';
import type { LegKind } from './cells';
import type { CellState, CoverageRoute, GapKind, PeriodMonths } from './model';
import type { CountryInfo } from './read-coverage';

/** Translates a message of the coverage and the plan. */
export const say = (locale: Locale, key: CoverageKey, params?: MessageParams) =>
  translate(locale, key, params);

/** Translates a message about `count` things (its `.one` form when singular). */
export const sayCount = (locale: Locale, key: CoverageKey, count: number, params?: MessageParams) =>
  translateCount(locale, key, count, { count, ...params });

/** Punctuation in each language: list items, groups of items, a remark in brackets, sentences. */
export function punctuation(locale: Locale) {
  return locale === 'en'
    ? { item: ', ', group: '; ', open: ' (', close: ')', sentence: ' ' }
    : { item: '、', group: '；', open: '（', close: '）', sentence: '' };
}

/** Names and codes of the economies, by ISO-3 code. */
export type Countries = ReadonlyMap<string, CountryInfo>;

/** An economy's name in the locale ('World' for 'WLD'; the code when it is not known). */
export function countryName(locale: Locale, countries: Countries, code: string): string {
  if (code === 'WLD') return say(locale, 'coverage.world');
  const country = countries.get(code);
  if (!country) return code;
  return locale === 'en' ? country.en : country.zh;
}

/** "Russia and Belarus" / "俄羅斯及白俄羅斯": a short list of names. */
export function nameList(locale: Locale, names: readonly string[]): string {
  if (names.length < 2) return names.join('');
  const separator = punctuation(locale).item;
  return say(locale, 'coverage.and', {
    first: names.slice(0, -1).join(separator),
    last: names.at(-1) ?? '',
  });
}

/** "Jan–Jul" / "1月–7月": the first `months` months of a year. */
function monthRange(locale: Locale, months: number): string {
  const name = (month: number) => formatMonthName(locale, month);
  return months === 1 ? name(1) : `${name(1)}–${name(months)}`;
}

/**
 * The text of a cell: "12/12 mo", "7/12 mo", "annual", "partial Jan–Jul" or "missing", then
 * "· mirror" when only the importer's figures are known and "· no rows" when the pair has no
 * row. The text alone says everything the colour says.
 */
export function cellText(locale: Locale, state: CellState): string {
  let text: string;
  if (state.status === 'monthly' || state.status === 'incomplete')
    text = say(locale, 'coverage.cell.monthly', { months: state.months, expected: state.expected });
  else if (state.status === 'partial')
    text = say(locale, 'coverage.cell.partial', {
      range: monthRange(locale, state.partialMonths ?? 0),
    });
  else text = say(locale, `coverage.cell.${state.status}`);
  const marks = [
    ...(state.basis === 'mirror' ? [say(locale, 'coverage.cell.mirror')] : []),
    ...(state.noRows ? [say(locale, 'coverage.cell.noRows')] : []),
  ];
  return [text, ...marks].join(' · ');
}

/** Months known over a period: "36/36 mo". */
export function periodText(locale: Locale, period: PeriodMonths): string {
  return say(locale, 'coverage.period', { known: period.known, expected: period.expected });
}

/** "Taiwan → Kyrgyzstan". */
export function routeLabel(locale: Locale, countries: Countries, from: string, to: string): string {
  return say(locale, 'coverage.route', {
    from: countryName(locale, countries, from),
    to: countryName(locale, countries, to),
  });
}

/** The heading of a kind of leg: "Taiwan → intermediaries (first leg)". */
export function legTitle(
  locale: Locale,
  countries: Countries,
  leg: LegKind,
  origin: string,
  destinations: readonly string[],
): string {
  return say(locale, `coverage.leg.${leg}`, {
    origin: countryName(locale, countries, origin),
    destinations: nameList(
      locale,
      destinations.map((code) => countryName(locale, countries, code)),
    ),
  });
}

/** "HS-6; 29/50 CHPL codes, 19/23 headings", or "no rows". */
export function detailText(
  locale: Locale,
  route: CoverageRoute,
  totals: { codes: number; headings: number },
): string {
  if (route.hsLevels.length === 0) return say(locale, 'coverage.detail.none');
  return say(locale, 'coverage.detail', {
    levels: route.hsLevels.map((level) => `HS-${level}`).join(' + '),
    chpl6: route.chpl6,
    total6: totals.codes,
    chpl4: route.chpl4,
    total4: totals.headings,
  });
}

/** "exporter: comtrade; importer: sample", or '' when the leg has no rows. */
export function sourcesText(locale: Locale, route: CoverageRoute): string {
  const parts = [
    ...(route.reportedSources.length > 0
      ? [say(locale, 'coverage.sources.reported', { sources: route.reportedSources.join(', ') })]
      : []),
    ...(route.mirrorSources.length > 0
      ? [say(locale, 'coverage.sources.mirror', { sources: route.mirrorSources.join(', ') })]
      : []),
  ];
  return parts.join(punctuation(locale).group);
}

/** A kind of gap in words: "missing", "annual only"... */
export function gapText(locale: Locale, kind: GapKind): string {
  return say(locale, `coverage.gap.${kind}`);
}

/** "2022–2024" or "2022" for consecutive years. */
export function yearsText(years: readonly number[]): string {
  const first = years[0];
  const last = years.at(-1);
  if (first === undefined || last === undefined) return '';
  return first === last ? String(first) : `${first}–${last}`;
}

/** How many CHPL HS-4 headings the codes fall under. */
export function headingCount(codes: readonly string[]): number {
  return new Set(codes.map((code) => code.slice(0, 4))).size;
}
