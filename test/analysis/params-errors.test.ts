import { describe, expect, it } from 'vitest';
import {
  describeParamsError,
  monthToDate,
  parseCodes,
  parseMonthRange,
  ParamsError,
  resolveParams,
} from '../../src/analysis/params';
import { analysisParams } from '../../src/state/analysis-params';
import { DEFAULT_VIEW } from '../../src/state/view-state';

/** The error a call throws (failing the test when it throws none). */
function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  throw new Error('nothing was thrown');
}

/**
 * Each check of the settings: how it is reached, the English message (what the CLI prints,
 * worded as before the messages had keys) and the Chinese one.
 */
const CASES: { what: string; run: () => unknown; en: string; zh: string }[] = [
  {
    what: 'a month that is not YYYY-MM',
    run: () => monthToDate('2022-3'),
    en: 'not a month (YYYY-MM): 2022-3',
    zh: '不是月份（應為 YYYY-MM）：2022-3',
  },
  {
    what: 'a period without its start month',
    run: () => parseMonthRange(':2021-12'),
    en: 'period must be YYYY-MM:YYYY-MM, got :2021-12',
    zh: '期間應寫成 YYYY-MM:YYYY-MM，收到的是「:2021-12」',
  },
  {
    what: 'destinations that are not ISO-3 codes',
    run: () => parseCodes('Russia'),
    en: 'expected ISO-3 codes separated by commas, got Russia',
    zh: '應為以逗號分隔的 ISO-3 代碼，收到的是「Russia」',
  },
  {
    what: 'no destination',
    run: () => resolveParams({ destinations: [] }),
    en: 'at least one origin and one destination are needed',
    zh: '至少需要一個來源地和一個目的地',
  },
  {
    what: 'a baseline without an end month',
    run: () => resolveParams({ baseline: { start: '2019-01', end: null } }),
    en: 'the baseline needs an end month',
    zh: '基準期需要結束月份',
  },
  {
    what: 'a baseline ending before it starts',
    run: () => resolveParams({ baseline: { start: '2021-01', end: '2019-12' } }),
    en: 'the baseline ends before it starts',
    zh: '基準期的結束月份早於起始月份',
  },
  {
    what: 'a post period starting inside the baseline',
    run: () => resolveParams({ post: { start: '2021-06', end: null } }),
    en: 'the post period must start after the baseline',
    zh: '比較期（之後）必須在基準期結束後才開始',
  },
  {
    what: 'a post period ending before it starts',
    run: () => resolveParams({ post: { start: '2023-01', end: '2022-06' } }),
    en: 'the post period ends before it starts',
    zh: '比較期（之後）的結束月份早於起始月份',
  },
  {
    what: 'a negative minimum value',
    run: () => resolveParams({ minValueUsd: -1 }),
    en: 'minimum value must be ≥ 0, got -1',
    zh: '單段最低金額不得小於 0，收到的是 -1',
  },
  {
    what: 'a floor that is not a number',
    run: () => resolveParams({ floorUsd: Number.NaN }),
    en: 'floor must be ≥ 0, got NaN',
    zh: '平滑用的下限值不得小於 0，收到的是 NaN',
  },
  {
    what: 'a negative number of corridors',
    run: () => resolveParams({ topN: -5 }),
    en: 'top N must be ≥ 0, got -5',
    zh: '列出的走廊數不得小於 0，收到的是 -5',
  },
  {
    what: 'a negative lag',
    run: () => resolveParams({ maxLagMonths: -2 }),
    en: 'maximum lag must be ≥ 0, got -2',
    zh: '最大落後月數不得小於 0，收到的是 -2',
  },
  {
    what: 'a CIF/FOB factor of zero',
    run: () => resolveParams({ cifFobFactor: 0 }),
    en: 'the CIF/FOB factor must be positive',
    zh: 'CIF/FOB 換算係數必須大於 0',
  },
];

/**
 * English words in a Chinese message, besides the formats and codes it names and what the
 * user typed (quoted back as given).
 */
const englishWords = (text: string) =>
  text.replace(/YYYY-MM|ISO-3|CIF\/FOB|NaN|「[^」]*」/g, '').match(/[A-Za-z]{2,}/g) ?? [];

describe('the analysis settings’ errors', () => {
  it.each(CASES)('say in both languages what is wrong: $what', ({ run, en, zh }) => {
    const error = thrown(run);
    expect(error).toBeInstanceOf(ParamsError);
    const settings = error as ParamsError;
    // The message itself stays English: `npm run analyze` and `npm run plan` print it.
    expect(settings.message).toBe(en);
    expect(describeParamsError(settings, 'en')).toBe(en);
    const chinese = describeParamsError(settings, 'zh-TW');
    expect(chinese).toBe(zh);
    expect(englishWords(chinese)).toEqual([]);
  });

  it('reach the settings panel as errors, not as English text', () => {
    const { params, error } = analysisParams({ ...DEFAULT_VIEW, post: '2021-06:' });
    expect(params).toBeNull();
    expect(error).toBeInstanceOf(ParamsError);
    expect(error && describeParamsError(error, 'zh-TW')).toBe(
      '比較期（之後）必須在基準期結束後才開始',
    );
  });
});
