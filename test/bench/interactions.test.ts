import { describe, expect, it } from 'vitest';
import { interactionSequence, isAvailable } from '../../scripts/bench/interactions';
import { DEFAULT_VIEW } from '../../src/state/view-state';

const TODAY = Object.keys(DEFAULT_VIEW);
/** The keys of an app that had neither an intermediary nor a score threshold setting. */
const EARLIER = TODAY.filter((key) => key !== 'via' && key !== 'minScore');

describe('the scripted view changes', () => {
  it('gives as many steps as asked that the app can take, the others listed as not yet', () => {
    const steps = interactionSequence(56, EARLIER);
    const available = steps.filter((s) => isAvailable(s, EARLIER));
    expect(available).toHaveLength(56);
    const notYet = new Set(steps.filter((s) => !isAvailable(s, EARLIER)).map((s) => s.kind));
    expect([...notYet].sort()).toEqual(['destination', 'intermediary', 'score-threshold']);
    for (const kind of [
      'period-brush',
      'product',
      'source',
      'period-window',
      'product-group',
      'min-value',
      'corridor-select',
      'corridor-back',
    ])
      expect(available.some((s) => s.kind === kind)).toBe(true);
  });

  it('takes the steps of a setting the app gains, without other changes', () => {
    const later = interactionSequence(56, TODAY);
    expect(later.every((s) => isAvailable(s, TODAY))).toBe(true);
    expect(later.some((s) => s.kind === 'intermediary')).toBe(true);
  });

  it('changes the view at every step, so that every step redraws the map', () => {
    let view: Record<string, unknown> = { ...DEFAULT_VIEW };
    const listed = ['TWN>KGZ>RUS:854231', 'TWN>ARM>RUS:854231', 'TWN>KAZ>RUS:854232'];
    const kinds = new Set<string>();
    for (const step of interactionSequence(56, TODAY).filter((s) => isAvailable(s, TODAY))) {
      const change = step.change(listed);
      expect(change).not.toBeNull();
      const next = { ...view, ...change };
      expect(next).not.toEqual(view);
      view = next;
      kinds.add(step.kind);
    }
    // Every control of the workspace is exercised.
    expect(kinds.size).toBe(11);
  });
});
