/** English messages of the ingest report's list of flows two files both gave. */
export const enOverlaps = {
  'overlaps.title': 'The same flow from two files, counted once',
  'overlaps.rule':
    'Where two files give the same flow (reporter, partner, trade flow, year and product family), one is kept: the more authoritative source (Taiwan customs, then UN Comtrade, then BACI, then others), then the finer product detail, then the file given first. {rows} rows were dropped so that no flow is counted twice.',
  'overlaps.flow': 'Flow',
  'overlaps.kept': 'Kept',
  'overlaps.dropped': 'Dropped',
  'overlaps.gap': 'Apart',
  'overlaps.exports': '{reporter} exports to {partners}, {year}, HS {family}',
  'overlaps.imports': '{reporter} imports from {partners}, {year}, HS {family}',
  'overlaps.partners': '{count} partners',
  'overlaps.side': '{source}, HS-{level}: {value} ({file})',
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
