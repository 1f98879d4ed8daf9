import { isProductLevel, type ProductLevel } from '../analysis/params';
import { isLocale, type Locale } from '../i18n';
import { CAMERA_PRESET_NAMES, type CameraPreset as Camera } from '../map/camera';
import type { ColorBy, MapTheme as Theme } from '../map/theme';

/** Pages of the app besides the map. */
export type Page = 'map' | 'method';

export type { ColorBy, MapTheme as Theme } from '../map/theme';
/** Months summed on the map, ending at the month shown. */
export const WINDOW_LENGTHS = [1, 3, 12] as const;
export type WindowLength = (typeof WINDOW_LENGTHS)[number];

/** What the user is looking at: small, serializable and mirrored in the URL. */
export interface ViewState {
  locale: Locale;
  /** The selected corridor's key ('TWN>KGZ>RUS:854231'), or null. */
  corridor: string | null;
  page: Page;
  /** How the corridor analysis groups products. */
  level: ProductLevel;
  /** Destinations, comma-separated ISO-3 codes. */
  destinations: string;
  /** Baseline and post periods, 'YYYY-MM:YYYY-MM' ('YYYY-MM:' for an open end). */
  baseline: string;
  post: string;
  /** Corridors whose legs carry less than this (US$, post period) are ignored. */
  minValueUsd: number;
  /** Corridors scoring below this are neither drawn nor listed. */
  minScore: number;
  /** The intermediary the map and the ranking are narrowed to (ISO-3), or null for all. */
  via: string | null;
  /** The last month shown on the map ('YYYY-MM'), or null for the data's last month. */
  month: string | null;
  /** Months summed on the map, ending at `month`. */
  windowMonths: WindowLength;
  theme: Theme;
  colorBy: ColorBy;
  /** The camera preset last chosen, or null for the opening view. */
  camera: Camera | null;
}

/** The view shown when the URL says nothing. */
export const DEFAULT_VIEW: ViewState = {
  locale: 'en',
  corridor: null,
  page: 'map',
  level: '6',
  destinations: 'RUS,BLR',
  baseline: '2019-01:2021-12',
  post: '2022-03:',
  minValueUsd: 100_000,
  minScore: 0.2,
  via: null,
  month: null,
  windowMonths: 12,
  theme: 'dark',
  colorBy: 'tier',
  camera: null,
};

const CORRIDOR_KEY = /^[A-Z]{3}>[A-Z]{3}>[A-Z]{3}:[0-9A-Z.-]{1,12}$/;
const CODES = /^[A-Z]{3}(,[A-Z]{3})*$/;
const RANGE = /^\d{4}-(0[1-9]|1[0-2]):(\d{4}-(0[1-9]|1[0-2]))?$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const ISO3 = /^[A-Z]{3}$/;

/** The item of `allowed` that a parameter names, if any. */
function oneOf<T extends string | number>(value: string | null, allowed: readonly T[]) {
  return allowed.find((item) => String(item) === value);
}

/** A parameter's value if it matches `pattern`, else the default. */
function matching(params: URLSearchParams, name: string, pattern: RegExp, fallback: string) {
  const value = params.get(name);
  return value !== null && pattern.test(value) ? value : fallback;
}

/** Reads the view from a URL query string; unknown or malformed values fall back to defaults. */
export function readViewState(search: string): ViewState {
  const params = new URLSearchParams(search);
  const lang = params.get('lang');
  const corridor = params.get('corridor');
  return {
    locale: isLocale(lang) ? lang : DEFAULT_VIEW.locale,
    corridor: corridor && CORRIDOR_KEY.test(corridor) ? corridor : null,
    page: params.get('page') === 'method' ? 'method' : 'map',
    level: isProductLevel(params.get('level') ?? '') ? (params.get('level') as ProductLevel) : '6',
    destinations: matching(params, 'dest', CODES, DEFAULT_VIEW.destinations),
    baseline: matching(params, 'baseline', RANGE, DEFAULT_VIEW.baseline),
    post: matching(params, 'post', RANGE, DEFAULT_VIEW.post),
    minValueUsd: Number(matching(params, 'min', /^\d{1,12}$/, String(DEFAULT_VIEW.minValueUsd))),
    minScore: Number(
      matching(params, 'score', /^(0(\.\d{1,3})?|1)$/, String(DEFAULT_VIEW.minScore)),
    ),
    via: ISO3.test(params.get('via') ?? '') ? params.get('via') : null,
    month: MONTH.test(params.get('month') ?? '') ? params.get('month') : null,
    windowMonths: oneOf(params.get('window'), WINDOW_LENGTHS) ?? DEFAULT_VIEW.windowMonths,
    theme: oneOf(params.get('theme'), ['dark', 'light'] as const) ?? DEFAULT_VIEW.theme,
    colorBy: oneOf(params.get('color'), ['tier', 'score'] as const) ?? DEFAULT_VIEW.colorBy,
    camera: oneOf(params.get('cam'), CAMERA_PRESET_NAMES) ?? null,
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
  set('level', view.level, DEFAULT_VIEW.level);
  set('dest', view.destinations, DEFAULT_VIEW.destinations);
  set('baseline', view.baseline, DEFAULT_VIEW.baseline);
  set('post', view.post, DEFAULT_VIEW.post);
  set('min', String(view.minValueUsd), String(DEFAULT_VIEW.minValueUsd));
  set('score', String(view.minScore), String(DEFAULT_VIEW.minScore));
  set('via', view.via, DEFAULT_VIEW.via);
  set('month', view.month, DEFAULT_VIEW.month);
  set('window', String(view.windowMonths), String(DEFAULT_VIEW.windowMonths));
  set('theme', view.theme, DEFAULT_VIEW.theme);
  set('color', view.colorBy, DEFAULT_VIEW.colorBy);
  set('cam', view.camera, DEFAULT_VIEW.camera);
  const text = params.toString();
  return text ? `?${text}` : '';
}
