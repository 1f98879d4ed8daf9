/**
 * English messages of the analysis settings' checks: what the settings panel says is wrong,
 * and what `npm run analyze` prints for a bad flag.
 */
export const enParams = {
  'params.error.notMonth': 'not a month (YYYY-MM): {text}',
  'params.error.badPeriod': 'period must be YYYY-MM:YYYY-MM, got {text}',
  'params.error.badCodes': 'expected ISO-3 codes separated by commas, got {text}',
  'params.error.noPlaces': 'at least one origin and one destination are needed',
  'params.error.baselineOpen': 'the baseline needs an end month',
  'params.error.baselineReversed': 'the baseline ends before it starts',
  'params.error.postNotAfter': 'the post period must start after the baseline',
  'params.error.postReversed': 'the post period ends before it starts',
  'params.error.negative.minValueUsd': 'minimum value must be ≥ 0, got {value}',
  'params.error.negative.floorUsd': 'floor must be ≥ 0, got {value}',
  'params.error.negative.topN': 'top N must be ≥ 0, got {value}',
  'params.error.negative.maxLagMonths': 'maximum lag must be ≥ 0, got {value}',
  'params.error.cifFob': 'the CIF/FOB factor must be positive',
};

/** A message key of the analysis settings' checks. */
export type ParamsKey = keyof typeof enParams;
