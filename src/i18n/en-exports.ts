/** English messages of the exports (PNG, CSV, JSON). */
export const enExports = {
  'exports.title': 'Export',
  'exports.hint': 'Download the map as an image, or its figures as CSV or JSON',
  'exports.menuLabel': 'Export the current view',
  'exports.map': 'Map (PNG)',
  'exports.video': 'Map animation ({seconds} s video, WebM)',
  'exports.videoPlayback': 'Playback {start} – {end} (video, WebM)',
  'exports.recording': 'Recording {item}: {percent}',
  'exports.cancel': 'Cancel',
  'exports.cancelled': '{item}: cancelled, nothing saved',
  'exports.flows': 'Flows (CSV)',
  'exports.corridorsCsv': 'Corridors (CSV)',
  'exports.corridorsJson': 'Corridors (JSON)',
  'exports.working': 'Preparing…',
  'exports.running': '{item}: preparing…',
  'exports.done': '{item} saved',
  'exports.failed': 'Could not export {item}: {message}',
  'exports.error.noMap': 'there is no map on the page',
  'exports.error.noCanvas': 'Canvas 2D is not available',
  'exports.error.notEncoded': 'the map image could not be encoded',
  'exports.error.noSettings': 'the analysis settings are not valid: correct them first',
  'exports.error.unexpected': 'an unexpected error ({detail})',
  'exports.error.noRecorder': 'this browser cannot record video (WebCodecs with VP9 or VP8)',
  'exports.png.period': 'Flows {start} – {end}',
  'exports.png.source': 'Source: {source}',
  'exports.png.generated': 'generated {date}',
  'exports.png.synthetic': 'synthetic sample data, not real trade statistics',
  'exports.png.footer': 'Source: {source} · generated {date}',
  'exports.png.footerSynthetic':
    'Source: {source} · generated {date} · synthetic sample data, not real trade statistics',
};

/** A message key of the exports (PNG, CSV, JSON). */
export type ExportsKey = keyof typeof enExports;
