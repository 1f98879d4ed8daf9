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
  'routes.reason.no_first_leg':
    'nothing in the data on the first leg: neither the origin’s exports to the intermediary nor its imports from the origin',
  'routes.reason.first_no_baseline':
    'the first leg is not in the data before the cut-off (no baseline to compare with)',
  'routes.reason.first_no_post': 'the first leg is not in the data after the cut-off',
  'routes.reason.no_onward_leg':
    'no onward leg: neither the intermediary’s exports (to the destination or to the World) nor the destination’s imports from it are in the data',
  'routes.reason.onward_no_baseline':
    'the onward leg is not in the data before the cut-off (no baseline to compare with)',
  'routes.reason.onward_unknown_after_cutoff':
    'the onward leg is known only from the destination’s own reports, which stop after 2021 (Russia and Belarus): the intermediary’s exports by partner are needed',
  'routes.reason.world_only_unlinked':
    'the intermediary’s exports are known only to the World, and it has no documented link to the destination that would justify a partial reading',
  'routes.more': '… and {count} more (all of them in the corridors JSON export).',
  'corridors.tag.partial': 'partial evidence',
  'corridors.tag.annual': 'annual data',
  'corridors.tag.pretrend': 'rise began before the invasion',
  'route.title': '{origin} → {via} → {destination}',
  'route.caption': 'What went in and what went on, {period}',
  'route.group': 'Product group',
  'route.other': 'Goods on no CHPL tier',
  'route.total': 'All goods shown',
  'route.accountFor':
    "{origin}'s shipments to {via} ({first}) could account for at most {share} of {via}'s exports to {destination} ({second}); the rest came from other suppliers or from stock.",
  'route.covered':
    "{via}'s exports to {destination} ({second}) equal {share} of what it received from {origin} ({first}).",
  'route.noOnward': 'The data hold no exports from {via} to {destination} in this period.',
  'route.hidden': '{count} more corridors through {via} score below the minimum of {min}.',
  'route.hidden.one': '1 more corridor through {via} scores below the minimum of {min}.',
  'route.showHidden': 'List them too',
};

/** A message key of the ranking's account of its routes. */
export type RoutesKey = keyof typeof enRoutes;
