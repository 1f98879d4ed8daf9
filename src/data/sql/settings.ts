/**
 * Settings applied once when the browser's DuckDB starts, then locked. duckdb-wasm would
 * otherwise try to download extensions (e.g. `parquet`) from the internet, which must never
 * happen here: the app runs offline and data must not leave the browser.
 */
export const LOCKED_SETTINGS_SQL: readonly string[] = [
  'SET autoinstall_known_extensions = false',
  'SET autoload_known_extensions = false',
  'SET lock_configuration = true',
];
