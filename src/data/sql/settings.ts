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
 * The page keeps its tables in an in-memory database of its own, attached when DuckDB starts
 * (before the settings are locked) and made each connection's default: its tables are
 * compressed as a database file's are (dictionaries, bit-packing, run lengths), so that the
 * rows and the scoring's store take a fraction of the tab's memory they would take as plain
 * in-memory tables. Temporary tables stay plain.
 */
export const PAGE_DATABASE_SQL = "ATTACH ':memory:' AS page (COMPRESS)";

/** Makes the page's database the default of a new connection. */
export const USE_PAGE_DATABASE_SQL = 'USE page';
