import { makeMonth, monthCode, monthNumber, yearOf } from '../../analysis/month';
import type { Locale } from '../../i18n';
import { coverageMatrix, type MatrixTable } from './matrix';
import type { DownloadPlan, PlanGap, PlanNote, PlanQuery } from './plan';
import type { Coverage } from './read-coverage';
import {
  countryName,
  gapText,
  nameList,
  punctuation,
  routeLabel,
  say,
  sayCount,
  yearsText,
  type Countries,
} from './text';

/** A Markdown table: header, separator, rows (cells must not hold a '|'). */
function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string[] {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)];
}

/** The kinds of cell, in the order the legend explains them. */
export const LEGEND = [
  'monthly',
  'incomplete',
  'annual',
  'partial',
  'mirror',
  'noRows',
  'missing',
] as const;

/** The legend, one bullet per kind of cell. */
function legendLines(locale: Locale): string[] {
  return LEGEND.map((kind) => `- ${say(locale, `coverage.legend.${kind}`)}`);
}

/** The matrix of one kind of leg: a row per route, a column per year, then the periods. */
function matrixLines(table: MatrixTable): string[] {
  return markdownTable(
    table.header,
    table.rows.map((row) => [
      row.label,
      ...row.cells.map((cell) => cell.text),
      row.baseline,
      row.post,
      row.detail,
      row.sources,
    ]),
  );
}

/** "Kyrgyzstan (417)", "World (0)", "Other Asia, nes (490)"; in Chinese with the English name too. */
function comtradeName(locale: Locale, countries: Countries, code: string): string {
  if (code === 'WLD')
    return locale === 'en' ? 'World (0)' : `${say(locale, 'coverage.world')} World (0)`;
  const country = countries.get(code);
  if (!country) return code;
  if (country.un === 490) return `${say(locale, 'plan.otherAsia')} (490)`;
  const name = locale === 'en' ? country.en : `${country.zh} ${country.en}`;
  return country.un === null ? name : `${name} (${country.un})`;
}

/** "吉爾吉斯 (Kyrgyzstan)" in English, "吉爾吉斯" in Chinese: the names the customs portal lists. */
function customsName(locale: Locale, countries: Countries, code: string): string {
  const country = countries.get(code);
  if (!country) return code;
  return locale === 'en' ? `${country.zh} (${country.en})` : country.zh;
}

/** "2019–2021, 2023": years as ranges of consecutive years. */
function yearRanges(years: readonly number[]): string {
  const ranges: number[][] = [];
  for (const year of [...years].sort((a, b) => a - b)) {
    const last = ranges.at(-1);
    if (last && last.at(-1) === year - 1) last.push(year);
    else ranges.push([year]);
  }
  return ranges.map(yearsText).join(', ');
}

/** "Kyrgyzstan → Russia 2022–2024 (missing); Tajikistan → World 2019–2025 (missing, no rows)". */
function gapList(locale: Locale, countries: Countries, gaps: readonly PlanGap[]): string {
  const p = punctuation(locale);
  const byRoute = new Map<string, PlanGap[]>();
  for (const gap of gaps) {
    const key = `${gap.from}|${gap.to}`;
    byRoute.set(key, [...(byRoute.get(key) ?? []), gap]);
  }
  return [...byRoute.values()]
    .map((mine) => {
      const first = mine[0] as PlanGap;
      const kinds = [...new Set(mine.map((g) => gapText(locale, g.kind)))].join(p.item);
      const years = yearRanges(mine.map((g) => g.year));
      return `${routeLabel(locale, countries, first.from, first.to)} ${years}${p.open}${kinds}${p.close}`;
    })
    .join(p.group);
}

/** The months of a year a query asks for: the whole year, or up to the data's last month. */
function lastMonthOf(year: number, lastMonth: string): number {
  return year === yearOf(lastMonth) ? monthNumber(lastMonth) : 12;
}

/** "202201–202212, 202301–202312" (monthly) or "2022, 2023" (annual). */
function comtradePeriods(query: PlanQuery, lastMonth: string): string {
  if (query.freq === 'A') return query.years.join(', ');
  return query.years
    .map((year) => {
      const [first, last] = [makeMonth(year, 1), makeMonth(year, lastMonthOf(year, lastMonth))];
      return `${monthCode(first)}–${monthCode(last)}`;
    })
    .join(', ');
}

