/**
 * Builds the reference data: countries.csv, hs.csv and country-groups.json in data/reference/,
 * and the two basemaps in public/basemap/ (served as they are by the built app).
 * Deterministic: run it twice and the files are byte-identical. See data/reference/README.md
 * for provenance. Usage: npx tsx scripts/build-reference.ts
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { COUNTRY_COLUMNS } from './reference/countries';
import { readCsvWithDuckDB } from './reference/csv';
import { generateReferenceFiles, REFERENCE_OUTPUTS } from './reference/generate';
import { HS_COLUMNS } from './reference/hs';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Reads a written CSV back with DuckDB and fails unless it has the expected columns and rows. */
async function verifyCsv(path: string, columns: readonly string[], text: string): Promise<number> {
  const rows = await readCsvWithDuckDB(join(ROOT, path));
  const expectedRows = text.trimEnd().split('\n').length - 1;
  const readColumns = Object.keys(rows[0] ?? {});
  if (readColumns.join(',') !== columns.join(',') || rows.length !== expectedRows) {
    throw new Error(`${path}: DuckDB read ${rows.length} rows of [${readColumns.join(',')}]`);
  }
  return rows.length;
}

async function main(): Promise<void> {
  const files = await generateReferenceFiles(ROOT);
  for (const [path, text] of files) {
    await mkdir(dirname(join(ROOT, path)), { recursive: true });
    await writeFile(join(ROOT, path), text);
  }
  const csvColumns: Readonly<Record<string, readonly string[]>> = {
    [REFERENCE_OUTPUTS.countries]: COUNTRY_COLUMNS,
    [REFERENCE_OUTPUTS.hs]: HS_COLUMNS,
  };
  for (const [path, text] of files) {
    const columns = csvColumns[path];
    const rows = columns ? `, ${await verifyCsv(path, columns, text)} rows` : '';
    console.log(`${path}: ${Buffer.byteLength(text)} bytes${rows}`);
  }
}

await main();
