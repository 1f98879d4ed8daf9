import type { FiltersKey } from './en-filters';

/** Traditional Chinese messages of the workspace's filters (product tree, country pickers), key for key. */
export const zhTwFilters: Record<FiltersKey, string> = {
  'filters.title': '篩選條件',
};
