import * as v from 'valibot';
import { corridorKey } from '../analysis/corridor';
import type { ControlScores } from './corridors/placebo';
import type { Analysis } from './corridors/score-corridors';
import { FLOW_SOURCES, type FlowSource } from './flow-slices';
import { fetchManifest } from './load-parts';
import { isManifestPath } from './manifest';
import { fetchParquetKeyValues } from './parquet-footer';
import type { PartnerMonths } from './partner-months';

/**
 * A data set's first view: the default origin's exports by partner, month and CHPL tier under
 * the default filters (every CHPL good, the exporters' own figures), and the corridor ranking
 * under the default settings, stored in the data set's own Parquet file by whatever wrote it
 * (`npm run data:sample`, `npm run ingest`, the bench's generator). The page shows it while
 * DuckDB starts and loads, then replaces it with the same from the live queries, and says so
 * if they differ.
 */
export interface FirstView {
  origin: string;
  source: FlowSource;
  months: PartnerMonths;
  /** The corridor ranking under the default settings, when the file stores one. */
  ranking: StoredRanking | null;
}

/** A ranking stored with the data: the settings it was scored with (as JSON), and its result. */
export interface StoredRanking {
  params: string;
  analysis: Analysis;
}

/** The Parquet key–value metadata entries that hold the first view and its ranking. */
export const FIRST_VIEW_KEY = 'tdc_first_view';
export const FIRST_RANKING_KEY = 'tdc_first_ranking';
/** The version of the stored forms (flows, ranking); another version is ignored. */
const VERSION = 1;
/** Version 2: each pooled score with its route's kind, for matched calibration. */
const RANKING_VERSION = 2;

const codes = v.array(v.string());
const numbers = v.array(v.number());
const routeScores = v.array(v.object({ score: v.number(), kind: v.string() }));
/** The stored form: the PartnerMonths arrays, as JSON arrays. */
const StoredSchema = v.object({
  version: v.literal(VERSION),
  origin: v.string(),
  source: v.picklist(FLOW_SOURCES),
  step: v.picklist(['month', 'year']),
  months: codes,
  partners: codes,
  nameEn: codes,
  nameZh: codes,
  partnerPosition: numbers,
  originPosition: numbers,
  tiers: codes,
  values: numbers,
});
type Stored = v.InferOutput<typeof StoredSchema>;

/** `text` parsed as JSON and checked against `schema`; null if it is not JSON or does not fit. */
function parseStored<S extends v.GenericSchema>(schema: S, text: string): v.InferOutput<S> | null {
  try {
    const result = v.safeParse(schema, JSON.parse(text));
    return result.success ? result.output : null;
  } catch {
    return null;
  }
}

/** The first view's flows as stored in a Parquet file's metadata (JSON). */
export function encodeFirstView(view: Omit<FirstView, 'ranking'>): string {
  const { months: pm } = view;
  const stored: Stored = {
    version: VERSION,
    origin: view.origin,
    source: view.source,
    step: pm.step,
    months: pm.months,
    partners: pm.partners,
    nameEn: pm.nameEn,
    nameZh: pm.nameZh,
    partnerPosition: Array.from(pm.partnerPosition),
    originPosition: Array.from(pm.originPosition),
    tiers: pm.tiers,
    values: Array.from(pm.values),
  };
  return JSON.stringify(stored);
}

/**
 * A stored first view's flows, or null when `text` is not one this version can use (another
 * version, or arrays whose sizes do not agree): a first view is a head start, never a reason
 * to fail.
 */
export function decodeFirstView(text: string): Omit<FirstView, 'ranking'> | null {
  const s = parseStored(StoredSchema, text);
  if (!s) return null;
  const partnerCount = s.partners.length;
  const sizesAgree =
    s.nameEn.length === partnerCount &&
    s.nameZh.length === partnerCount &&
    s.partnerPosition.length === 2 * partnerCount &&
    (s.originPosition.length === 2 || (partnerCount === 0 && s.originPosition.length === 0)) &&
    s.values.length === partnerCount * s.months.length * s.tiers.length;
  if (!sizesAgree) return null;
  return {
    origin: s.origin,
    source: s.source,
    months: {
      origin: s.origin,
      months: s.months,
      step: s.step,
      partners: s.partners,
      nameEn: s.nameEn,
      nameZh: s.nameZh,
      partnerPosition: Float64Array.from(s.partnerPosition),
      originPosition: Float64Array.from(s.originPosition),
      tiers: s.tiers,
      values: Float64Array.from(s.values),
    },
  };
}

