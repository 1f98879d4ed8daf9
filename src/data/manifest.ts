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
  /**
   * The HS headings its rows fall under (the first four digits of their codes, shorter codes
   * whole): which parts a view of other goods needs. Absent from manifests of other writers,
   * whose chapter parts are then known by their group's name.
   */
  headings: v.optional(v.array(v.string())),
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

/**
 * Which parts of a data set to load: those its default view needs, all, or those and the
 * parts of the groups given (which a view of other goods needs: see {@link partsForView}).
 */
export type PartsToLoad = 'default' | 'all' | { groups: readonly string[] };

/** The parts of `manifest` that `which` asks for, in the manifest's order. */
export function chosenParts(manifest: DataSetManifest, which: PartsToLoad): ManifestPart[] {
  if (which === 'all') return manifest.parts;
  const groups = which === 'default' ? [] : which.groups;
  return manifest.parts.filter(
    (part) => manifest.default_groups.includes(part.group) || groups.includes(part.group),
  );
}

/**
 * The parts to fetch for `which` when the page already holds the rows of the groups it `has`:
 * only the others, added to those rows (`add`), when every group it has is still asked for and
 * one is not there yet; otherwise every part asked for (`chosen`), replacing them.
 */
export function partsToFetch(
  manifest: DataSetManifest,
  which: PartsToLoad,
  has: readonly string[],
): { chosen: ManifestPart[]; parts: ManifestPart[]; add: boolean } {
  const chosen = chosenParts(manifest, which);
  const groups = chosen.map((part) => part.group);
  const missing = chosen.filter((part) => !has.includes(part.group));
  const add = has.length > 0 && missing.length > 0 && has.every((g) => groups.includes(g));
  return { chosen, parts: add ? missing : chosen, add };
}

/** Whether `part` holds rows under `code`, an HS code of 2 to 6 digits. */
function holds(part: ManifestPart, code: string): boolean {
  if (!part.headings) return part.group === code.slice(0, 2);
  return part.headings.some((heading) => heading.startsWith(code) || code.startsWith(heading));
}

/** The HS chapters of the rows of `parts`, as far as their manifest tells. */
function chaptersOf(parts: readonly ManifestPart[]): string[] {
  const headings = parts.flatMap((part) => part.headings ?? [part.group]);
  return [...new Set(headings.filter((h) => /^\d{2}/.test(h)).map((h) => h.slice(0, 2)))];
}

/** What a view asks of the data: the products it follows, and the analysis's product level. */
export interface ViewNeeds {
  /** CHPL tiers and HS codes of 2, 4 or 6 digits; empty for every dual-use good. */
  products: readonly string[];
  level: string;
}

/**
 * The parts not yet loaded (of those whose groups are `loaded`) that a view needs: those
 * holding the HS codes it follows (tiers and dual-use codes are in the listed part), and, for
 * an analysis by HS chapter, the rest of every chapter the rows loaded fall under, so that a
 * chapter's total is the whole chapter's.
 */
export function partsForView(
  manifest: DataSetManifest,
  loaded: readonly string[],
  view: ViewNeeds,
): ManifestPart[] {
  const have = manifest.parts.filter((part) => loaded.includes(part.group));
  const codes = [
    ...view.products.filter((code) => /^\d{2,6}$/.test(code)),
    ...(view.level === '2' ? chaptersOf(have) : []),
  ];
  return manifest.parts.filter(
    (part) => !loaded.includes(part.group) && codes.some((code) => holds(part, code)),
  );
}
