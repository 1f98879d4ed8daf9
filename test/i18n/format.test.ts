import { describe, expect, it } from 'vitest';
import {
  formatFraction,
  formatList,
  formatMonth,
  formatMonthName,
  formatMultiple,
  formatNumber,
  formatPercent,
  formatRatio,
  formatUsd,
  formatUsdInText,
  formatYear,
  joinSentences,
} from '../../src/i18n';

describe('the formats', () => {
  it('writes months and years from a month or a date, and leaves other text as it is', () => {
    expect([formatMonth('en', '2022-09'), formatMonth('zh-TW', '2022-09-01')]).toEqual([
      'Sep 2022',
      '2022年9月',
    ]);
    expect([formatYear('en', '2024-01-01'), formatYear('zh-TW', '2024-06')]).toEqual([
      '2024',
      '2024年',
    ]);
    expect([formatMonthName('en', 1), formatMonthName('zh-TW', 12)]).toEqual(['Jan', '12月']);
    expect(formatMonth('en', '')).toBe('');
  });

  it('writes money in tables and in sentences', () => {
    expect([formatUsd('en', 45_000), formatUsd('zh-TW', 45_000)]).toEqual(['US$45K', 'US$4.5萬']);
    expect([formatUsdInText('en', 999), formatUsdInText('zh-TW', 9_999)]).toEqual([
      'US$999',
      '9,999美元',
    ]);
  });

  it('writes shares, ratios and plain numbers', () => {
    expect([formatPercent('en', 0.484), formatPercent('zh-TW', 1.03)]).toEqual(['48%', '103%']);
    expect(formatPercent('en', 0.045, 1)).toBe('4.5%');
    expect([formatRatio('en', 12.3), formatRatio('zh-TW', 2.46)]).toEqual(['×12', '×2.5']);
    expect([formatMultiple('en', 9.96), formatMultiple('zh-TW', 10.4)]).toEqual(['10×', '10倍']);
    expect([formatNumber('en', 12_345.6), formatNumber('en', 0.125, 2)]).toEqual([
      '12,346',
      '0.13',
    ]);
    expect([formatFraction('en', 0.25), formatFraction('zh-TW', 0.5)]).toEqual([
      'a quarter',
      '約一半',
    ]);
  });

  it('puts sentences and names together as each language does', () => {
    expect(joinSentences('en', ['One.', 'Two.'])).toBe('One. Two.');
    expect(joinSentences('zh-TW', ['一。', '二。'])).toBe('一。二。');
    // A message that ends without a full stop (an error put in a sentence) gets one.
    expect(joinSentences('en', ['Could not load a.csv: open data.parquet', 'Kept.'])).toBe(
      'Could not load a.csv: open data.parquet. Kept.',
    );
    expect(joinSentences('zh-TW', ['無法載入（原因）', '保留。'])).toBe('無法載入（原因）。保留。');
    expect(joinSentences('en', ['Is it (as said.)', 'Yes!'])).toBe('Is it (as said.) Yes!');
    // A sentence still going on (a step of a load) ends with its ellipsis alone.
    expect(joinSentences('en', ['Needed: loading', 'Checking 3 rows…'])).toBe(
      'Needed: loading. Checking 3 rows…',
    );
    expect(joinSentences('zh-TW', ['需要', '正在檢查…'])).toBe('需要。正在檢查…');
    expect([formatList('en', ['A', 'B']), formatList('zh-TW', ['甲', '乙'])]).toEqual([
      'A, B',
      '甲、乙',
    ]);
  });
});
