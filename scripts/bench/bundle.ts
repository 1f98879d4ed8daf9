import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Sizes of the production build. */
export interface BundleSizes {
  /** gzip bytes of every JavaScript file of the app, DuckDB's own worker excluded. */
  jsGzipBytes: number;
  /** gzip bytes of the entry chunk alone (what runs before anything else). */
  entryJsGzipBytes: number;
  /**
   * gzip bytes of the JavaScript the page loads before it can draw its first view: the entry
   * chunk and every chunk it imports statically, transitively ({@link criticalJsFiles}).
   */
  criticalJsGzipBytes: number;
  /** The chunks counted in `criticalJsGzipBytes`, biggest first (names as in `files`). */
  criticalJs: { name: string; gzipBytes: number }[];
  /** DuckDB's worker script, and its WebAssembly module raw and gzipped. */
  duckdbWorkerGzipBytes: number;
  duckdbWasmBytes: number;
  duckdbWasmGzipBytes: number;
  /** Every file in dist/ but Vite's manifest, raw. */
  distBytes: number;
  /**
   * Every file but index.html: those Vite built (in assets/, by name) and those it copied from
   * public/ (the sample, basemaps and briefings, by their path: 'sample/trade-sample.parquet').
   */
  files: { name: string; bytes: number; gzipBytes: number }[];
}

const isJs = (name: string) => /\.(m?js)$/.test(name);
const isDuckDB = (name: string) => name.startsWith('duckdb-');

/** Where Vite writes its build manifest (`build.manifest` in vite.config.ts), under dist/. */
export const MANIFEST_PATH = '.vite/manifest.json';

/** A chunk of Vite's build manifest: its file, and the manifest keys of what it imports. */
interface ManifestChunk {
  file: string;
  isEntry?: boolean;
  /** Chunks imported statically: they load and run before this one. */
  imports?: string[];
  /** Chunks imported with `import()`: they load on demand. */
  dynamicImports?: string[];
}

/**
 * The JavaScript files the page must load before its entry runs, as paths relative to `dist`
 * ('assets/index-abc.js'): every entry chunk of Vite's build manifest and every chunk it imports
 * statically, transitively. A chunk reached only through `import()` is not among them.
 */
export function criticalJsFiles(dist: string): string[] {
  const path = join(dist, MANIFEST_PATH);
  if (!existsSync(path)) throw new Error(`${path} is missing: vite.config.ts sets build.manifest`);
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, ManifestChunk>;
  const files = new Set<string>();
  const visit = (key: string) => {
    const chunk = manifest[key];
    if (!chunk) throw new Error(`${MANIFEST_PATH} names a chunk it does not list: ${key}`);
    if (files.has(chunk.file)) return;
    files.add(chunk.file);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...files].filter(isJs).sort();
}

/** Every file under `dist`, as paths relative to it with '/' ('assets/index-abc.js'). */
export function distFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/**
 * Measures dist/ (gzip at level 9, as a static host would serve it precompressed). Vite's
 * manifest is read, not counted: it is the build's description of itself, never fetched.
 */
export function bundleSizes(dist: string): BundleSizes {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /src="\.?\/?assets\/([^"]+\.js)"/.exec(html)?.[1] ?? '';
  const critical = new Set(criticalJsFiles(dist));
  const files = distFiles(dist)
    .filter((path) => path !== 'index.html' && path !== MANIFEST_PATH)
    .map((path) => {
      const name = path.startsWith('assets/') ? path.slice('assets/'.length) : path;
      const bytes = statSync(join(dist, path)).size;
      const gzipBytes =
        isJs(name) || name.endsWith('.wasm')
          ? gzipSync(readFileSync(join(dist, path)), { level: 9 }).length
          : bytes;
      return { name, bytes, gzipBytes, isCritical: critical.has(path) };
    });
  const sum = (list: typeof files, key: 'bytes' | 'gzipBytes') =>
    list.reduce((total, file) => total + file[key], 0);
  const wasm = files.filter((f) => isDuckDB(f.name) && f.name.endsWith('.wasm'));
  return {
    jsGzipBytes: sum(
      files.filter((f) => isJs(f.name) && !isDuckDB(f.name)),
      'gzipBytes',
    ),
    entryJsGzipBytes: sum(
      files.filter((f) => f.name === entry),
      'gzipBytes',
    ),
    criticalJsGzipBytes: sum(
      files.filter((f) => f.isCritical),
      'gzipBytes',
    ),
    criticalJs: files
      .filter((f) => f.isCritical)
      .map(({ name, gzipBytes }) => ({ name, gzipBytes }))
      .sort((a, b) => b.gzipBytes - a.gzipBytes),
    duckdbWorkerGzipBytes: sum(
      files.filter((f) => isJs(f.name) && isDuckDB(f.name)),
      'gzipBytes',
    ),
    duckdbWasmBytes: sum(wasm, 'bytes'),
    duckdbWasmGzipBytes: sum(wasm, 'gzipBytes'),
    distBytes: sum(files, 'bytes') + statSync(join(dist, 'index.html')).size,
    files: files.map(({ name, bytes, gzipBytes }) => ({ name, bytes, gzipBytes })),
  };
}
