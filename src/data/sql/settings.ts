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

/**
 * The page's tables live in an in-memory database of their own that DuckDB compresses at each
 * checkpoint (dictionaries, FSST, ALP, bit-packing), as it does a database file: the `trade`
 * table takes about a tenth of the memory it takes uncompressed. Attached once at start; every
 * connection makes it its default (`USE_STORE_SQL`), so that no statement needs to name it.
 */
export const ATTACH_STORE_SQL = "ATTACH ':memory:' AS store (COMPRESS)";
export const USE_STORE_SQL = 'USE store';