const sameList = (a: ArrayLike<unknown>, b: ArrayLike<unknown>) =>
  a.length === b.length && Array.prototype.every.call(a, (x, i) => x === b[i]);

/** Equal to a part in a billion: sums made in another order, or by another DuckDB. */
const close = (x: number, y: number) => Math.abs(x - y) <= 1e-9 * Math.max(Math.abs(x), 1);

/**
 * Whether two PartnerMonths show the same flows: the same months, partners, places and tiers,
 * and values equal to a part in a billion.
 */
export function sameFlows(a: PartnerMonths, b: PartnerMonths): boolean {
  return (
    a.step === b.step &&
    sameList(a.months, b.months) &&
    sameList(a.partners, b.partners) &&
    sameList(a.tiers, b.tiers) &&
    sameList(a.partnerPosition, b.partnerPosition) &&
    sameList(a.originPosition, b.originPosition) &&
    a.values.length === b.values.length &&
    a.values.every((x, i) => close(x, b.values[i] ?? Number.NaN))
  );
}

/** A ranking as stored in a Parquet file's metadata (JSON). */
export function encodeRanking(ranking: StoredRanking): string {
  return JSON.stringify({ version: RANKING_VERSION, ...ranking });
}

const RankingSchema = v.object({
  version: v.literal(RANKING_VERSION),
  params: v.string(),
  analysis: v.looseObject({
    corridors: v.array(v.looseObject({ score: v.number() })),
    unscored: v.array(v.unknown()),
    pools: v.looseObject({
      listed: routeScores,
      unlisted: routeScores,
      placebo: routeScores,
      elsewhere: routeScores,
    }),
    counts: v.looseObject({}),
    coverage: v.array(v.unknown()),
  }),
});

/**
 * A stored ranking, or null when `text` is not one this version can use. Only its outline is
 * checked here: the page shows it until its own scoring ends, and then compares the two (see
 * {@link sameRanking}).
 */
export function decodeRanking(text: string): StoredRanking | null {
  const stored = parseStored(RankingSchema, text);
  return stored && { params: stored.params, analysis: stored.analysis as unknown as Analysis };
}

/**
 * Whether two analyses rank the same corridors in the same order with the same scores (to a
 * part in a billion), and count the same routes.
 */
export function sameRanking(a: Analysis, b: Analysis): boolean {
  return (
    sameList(a.corridors.map(corridorKey), b.corridors.map(corridorKey)) &&
    a.corridors.every((c, i) => close(c.score, b.corridors[i]?.score ?? Number.NaN)) &&
    JSON.stringify(a.counts) === JSON.stringify(b.counts)
  );
}

/**
 * The control runs' scores stored with a ranking, for a live analysis that ranks the same: the
 * same rows scored with the same settings give the same control runs, so the page need not run
 * them again. Null when the two differ, or when the stored ranking has no control scores (it
 * was stored uncalibrated, or the controls scored nothing: running them costs little then).
 */
export function storedControls(stored: Analysis, live: Analysis): ControlScores | null {
  const { placebo, elsewhere } = stored.pools;
  if (placebo.length + elsewhere.length === 0 || !sameRanking(stored, live)) return null;
  return { placebo, elsewhere };
}

/** The first view a data set's manifest holds, under the keys of a Parquet footer's. */
async function manifestKeyValues(url: string): Promise<Map<string, string>> {
  const { manifest } = await fetchManifest(url);
  const pairs = new Map<string, string>();
  if (manifest.first_view !== undefined) pairs.set(FIRST_VIEW_KEY, manifest.first_view);
  if (manifest.first_ranking !== undefined) pairs.set(FIRST_RANKING_KEY, manifest.first_ranking);
  return pairs;
}

/**
 * The first view stored in the Parquet file at `url`, read from the file's footer alone (one
 * or two range requests), or in the manifest of a data set in parts; null when it has none
 * this version can use or the server does not answer range requests.
 */
export async function fetchFirstView(url: string): Promise<FirstView | null> {
  const pairs = isManifestPath(url)
    ? await manifestKeyValues(url)
    : await fetchParquetKeyValues(url);
  const text = pairs?.get(FIRST_VIEW_KEY);
  const flows = text === undefined ? null : decodeFirstView(text);
  const ranking = pairs?.get(FIRST_RANKING_KEY);
  return flows && { ...flows, ranking: ranking === undefined ? null : decodeRanking(ranking) };
}
