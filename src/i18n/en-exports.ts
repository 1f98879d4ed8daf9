/** English messages of the exports (PNG, CSV, JSON). */
export const enExports = {
  'exports.title': 'Export',
};

/** A message key of the exports (PNG, CSV, JSON). */
export type ExportsKey = keyof typeof enExports;
