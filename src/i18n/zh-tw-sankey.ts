import type { SankeyKey } from './en-sankey';

/** Traditional Chinese messages of the Sankey of origin, intermediaries and destinations, key for key. */
export const zhTwSankey: Record<SankeyKey, string> = {
  'sankey.title': '經第三地之流向',
};
