/** English messages of the Sankey of origin, intermediaries and destinations. */
export const enSankey = {
  'sankey.title': 'Flows through intermediaries',
  'sankey.loading': 'Adding up the flows…',
  'sankey.empty': 'No flow through an intermediary matches these filters.',
  'sankey.other': 'Other intermediaries',
  'sankey.otherMembers': 'Merged into “Other intermediaries”: {names}.',
  'sankey.node': '{name}: {value}',
  'sankey.filterVia': '{name}: {value} — filter by this intermediary',
  'sankey.filterTo': '{name}: {value} — filter by this destination',
  'sankey.link': '{from} → {to}: {value}',
  'sankey.table.caption': 'Flows in the diagram, in US dollars.',
  'sankey.table.from': 'From',
  'sankey.table.to': 'To',
  'sankey.table.value': 'Value',
};

/** A message key of the Sankey of origin, intermediaries and destinations. */
export type SankeyKey = keyof typeof enSankey;
