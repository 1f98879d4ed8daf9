import { describe, expect, it } from 'vitest';
import {
  DEFAULT_VIEW,
  PAGE_PARAMS,
  readAddressOptions,
  readViewState,
  SAVED_PARAMS,
  writeViewState,
  type ViewState,
} from '../../src/state/view-state';

describe('the view state in the URL', () => {
  it('round-trips every field and keeps parameters it does not own', () => {
    const view: ViewState = {
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
      origin: 'KOR',
      via: 'KGZ',
      to: 'RUS',
      products: ['CHPL-3.A', '8542', '847989'],
      source: 'mirror',
      month: '2022-03',
      windowMonths: 7,
      theme: 'light',
      colorBy: 'score',
      camera: 'central-asia',
      briefing: 'export-controls-2024',
      step: 3,
    };
    const search = writeViewState(view, '?other=1');
    expect(search).toBe(
      '?other=1&lang=zh-TW&corridor=TWN%3EKGZ%3ERUS%3A854231&page=method&level=tier&dest=RUS' +
        '&baseline=2018-01%3A2021-06&post=2022-06%3A2024-12&min=5000&score=0.35&from=KOR&via=KGZ' +
        '&to=RUS&prod=CHPL-3.A%2C8542%2C847989&src=mirror' +
        '&month=2022-03&window=7&theme=light&color=score&cam=central-asia' +
        '&briefing=export-controls-2024&step=3',
    );
    expect(readViewState(search)).toEqual(view);
  });

  it('leaves defaults out of the URL and ignores unknown or malformed values', () => {
    expect(writeViewState(DEFAULT_VIEW, '?lang=zh-TW&corridor=x&level=4')).toBe('');
    const bad =
      '?lang=fr&corridor=<script>&page=admin&level=8&dest=ru&baseline=2019&post=x&min=-5' +
      '&score=2&via=kg&month=2022-13&window=0&theme=blue&color=red&cam=moon&from=tw&to=RUSS' +
      '&prod=CHPL-5,85423&src=both&briefing=../x&step=-1';
    expect(readViewState(bad)).toEqual(DEFAULT_VIEW);
    expect(readViewState('?window=601').windowMonths).toBe(DEFAULT_VIEW.windowMonths);
    expect(readViewState('?window=600').windowMonths).toBe(600);
  });

  it('accepts CHPL tier products in a corridor key', () => {
    expect(readViewState('?corridor=TWN>ARM>RUS:CHPL-3.A').corridor).toBe('TWN>ARM>RUS:CHPL-3.A');
  });

  it("reads the address's instructions to the page apart from the view", () => {
    const search = '?time=2.5&autoplay=1&bench=1&presenter=1&data=/bench/1m.parquet&via=KGZ';
    expect(readAddressOptions(search)).toEqual({
      time: 2.5,
      autoplay: true,
      bench: true,
      presenter: true,
      data: '/bench/1m.parquet',
    });
    expect(readAddressOptions('?time=soon&autoplay=yes&bench=0')).toEqual({
      time: null,
      autoplay: false,
      bench: false,
      presenter: false,
      data: null,
    });
    expect(Object.keys(readViewState(search))).not.toContain('time');
    // The view never writes them, and keeps them in the address as they were.
    expect(writeViewState({ ...DEFAULT_VIEW, via: 'ARM' }, search)).toBe(
      '?time=2.5&autoplay=1&bench=1&presenter=1&data=%2Fbench%2F1m.parquet&via=ARM',
    );
  });

  it('splits the keys a briefing step saves from those the briefing sets itself', () => {
    expect(PAGE_PARAMS).toEqual(['lang', 'page', 'briefing', 'step']);
    expect(SAVED_PARAMS).toContain('corridor');
    expect(SAVED_PARAMS).toContain('window');
    for (const param of [...PAGE_PARAMS, 'time', 'autoplay', 'bench', 'presenter', 'data']) {
      expect(SAVED_PARAMS).not.toContain(param);
    }
    expect(SAVED_PARAMS.length + PAGE_PARAMS.length).toBe(Object.keys(DEFAULT_VIEW).length);
  });
});
