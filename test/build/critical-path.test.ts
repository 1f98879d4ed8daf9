import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleSizes, criticalJsFiles, MANIFEST_PATH } from '../../scripts/bench/bundle';

/**
 * A built app in miniature, as Vite would write it: the entry imports a shared chunk, which
 * imports another; a chunk loaded with import() (which imports the shared one too); DuckDB's
 * worker as an asset. The chunks' texts differ in length so that their order by size is known.
 */
const FILES: Record<string, string> = {
  'index.html': '<script type="module" crossorigin src="./assets/index-a.js"></script>',
  'assets/index-a.js': `import{b}from"./shared-b.js";b();const lazy=()=>import("./lazy-d.js");${'a'.repeat(300)}`,
  'assets/shared-b.js': `import{c}from"./deep-c.js";export const b=()=>c(${'1+'.repeat(40)}1);`,
  'assets/deep-c.js': 'export const c=(x)=>x;',
  'assets/lazy-d.js': `import{b}from"./shared-b.js";export const d=b;${'d'.repeat(2000)}`,
  'assets/duckdb-browser-eh.worker-w.js': 'self.onmessage=()=>{};',
  [MANIFEST_PATH]: JSON.stringify({
    'index.html': {
      file: 'assets/index-a.js',
      src: 'index.html',
      isEntry: true,
      imports: ['_shared-b.js'],
      dynamicImports: ['src/lazy.ts'],
    },
    '_shared-b.js': { file: 'assets/shared-b.js', imports: ['_deep-c.js'] },
    '_deep-c.js': { file: 'assets/deep-c.js' },
    'src/lazy.ts': {
      file: 'assets/lazy-d.js',
      src: 'src/lazy.ts',
      isDynamicEntry: true,
      imports: ['_shared-b.js'],
    },
    'node_modules/@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js': {
      file: 'assets/duckdb-browser-eh.worker-w.js',
    },
  }),
};

const dist = mkdtempSync(join(tmpdir(), 'critical-path-'));
for (const [path, text] of Object.entries(FILES)) {
  mkdirSync(dirname(join(dist, path)), { recursive: true });
  writeFileSync(join(dist, path), text);
}
afterAll(() => rmSync(dist, { recursive: true, force: true }));

const gzipBytes = (path: string) => gzipSync(FILES[path] ?? '', { level: 9 }).length;

describe('the critical path of a build (the JavaScript loaded before the first view)', () => {
  it('is the entry and the chunks it imports statically, however deep, not those of import()', () => {
    expect(criticalJsFiles(dist)).toEqual([
      'assets/deep-c.js',
      'assets/index-a.js',
      'assets/shared-b.js',
    ]);
  });

  it('is measured in gzip bytes, its chunks listed biggest first', () => {
    const sizes = bundleSizes(dist);
    const a = gzipBytes('assets/index-a.js');
    const b = gzipBytes('assets/shared-b.js');
    const c = gzipBytes('assets/deep-c.js');
    expect(sizes.criticalJsGzipBytes).toBe(a + b + c);
    expect(sizes.criticalJs).toEqual([
      { name: 'index-a.js', gzipBytes: a },
      { name: 'shared-b.js', gzipBytes: b },
      { name: 'deep-c.js', gzipBytes: c },
    ]);
    // The lazy chunk counts in all of the app's JavaScript, DuckDB's worker in neither.
    expect(sizes.jsGzipBytes).toBe(a + b + c + gzipBytes('assets/lazy-d.js'));
    expect(sizes.entryJsGzipBytes).toBe(a);
  });

  it("leaves Vite's manifest out of the files measured", () => {
    const names = bundleSizes(dist).files.map((file) => file.name);
    expect(names).not.toContain(MANIFEST_PATH);
    expect(names).toHaveLength(5);
  });
});
