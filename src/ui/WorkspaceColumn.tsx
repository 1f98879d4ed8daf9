import { useMemo } from 'react';
import type { Corridor } from '../analysis/corridor';
import type { Place } from '../data/places';
import { narrowLegs } from '../data/flow-slices';
import { destinationCodes } from '../state/analysis-params';
import type { SetView } from '../state/use-view-state';
import { writeViewState, type ViewState } from '../state/view-state';
import { CoveragePanel } from './CoveragePanel';
import type { CountryOption } from './CountryPicker';
import { FilterPanel } from './FilterPanel';
import type { BriefingState } from './hooks/use-briefing';
import { HS_ROWS, type Workspace } from './hooks/use-workspace';
import { useI18n } from './i18n-context';
import { LazyPart, prefetchedComponent } from './LazyPart';
import './sankey.css';

// The Sankey (with d3-sankey) and the briefing editor (folded away at first) are chunks of
// their own, off the page's first load (issue #16): the Sankey has nothing to draw before the
// database has answered. sankey.css stays in the page's stylesheet, in its place.
const Sankey = prefetchedComponent(
  () => import('./Sankey'),
  (m) => m.Sankey,
);
const BriefEditor = prefetchedComponent(
  () => import('./brief/BriefEditor'),
  (m) => m.BriefEditor,
);

/** The countries `codes` as picker options, with their names in both languages. */
function countryOptions(
  codes: readonly string[],
  places: ReadonlyMap<string, Place>,
): CountryOption[] {
  return codes
    .map((code) => {
      const place = places.get(code);
      return { code, name: place?.name ?? { en: code, 'zh-TW': code }, aliases: place?.aliases };
    })
    .sort((a, b) => a.name.en.localeCompare(b.name.en));
}

/**
 * The column beside the map: the filters, the Sankey of the routes they leave, what the data
 * covers, and the briefing editor (saved views as steps).
 */
export function WorkspaceColumn({
  view,
  setView,
  workspace,
  places,
  selected,
  brief,
  noData,
}: {
  view: ViewState;
  setView: SetView;
  workspace: Workspace;
  places: ReadonlyMap<string, Place>;
  selected: Corridor | null;
  brief: BriefingState;
  /** No data is loaded: nothing to draw a Sankey of, nor to say the coverage of. */
  noData: boolean;
}) {
  const { locale, t } = useI18n();
  const countries = useMemo(() => countryOptions([...places.keys()], places), [places]);
  const intermediaries = useMemo(() => {
    const destinations = new Set(destinationCodes(view.destinations));
    const partners = workspace.months?.partners.filter((code) => !destinations.has(code)) ?? [];
    return countryOptions(partners, places);
  }, [workspace.months, view.destinations, places]);
  const destinations = useMemo(
    () => countryOptions(destinationCodes(view.destinations), places),
    [view.destinations, places],
  );
  const legs = useMemo(
    () => workspace.legs && narrowLegs(workspace.legs, { via: view.via, to: view.to }),
    [workspace.legs, view.via, view.to],
  );
  return (
    <>
      <FilterPanel
        view={view}
        setView={setView}
        countries={countries}
        intermediaries={intermediaries}
        destinations={destinations}
        hsRows={HS_ROWS}
      />
      {!noData && (
        <section className="panel sankey-panel">
          <LazyPart>
            <Sankey
              input={legs}
              nameOf={(code) => places.get(code)?.name[locale] ?? code}
              via={selected?.via ?? view.via}
              to={selected?.destination ?? view.to}
              onVia={(via) => setView({ via })}
              onTo={(to) => setView({ to })}
            />
          </LazyPart>
        </section>
      )}
      {!noData && <CoveragePanel />}
      <details className="panel brief-panel">
        <summary>{t('workspace.briefPanel')}</summary>
        <LazyPart>
          <BriefEditor
            briefing={brief.edited}
            currentView={writeViewState(view, '')}
            onChange={brief.setEdited}
            onPlay={() => setView({ page: 'brief', briefing: brief.edited.id, step: 0 })}
          />
        </LazyPart>
      </details>
    </>
  );
}
