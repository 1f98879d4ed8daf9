import { describe, expect, it } from 'vitest';
import { readViewState, writeViewState } from '../../src/state/view-state';

describe('the view state in the URL', () => {
  it('round-trips the language and keeps parameters it does not own', () => {
    const search = writeViewState({ locale: 'zh-TW' }, '?other=1');
    expect(search).toBe('?other=1&lang=zh-TW');
    expect(readViewState(search)).toEqual({ locale: 'zh-TW' });
  });

  it('leaves the default out of the URL and ignores unknown values', () => {
    expect(writeViewState({ locale: 'en' }, '?lang=zh-TW')).toBe('');
    expect(readViewState('?lang=fr')).toEqual({ locale: 'en' });
  });
});
