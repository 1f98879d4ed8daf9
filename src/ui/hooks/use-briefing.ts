import { useCallback, useEffect, useMemo, useState } from 'react';
import { viewStore, type SetView } from '../../state/use-view-state';
import { readAddressOptions, readViewState, type ViewState } from '../../state/view-state';
import { stepViewSearch, type Briefing } from '../brief/briefing';
import { briefingRead, useBriefingFile } from '../brief/briefing-files';
import { DEFAULT_BRIEFING } from '../brief/default-briefing';

/** What the briefing page and the editor need. */
export interface BriefingState {
  /**
   * The briefing the view names: the one being edited if it has that id, else the bundled one
   * or the file of that name; the default while the file is read, and if there is none.
   */
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
 * The briefing a view names: the one being edited if it has that id, else a bundled one or
 * the file of that name once read (the default if there is none); undefined while it is read.
 */
function briefingNamed(id: string, edited: Briefing): Briefing | undefined {
  if (edited.id === id) return edited;
  const read = briefingRead(id);
  return read === undefined ? undefined : (read ?? DEFAULT_BRIEFING);
}

/**
 * The briefing page: keeps the view on the saved view of the step the address names (so a
 * link to `?page=brief&step=3` opens that step), and lets the editor's briefing be played.
 * `?briefing=name` plays briefings/name.json of the app's folder (read at run time).
 * `?autoplay=1` starts it playing, for unattended screens.
 */
export function useBriefing(view: ViewState, setView: SetView): BriefingState {
  const [edited, setEdited] = useState<Briefing>(DEFAULT_BRIEFING);
  const [autoPlay, setAutoPlay] = useState(
    () => readAddressOptions(window.location.search).autoplay,
  );
  // A briefing other than the bundled one is a file, read at run time.
  const file = useBriefingFile(view.briefing);
  const briefing = useMemo(
    () => (edited.id === view.briefing ? edited : (file ?? DEFAULT_BRIEFING)),
    [edited, view.briefing, file],
  );

  // On the briefing page the view is the step's saved view: the store expands every view it
  // takes on, so a link to step 3 and a click on "next" both arrive at the step's view. While
  // the named file is read the view stays as it is; it is expanded again once `file` is in.
  useEffect(() => {
    const store = viewStore();
    store.setExpander((next) => {
      if (next.page !== 'brief') return next;
      const shown = briefingNamed(next.briefing, edited);
      if (!shown) return next;
      return stepState(shown, Math.min(next.step, shown.steps.length - 1), next.locale) ?? next;
    });
    return () => store.setExpander(null);
  }, [edited, file]);

  const goToStep = useCallback(
    (index: number) => {
      if (briefing.steps[index]) setView({ page: 'brief', briefing: briefing.id, step: index });
    },
    [briefing, setView],
  );
  return { briefing, edited, setEdited, goToStep, autoPlay, setAutoPlay };
}
