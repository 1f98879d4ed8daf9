import { isLocale, type Locale } from '../i18n';

/** Pages of the app besides the map. */
export type Page = 'map' | 'method';

/** What the user is looking at: small, serializable and mirrored in the URL. */
export interface ViewState {
  locale: Locale;
  /** The selected corridor's key ('TWN>KGZ>RUS:854231'), or null. */
  corridor: string | null;
  page: Page;
}

/** The view shown when the URL says nothing. */
export const DEFAULT_VIEW: ViewState = { locale: 'en', corridor: null, page: 'map' };

const CORRIDOR_KEY = /^[A-Z]{3}>[A-Z]{3}>[A-Z]{3}:[0-9A-Z.-]{1,12}$/;

/** Reads the view from a URL query string; unknown or malformed values fall back to defaults. */
export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const corridor = params.get('corridor');
  return {
    locale: isLocale(lang) ? lang : DEFAULT_VIEW.locale,
    corridor: corridor && CORRIDOR_KEY.test(corridor) ? corridor : null,
    page: params.get('page') === 'method' ? 'method' : 'map',
  };
}

/** Writes the view into a URL query string, keeping parameters it does not own. */
export function writeViewState(view: ViewState, search: string): string {
  const params = new URLSearchParams(search);
  const set = (name: string, value: string | null, fallback: string | null) => {
    if (value === fallback || value === null) params.delete(name);
    else params.set(name, value);
  };
  set('lang', view.locale, DEFAULT_VIEW.locale);
  set('corridor', view.corridor, DEFAULT_VIEW.corridor);
  set('page', view.page, DEFAULT_VIEW.page);
  const text = params.toString();
  return text ? `?${text}` : '';
}
