import { describe, expect, it } from 'vitest';
import {
  NAME_FONT_PX,
  VALUE_FONT_PX,
  estimateTextWidth,
  fitLabel,
  labelHeight,
  truncateText,
  wrapText,
} from '../../src/ui/sankey-labels';

const widest = (lines: string[], fontPx = NAME_FONT_PX) =>
  Math.max(0, ...lines.map((line) => estimateTextWidth(line, fontPx)));

describe('estimateTextWidth', () => {
  it('counts a Chinese character wider than a Latin letter', () => {
    expect(estimateTextWidth('吉爾吉斯')).toBeGreaterThan(estimateTextWidth('abcd'));
    expect(estimateTextWidth('吉爾吉斯')).toBe(4 * NAME_FONT_PX);
  });

  it('is proportional to the font size', () => {
    expect(estimateTextWidth('US$60.3B', VALUE_FONT_PX)).toBeCloseTo(
      (estimateTextWidth('US$60.3B') * VALUE_FONT_PX) / NAME_FONT_PX,
      9,
    );
  });
});

describe('truncateText', () => {
  it('cuts a long name with an ellipsis so that it fits', () => {
    expect(truncateText('Armenia', 200)).toBe('Armenia');
    const cut = truncateText('Kyrgyz Republic', 60);
    expect(cut).toMatch(/…$/);
    expect(cut.length).toBeLessThan('Kyrgyz Republic'.length);
    expect(estimateTextWidth(cut)).toBeLessThanOrEqual(60);
    expect(truncateText('Kyrgyz Republic', 1)).toBe('');
  });
});

describe('wrapText', () => {
  it('keeps a name that fits on one line', () => {
    expect(wrapText('Hong Kong', 100)).toEqual({ lines: ['Hong Kong'], truncated: false });
  });

  it('breaks a long name at the space that gives the most even lines', () => {
    expect(wrapText('United Arab Emirates', 90)).toEqual({
      lines: ['United Arab', 'Emirates'],
      truncated: false,
    });
    expect(wrapText('Bosnia and Herzegovina', 100)).toEqual({
      lines: ['Bosnia and', 'Herzegovina'],
      truncated: false,
    });
    expect(wrapText('Other intermediaries', 84).lines).toEqual(['Other', 'intermediaries']);
  });

  it('breaks a Chinese name between any two characters, evenly', () => {
    expect(wrapText('阿拉伯聯合大公國', 90)).toEqual({
      lines: ['阿拉伯聯', '合大公國'],
      truncated: false,
    });
    expect(wrapText('其他中轉經濟體', 80).lines).toEqual(['其他中轉', '經濟體']);
  });

  it('does not start a line with a closing bracket nor end one with an opening one', () => {
    const { lines } = wrapText('科克斯（基靈）群島', 60);
    expect(lines.join('')).toBe('科克斯（基靈）群島');
    for (const line of lines) {
      expect(line).not.toMatch(/^[）、。]/u);
      expect(line).not.toMatch(/（$/u);
    }
  });

  it('cuts the second line only when two lines cannot hold the name', () => {
    const { lines, truncated } = wrapText('Saint Helena, Ascension and Tristan da Cunha', 90);
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
    expect(widest(lines)).toBeLessThanOrEqual(90);
  });

  it('cuts a word too long for any line, and gives no line when not a letter fits', () => {
    const { lines, truncated } = wrapText('Kyrgyzstan', 40);
    expect(truncated).toBe(true);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^Ky.*…$/);
    expect(wrapText('Kyrgyzstan', 3)).toEqual({ lines: [], truncated: true });
  });
});

describe('fitLabel', () => {
  it('puts the name on one or two lines and the value on the next', () => {
    expect(fitLabel('Armenia', 'US$80', 200)).toEqual({
      lines: ['Armenia'],
      value: 'US$80',
      truncated: false,
    });
    const uae = fitLabel('United Arab Emirates', 'US$138M', 90);
    expect(uae).toEqual({ lines: ['United Arab', 'Emirates'], value: 'US$138M', truncated: false });
    expect(labelHeight(uae)).toBeGreaterThan(labelHeight(fitLabel('Armenia', 'US$80', 200)));
  });

  it('leaves out a value that does not fit, never cutting it', () => {
    const narrow = fitLabel('Armenia', 'US$12.3M', 30);
    expect(narrow.value).toBeNull();
    expect(narrow.truncated).toBe(true);
  });
});
