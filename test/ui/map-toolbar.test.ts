import { createElement } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { translator, type Locale } from '../../src/i18n';
import { enBasemap } from '../../src/i18n/en-basemap';
import { zhTwBasemap } from '../../src/i18n/zh-tw-basemap';
import { I18nContext } from '../../src/ui/i18n-context';
import { MapToolbar, type MapToolbarProps } from '../../src/ui/MapToolbar';

const noop = () => undefined;
const PROPS: MapToolbarProps = {
  camera: 'central-asia',
  onCamera: noop,
  theme: 'dark',
  onTheme: noop,
  colorBy: 'score',
  onColorBy: noop,
  motion: true,
  onMotion: noop,
};

/** The toolbar as HTML, parsed into its buttons. */
function render(props: Partial<MapToolbarProps> = {}, locale: Locale = 'en') {
  const html = renderToStaticMarkup(
    createElement(
      I18nContext.Provider,
      { value: { locale, t: translator(locale) } },
      createElement(MapToolbar, { ...PROPS, ...props }),
    ),
  );
  const buttons = [...html.matchAll(/<button([^>]*)>(.*?)<\/button>/g)].map(
    ([, attrs = '', inner = '']) => {
      const attr = (name: string) => attrs.match(new RegExp(`${name}="([^"]*)"`))?.[1];
      const text = inner.replace(/<[^>]*>/g, '');
      return {
        testId: attr('data-testid'),
        type: attr('type'),
        pressed: attr('aria-pressed'),
        title: attr('title'),
        /** What a screen reader announces: the aria-label, or else the text. */
        name: attr('aria-label') ?? text,
        text,
      };
    },
  );
  const pressed = buttons.filter((b) => b.pressed === 'true').map((b) => b.testId);
  return { html, buttons, pressed };
}

describe('MapToolbar', () => {
  it('offers every control as a real, named button with a tooltip', () => {
    const { html, buttons } = render();
    expect(html).toContain('data-testid="map-toolbar"');
    expect(buttons.map((b) => b.testId)).toEqual([
      'camera-world',
      'camera-eurasia',
      'camera-central-asia',
      'camera-east-asia',
      'color-by-tier',
      'color-by-score',
      'theme-toggle',
      'motion-toggle',
    ]);
    for (const b of buttons) {
      expect(b.type, b.testId).toBe('button');
      expect(b.pressed, b.testId).toMatch(/^(true|false)$/);
      expect(b.name.trim(), b.testId).not.toBe('');
      expect(b.title, b.testId).toBeTruthy();
      // An icon's name is in its tooltip too, for those who point at it.
      if (!b.text) expect(b.title, b.testId).toContain(b.name);
    }
    expect(buttons.filter((b) => !b.text).map((b) => b.name)).toEqual([
      'Print colours',
      'Animation',
    ]);
  });

  it('names the toolbar and each group of buttons', () => {
    const { html } = render();
    const groups = [...html.matchAll(/role="group" aria-label="([^"]+)"/g)].map((m) => m[1]);
    expect(groups).toEqual(['Map controls', 'Go to', 'Colour', 'Display']);
  });

  it('shows which preset, colour, theme and animation are on', () => {
    expect(render().pressed).toEqual(['camera-central-asia', 'color-by-score', 'motion-toggle']);
    expect(
      render({ camera: null, theme: 'light', colorBy: 'tier', motion: false }).pressed,
    ).toEqual(['color-by-tier', 'theme-toggle']);
  });

  it('speaks Traditional Chinese, with no English left', () => {
    const { buttons } = render({}, 'zh-TW');
    expect(buttons.map((b) => b.name)).toEqual([
      '全球',
      '歐亞',
      '中亞',
      '東亞',
      '貨品類別',
      '異常分數',
      '列印配色',
      '動畫',
    ]);
    for (const b of buttons) expect(b.title).not.toMatch(/[A-Za-z]{3}/);
  });

  it('has a Chinese message for every English one, with the same placeholders', () => {
    const names = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
    expect(Object.keys(zhTwBasemap).sort()).toEqual(Object.keys(enBasemap).sort());
    for (const [key, english] of Object.entries(enBasemap)) {
      expect(names(zhTwBasemap[key as keyof typeof enBasemap]), key).toEqual(names(english));
    }
  });
});
