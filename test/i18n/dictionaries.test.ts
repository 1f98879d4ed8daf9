import { describe, expect, it } from 'vitest';
import { en } from '../../src/i18n/en';
import { zhTW } from '../../src/i18n/zh-tw';
import { formatMonth, formatUsd, translate } from '../../src/i18n';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the dictionaries', () => {
  it.each(Object.keys(en) as (keyof typeof en)[])(
    '%s is translated with the same placeholders',
    (key) => {
      expect(zhTW[key].trim()).not.toBe('');
      expect(placeholders(zhTW[key])).toEqual(placeholders(en[key]));
    },
  );

  it('writes Chinese text in Traditional characters as Taiwan does', () => {
    const all = Object.values(zhTW).join('');
    for (const simplified of ['台', '国', '数', '载', '语', '据', '进', '贸', '货']) {
      expect(all, `simplified character ${simplified}`).not.toContain(simplified);
    }
  });
});

describe('translate', () => {
  it('fills placeholders and formats numbers for the locale', () => {
    const params = { rows: 312456, start: 'Jan 2018', end: 'Jun 2025' };
    expect(translate('en', 'status.ready', params)).toBe(
      '312,456 rows loaded, Jan 2018 – Jun 2025',
    );
    expect(
      translate('zh-TW', 'status.ready', { ...params, start: '2018年1月', end: '2025年6月' }),
    ).toBe('已載入 312,456 筆，期間 2018年1月 至 2025年6月');
  });

  it('formats months and dollar amounts for each locale', () => {
    expect(formatMonth('en', '2022-02-01')).toBe('Feb 2022');
    expect(formatMonth('zh-TW', '2022-02-01')).toBe('2022年2月');
    expect(formatUsd('en', 12_345_678_900)).toBe('US$12.3B');
    expect(formatUsd('zh-TW', 12_345_678_900)).toBe('US$123億');
  });
});
