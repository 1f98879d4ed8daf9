import type { IncomingMessage, ServerResponse } from 'node:http';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

/**
 * The app's Content-Security-Policy: everything from its own folder, nothing from anywhere
 * else. WebAssembly (DuckDB, parquet-wasm) needs 'wasm-unsafe-eval'; React sets inline styles;
 * exports are blob: and data: images. The README gives the same policy as a header.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "worker-src 'self' blob:",
  "connect-src 'self'",
  "img-src 'self' data: blob:",
  "style-src 'self' 'unsafe-inline'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Puts the policy in the built page only: the dev server's hot reload runs inline scripts. */
function contentSecurityPolicy(): Plugin {
  return {
    name: 'content-security-policy',
    apply: 'build',
    transformIndexHtml: () => [
      {
        tag: 'meta',
        attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY },
        injectTo: 'head-prepend',
      },
    ],
  };
}

/** The media types of the data files the app reads: Parquet's registered one, DuckDB's none. */
const DATA_TYPES = new Map([
  ['parquet', 'application/vnd.apache.parquet'],
  ['duckdb', 'application/octet-stream'],
]);

/**
 * Serves the data files (`.parquet`, `.duckdb`) with a media type in `npm start` and `npm run
 * preview`. Without one, the preview server takes them for text and gzips them, range answers
 * included, and Chromium then breaks the transfer off (ERR_CONTENT_LENGTH_MISMATCH). The README
 * asks the same of any server that hosts the built folder.
 */
function dataMediaTypes(): Plugin {
  const middleware = (req: IncomingMessage, res: ServerResponse, next: () => void) => {
    // The path alone: a page address may name a data file in its query (`?data=x.duckdb`).
    const path = (req.url ?? '').split('?')[0] ?? '';
    const type = DATA_TYPES.get(/\.(\w+)$/.exec(path)?.[1] ?? '');
    if (type) res.setHeader('Content-Type', type);
    next();
  };
  return {
    name: 'data-media-types',
    configureServer: (server) => void server.middlewares.use(middleware),
    configurePreviewServer: (server) => void server.middlewares.use(middleware),
  };
}

export default defineConfig({
  // Relative asset paths: the built folder works from any directory, a USB stick or file share.
  base: './',
  plugins: [react(), contentSecurityPolicy(), dataMediaTypes()],
  // Data files imported with ?url are emitted as assets, never inlined.
  assetsInclude: ['**/*.parquet', '**/*.geojson'],
  build: {
    target: 'es2022',
    assetsInlineLimit: 0,
    chunkSizeWarningLimit: 4000,
    // dist/.vite/manifest.json: which chunks the entry imports statically, for the bench's
    // critical-path figure (scripts/bench/bundle.ts). Never fetched by the app.
    manifest: true,
  },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
});
