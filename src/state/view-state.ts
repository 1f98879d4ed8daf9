import * as v from 'valibot';
import { isMonth } from '../analysis/month';
import { PRODUCT_LEVELS } from '../analysis/params';
import { LOCALES } from '../i18n';
import { CAMERA_PRESET_NAMES } from '../map/camera';
import { FLOW_SOURCES } from '../data/flow-slices';
import { COLOR_BYS, MAP_THEMES } from '../map/theme';

/** The app's pages: the workspace's map, the methodology, the briefing, the public report. */
export const PAGES = ['map', 'method', 'brief', 'report'] as const;
export type Page = (typeof PAGES)[number];

export type { ColorBy, MapTheme as Theme } from '../map/theme';
export type { FlowSource } from '../data/flow-slices';
/** The longest window of months the period brush can select. */
export const MAX_WINDOW_MONTHS = 600;

/**
 * One key of the view: the address parameter that holds it, the schema its text must match
 * (giving the value), the value when the address says nothing or something malformed, and how
 * the value is written back.
 */
export interface ViewField<T, S extends Scope = Scope> {
  param: string;
  schema: v.GenericSchema<string, T>;
  fallback: T;
  /** The parameter's text for a value; `String(value)` unless given. */
  write?: (value: T) => string;
  scope: S;
}

/**
 * 'saved': part of the view that a briefing step or a shared link keeps. 'page': part of the
 * view that the briefing sets for each of its steps (the page, the briefing, the step, the
 * language), never saved in one. 'transient': an instruction to the page as it opens (a frozen
 * clock, autoplay, the benchmark), read once and never part of the view.
 */
export type Scope = 'saved' | 'page' | 'transient';

const text = (pattern: RegExp) => v.pipe(v.string(), v.regex(pattern));
const numeric = (pattern: RegExp) => v.pipe(v.string(), v.regex(pattern), v.transform(Number));

function field<T, S extends Scope = 'saved'>(
  param: string,
  schema: v.GenericSchema<string, T>,
  fallback: T,
  options: { write?: (value: T) => string; scope?: S } = {},
): ViewField<T, S> {
  return { param, schema, fallback, scope: 'saved' as S, ...options };
}

/** A key that is absent (null) unless the address gives a valid value. */
const optional = <T, S extends Scope = 'saved'>(
  param: string,
  schema: v.GenericSchema<string, T>,
  scope?: S,
) => field<T | null, S>(param, schema, null, scope && { scope });

/** A transient switch, on with `=1`. */
const flag = (param: string) =>
  field(
    param,
    v.pipe(
      v.string(),
      v.value('1'),
      v.transform(() => true),
    ),
    false,
    {
      scope: 'transient',
    },
  );

const ISO3 = /^[A-Z]{3}$/;
const PRODUCT = String.raw`(CHPL-[1-4](\.[AB])?|\d{2}|\d{4}|\d{6})`;
const RANGE = /^\d{4}-(0[1-9]|1[0-2]):(\d{4}-(0[1-9]|1[0-2]))?$/;

/**
 * Every key of the view, in the order the address lists them. The view's type, reading and
 * writing the address, and the keys a briefing step may hold all come from this table.
 */
export const VIEW_FIELDS = {
  locale: field('lang', v.picklist(LOCALES), 'en', { scope: 'page' }),
  /** The selected corridor's key ('TWN>KGZ>RUS:854231'), or null. */
  corridor: optional('corridor', text(/^[A-Z]{3}>[A-Z]{3}>[A-Z]{3}:[0-9A-Z.-]{1,12}$/)),
  page: field('page', v.picklist(PAGES), 'map', { scope: 'page' }),
  /** How the corridor analysis groups products ('all': HS-6, HS-4 and tiers together). */
  level: field('level', v.picklist(PRODUCT_LEVELS), 'all'),
  /** Destinations, comma-separated ISO-3 codes. */
  destinations: field('dest', text(/^[A-Z]{3}(,[A-Z]{3})*$/), 'RUS,BLR'),
  /** Baseline and post periods, 'YYYY-MM:YYYY-MM' ('YYYY-MM:' for an open end). */
  baseline: field('baseline', text(RANGE), '2019-01:2021-12'),
  post: field('post', text(RANGE), '2022-03:'),
  /** Corridors whose legs carry less than this (US$, post period) are ignored. */
  minValueUsd: field('min', numeric(/^\d{1,12}$/), 100_000),
  /** Corridors scoring below this are neither drawn nor listed. */
  minScore: field('score', numeric(/^(0(\.\d{1,3})?|1)$/), 0.2),
  /** The country whose exports are followed (ISO-3). */
  origin: field('from', text(ISO3), 'TWN'),
  /** The intermediary the views are narrowed to (ISO-3), or null for all. */
  via: optional('via', text(ISO3)),
  /** The destination the views are narrowed to (ISO-3, one of `destinations`), or null for all. */
  to: optional('to', text(ISO3)),
  /**
   * The products followed: CHPL tiers ('CHPL-1') and HS codes of 2, 4 or 6 digits; empty for
   * every CHPL good.
   */
  products: field(
    'prod',
    v.pipe(
      text(new RegExp(`^${PRODUCT}(,${PRODUCT})*$`)),
      v.transform((list) => list.split(',')),
    ),
    [] as string[],
    { write: (codes) => codes.join(',') },
  ),
  /** Whose figures the flows show: the exporters' declared exports, or the importers' mirror. */
  source: field('src', v.picklist(FLOW_SOURCES), 'reported'),
  /** The last month of the period shown ('YYYY-MM'), or null for the data's last month. */
  month: optional('month', v.pipe(v.string(), v.check(isMonth))),
  /** Months in the period shown, ending at `month` (1 to {@link MAX_WINDOW_MONTHS}). */
  windowMonths: field(
    'window',
    v.pipe(numeric(/^\d{1,3}$/), v.minValue(1), v.maxValue(MAX_WINDOW_MONTHS)),
    12,
  ),
  theme: field('theme', v.picklist(MAP_THEMES), 'dark'),
  colorBy: field('color', v.picklist(COLOR_BYS), 'tier'),
  /** The camera preset last chosen, or null for the opening view. */
  camera: optional('cam', v.picklist(CAMERA_PRESET_NAMES)),
  /** The briefing shown on the 'brief' page (a file of the briefings folder, without '.json'). */
  briefing: field('briefing', text(/^[a-z0-9][a-z0-9-]{0,63}$/), 'default', { scope: 'page' }),
  /** The briefing's step shown, from 0. */
  step: field('step', numeric(/^\d{1,3}$/), 0, { scope: 'page' }),
  /** A fixed animation clock in seconds, for screenshots and render tests that need it. */
  time: optional('time', numeric(/^\d+(\.\d+)?$/), 'transient'),
  /** The briefing starts playing by itself, for unattended screens. */
  autoplay: flag('autoplay'),
  /** The page installs the benchmark's API. */
  bench: flag('bench'),
  /** The page is the briefing's presenter view, a second window beside the audience's. */
  presenter: flag('presenter'),
  /** A canonical Parquet file of the app's own origin to open instead of the sample. */
  data: optional('data', v.string(), 'transient'),
};

