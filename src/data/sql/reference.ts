import { CREATE_HS_COMPARABLE_SQL, CREATE_HS_GROUPS_SQL } from './hs-concordance';
import { quoteLiteral } from './quote';

/** Reference tables shipped in `data/reference/` and the DuckDB table each becomes. */
export const REFERENCE_TABLES = {
  countries: {
    file: 'countries.csv',
    columns: {
      iso3: 'VARCHAR',
      iso2: 'VARCHAR',
      iso_num: 'INTEGER',
      un_code: 'INTEGER',
      name_en: 'VARCHAR',
      name_zh: 'VARCHAR',
      aliases_zh: 'VARCHAR',
      aliases_en: 'VARCHAR',
      lon: 'DOUBLE',
      lat: 'DOUBLE',
      region: 'VARCHAR',
      subregion: 'VARCHAR',
    },
  },
  hs_codes: {
    file: 'hs.csv',
    columns: {
      hs: 'VARCHAR',
      level: 'INTEGER',
      parent: 'VARCHAR',
      desc_en: 'VARCHAR',
      desc_zh: 'VARCHAR',
      chpl_tier: 'VARCHAR',
    },
  },
  hs_concordance: {
    file: 'hs-concordance.csv',
    columns: {
      hs2022: 'VARCHAR',
      hs2017: 'VARCHAR',
      relationship: 'VARCHAR',
      diffuse: 'BOOLEAN',
      chpl_tier: 'VARCHAR',
      chpl_counterpart: 'BOOLEAN',
      source: 'VARCHAR',
    },
  },
} as const;

/** Name of a reference table. */
export type ReferenceTable = keyof typeof REFERENCE_TABLES;

/**
 * SQL creating a reference table from its CSV file with DuckDB's own CSV reader and explicit
 * column types (so that 'NA', Namibia's ISO-2 code, stays text). `path` is where the runtime
 * can read the file: a path on disk in Node, a registered file name in the browser.
 */
export function createReferenceTableSql(table: ReferenceTable, path: string): string {
  const columns = Object.entries(REFERENCE_TABLES[table].columns)
    .map(([name, type]) => `${quoteLiteral(name)}: ${quoteLiteral(type)}`)
    .join(', ');
  return `CREATE OR REPLACE TABLE ${table} AS
SELECT * FROM read_csv(${quoteLiteral(path)}, header = true, columns = {${columns}})`;
}

/**
 * The statements that load every reference table, each CSV read from `pathOf(file)` (a path on
 * disk in Node, a registered file name in the browser), then the comparable groups of codes
 * across the HS revision (`hs_groups`) and the products the analysis compares (`hs_comparable`,
 * see hs-concordance.ts).
 */
export function referenceTablesSql(pathOf: (file: string) => string): string[] {
  const tables = Object.keys(REFERENCE_TABLES) as ReferenceTable[];
  return [
    ...tables.map((table) => createReferenceTableSql(table, pathOf(REFERENCE_TABLES[table].file))),
    CREATE_HS_GROUPS_SQL,
    CREATE_HS_COMPARABLE_SQL,
  ];
}
