import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ParamsError } from '../../src/analysis/params';
import { translator, type Locale } from '../../src/i18n';
import { analysisParams } from '../../src/state/analysis-params';
import { DEFAULT_VIEW, type ViewState } from '../../src/state/view-state';
import { CorridorSettings } from '../../src/ui/CorridorSettings';
import { I18nContext } from '../../src/ui/i18n-context';

/** The settings' text as a reader of the locale sees it, tags removed. */
function settingsText(view: ViewState, locale: Locale, error: ParamsError | null = null): string {
  const html = renderToStaticMarkup(
    createElement(
      I18nContext.Provider,
      { value: { locale, t: translator(locale) } },
      createElement(CorridorSettings, { view, error, onChange: () => undefined }),
    ),
  );
  return html.replace(/<option[^>]*>.*?<\/option>/g, '').replace(/<[^>]*>/g, ' ');
}

describe('the analysis settings', () => {
  it('name the destinations they score, apart from the filter of the same name', () => {
    expect(settingsText(DEFAULT_VIEW, 'en')).toContain('Destinations scored');
    expect(settingsText(DEFAULT_VIEW, 'zh-TW')).toContain('評分的目的地');
  });

  it('say in words that a period with no end month runs to the end of the data', () => {
    const open = { ...DEFAULT_VIEW, post: '2022-03:' };
    expect(settingsText(open, 'en')).toContain(
      'No end month: the period runs to the end of the data.',
    );
    expect(settingsText(open, 'zh-TW')).toContain('未設結束月份：期間延續至資料結束。');
    const closed = { ...DEFAULT_VIEW, post: '2022-03:2024-12' };
    expect(settingsText(closed, 'en')).not.toContain('No end month');
  });

  it('say why they cannot be used in the reader’s language', () => {
    const view = { ...DEFAULT_VIEW, baseline: '2019-01:2021-12', post: '2021-06:' };
    const { error } = analysisParams(view);
    expect(settingsText(view, 'en', error)).toContain(
      'These settings cannot be used: the post period must start after the baseline',
    );
    const zh = settingsText(view, 'zh-TW', error);
    expect(zh).toContain('無法使用這些設定：比較期（之後）必須在基準期結束後才開始');
    expect(zh).not.toMatch(/post period|baseline/);
  });
});