type Fields = typeof VIEW_FIELDS;
type ValueOf<F> = F extends ViewField<infer T> ? T : never;
type KeysOf<S extends Scope> = {
  [K in keyof Fields]: Fields[K]['scope'] extends S ? K : never;
}[keyof Fields];
type ViewKey = KeysOf<'saved' | 'page'>;
type OptionKey = KeysOf<'transient'>;

/** What the user is looking at: small, serializable and mirrored in the URL. */
export type ViewState = { [K in ViewKey]: ValueOf<Fields[K]> };
/** What the address asks of the page as it opens ({@link VIEW_FIELDS}' transient keys). */
export type AddressOptions = { [K in OptionKey]: ValueOf<Fields[K]> };

const keysOf = (...scopes: Scope[]) =>
  Object.keys(VIEW_FIELDS).filter((key) =>
    scopes.includes(VIEW_FIELDS[key as keyof Fields].scope),
  ) as (keyof Fields)[];
const KEYS = keysOf('saved', 'page') as ViewKey[];
const OPTION_KEYS = keysOf('transient') as OptionKey[];
/** One field, typed loosely: the table's entries differ only in their value's type. */
const fieldOf = (key: keyof Fields) => VIEW_FIELDS[key] as ViewField<unknown>;

/** The address parameters a briefing step's view may hold. */
export const SAVED_PARAMS: readonly string[] = keysOf('saved').map((key) => fieldOf(key).param);
/** The address parameters the briefing sets for each step itself. */
export const PAGE_PARAMS: readonly string[] = keysOf('page').map((key) => fieldOf(key).param);

/** A field's value as the address writes it, or null for none. */
function paramText(item: ViewField<unknown>, value: unknown): string | null {
  if (value === null) return null;
  return item.write ? item.write(value) : String(value);
}

/** The given keys' values in a query string; a malformed or missing value is the fallback. */
function readKeys(search: string, keys: readonly (keyof Fields)[]) {
  const params = new URLSearchParams(search);
  const entries = keys.map((key) => {
    const item = fieldOf(key);
    const parsed = v.safeParse(item.schema, params.get(item.param));
    return [key, parsed.success ? parsed.output : item.fallback];
  });
  return Object.fromEntries(entries) as unknown;
}

/** Reads the view from a URL query string; unknown or malformed values fall back to defaults. */
export const readViewState = (search: string) => readKeys(search, KEYS) as ViewState;

/** The view shown when the URL says nothing. */
export const DEFAULT_VIEW = readViewState('');

/** Reads what an address asks of the page as it opens (`?time=2.5&autoplay=1`…). */
export const readAddressOptions = (search: string) =>
  readKeys(search, OPTION_KEYS) as AddressOptions;

/** Writes the view into a URL query string, keeping parameters it does not own. */
export function writeViewState(view: ViewState, search: string): string {
  const params = new URLSearchParams(search);
  for (const key of KEYS) {
    const item = fieldOf(key);
    const value = paramText(item, view[key]);
    if (value === null || value === paramText(item, item.fallback)) params.delete(item.param);
    else params.set(item.param, value);
  }
  const query = params.toString();
  return query ? `?${query}` : '';
}

/** Whether two views are the same view (the same address). */
export const sameView = (a: ViewState, b: ViewState) =>
  writeViewState(a, '') === writeViewState(b, '');
