import type { ExportsKey } from './en-exports';

/** Traditional Chinese messages of the exports (PNG, CSV, JSON), key for key. */
export const zhTwExports: Record<ExportsKey, string> = {
  'exports.title': '匯出',
};
