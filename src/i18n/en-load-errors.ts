/** English messages of why a data set could not be loaded (fetched, read or validated). */
export const enLoadErrors = {
  'error.http': 'the server answered {status} {statusText}',
  'error.unreachable': 'the server could not be reached: is the folder still being served?',
  'error.webPage':
    'the server answered {url} with a web page, not a data file: nothing is at that address, or it is mistyped',
  'error.transferBroken':
    'the transfer broke off after {loaded} bytes: the server ended it early or altered it on the way (some servers compress files they do not recognize; serve .parquet files as application/vnd.apache.parquet, uncompressed). Try loading again.',
  'error.notParquet': 'this is not a Parquet file',
  'error.duckdbUnreadable':
    'this DuckDB database cannot be opened here (its words are under Details): it may be damaged, or written by a newer DuckDB than the page runs. `npm run ingest -- <file> --out <name>.duckdb` writes one the page reads.',
  'error.manifest':
    'this is not a manifest of a data set in parts that this page reads ({detail}); `npm run ingest -- <files> --out <folder>/manifest.json` writes one',
  'error.partChanged':
    'the part {path} is not the one the manifest lists (the manifest says {expected}, the file has {found}): the folder changed after the ingest wrote it; write it again',
  'error.duckdbAlone':
    '{name} is a DuckDB database: it holds a whole data set, so it is opened alone and replaces the data shown. Open it by itself, with “Add to current data” unticked.',
  'error.duckdbNoTrade':
    'this DuckDB database has no table named trade (it has: {tables}); the page reads the canonical rows from a table of that name',
  'error.parquetRowGroup':
    'row group {index} of {total} is damaged: the rows before it were not kept; export or download the file again',
  'error.parquetMetadata':
    'the file is damaged: its footer describes row group {index} of {total} in a way that cannot be true, so nothing was read; export or download the file again',
  'error.empty': 'the file holds no rows',
  'error.schema': 'the columns do not match the canonical schema: {detail}',
  'error.allInvalid': 'every row is invalid: {detail}',
  'error.ingest': '{detail}',
  'error.noValidRows': 'no valid row was found; see the report for what was skipped and why',
  'error.database':
    'the database stopped on an error of its own (its words are under Details, for a bug report). Try loading the file again; if it fails again, `npm run ingest` reads it outside the browser and says where it fails.',
};

/** A message key of why a data set could not be loaded. */
export type LoadErrorKey = keyof typeof enLoadErrors;
