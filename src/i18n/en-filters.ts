/** English messages of the workspace's filters (product tree, country pickers). */
export const enFilters = {
  'filters.title': 'Filters',
};

/** A message key of the workspace's filters (product tree, country pickers). */
export type FiltersKey = keyof typeof enFilters;
