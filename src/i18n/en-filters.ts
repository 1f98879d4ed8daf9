/** English messages of the workspace's filters (product tree, country pickers). */
export const enFilters = {
  'filters.title': 'Filters',

  'filters.products': 'Products',
  'filters.root.chpl': 'CHPL tiers',
  'filters.root.hs': 'HS chapters',
  'filters.all': 'All CHPL goods',
  'filters.tier': 'CHPL tier {tier}',
  'filters.hs': 'HS {code}',
  'filters.named': '{item}: {name}',
  'filters.more': '{first} + {count} more',
  'filters.showing': 'Showing: {label}',
  'filters.search': 'Find a product',
  'filters.searchPlaceholder': 'Code or name: 8542, 積體電路…',
  'filters.noMatch': 'No product matches “{query}”.',
  'filters.clear': 'Clear',
  'filters.clearHint': 'Clear the product filter: back to all CHPL goods',
  'filters.tierBadge': 'T{tier}',
  'filters.treeHelp':
    'Nothing ticked means all CHPL goods. Arrow keys move, Space ticks, → and ← open and close.',

  'filters.country.clear': 'Clear {label}',
  'filters.country.noMatch': 'No country matches “{query}”.',
  'filters.country.results': '{count} countries',
  'filters.country.results.one': '1 country',
};

/** A message key of the workspace's filters (product tree, country pickers). */
export type FiltersKey = keyof typeof enFilters;
