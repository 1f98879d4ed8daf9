/** English messages of the analyst workspace's layout and its filters' labels. */
export const enWorkspace = {
  'workspace.reset': 'Reset filters',
  'workspace.origin': 'Origin',
  'workspace.via': 'Intermediary',
  'workspace.to': 'Destination',
  'workspace.allIntermediaries': 'All intermediaries',
  'workspace.allDestinations': 'All destinations',
  'workspace.source': 'Figures',
  'workspace.source.reported': 'Declared exports',
  'workspace.source.reported.hint':
    "The exporter's own figures (FOB): Taiwan's exports, and each intermediary's exports",
  'workspace.source.mirror': 'Mirror imports',
  'workspace.source.mirror.hint':
    "The importer's figures (CIF): what each partner declared it imported. Russia has reported nothing since 2021",
  'workspace.rescoring': 'Scoring the corridors with the new settings…',
  'workspace.products': 'Products',
  'mode.label': 'Views of the data',
  'mode.map': 'Explore',
  'mode.brief': 'Brief',
  'mode.report': 'Report',
  'workspace.briefPanel': 'Briefing: saved views as steps',
  'map.label': 'Map of the trade flows',
  'workspace.panels': 'Filters and flows',
};

/** A message key of the analyst workspace. */
export type WorkspaceKey = keyof typeof enWorkspace;
