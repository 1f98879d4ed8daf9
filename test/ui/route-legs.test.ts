import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { translator, type Locale } from '../../src/i18n';
import { I18nContext } from '../../src/ui/i18n-context';
import { RouteLegs, type RouteLegsProps } from '../../src/ui/RouteLegs';

const NAMES = { origin: 'Taiwan', via: 'Kyrgyzstan', destination: 'Russia' };

function render(props: Partial<RouteLegsProps>, locale: Locale = 'en') {
  const html = renderToStaticMarkup(
    createElement(
      I18nContext.Provider,
      { value: { locale, t: translator(locale) } },
      createElement(RouteLegs, {
        groups: [
          { tier: '1', first: 100_000, second: 300_000 },
          { tier: '', first: 0, second: 100_000 },
        ],
        names: NAMES,
        period: 'Jul 2024 – Jun 2025',
        hidden: 0,
        minScore: 0.2,
        onShowHidden: () => undefined,
        ...props,
      }),
    ),
  );
  return html
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/\s+/g, ' ');
}

describe('the route view', () => {
  it('sums each leg by product group, goods on no tier last', () => {
    const text = render({});
    expect(text).toContain('Tier 1: integrated circuits US$100K US$300K');
    expect(text).toContain('Goods on no CHPL tier US$0 US$100K');
    expect(text).toContain('All goods shown US$100K US$400K');
  });

  it('says how much of what went on the origin could account for: 100 of 400 is 25%', () => {
    expect(render({})).toContain(
      "Taiwan's shipments to Kyrgyzstan (US$100K) could account for at most 25% of Kyrgyzstan's exports to Russia (US$400K)",
    );
  });

  it('says what share went on when less went on than came in: 50 of 200 is 25%', () => {
    const text = render({ groups: [{ tier: '3', first: 200_000, second: 50_000 }] });
    expect(text).toContain("Kyrgyzstan's exports to Russia (US$50K) equal 25% of what it received");
  });

  it('says the data hold no onward exports, rather than that none went on', () => {
    const text = render({ groups: [{ tier: '3', first: 200_000, second: 0 }] });
    expect(text).toContain('The data hold no exports from Kyrgyzstan to Russia in this period.');
  });

  it('offers the corridors the minimum score hides, in both languages', () => {
    expect(render({ hidden: 3 })).toContain(
      '3 more corridors through Kyrgyzstan score below the minimum of 0.20. List them too',
    );
    const zh = render(
      { hidden: 1, names: { origin: '臺灣', via: '吉爾吉斯', destination: '俄羅斯' } },
      'zh-TW',
    );
    expect(zh).toContain('另有 1 條經吉爾吉斯的走廊分數低於門檻 0.20。');
    expect(zh).toContain('至多可占吉爾吉斯輸往俄羅斯出口');
  });
});
