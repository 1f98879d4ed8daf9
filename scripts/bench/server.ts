import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.geojson': 'application/geo+json',
  '.wasm': 'application/wasm',
  '.parquet': 'application/vnd.apache.parquet',
  '.duckdb': 'application/octet-stream',
  '.svg': 'image/svg+xml',
  '.webmanifest': 'application/manifest+json',
};
/** What a static host would compress (Parquet is compressed already). */
const COMPRESSED = new Set([
  '.html',
  '.js',
  '.mjs',
  '.css',
  '.json',
  '.geojson',
  '.wasm',
  '.svg',
  '.webmanifest',
]);

/** A local static server: its origin, and how to stop it. */
export interface StaticServer {
  origin: string;
  /** Body bytes sent and requests answered so far (a page's transfer is the difference). */
  sent(): { bytes: number; requests: number };
  close(): Promise<void>;
}

/** The file under `root` that a URL path names, or null if it escapes `root`. */
function fileUnder(root: string, urlPath: string): string | null {
  const path = normalize(join(root, decodeURIComponent(urlPath)));
  return path === root || path.startsWith(root + sep) ? path : null;
}

function fileSize(path: string | null): number {
  try {
    return path && statSync(path).isFile() ? statSync(path).size : -1;
  } catch {
    return -1;
  }
}

/**
 * The bytes a `Range` header asks of a file of `size` bytes (one range: `a-b`, `a-` or `-n`),
 * as [first, last]; null without a header or for one not understood (the whole file is sent),
 * 'unsatisfiable' for a range outside the file.
 */
function requestedRange(header: string | undefined, size: number) {
  const match = /^bytes=(\d*)-(\d*)$/.exec(header ?? '');
  if (!match || (match[1] === '' && match[2] === '')) return null;
  const [first, last] =
    match[1] === ''
      ? [Math.max(0, size - Number(match[2])), size - 1]
      : [Number(match[1]), match[2] === '' ? size - 1 : Math.min(Number(match[2]), size - 1)];
  return first > last || first >= size ? 'unsatisfiable' : ([first, last] as const);
}

/** Bytes first to last (included) of the file at `path`. */
function readSlice(path: string, first: number, last: number): Buffer {
  const body = Buffer.alloc(last - first + 1);
  const fd = openSync(path, 'r');
  try {
    readSync(fd, body, 0, body.length, first);
  } finally {
    closeSync(fd);
  }
  return body;
}

/**
 * Serves the built app (`dist/`) at `/` and the generated datasets at `/bench-data/` on one
 * origin, so that the app may fetch them (`vite preview` serves nothing outside `dist/`). Like
 * a static host, it gzips the app's text and WebAssembly (once, in memory) for clients that
 * accept it; Parquet goes as it is, whole or in the range asked for (the app reads a file's
 * footer first). Every response has its Content-Length (the app shows download progress from
 * it) and no caching: each cold load fetches everything.
 */
export async function startStaticServer(dist: string, data: string): Promise<StaticServer> {
  const roots: [prefix: string, root: string][] = [
    ['/bench-data/', resolve(data)],
    ['/', resolve(dist)],
  ];
  const gzipped = new Map<string, Buffer>();
  const sent = { bytes: 0, requests: 0 };
  const server: Server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost');
    const [prefix, root] = roots.find(([p]) => url.pathname.startsWith(p)) ?? ['/', resolve(dist)];
    let path = fileUnder(root, url.pathname.slice(prefix.length - 1));
    if (path && url.pathname.endsWith('/')) path = join(path, 'index.html');
    const size = fileSize(path);
    if (!path || size < 0 || (request.method !== 'GET' && request.method !== 'HEAD')) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found');
      return;
    }
    sent.requests += 1;
    const type = extname(path);
    const headers = {
      'Content-Type': TYPES[type] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    };
    const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if (COMPRESSED.has(type) && acceptsGzip) {
      let body = gzipped.get(path);
      if (!body) {
        body = gzipSync(readFileSync(path));
        gzipped.set(path, body);
      }
      response.writeHead(200, {
        ...headers,
        'Content-Encoding': 'gzip',
        'Content-Length': String(body.length),
      });
      if (request.method !== 'HEAD') sent.bytes += body.length;
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    const range = requestedRange(request.headers.range, size);
    if (range === 'unsatisfiable') {
      response.writeHead(416, { ...headers, 'Content-Range': `bytes */${size}` }).end();
      return;
    }
    if (range) {
      const [first, last] = range;
      const body = readSlice(path, first, last);
      response.writeHead(206, {
        ...headers,
        'Content-Range': `bytes ${first}-${last}/${size}`,
        'Content-Length': String(body.length),
      });
      if (request.method !== 'HEAD') sent.bytes += body.length;
      response.end(request.method === 'HEAD' ? undefined : body);
      return;
    }
    response.writeHead(200, {
      ...headers,
      'Content-Length': String(size),
      'Accept-Ranges': 'bytes',
    });
    if (request.method === 'HEAD') return void response.end();
    sent.bytes += size;
    response.end(readFileSync(path));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    sent: () => ({ ...sent }),
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Compresses every file of `dist/` the server would, so no timed load pays for it. */
export async function warmUp(server: StaticServer, paths: readonly string[]): Promise<void> {
  for (const path of paths) {
    await fetch(`${server.origin}${path}`, { headers: { 'Accept-Encoding': 'gzip' } }).then((r) =>
      r.arrayBuffer(),
    );
  }
}
