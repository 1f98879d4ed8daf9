import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Sizes of the production build. */
export interface BundleSizes {
  /** gzip bytes of every JavaScript file of the app, DuckDB's own worker excluded. */
  jsGzipBytes: number;
  /** gzip bytes of the entry chunk alone (what runs before anything else). */
  entryJsGzipBytes: number;
  /** DuckDB's worker script, and its WebAssembly module raw and gzipped. */
  duckdbWorkerGzipBytes: number;
  duckdbWasmBytes: number;
  duckdbWasmGzipBytes: number;
  /** Every file in dist/, raw. */
  distBytes: number;
  /**
   * Every file but index.html: those Vite built (in assets/, by name) and those it copied from
   * public/ (the sample, basemaps and briefings, by their path: 'sample/trade-sample.parquet').
   */
  files: { name: string; bytes: number; gzipBytes: number }[];
}

const isJs = (name: string) => /\.(m?js)$/.test(name);
const isDuckDB = (name: string) => name.startsWith('duckdb-');

/** Every file under `dist`, as paths relative to it with '/' ('assets/index-abc.js'). */
export function distFiles(dist: string): string[] {
  return readdirSync(dist, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dist, join(entry.parentPath, entry.name)).split(sep).join('/'))
    .sort();
}

/** Measures dist/ (gzip at level 9, as a static host would serve it precompressed). */
export function bundleSizes(dist: string): BundleSizes {
  const html = readFileSync(join(dist, 'index.html'), 'utf8');
  const entry = /src="\.?\/?assets\/([^"]+\.js)"/.exec(html)?.[1] ?? '';
  const files = distFiles(dist)
    .filter((path) => path !== 'index.html')
    .map((path) => {
      const name = path.startsWith('assets/') ? path.slice('assets/'.length) : path;
      const bytes = statSync(join(dist, path)).size;
      const gzipBytes =
        isJs(name) || name.endsWith('.wasm')
          ? gzipSync(readFileSync(join(dist, path)), { level: 9 }).length
          : bytes;
      return { name, bytes, gzipBytes };
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
    duckdbWorkerGzipBytes: sum(
      files.filter((f) => isJs(f.name) && isDuckDB(f.name)),
      'gzipBytes',
    ),
    duckdbWasmBytes: sum(wasm, 'bytes'),
    duckdbWasmGzipBytes: sum(wasm, 'gzipBytes'),
    distBytes: sum(files, 'bytes') + statSync(join(dist, 'index.html')).size,
    files,
  };
}
