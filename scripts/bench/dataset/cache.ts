/**
 * The bench's cache of generated data sets in bench/.data/: a set is made again only when its
 * size, seed, generator version or DuckDB version changed, or its files did.
 */
import { existsSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { isManifestPath, parseManifest } from '../../../src/data/manifest';
import { openNodeDuckDB } from '../../lib/node-duckdb';
import {
  DEFAULT_SEED,
  GENERATOR_VERSION,
  generateDataset,
  validateDataset,
  type DatasetMeta,
} from './generate';

/** The bytes of a generated file, or of a data set in parts (its manifest and every part). */
function datasetBytes(file: string): number {
  if (!isManifestPath(file)) return statSync(file).size;
  const manifest = parseManifest(readFileSync(file, 'utf8'));
  const dir = dirname(resolve(file));
  return manifest.parts.reduce(
    (sum, part) => sum + statSync(join(dir, part.path)).size,
    statSync(file).size,
  );
}

/** The DuckDB version of this process (part of the cache key: hash() may change with it). */
async function duckdbVersion(): Promise<string> {
  const db = await openNodeDuckDB();
  try {
    const [row] = await db.query('SELECT version() AS v');
    return String(row?.v);
  } finally {
    db.close();
  }
}

/** Where the bench keeps the set of size `name`: one Parquet file, or a data set in parts. */
export const datasetPath = (name: string, inParts = false) =>
  inParts ? `trade-${name}-parts/manifest.json` : `trade-${name}.parquet`;

/**
 * The dataset of `rows` rows in `dir` (in parts if `inParts`), generated unless one made with
 * the same size, seed, generator version and DuckDB version is already there, whole; `validate`
 * checks a new file with the app's validator (once per generation: the bench does it for its
 * smallest size).
 */
export async function cachedDataset(
  dir: string,
  name: string,
  rows: number,
  options: {
    seed?: number;
    validate?: boolean;
    inParts?: boolean;
    onGenerate?: (name: string) => void;
  } = {},
): Promise<DatasetMeta & { cached: boolean }> {
  const { seed = DEFAULT_SEED, validate = false, inParts = false } = options;
  const file = resolve(dir, datasetPath(name, inParts));
  const metaFile = resolve(dir, `trade-${name}.json`);
  const key = `rows=${rows} seed=${seed} generator=${GENERATOR_VERSION} duckdb=${await duckdbVersion()}`;
  if (existsSync(file) && existsSync(metaFile)) {
    const meta = JSON.parse(readFileSync(metaFile, 'utf8')) as DatasetMeta;
    const whole = () => {
      try {
        return datasetBytes(file) === meta.bytes;
      } catch {
        return false;
      }
    };
    if (meta.key === key && meta.file === file && whole()) return { ...meta, cached: true };
  }
  options.onGenerate?.(name);
  const made = await generateDataset(rows, file, seed);
  if (validate) await validateDataset(file);
  const meta: DatasetMeta = { key, file, ...made };
  writeFileSync(metaFile, `${JSON.stringify(meta, null, 2)}\n`);
  return { ...meta, cached: false };
}
