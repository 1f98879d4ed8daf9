import { describe, expect, it } from 'vitest';
import { DEFAULT_VIEW, readViewState, writeViewState } from '../../src/state/view-state';

describe('the view state in the URL', () => {
  it('round-trips every field and keeps parameters it does not own', () => {
    const view = {
      ...DEFAULT_VIEW,
      locale: 'zh-TW',
      corridor: 'TWN>KGZ>RUS:854231',
      page: 'method',
      level: 'tier',
      destinations: 'RUS',
      baseline: '2018-01:2021-06',
      post: '2022-06:2024-12',
      minValueUsd: 5000,
      minScore: 0.35,
      via: 'KGZ',
      month: '2022-03',
      windowMonths: 3,
      theme: 'light',
      colorBy: 'score',
      camera: 'central-asia',
    } as const;
    const search = writeViewState(view, '?other=1');
    expect(search).toBe(
      '?other=1&lang=zh-TW&corridor=TWN%3EKGZ%3ERUS%3A854231&page=method&level=tier&dest=RUS' +
        '&baseline=2018-01%3A2021-06&post=2022-06%3A2024-12&min=5000&score=0.35&via=KGZ' +
        '&month=2022-03&window=3&theme=light&color=score&cam=central-asia',
    );
    expect(readViewState(search)).toEqual(view);
  });

  it('leaves defaults out of the URL and ignores unknown or malformed values', () => {
    expect(writeViewState(DEFAULT_VIEW, '?lang=zh-TW&corridor=x&level=4')).toBe('');
    const bad =
      '?lang=fr&corridor=<script>&page=admin&level=8&dest=ru&baseline=2019&post=x&min=-5' +
      '&score=2&via=kg&month=2022-13&window=5&theme=blue&color=red&cam=moon';
    expect(readViewState(bad)).toEqual(DEFAULT_VIEW);
  });

  it('accepts CHPL tier products in a corridor key', () => {
    expect(readViewState('?corridor=TWN>ARM>RUS:CHPL-3.A').corridor).toBe('TWN>ARM>RUS:CHPL-3.A');
  });
});
