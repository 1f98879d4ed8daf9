/**
 * English messages of the signals: each one's short name for a printed table, label, meaning,
 * and its sentence in a corridor's explanation ({via}, {destination}, {origin}: names; the
 * rest: figures already written).
 */
export const enSignals = {
  'signal.firstLegSurge.short': 'leg 1',
  'signal.firstLegSurge.label': 'First-leg surge',
  'signal.firstLegSurge.meaning':
    "The origin's exports to the intermediary after the cut-off, as a multiple of the baseline (monthly means plus a floor, US$10,000 by default; the two largest months capped).",
  'signal.firstLegExcess.short': 'leg 1 excess',
  'signal.firstLegExcess.label': 'First-leg excess',
  'signal.firstLegExcess.meaning':
    "The origin's extra exports to the intermediary after the cut-off, in dollars above its baseline grown as the origin's exports to everyone else grew, over the baseline's month-to-month noise: a hub's small share of a large flow. It opens the gate in place of the first-leg surge when it can carry at least a quarter of the onward rise; it adds no weight of its own.",
  'signal.secondLegSurge.short': 'leg 2',
  'signal.secondLegSurge.label': 'Second-leg surge',
  'signal.secondLegSurge.meaning':
    "The intermediary's exports of the same goods to the destination, as a multiple of the baseline (same smoothing).",
  'signal.coMovement.short': 'together',
  'signal.coMovement.label': 'Legs move together',
  'signal.coMovement.meaning':
    'Correlation of the two legs month by month (logarithms, trend removed), the second leg 0–3 months behind; the best lag counts.',
  'signal.directFall.short': 'direct fall',
  'signal.directFall.label': 'Direct flow fell',
  'signal.directFall.meaning':
    "How much the origin's direct exports of the goods to the destination fell (share of the baseline, smoothed): substitution.",
  'signal.directFall.sentence': 'Direct exports to {destination} fell by {fall}.',
  'signal.reexportRatio.short': 're-export',
  'signal.reexportRatio.label': 'Re-export ratio',
  'signal.reexportRatio.meaning':
    "The intermediary's exports of the goods to the destination over its imports of them from the world; its rise since the baseline counts.",
  'signal.reexportRatio.sentence':
    "{via}'s exports of them to {destination} equal {now} of its imports of them from the world (baseline {before}).",
  'signal.mirrorGap.short': 'missing imports',
  'signal.mirrorGap.label': 'Missing imports',
  'signal.mirrorGap.meaning':
    "Share of the origin's reported exports that the intermediary does not record as imports after the cut-off, against the pair's own ratio of imports to exports before it (its CIF/FOB margin and what it left out already; 1.06 where the baseline holds too little).",
  'signal.mirrorGap.sentence': '{via} records only {share} of them as imports.',
  'signal.mirrorGap.sentence.own':
    '{via} records only {share} of them as imports, measured against its own records of this flow before the cut-off.',
  'signal.unitValueJump.short': 'unit value',
  'signal.unitValueJump.label': 'Unit-value jump',
  'signal.unitValueJump.meaning':
    'Value per kg on the first leg after the cut-off, as a multiple of its baseline or of the origin’s unit value to other partners, whichever is higher.',
  'signal.unitValueJump.sentence': 'Value per kg on the first leg is {multiple} in the baseline.',
  'signal.unitValueJump.sentence.others':
    'Value per kg on the first leg is {multiple} what {origin} charges its other buyers.',
  'signal.concentration.short': 'share',
  'signal.concentration.label': 'Destination share',
  'signal.concentration.meaning':
    "The destination's share of the intermediary's exports of the goods; its rise since the baseline counts.",
  'signal.concentration.sentence':
    "{destination} takes {now} of {via}'s exports of them (baseline {before}).",
};

/** A message key of the signals. */
export type SignalsKey = keyof typeof enSignals;
