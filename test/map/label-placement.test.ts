import { describe, expect, it } from 'vitest';
import { placeLabels } from '../../src/map/label-placement';

const label = (text: string, lon: number, lat: number, priority: number) => ({
  text,
  position: [lon, lat] as [number, number],
  size: 14,
  priority,
});

describe('placeLabels', () => {
  const kazakhstan = label('Kazakhstan', 76.9, 43.2, 2);
  const kyrgyzstan = label('Kyrgyzstan', 74.6, 41.5, 1);
  const russia = label('Russia', 37.6, 55.75, 3);

  it('drops the less important of two labels that would overlap on a world map', () => {
    expect(placeLabels([kyrgyzstan, kazakhstan, russia], 1.7).map((l) => l.text)).toEqual([
      'Russia',
      'Kazakhstan',
    ]);
  });

  it('shows both once the map is zoomed in far enough to separate them', () => {
    expect(placeLabels([kyrgyzstan, kazakhstan, russia], 5)).toHaveLength(3);
  });

  it('counts CJK glyphs as wider than Latin letters', () => {
    const a = label('哈薩克哈薩克哈薩克', 70, 40, 2);
    const b = label('Kyrgyzstan', 75.5, 40, 1);
    expect(placeLabels([a, b], 3)).toHaveLength(1);
    expect(placeLabels([{ ...a, text: 'Kaz' }, b], 3)).toHaveLength(2);
  });
});
