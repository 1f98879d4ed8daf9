/** English messages of the map's timeline controls. */
export const enTimeline = {
  'timeline.label': 'Timeline: the months shown on the map',
  'timeline.play': 'Play',
  'timeline.playHint': 'Play the months in turn (Space)',
  'timeline.pauseHint': 'Pause (Space)',
  'timeline.speed': 'Speed',
  'timeline.speedOption': '{speed}×',
  'timeline.windowLength': 'Sum over',
  'timeline.months': '{count} months',
  'timeline.months.one': '{count} month',
  'timeline.annual': 'Annual figures only',
  'timeline.window': '{start} – {end}',
  'timeline.range': 'Period shown on the map',
  'timeline.invasion': 'Invasion of Ukraine',
  'timeline.chart':
    'CHPL exports to all partners, month by month, {start} – {end}. Highest: {value} in {peak}.',
  'timeline.chart.year':
    'CHPL exports to all partners, year by year, {start} – {end}. Highest: {value} in {peak}.',
  'timeline.noData': 'No figures to play through.',
} as const;

export type TimelineKey = keyof typeof enTimeline;
