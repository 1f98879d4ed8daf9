import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

/** Reads a JSON file shipped in an installed package, e.g. `world-atlas/countries-50m.json`. */
export function readPackageJson<T>(specifier: string): T {
  return JSON.parse(readFileSync(require.resolve(specifier), 'utf8')) as T;
}

/** The installed version of a package, for provenance messages. */
export function packageVersion(name: string): string {
  return readPackageJson<{ version: string }>(`${name}/package.json`).version;
}
