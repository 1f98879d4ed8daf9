import { isProductLevel, type LevelSetting } from '../analysis/params';
import { isLocale, type Locale } from '../i18n';
import { CAMERA_PRESET_NAMES, type CameraPreset as Camera } from '../map/camera';
import type { ColorBy, MapTheme as Theme } from '../map/theme';
import type { FlowSource } from '../data/flow-slices';

/** The app's pages: the workspace's map, the methodology, the briefing, the public report. */
export const PAGES = ['map', 'method', 'brief', 'report'] as const;
export type Page = (typeof PAGES)[number];

export type { ColorBy, MapTheme as Theme } from '../map/theme';
export type { FlowSource } from '../data/flow-slices';
/** The longest window of months the period brush can select. */
export const MAX_WINDOW_MONTHS = 600;

/** What the user is looking at: small, serializable and mirrored in the URL. */
export interface ViewState {
  locale: Locale;
  /** The selected corridor's key ('TWN>KGZ>RUS:854231'), or null. */
  corridor: string | null;
  page: Page;
  /** How the corridor analysis groups products ('all': HS-6, HS-4 and tiers together). */
  level: LevelSetting;
  /** Destinations, comma-separated ISO-3 codes. */
  destinations: string;
  /** Baseline and post periods, 'YYYY-MM:YYYY-MM' ('YYYY-MM:' for an open end). */
  baseline: string;
  post: string;
  /** Corridors whose legs carry less than this (US$, post period) are ignored. */
  minValueUsd: number;
  /** Corridors scoring below this are neither drawn nor listed. */
  minScore: number;
  /** The country whose exports are followed (ISO-3). */
  origin: string;
  /** The intermediary the views are narrowed to (ISO-3), or null for all. */
  via: string | null;
  /** The destination the views are narrowed to (ISO-3, one of `destinations`), or null for all. */
  to: string | null;
  /**
   * The products followed: CHPL tiers ('CHPL-1') and HS codes of 2, 4 or 6 digits; empty for
   * every CHPL good.
   */
  products: string[];
  /** Whose figures the flows show: the exporters' declared exports, or the importers' mirror. */
  source: FlowSource;
  /** The last month of the period shown ('YYYY-MM'), or null for the data's last month. */
  month: string | null;
  /** Months in the period shown, ending at `month` (1 to {@link MAX_WINDOW_MONTHS}). */
  windowMonths: number;
  theme: Theme;
  colorBy: ColorBy;
  /** The camera preset last chosen, or null for the opening view. */
  camera: Camera | null;
  /** The briefing shown on the 'brief' page (a file of data/briefings/, without '.json'). */
  briefing: string;
  /** The briefing's step shown, from 0. */
  step: number;
}

/** The view shown when the URL says nothing. */
export const DEFAULT_VIEW: ViewState = {
  locale: 'en',
  corridor: null,
  page: 'map',
  level: 'all',
  destinations: 'RUS,BLR',
  baseline: '2019-01:2021-12',
  post: '2022-03:',
  minValueUsd: 100_000,
  minScore: 0.2,
  origin: 'TWN',
  via: null,
  to: null,
  products: [],
  source: 'reported',
  month: null,
  windowMonths: 12,
  theme: 'dark',
  colorBy: 'tier',
  camera: null,
  briefing: 'default',
  step: 0,
};

const CORRIDOR_KEY = /^[A-Z]{3}>[A-Z]{3}>[A-Z]{3}:[0-9A-Z.-]{1,12}$/;
const CODES = /^[A-Z]{3}(,[A-Z]{3})*$/;
const RANGE = /^\d{4}-(0[1-9]|1[0-2]):(\d{4}-(0[1-9]|1[0-2]))?$/;
const MONTH = /^\d{4}-(0[1-9]|1[0-2])$/;
const ISO3 = /^[A-Z]{3}$/;
const PRODUCTS =
  /^(CHPL-[1-4](\.[AB])?|\d{2}|\d{4}|\d{6})(,(CHPL-[1-4](\.[AB])?|\d{2}|\d{4}|\d{6}))*$/;

/** An ISO-3 code parameter's value, or null. */
const iso3 = (params: URLSearchParams, name: string) => {
  const value = params.get(name);
  return value !== null && ISO3.test(value) ? value : null;
};

/** The window length a parameter gives, if it is a whole number of months in range. */
function windowLength(value: string | null): number | null {
  const months = Number(value);
  return /^\d{1,3}$/.test(value ?? '') && months >= 1 && months <= MAX_WINDOW_MONTHS
    ? months
    : null;
}

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
    page: oneOf(params.get('page'), PAGES) ?? DEFAULT_VIEW.page,
    level: isProductLevel(params.get('level') ?? '')
      ? (params.get('level') as LevelSetting)
      : DEFAULT_VIEW.level,
    destinations: matching(params, 'dest', CODES, DEFAULT_VIEW.destinations),
    baseline: matching(params, 'baseline', RANGE, DEFAULT_VIEW.baseline),
    post: matching(params, 'post', RANGE, DEFAULT_VIEW.post),
    minValueUsd: Number(matching(params, 'min', /^\d{1,12}$/, String(DEFAULT_VIEW.minValueUsd))),
    minScore: Number(
      matching(params, 'score', /^(0(\.\d{1,3})?|1)$/, String(DEFAULT_VIEW.minScore)),
    ),
    origin: iso3(params, 'from') ?? DEFAULT_VIEW.origin,
    via: iso3(params, 'via'),
    to: iso3(params, 'to'),
    products: matching(params, 'prod', PRODUCTS, '').split(',').filter(Boolean),
    source: oneOf(params.get('src'), ['reported', 'mirror'] as const) ?? DEFAULT_VIEW.source,
    month: MONTH.test(params.get('month') ?? '') ? params.get('month') : null,
    windowMonths: windowLength(params.get('window')) ?? DEFAULT_VIEW.windowMonths,
    theme: oneOf(params.get('theme'), ['dark', 'light'] as const) ?? DEFAULT_VIEW.theme,
    colorBy: oneOf(params.get('color'), ['tier', 'score'] as const) ?? DEFAULT_VIEW.colorBy,
    camera: oneOf(params.get('cam'), CAMERA_PRESET_NAMES) ?? null,
    briefing: matching(params, 'briefing', /^[a-z0-9][a-z0-9-]{0,63}$/, DEFAULT_VIEW.briefing),
    step: Number(matching(params, 'step', /^\d{1,3}$/, String(DEFAULT_VIEW.step))),
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
  set('from', view.origin, DEFAULT_VIEW.origin);
  set('via', view.via, DEFAULT_VIEW.via);
  set('to', view.to, DEFAULT_VIEW.to);
  set('prod', view.products.join(','), '');
  set('src', view.source, DEFAULT_VIEW.source);
  set('month', view.month, DEFAULT_VIEW.month);
  set('window', String(view.windowMonths), String(DEFAULT_VIEW.windowMonths));
  set('theme', view.theme, DEFAULT_VIEW.theme);
  set('color', view.colorBy, DEFAULT_VIEW.colorBy);
  set('cam', view.camera, DEFAULT_VIEW.camera);
  set('briefing', view.briefing, DEFAULT_VIEW.briefing);
  set('step', String(view.step), String(DEFAULT_VIEW.step));
  const text = params.toString();
  return text ? `?${text}` : '';
}
