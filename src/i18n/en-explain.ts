/**
 * English messages of a corridor's explanation (src/analysis/explain.ts): its first sentence,
 * put together from the legs' changes, then the calibration, the caveats and whose goods went
 * on. Names ({origin}, {via}, {destination}, {product}) and figures ({multiple}, {level},
 * {share} …) come already written; {weak} is `explain.weak` or nothing.
 */
export const enExplain = {
  'explain.core':
    "{origin}'s exports of {product} to {via} {first} from {since} while {subject} {second}, {together}.",
  'explain.product': '{name} ({code})',
  'explain.perMonth': '{value} a month',
  'explain.perYear': '{value} a year',

  'explain.leg.reached': 'reached {level}',
  'explain.leg.fromNothing': 'rose from almost nothing to {level}',
  'explain.leg.rose': 'rose {multiple}',
  'explain.leg.roseEverywhere': 'rose {multiple} (to everyone else: {others})',
  'explain.leg.little': 'changed little',
  'explain.leg.fell': 'fell',
  'explain.leg.excess': 'carried {extra} more than its trend ({share} of the flow)',

  'explain.subject.unnamed':
    "{via}'s exports of the same to {destination} or to partners it did not name",
  'explain.subject.world': "{via}'s exports of the same to the world",
  'explain.subject.mirror': "{destination}'s imports of the same from {via}",
  'explain.subject.exports': "{via}'s exports of the same to {destination}",

  'explain.together.annual.none': 'but not in the same years',
  'explain.together.annual.peaks': 'peaking within a year of each other',
  'explain.together.annual': 'rising in the same years',
  'explain.together.none': 'but not in step month by month',
  'explain.together.loose': 'moving together only loosely',
  'explain.together': 'moving together month by month',
  'explain.together.lag':
    'moving together month by month (the second leg about {lag} months behind)',
  'explain.together.lag.one':
    'moving together month by month (the second leg about {lag} month behind)',

  'explain.calibration.none':
    'None of the {controls} comparable routes {kinds} score as high{weak}.',
  'explain.calibration.some':
    '{count} of the {controls} comparable routes {kinds} score as high{weak}.',
  'explain.calibration.some.one':
    '{count} of the {controls} comparable routes {kinds} scores as high{weak}.',
  'explain.calibration.one.lower': 'The one comparable route {kinds} does not score as high{weak}.',
  'explain.calibration.one.as': 'The one comparable route {kinds} scores as high{weak}.',
  'explain.controls.list': '({parts})',
  'explain.controls.unlisted': 'of goods not on the list',
  'explain.controls.unlisted.one': 'of goods not on the list',
  'explain.controls.unlisted.count': '{n} of goods not on the list',
  'explain.controls.placebo': 'scored with the cut-off two years earlier (before the invasion)',
  'explain.controls.placebo.one': 'scored with the cut-off two years earlier (before the invasion)',
  'explain.controls.placebo.count':
    '{n} scored with the cut-off two years earlier, before the invasion',
  'explain.controls.elsewhere': 'to comparison destinations (distant economies of similar income)',
  'explain.controls.elsewhere.one':
    'to a comparison destination (a distant economy of similar income)',
  'explain.controls.elsewhere.count': '{n} to comparison destinations',
  'explain.weak': ': weak evidence',
  'explain.calibration.matched': 'Each was measured as this one was: {kind}.',
  'explain.kind.monthly.full': 'month by month, with both legs known',
  'explain.kind.monthly.partial':
    'month by month, with the onward leg known only in part (to the World or to partners not named)',
  'explain.kind.annual.full': 'year by year, with both legs known',
  'explain.kind.annual.partial':
    'year by year, with the onward leg known only in part (to the World or to partners not named)',

  'explain.partial.unnamed':
    'Partial evidence: {via} names its trading partners, but most of the rise in its exports of these goods went to none of them; its exports to {destination} and to partners it did not name stand in for the onward leg ({via} is a documented route to {destination}).',
  'explain.partial.world':
    "Partial evidence: {via}'s exports to {destination} are not in the data, so its exports to the world stand in for them ({via} is a documented route to {destination}).",
  'explain.pretrend.mostly':
    'The rise began before the invasion: {share} of it had happened by the end of the baseline. It is a pre-trend, not a response, and is listed without a score.',
  'explain.pretrend.only':
    'The rise began before the invasion and went no further after it: a pre-trend, not a response, listed without a score.',
  'explain.pretrend.part':
    'Part of the rise began before the invasion (the months just before the cut-off were already well above the baseline before them).',
  'explain.whoseGoods':
    "{origin} supplied {share} of the rise in {via}'s imports of these goods ({own} of {all}); the rest came from other suppliers, so about {traced} of the onward rise is {origin}'s share.",

  'explain.notFlagged': 'Not flagged: {reasons}.',
  'explain.notFlagged.separator': '; ',
  'explain.notFlagged.first': 'the first leg did not surge',
  'explain.notFlagged.second': 'the second leg did not surge',
  'explain.notFlagged.together': 'the legs do not move together',

  'fraction.half': 'half',
  'fraction.third': 'a third',
  'fraction.quarter': 'a quarter',
} as const;

/** A message key of the explanations. */
export type ExplainKey = keyof typeof enExplain;