/** "111年1月~111年12月; 112年1月~112年12月": the customs portal's periods, in ROC years. */
function customsPeriods(locale: Locale, query: PlanQuery, lastMonth: string): string {
  return query.years
    .map((year) => {
      const roc = year - 1911;
      return `${roc}年1月~${roc}年${lastMonthOf(year, lastMonth)}月`;
    })
    .join(punctuation(locale).group);
}

/** Names of economies as a query lists them (UN Comtrade's names and codes by default). */
function names(
  locale: Locale,
  countries: Countries,
  list: readonly string[],
  name = comtradeName,
): string {
  return list.map((code) => name(locale, countries, code)).join(punctuation(locale).item);
}

/**
 * A query in one line: "C1. Kyrgyzstan (417) exports to Russia (643), HS: the 50 CHPL codes,
 * monthly, 2022–2024", or "T1. Taiwan's exports to Tajikistan, ..." for Taiwan's customs.
 */
export function queryTitle(locale: Locale, coverage: Coverage, query: PlanQuery): string {
  const { countries, chpl } = coverage;
  const codes = say(locale, 'plan.codes', { count: chpl.length });
  const years = yearsText(query.years);
  if (query.source === 'tw-customs')
    return say(locale, 'plan.query.customs', {
      id: query.id,
      partners: names(locale, countries, query.partners, countryName),
      codes,
      years,
    });
  return say(locale, 'plan.query.comtrade', {
    id: query.id,
    reporters: names(locale, countries, query.reporters),
    flow: say(locale, `plan.flow.${query.flow}`),
    partners: names(locale, countries, query.partners),
    codes,
    freq: say(locale, `plan.freq.${query.freq}`),
    years,
  });
}

/** What a query fills (or, for a fallback, backs up): "Fills 6 gaps: Kyrgyzstan → Russia ...". */
export function queryFills(locale: Locale, coverage: Coverage, query: PlanQuery): string {
  return sayCount(
    locale,
    query.role === 'primary' ? 'plan.field.fills' : 'plan.field.backs',
    query.gaps.length,
    { list: gapList(locale, coverage.countries, query.gaps) },
  );
}

/** One query as a heading and the list of its fields. */
function queryLines(locale: Locale, coverage: Coverage, query: PlanQuery): string[] {
  const { countries, chpl, scope } = coverage;
  const codes = `\`${chpl.join(',')}\``;
  const heading = `#### ${queryTitle(locale, coverage, query)}`;
  const fills = `- ${queryFills(locale, coverage, query)}`;
  if (query.source === 'tw-customs') {
    return [
      heading,
      '',
      `- ${say(locale, 'plan.customs.flow')}`,
      `- ${say(locale, 'plan.customs.currency')}`,
      `- ${say(locale, 'plan.customs.period', { ranges: customsPeriods(locale, query, scope.lastMonth) })}`,
      `- ${say(locale, 'plan.customs.countries', { list: names(locale, countries, query.partners, customsName) })}`,
      `- ${say(locale, 'plan.customs.codes', { count: chpl.length, codes })}`,
      `- ${say(locale, 'plan.field.downloads.M', { count: query.downloads })}`,
      fills,
      '',
    ];
  }
  return [
    heading,
    '',
    `- ${say(locale, 'plan.field.type')}`,
    `- ${say(locale, `plan.field.freq.${query.freq}`)}`,
    `- ${say(locale, 'plan.field.reporters', { list: names(locale, countries, query.reporters) })}`,
    `- ${say(locale, 'plan.field.partners', { list: names(locale, countries, query.partners) })}`,
    `- ${say(locale, `plan.field.flow.${query.flow}`)}`,
    `- ${say(locale, 'plan.field.codes', { count: chpl.length, codes })}`,
    `- ${say(locale, 'plan.field.periods', { periods: comtradePeriods(query, scope.lastMonth) })}`,
    `- ${say(locale, 'plan.field.totals')}`,
    `- ${say(locale, `plan.field.downloads.${query.freq}`, { count: query.downloads })}`,
    `- ${say(locale, 'plan.field.rows', { rows: query.maxRows })}`,
    fills,
    '',
  ];
}

function noteText(locale: Locale, countries: Countries, note: PlanNote): string {
  switch (note.code) {
    case 'taiwan490':
      return say(locale, 'plan.note.taiwan490');
    case 'silent':
      return say(locale, 'plan.note.silent', {
        country: countryName(locale, countries, note.country),
        year: String(note.year),
      });
    case 'fewMonthly':
      return say(locale, 'plan.note.fewMonthly', {
        country: countryName(locale, countries, note.country),
      });
    case 'noRows':
      return say(locale, 'plan.note.noRows');
  }
}

