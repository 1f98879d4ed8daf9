/** English messages of the map's basemap controls. */
export const enBasemap = {
  'mapToolbar.label': 'Map controls',
  'mapToolbar.camera': 'Go to',
  'mapToolbar.camera.world': 'World',
  'mapToolbar.camera.world.hint': 'The whole world: every partner of Taiwan',
  'mapToolbar.camera.eurasia': 'Eurasia',
  'mapToolbar.camera.eurasia.hint': 'Europe to Japan, with Turkey, the Gulf and Central Asia',
  'mapToolbar.camera.central-asia': 'Central Asia',
  'mapToolbar.camera.central-asia.hint': 'The Caucasus and Central Asia, with Moscow',
  'mapToolbar.camera.east-asia': 'East Asia',
  'mapToolbar.camera.east-asia.hint': 'Taiwan, China, Hong Kong, Korea, Japan and Southeast Asia',
  'mapToolbar.colorBy': 'Colour',
  'mapToolbar.colorBy.tier': 'Product group',
  'mapToolbar.colorBy.tier.hint': 'Colour the flows by CHPL tier (group of products)',
  'mapToolbar.colorBy.score': 'Anomaly score',
  'mapToolbar.colorBy.score.hint': 'Colour by anomaly score, from yellow (low) to red (high)',
  'mapToolbar.display': 'Display',
  'mapToolbar.theme': 'Print colours',
  'mapToolbar.theme.hint':
    'light map and panels for printing and bright rooms; off: dark colours for screens',
  'mapToolbar.motion': 'Animation',
  'mapToolbar.motion.hint': 'dots moving along the flows; turn off to pause them',
  'map.edge': '{names}: {value}',
  'map.edgeMore': '{names} and {count} more: {value}',
  'map.edgeLabel': 'Flows leaving the map towards {names}, {value} in the period',
} as const;

export type BasemapKey = keyof typeof enBasemap;
