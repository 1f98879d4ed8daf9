/** English messages of the corridor views (leg chart, methodology); see {@link tv}. */
export const enViews = {
  'chart.invasion': 'Invasion of Ukraine, Feb 2022',
  'chart.baseline': 'Baseline',
  'chart.post': 'Post period',
  'chart.baselineMean': 'Dashed: baseline monthly mean',
  'chart.gap': 'Gap: month not known',
  'chart.noData': 'No monthly figures for this corridor.',
  'chart.desc.periods':
    'Monthly values in US dollars. Baseline {baselineStart} – {baselineEnd}; post period {postStart} – {postEnd}.',
  'chart.desc.series': '{label}: {baseline} a month on average in the baseline, {post} after.',
  'chart.desc.unknown': 'not known',
  'chart.desc.gaps': 'Gaps in a line are months with no figures.',
  'method.title': 'How corridors are found and scored',
  'method.close': 'Close',
  'method.print': 'Print',
  'method.intro':
    'A corridor is a product leaving Taiwan (the origin) for a third country (the intermediary) and going on from there to Russia or Belarus (the destination). The first leg is origin → intermediary, the second leg intermediary → destination, and the direct flow origin → destination. Every corridor is measured by the signals below, and the score combines them.',
  'method.signals': 'The signals',
  'method.signals.caption':
    'Each signal, its weight in the score, and whether it is part of the gate',
  'method.col.signal': 'Signal',
  'method.col.meaning': 'What it measures',
  'method.col.weight': 'Weight',
  'method.col.gate': 'Gate',
  'method.gate.yes': 'Yes',
  'method.gate.no': 'No',
  'method.score': 'The score',
  'method.score.strength':
    'Each signal becomes a strength from 0 (nothing unusual) to 1 (strong). The method in full, below, says where each ramp starts and ends.',
  'method.score.gate':
    'The gate is high only when both legs surge and move together month by month. If either leg does not surge, or the two rise at unrelated times, the gate is shut and the score is 0, whatever the other signals say.',
  'method.score.mean':
    "The score (0 to 1) is the gate times the weighted mean of all {count} strengths (the weights add up to {total}). Each signal's contribution is its share of that sum, so the contributions add up to the score.",
  'method.caution':
    'A high score is a reason to look, not proof: correlation says nothing about who shipped what.',
  'method.full': 'The method in full',
} as const;

/** A message key of the corridor views. */
export type ViewKey = keyof typeof enViews;