/** The plan: summary, notes, the queries by source, fallbacks, and what each query fills. */
function planLines(locale: Locale, coverage: Coverage, plan: DownloadPlan): string[] {
  const { countries } = coverage;
  const primary = plan.queries.filter((q) => q.role === 'primary');
  const fallback = plan.queries.filter((q) => q.role === 'fallback');
  const downloads = primary.reduce((sum, q) => sum + q.downloads, 0);
  const lines = [`## ${say(locale, 'plan.plan')}`, ''];
  if (plan.gaps.length === 0) return [...lines, say(locale, 'plan.noGaps'), ''];
  const fallbacks = sayCount(locale, 'coverage.count.fallbacks', fallback.length);
  lines.push(
    [
      say(locale, 'plan.summary', {
        gaps: plan.gaps.length,
        cells: coverage.cells.length,
        queries: sayCount(locale, 'coverage.count.queries', primary.length),
        downloads: sayCount(locale, 'coverage.count.downloads', downloads),
      }),
      ...(fallback.length > 0 ? [say(locale, 'plan.summary.fallbacks', { fallbacks })] : []),
    ].join(punctuation(locale).sentence),
    '',
  );
  if (plan.notes.length > 0)
    lines.push(
      `### ${say(locale, 'plan.notes')}`,
      '',
      ...plan.notes.map((note) => `- ${noteText(locale, countries, note)}`),
      '',
    );
  const sections = [
    {
      title: 'plan.customs',
      how: 'plan.customs.how',
      queries: primary.filter((q) => q.source === 'tw-customs'),
    },
    {
      title: 'plan.comtrade',
      how: 'plan.comtrade.how',
      queries: primary.filter((q) => q.source === 'comtrade'),
    },
    { title: 'plan.fallbacks', how: 'plan.fallbacks.how', queries: fallback },
  ] as const;
  for (const section of sections) {
    if (section.queries.length === 0) continue;
    lines.push(`### ${say(locale, section.title)}`, '', say(locale, section.how), '');
    if (section.title === 'plan.comtrade') {
      const headings = [...new Set(coverage.chpl.map((code) => code.slice(0, 4)))];
      const codes = `\`${headings.join(',')}\``;
      lines.push(say(locale, 'plan.comtrade.headings', { count: headings.length, codes }), '');
    }
    for (const query of section.queries) lines.push(...queryLines(locale, coverage, query));
  }
  lines.push(
    `### ${say(locale, 'plan.table')}`,
    '',
    ...markdownTable(
      [
        say(locale, 'plan.table.query'),
        say(locale, 'plan.table.source'),
        say(locale, 'plan.table.downloads'),
        say(locale, 'plan.table.gaps'),
      ],
      [
        ...primary.map((q) => [
          q.id,
          say(locale, `plan.source.${q.source}`),
          String(q.downloads),
          String(q.gaps.length),
        ]),
        [say(locale, 'plan.table.total'), '', String(downloads), String(plan.gaps.length)],
      ],
    ),
    '',
  );
  return lines;
}

/**
 * The coverage matrix and the download plan as one Markdown document in the given language:
 * what the data holds (a table per kind of leg, with a legend in words), then the queries to
 * run on a connected machine, grouped by source, and how many gaps each fills.
 */
export function coverageMarkdown(
  locale: Locale,
  coverage: Coverage,
  plan: DownloadPlan,
  dataName: string,
): string {
  const { scope, countries } = coverage;
  const name = (code: string) => countryName(locale, countries, code);
  const lines = [
    `# ${say(locale, 'plan.title')}`,
    '',
    say(locale, 'plan.data', {
      name: dataName,
      first: String(scope.firstYear),
      last: scope.lastMonth,
      origin: name(scope.origin),
      count: scope.intermediaries.length,
      destinations: nameList(locale, scope.destinations.map(name)),
    }),
    say(locale, 'plan.offline'),
    '',
    `## ${say(locale, 'plan.matrix')}`,
    '',
    ...legendLines(locale),
    '',
  ];
  for (const table of coverageMatrix(locale, coverage))
    lines.push(`### ${table.title}`, '', ...matrixLines(table), '');
  lines.push(...planLines(locale, coverage, plan));
  return `${lines.join('\n').trimEnd()}\n`;
}
