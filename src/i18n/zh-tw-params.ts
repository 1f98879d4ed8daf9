import type { ParamsKey } from './en-params';

/**
 * Traditional Chinese messages of the analysis settings' checks, key for key. The periods are
 * named as the rest of the app names them (基準期, 比較期), with the settings panel's own label
 * for the second (之後) beside it, so that the reader finds the fields to correct.
 */
export const zhTwParams: Record<ParamsKey, string> = {
  'params.error.notMonth': '不是月份（應為 YYYY-MM）：{text}',
  'params.error.badPeriod': '期間應寫成 YYYY-MM:YYYY-MM，收到的是「{text}」',
  'params.error.badCodes': '應為以逗號分隔的 ISO-3 代碼，收到的是「{text}」',
  'params.error.noPlaces': '至少需要一個來源地和一個目的地',
  'params.error.baselineOpen': '基準期需要結束月份',
  'params.error.baselineReversed': '基準期的結束月份早於起始月份',
  'params.error.postNotAfter': '比較期（之後）必須在基準期結束後才開始',
  'params.error.postReversed': '比較期（之後）的結束月份早於起始月份',
  'params.error.negative.minValueUsd': '單段最低金額不得小於 0，收到的是 {value}',
  'params.error.negative.floorUsd': '平滑用的下限值不得小於 0，收到的是 {value}',
  'params.error.negative.topN': '列出的走廊數不得小於 0，收到的是 {value}',
  'params.error.negative.maxLagMonths': '最大落後月數不得小於 0，收到的是 {value}',
  'params.error.cifFob': 'CIF/FOB 換算係數必須大於 0',
};
