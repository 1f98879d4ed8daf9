/** English messages of the coverage matrix and the download plan (panel and Markdown). */
export const enCoverage = {
  'coverage.open': 'What this data covers',
  'coverage.openHint':
    'Which legs of which routes the loaded data can support, year by year, and what to download to fill the gaps',
  'coverage.title': 'What this data covers',
  'coverage.close': 'Close',
  'coverage.intro':
    'Each leg of the routes from {origin} through {count} intermediaries to {destinations}, year by year: what the loaded data holds, from which side, and in how much detail. The analysis reads monthly figures only.',
  'coverage.loading': 'Reading what the data covers…',
  'coverage.failed':
    'Could not read what the data covers. The map and the ranking are not affected; opening the panel again, or loading the data again, may help.',
  'coverage.download': 'Download the plan (Markdown)',
  'coverage.downloadHint':
    'The queries to run on a connected machine (UN Comtrade Plus, Taiwan customs) to fill the gaps, and this matrix',
  'coverage.summary':
    'Leg-years that need data: {gaps} of {cells}; {queries} ({downloads}) fill them.',
  'coverage.count.queries': '{count} queries',
  'coverage.count.queries.one': '{count} query',
  'coverage.count.downloads': '{count} downloads',
  'coverage.count.downloads.one': '{count} download',
  'coverage.count.fallbacks': '{count} fallback queries',
  'coverage.count.fallbacks.one': '{count} fallback query',
  'coverage.noGaps': 'No gaps: every leg is known month by month in every year.',
  'coverage.legend': 'How to read a cell',
  'coverage.legend.monthly':
    '"12/12 mo": monthly, the months known of the months the year should have',
  'coverage.legend.incomplete': '"7/12 mo": monthly, with months missing',
  'coverage.legend.annual': '"annual": annual rows only (the analysis needs months)',
  'coverage.legend.partial':
    '"partial Jan–Jul": annual rows covering the first months of the year only',
  'coverage.legend.mirror': '"mirror": only the importer\'s figures, not the exporter\'s own',
  'coverage.legend.noRows':
    '"no rows": the reporter files that year but gives no row for this pair; read as zero (zero trade, or the partner was left out of the download)',
  'coverage.legend.missing': '"missing": no figures from either side: unknown, never zero',
  'coverage.col.route': 'Route',
  'coverage.col.baseline': 'Baseline {start} – {end}',
  'coverage.col.post': 'After {start} – {end}',
  'coverage.col.detail': 'HS detail',
  'coverage.col.sources': 'Sources',
  'coverage.leg.first': '{origin} → intermediaries (first leg)',
  'coverage.leg.second': 'Intermediaries → {destinations} (second leg)',
  'coverage.leg.world': 'Intermediaries → World (all their exports)',
  'coverage.leg.direct': '{origin} → {destinations}, directly',
  'coverage.route': '{from} → {to}',
  'coverage.world': 'World',
  'coverage.and': '{first} and {last}',
  'coverage.cell.monthly': '{months}/{expected} mo',
  'coverage.cell.annual': 'annual',
  'coverage.cell.partial': 'partial {range}',
  'coverage.cell.missing': 'missing',
  'coverage.cell.mirror': 'mirror',
  'coverage.cell.noRows': 'no rows',
  'coverage.period': '{known}/{expected} mo',
  'coverage.detail': '{levels}; {chpl6}/{total6} CHPL codes, {chpl4}/{total4} headings',
  'coverage.detail.none': 'no rows',
  'coverage.sources.reported': 'exporter: {sources}',
  'coverage.sources.mirror': 'importer: {sources}',
  'coverage.gap.missing': 'missing',
  'coverage.gap.annual': 'annual only',
  'coverage.gap.partial': 'partial year',
  'coverage.gap.incomplete': 'months missing',
  'coverage.gap.mirrorOnly': 'mirror only',
  'coverage.gap.noRows': 'no rows',

  'plan.title': 'What the data covers, and what to download',
  'plan.data':
    'Data: {name}, {first} – {last}. Routes: {origin} → {count} intermediaries → {destinations}.',
  'plan.offline':
    'Made offline from the data alone. "Missing" means unknown, never zero; the analysis reads monthly figures only.',
  'plan.matrix': 'What the data covers',
  'plan.plan': 'Download plan',
  'plan.summary': 'Leg-years that need data: {gaps} of {cells}. {queries} ({downloads}) fill them.',
  'plan.summary.fallbacks': 'If a query returns nothing: {fallbacks}.',
  'plan.noGaps': 'Nothing to download: every leg is known month by month in every year.',
  'plan.notes': 'Read this first',
  'plan.note.taiwan490':
    'Taiwan is never a reporter in UN Comtrade: its exports come from its own customs statistics (below), or from its partners\' reports, where Taiwan is partner code 490 "Other Asia, nes".',
  'plan.note.silent':
    "{country} reports nothing after {year}: use partners' exports (mirror). Its own side of a flow after {year} cannot be downloaded, so the queries ask the exporters.",
  'plan.note.fewMonthly':
    '{country} reports little monthly data: if its monthly query returns nothing, run its annual fallback. The analysis reads monthly figures only, so annual ones give the size of a flow, not its timing.',
  'plan.note.noRows':
    '"No rows": the reporter files that year but gives no row for the pair: zero trade, or the partner was left out of the download. The queries include these pairs to confirm which.',
  'plan.customs': 'Taiwan customs trade statistics',
  'plan.customs.how':
    'The Customs Administration\'s trade statistics query: exports by country and commodity, in US dollars, month by month. Save each result as CSV and open it with "Open trade files…" or `npm run ingest`.',
  'plan.comtrade': 'UN Comtrade Plus',
  'plan.comtrade.how':
    'UN Comtrade Plus, "Get data", with the fields given below. A query takes at most 12 periods, so monthly data come one year per download. Save each result as CSV and open it with "Open trade files…" or `npm run ingest`.',
  'plan.comtrade.headings':
    'A reporter that gives only 4-digit headings: ask for the {count} CHPL headings instead: {codes}.',
  'plan.fallbacks': 'If a query returns nothing',
  'plan.fallbacks.how':
    'Run these only for the queries that return nothing (or too little): each says which gaps it backs up.',
  'plan.query.comtrade': '{id}. {reporters} {flow} {partners}, HS: {codes}, {freq}, {years}',
  'plan.query.customs': "{id}. Taiwan's exports to {partners}, HS: {codes}, monthly, {years}",
  'plan.flow.X': 'exports to',
  'plan.flow.M': 'imports from',
  'plan.freq.M': 'monthly',
  'plan.freq.A': 'annual',
  'plan.codes': 'the {count} CHPL codes',
  'plan.otherAsia': 'Other Asia, nes',
  'plan.field.type': 'Type of product: Goods · Classification: HS (as reported)',
  'plan.field.freq.M': 'Frequency: Monthly (M)',
  'plan.field.freq.A': 'Frequency: Annual (A)',
  'plan.field.reporters': 'Reporters: {list}',
  'plan.field.partners': 'Partners: {list}',
  'plan.field.flow.X': 'Trade flows: Export (X)',
  'plan.field.flow.M': 'Trade flows: Import (M)',
  'plan.field.codes': 'HS codes ({count}): {codes}',
  'plan.field.periods': 'Periods: {periods}',
  'plan.field.totals':
    '2nd partner: World (0) · Mode of transport: TOTAL MOT (0) · Customs procedure: TOTAL CPC (C00): totals only, or values count twice',
  'plan.field.downloads.M': 'Downloads: {count}, one per year',
  'plan.field.downloads.A': 'Downloads: {count}, up to 12 years each',
  'plan.field.rows': 'At most {rows} rows a download',
  'plan.field.fills': 'Fills {count} gaps: {list}',
  'plan.field.fills.one': 'Fills {count} gap: {list}',
  'plan.field.backs': 'Backs up {count} gaps: {list}',
  'plan.field.backs.one': 'Backs up {count} gap: {list}',
  'plan.customs.flow': '進出口別 (flow): 出口總值(含復出口), exports with re-exports',
  'plan.customs.currency': '幣別 (currency): 美元, US dollars',
  'plan.customs.period':
    '期間 (period), one download per year, month by month: {ranges}. A single total over the range would be read as an annual or partial-year figure.',
  'plan.customs.countries': '國家 (countries): {list}',
  'plan.customs.codes':
    '貨品號列 (commodity codes): the 11-digit codes under the {count} CHPL HS-6 codes: {codes}',
  'plan.table': 'Gaps filled by each query',
  'plan.table.query': 'Query',
  'plan.table.source': 'Source',
  'plan.table.downloads': 'Downloads',
  'plan.table.gaps': 'Gaps filled',
  'plan.table.total': 'Total',
  'plan.source.comtrade': 'UN Comtrade Plus',
  'plan.source.tw-customs': 'Taiwan customs',
};

/** A message key of the coverage matrix and the download plan. */
export type CoverageKey = keyof typeof enCoverage;
