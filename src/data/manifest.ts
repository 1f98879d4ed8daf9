import * as v from 'valibot';
import { LoadError } from './load-error';

/**
 * A data set in parts: a folder holding `manifest.json` and one canonical Parquet file per
 * group of products (`group=<g>/part-0.parquet`), written by `npm run ingest -- … --out
 * <folder>/manifest.json`. The page loads only the parts its default view needs (the groups
 * of {@link DEFAULT_GROUPS}), so that a data set bigger than a browser tab still opens.
 */
export const MANIFEST_FORMAT = 'tdc-trade-parts/1';

/** The group of every row under a heading that holds a dual-use (CHPL) code. */
export const LISTED_GROUP = 'chpl';

/**
 * The groups the default view needs: the dual-use headings, whose rows give the map, the
 * flows and the ranking (the headings' unlisted codes included, as comparisons).
 */
export const DEFAULT_GROUPS: readonly string[] = [LISTED_GROUP];

const count = v.pipe(v.number(), v.integer(), v.minValue(0));
const isoDate = v.pipe(v.string(), v.isoDate());

/** A part's path: relative, inside the folder, a Parquet file. */
const partPath = v.pipe(
  v.string(),
  v.regex(
    /^(?!\/)(?!.*(^|\/)\.\.(\/|$))[^\\?#]+\.parquet$/,
    'must be a .parquet path inside the folder',
  ),
);

const PartSchema = v.object({
  path: partPath,
  group: v.pipe(v.string(), v.minLength(1)),
  rows: count,
  bytes: count,
  sha256: v.pipe(v.string(), v.regex(/^[0-9a-f]{64}$/, 'must be 64 hex digits')),
  first_period: isoDate,
  last_period: isoDate,
  reporters: count,
});

const ManifestSchema = v.object({
  format: v.literal(MANIFEST_FORMAT),
  rows: count,
  default_groups: v.array(v.string()),
  default_rows: count,
  ingest_files: v.array(v.object({ name: v.string(), format: v.string() })),
  parts: v.pipe(v.array(PartSchema), v.minLength(1, 'lists no part')),
  first_view: v.optional(v.string()),
  first_ranking: v.optional(v.string()),
});

/** One part of a data set, as its manifest lists it. */
export type ManifestPart = v.InferOutput<typeof PartSchema>;

/** A data set's manifest (see {@link MANIFEST_FORMAT}). */
export type DataSetManifest = v.InferOutput<typeof ManifestSchema>;

/** Whether an address (its path, whatever its query) names a data set's manifest, not a file. */
export const isManifestPath = (url: string) => /\.json$/i.test(url.split(/[?#]/)[0] ?? '');

/**
 * Reads a manifest's text; refuses one that is not JSON, not of this format, or whose parts
 * are not as declared, saying which field is wrong.
 */
export function parseManifest(text: string): DataSetManifest {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new LoadError('error.manifest', { detail: String(error) });
  }
  const parsed = v.safeParse(ManifestSchema, json);
  if (!parsed.success) {
    const [issue] = parsed.issues;
    const where = issue ? v.getDotPath(issue) : null;
    const detail = `${where ?? 'the manifest'}: ${issue?.message ?? 'not a manifest'}`;
    throw new LoadError('error.manifest', { detail });
  }
  return parsed.output;
}

/** The parts the default view needs, in the manifest's order. */
export const defaultParts = (manifest: DataSetManifest): ManifestPart[] =>
  manifest.parts.filter((part) => manifest.default_groups.includes(part.group));
