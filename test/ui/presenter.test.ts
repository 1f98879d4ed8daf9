import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { readAddressOptions } from '../../src/state/view-state';
import { describe, expect, it } from 'vitest';
import { translator, type Locale } from '../../src/i18n';
import type { Briefing } from '../../src/ui/brief/briefing';
import {
  clockText,
  PresenterScreen,
  type PresenterScreenProps,
} from '../../src/ui/brief/PresenterView';
import { I18nContext } from '../../src/ui/i18n-context';

const text = (en: string, zh: string) => ({ en, 'zh-TW': zh });
const BRIEFING: Briefing = {
  id: 'two',
  title: text('Two steps', '兩個步驟'),
  steps: [
    {
      view: '',
      title: text('Before', '之前'),
      caption: text('The direct trade.', '直接貿易。'),
      notes: text('Point at Russia first.', '先指出俄羅斯。'),
    },
    { view: '', title: text('After', '之後'), caption: text('The new routes.', '新路線。') },
  ],
};

/** The presenter page's text in a language, tags removed. */
function render(props: Partial<PresenterScreenProps> = {}, locale: Locale = 'en') {
  const html = renderToStaticMarkup(
    createElement(
      I18nContext.Provider,
      { value: { locale, t: translator(locale) } },
      createElement(PresenterScreen, {
        briefing: BRIEFING,
        step: 0,
        linked: true,
        onAction: () => undefined,
        ...props,
      }),
    ),
  );
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ');
}

describe('the presenter view', () => {
  it("shows the step on screen with its notes, and the next step's title", () => {
    const page = render();
    expect(page).toContain('Step 1 of 2');
    expect(page).toContain('Before The direct trade. Notes Point at Russia first.');
    expect(page).toContain('Next After The new routes.');
    expect(page).toContain('In step with the briefing screen.');
  });

  it('says when a step has no notes, and when the briefing ends', () => {
    const page = render({ step: 1 });
    expect(page).toContain('No notes for this step.');
    expect(page).toContain('Next End of the briefing.');
  });

  it('says how to connect it when no briefing screen answers', () => {
    expect(render({ linked: false })).toContain('No briefing screen answers');
  });

  it('speaks Chinese, notes included', () => {
    const page = render({}, 'zh-TW');
    expect(page).toContain('之前 直接貿易。 備註 先指出俄羅斯。');
    expect(page).toContain('下一步 之後');
  });

  it('is asked for by ?presenter=1 alone', () => {
    expect(readAddressOptions('?page=brief&presenter=1').presenter).toBe(true);
    expect(readAddressOptions('?page=brief').presenter).toBe(false);
    expect(readAddressOptions('?presenter=0').presenter).toBe(false);
  });

  it('counts minutes and seconds, then hours', () => {
    expect(clockText(0)).toBe('0:00');
    expect(clockText(65.9)).toBe('1:05');
    expect(clockText(3725)).toBe('1:02:05');
  });
});
