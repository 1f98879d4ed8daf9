import { describe, expect, it } from 'vitest';
import { readViewState, writeViewState } from '../../src/state/view-state';

describe('the view state in the URL', () => {
  it('round-trips every field and keeps parameters it does not own', () => {
    const view = { locale: 'zh-TW', corridor: 'TWN>KGZ>RUS:854231', page: 'method' } as const;
    const search = writeViewState(view, '?other=1');
    expect(search).toBe('?other=1&lang=zh-TW&corridor=TWN%3EKGZ%3ERUS%3A854231&page=method');
    expect(readViewState(search)).toEqual(view);
  });

  it('leaves defaults out of the URL and ignores unknown or malformed values', () => {
    const defaults = { locale: 'en', corridor: null, page: 'map' } as const;
    expect(writeViewState(defaults, '?lang=zh-TW&corridor=x')).toBe('');
    expect(readViewState('?lang=fr&corridor=<script>&page=admin')).toEqual(defaults);
  });

  it('accepts CHPL tier products in a corridor key', () => {
    expect(readViewState('?corridor=TWN>ARM>RUS:CHPL-3.A').corridor).toBe('TWN>ARM>RUS:CHPL-3.A');
  });
});
