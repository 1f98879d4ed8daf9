import { selectionLabel, type HsRow } from '../analysis/product-selection';
import type { SetView } from '../state/use-view-state';
import { DEFAULT_VIEW, type FlowSource, type ViewState } from '../state/view-state';
import { CountryPicker, type CountryOption } from './CountryPicker';
import { useI18n } from './i18n-context';
import { ProductTree } from './ProductTree';

const SOURCES: readonly FlowSource[] = ['reported', 'mirror'];

/** The filters every view follows (map, timeline, Sankey, ranking), each mirrored in the URL. */
export function FilterPanel({
  view,
  setView,
  countries,
  intermediaries,
  destinations,
  hsRows,
}: {
  view: ViewState;
  setView: SetView;
  /** Every country that can be an origin. */
  countries: readonly CountryOption[];
  /** The origin's partners, and the destinations of the analysis. */
  intermediaries: readonly CountryOption[];
  destinations: readonly CountryOption[];
  hsRows: readonly HsRow[];
}) {
  const { locale, t } = useI18n();
  const filtered =
    view.origin !== DEFAULT_VIEW.origin ||
    view.via !== null ||
    view.to !== null ||
    view.products.length > 0 ||
    view.source !== DEFAULT_VIEW.source;
  return (
    <section className="panel filter-panel" aria-labelledby="filters-title" data-testid="filters">
      <div className="filter-panel-head">
        <h2 id="filters-title">{t('filters.title')}</h2>
        <button
          type="button"
          className="button link-button"
          disabled={!filtered}
          onClick={() =>
            setView({
              origin: DEFAULT_VIEW.origin,
              via: null,
              to: null,
              products: [],
              source: 'reported',
            })
          }
        >
          {t('workspace.reset')}
        </button>
      </div>
      <CountryPicker
        id="origin"
        label={t('workspace.origin')}
        options={countries}
        value={view.origin}
        onChange={(origin) => setView({ origin: origin ?? DEFAULT_VIEW.origin })}
      />
      <CountryPicker
        id="via"
        label={t('workspace.via')}
        options={intermediaries}
        value={view.via}
        allLabel={t('workspace.allIntermediaries')}
        onChange={(via) => setView({ via })}
      />
      <CountryPicker
        id="to"
        label={t('workspace.to')}
        options={destinations}
        value={view.to}
        allLabel={t('workspace.allDestinations')}
        onChange={(to) => setView({ to })}
      />
      <fieldset className="filter-source" data-testid="source">
        <legend>{t('workspace.source')}</legend>
        {SOURCES.map((source) => (
          <label key={source} title={t(`workspace.source.${source}.hint`)}>
            <input
              type="radio"
              name="flow-source"
              value={source}
              checked={view.source === source}
              onChange={() => setView({ source })}
            />
            {t(`workspace.source.${source}`)}
          </label>
        ))}
      </fieldset>
      <details className="filter-products" data-testid="product-filter">
        <summary>
          {t('workspace.products')}: <span>{selectionLabel(view.products, hsRows, locale)}</span>
        </summary>
        <ProductTree
          rows={hsRows}
          selection={view.products}
          onChange={(products) => setView({ products })}
        />
      </details>
    </section>
  );
}
