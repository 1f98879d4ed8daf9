/** English messages of the ranking's account of the routes it could and could not score. */
export const enRoutes = {
  'routes.summary':
    'Routes considered: {considered}. Scored fully: {full}; partially: {partial}; nothing standing out: {noSignal}; could not be scored: {unscored}.',
  'routes.none': 'No corridor stands out among the {count} routes the data let us score.',
  'routes.nothingScored': 'Nothing could be scored, because:',
  'routes.noRoutes':
    'The data hold no dual-use goods on a route from the origin to the destinations.',
  'routes.reasonCount': '{reason} ({count} routes)',
  'routes.reasonCount.one': '{reason} (1 route)',
  'routes.unscored': 'Routes that could not be scored, and why',
  'routes.more': '… and {count} more (all of them in the corridors JSON export).',
  'corridors.tag.partial': 'partial evidence',
  'corridors.tag.annual': 'annual data',
  'corridors.tag.pretrend': 'rise began before the invasion',
};

/** A message key of the ranking's account of its routes. */
export type RoutesKey = keyof typeof enRoutes;
