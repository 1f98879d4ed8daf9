/** English messages of the ingest report's list of flows two files both gave. */
export const enOverlaps = {
  'overlaps.title': 'The same flow from two files, counted once',
  'overlaps.rule':
    'Where two files give the same flow (reporter, partner, trade flow, year and product family), one is kept: first the one covering the whole year (a few months are a part of the year, not another figure for it), then the more authoritative source (Taiwan customs, then UN Comtrade, then BACI, then others), then the one covering the whole product family (some subheadings are a part of their heading), then the finer product detail, then the file given first. {rows} rows were dropped so that no flow is counted twice.',
  'overlaps.flow': 'Flow',
  'overlaps.kept': 'Kept',
  'overlaps.dropped': 'Dropped',
  'overlaps.why': 'Why',
  'overlaps.exports': '{reporter} exports to {partners}, {year}, HS {family}',
  'overlaps.imports': '{reporter} imports from {partners}, {year}, HS {family}',
  'overlaps.partners': '{count} partners',
  'overlaps.side': '{source}, HS-{level}, {span}: {value} ({file})',
  'overlaps.span.annual': 'annual',
  'overlaps.span.annualPart': 'annual, {months} of 12 months',
  'overlaps.span.monthly': 'monthly, {months} of 12 months',
  'overlaps.span.both': 'annual and monthly',
  'overlaps.reason.partial_year':
    "The dropped rows cover {months} of the year's 12 months: a part of the year, not another figure for it",
  'overlaps.reason.partial_goods':
    'The dropped rows give only some subheadings of HS {family} ({share} of the heading total): a part of the goods, not another figure for them',
  'overlaps.reason.authority': 'The more authoritative source',
  'overlaps.reason.finer': 'The finer detail, as complete',
  'overlaps.reason.first': 'As complete, detailed and authoritative: the file given first',
  'overlaps.reasonGap': '{reason}; {gap}',
  'overlaps.apart': '{gap} apart',
  'overlaps.noGap': 'nothing kept to compare',
  'overlaps.more':
    '… and {count} more flows (the command-line ingest lists them all in its summary).',
  'overlaps.source.tw-customs': 'Taiwan customs',
  'overlaps.source.comtrade': 'UN Comtrade',
  'overlaps.source.baci': 'BACI',
  'overlaps.source.sample': 'the sample',
};

/** A message key of the list of overlapping flows. */
export type OverlapsKey = keyof typeof enOverlaps;
