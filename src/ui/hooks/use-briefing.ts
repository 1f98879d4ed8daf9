import { useCallback, useEffect, useMemo, useState } from 'react';
import type { SetView } from '../../state/use-view-state';
import { readViewState, writeViewState, type ViewState } from '../../state/view-state';
import { stepViewSearch, type Briefing } from '../brief/briefing';
import { BRIEFINGS, DEFAULT_BRIEFING } from '../brief/default-briefing';

/** What the briefing page and the editor need. */
export interface BriefingState {
  /** The briefing the view names: the one being edited if it has that id, else a bundled one. */
  briefing: Briefing;
  /** The briefing in the editor (the bundled default until the analyst changes it). */
  edited: Briefing;
  setEdited(briefing: Briefing): void;
  /** Shows step `index` of the briefing, in the view's language. */
  goToStep(index: number): void;
  autoPlay: boolean;
  setAutoPlay(on: boolean): void;
}

/** The view of a briefing's step: its saved view, on the briefing page, in `locale`. */
function stepState(briefing: Briefing, index: number, locale: string): ViewState | null {
  const step = briefing.steps[index];
  if (!step) return null;
  return {
    ...readViewState(stepViewSearch(step, { lang: locale })),
    page: 'brief',
    briefing: briefing.id,
    step: index,
  };
}

/**
 * The briefing page: keeps the view on the saved view of the step the address names (so a
 * link to `?page=brief&step=3` opens that step), and lets the editor's briefing be played.
 * `?autoplay=1` starts it playing, for unattended screens.
 */
export function useBriefing(view: ViewState, setView: SetView): BriefingState {
  const [edited, setEdited] = useState<Briefing>(DEFAULT_BRIEFING);
  const [autoPlay, setAutoPlay] = useState(
    () => new URLSearchParams(window.location.search).get('autoplay') === '1',
  );
  const briefing = useMemo(
    () => (edited.id === view.briefing ? edited : (BRIEFINGS[view.briefing] ?? DEFAULT_BRIEFING)),
    [edited, view.briefing],
  );

  useEffect(() => {
    if (view.page !== 'brief') return;
    const target = stepState(briefing, Math.min(view.step, briefing.steps.length - 1), view.locale);
    if (target && writeViewState(target, '') !== writeViewState(view, '')) {
      setView(target, { replace: true });
    }
  }, [view, briefing, setView]);

  const goToStep = useCallback(
    (index: number) => {
      const target = stepState(briefing, index, view.locale);
      if (target) setView(target);
    },
    [briefing, view.locale, setView],
  );
  return { briefing, edited, setEdited, goToStep, autoPlay, setAutoPlay };
}
