import { describe, expect, it } from 'vitest';
import { applyChange, settled, type ViewChange } from '../../src/state/view-change';
import { DEFAULT_VIEW, type ViewState } from '../../src/state/view-state';

/** A view with a corridor selected through Kyrgyzstan to Russia, in chips. */
const SELECTED: ViewState = {
  ...DEFAULT_VIEW,
  corridor: 'TWN>KGZ>RUS:854231',
  via: 'KGZ',
  to: 'RUS',
  products: ['8542'],
};

describe('applyChange: the rules that tie one key of the view to another', () => {
  const cases: { change: ViewChange; expected: Partial<ViewState>; why: string }[] = [
    {
      change: { via: 'ARM' },
      expected: { via: 'ARM', corridor: null },
      why: 'another intermediary',
    },
    { change: { via: null }, expected: { via: null, corridor: null }, why: 'all intermediaries' },
    { change: { to: 'BLR' }, expected: { to: 'BLR', corridor: null }, why: 'another destination' },
    { change: { products: ['CHPL-1'] }, expected: { corridor: null }, why: 'other products' },
    { change: { level: '4' }, expected: { corridor: null }, why: 'another product level' },
    {
      change: { origin: 'KOR' },
      expected: { origin: 'KOR', via: null, corridor: null },
      why: 'a new origin: its partners differ',
    },
    {
      change: { destinations: 'BLR' },
      expected: { destinations: 'BLR', to: null, corridor: null },
      why: 'Russia is no longer a destination',
    },
    { change: { month: '2023-06' }, expected: { corridor: SELECTED.corridor }, why: 'time only' },
    { change: { theme: 'light' }, expected: { corridor: SELECTED.corridor }, why: 'a look only' },
    { change: { minScore: 0.5 }, expected: { corridor: SELECTED.corridor }, why: 'a threshold' },
    {
      change: { via: 'ARM', corridor: 'TWN>ARM>RUS:854231' },
      expected: { via: 'ARM', corridor: 'TWN>ARM>RUS:854231' },
      why: 'a change that selects a corridor keeps it',
    },
    {
      change: { origin: 'KOR', via: 'ARM' },
      expected: { origin: 'KOR', via: 'ARM', corridor: null },
      why: 'a change that names the intermediary keeps it',
    },
    {
      change: { via: 'KGZ', products: ['8542'] },
      expected: { corridor: SELECTED.corridor },
      why: 'setting a key to its current value changes nothing',
    },
  ];
  for (const { change, expected, why } of cases) {
    it(`${JSON.stringify(change)}: ${why}`, () => {
      expect(applyChange(SELECTED, change)).toEqual({ ...SELECTED, ...change, ...expected });
    });
  }

  it('never changes the view it is given', () => {
    const copy = structuredClone(SELECTED);
    applyChange(SELECTED, { origin: 'KOR', destinations: 'BLR' });
    expect(SELECTED).toEqual(copy);
  });

  it('keeps the narrowed destination among the destinations of any view', () => {
    expect(settled({ ...DEFAULT_VIEW, to: 'CHN' }).to).toBeNull();
    expect(settled({ ...DEFAULT_VIEW, to: 'BLR' }).to).toBe('BLR');
    expect(settled({ ...DEFAULT_VIEW, destinations: 'RUS,BLR,IRN', to: 'IRN' }).to).toBe('IRN');
  });
});
