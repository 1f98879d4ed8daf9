/** English messages of the Sankey of origin, intermediaries and destinations. */
export const enSankey = {
  'sankey.title': 'Flows through intermediaries',
};

/** A message key of the Sankey of origin, intermediaries and destinations. */
export type SankeyKey = keyof typeof enSankey;
