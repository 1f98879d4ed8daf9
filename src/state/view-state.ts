import { isLocale, type Locale } from '../i18n';

/** What the user is looking at: small, serializable and mirrored in the URL. */
export interface ViewState {
  locale: Locale;
}

/** The view shown when the URL says nothing. */
export const DEFAULT_VIEW: ViewState = { locale: 'en' };

/** Reads the view from a URL query string; unknown or malformed values fall back to defaults. */
export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  return { locale: isLocale(lang) ? lang : DEFAULT_VIEW.locale };
}

/** Writes the view into a URL query string, keeping parameters it does not own. */
export function writeViewState(view: ViewState, search: string): string {
  const params = new URLSearchParams(search);
  if (view.locale === DEFAULT_VIEW.locale) params.delete('lang');
  else params.set('lang', view.locale);
  const text = params.toString();
  return text ? `?${text}` : '';
}
