import { join } from 'node:path';
import type { Topology } from 'topojson-specification';
import type { Country } from 'world-countries';
import {
  BASEMAP_DECIMALS,
  buildBasemap,
  decodeAtlas,
  findBasemapProblems,
  formatBasemap,
  type Basemap,
  type BasemapScale,
} from './basemap';
import { formatCountryGroups } from './country-groups';
import {
  atlasResolver,
  buildCountryRows,
  COUNTRY_COLUMNS,
  countryRowCells,
  findCountryProblems,
  polygonsByIso3,
  type TerritoryNames,
} from './countries';
import { formatCsv, readCsvWithDuckDB } from './csv';
import { buildHsRows, HS_COLUMNS, hsRowCells, parseChpl } from './hs';
import { readPackageJson } from './sources';

/** Where each generated file goes, relative to the repository root. */
export const REFERENCE_OUTPUTS = {
  countries: 'data/reference/countries.csv',
  hs: 'data/reference/hs.csv',
  groups: 'data/reference/country-groups.json',
  basemap110m: 'public/basemap/countries-110m.geojson',
  basemap50m: 'public/basemap/countries-50m.geojson',
} as const;

/** The CHPL list the HS table is built from, relative to the repository root. */
export const CHPL_INPUT = 'data/reference/chpl.csv';

type CldrTerritories = {
  main: Record<string, { localeDisplayNames: { territories: TerritoryNames } }>;
};

function cldrTerritories(locale: string): TerritoryNames {
  const file = readPackageJson<CldrTerritories>(
    `cldr-localenames-full/main/${locale}/territories.json`,
  );
  const names = file.main[locale]?.localeDisplayNames.territories;
  if (!names) throw new Error(`CLDR: no territory names for ${locale}`);
  return names;
}

function checked<T>(value: T, problems: string[], what: string): T {
  if (problems.length > 0) throw new Error(`${what}:\n  ${problems.join('\n  ')}`);
  return value;
}

function basemapFor(scale: BasemapScale, countries: readonly Country[]): Basemap {
  const topology = readPackageJson<Topology>(`world-atlas/countries-${scale}.json`);
  const basemap = buildBasemap(
    decodeAtlas(topology),
    atlasResolver(countries),
    BASEMAP_DECIMALS[scale],
  );
  return checked(basemap, findBasemapProblems(basemap), `basemap ${scale}`);
}

/**
 * Generates every reference file from the installed packages, the curated tables and the CHPL
 * list under `root`: a map from output path (see {@link REFERENCE_OUTPUTS}) to file text. The
 * same inputs always give the same bytes. Throws if a check fails (a streak across the map, an
 * anchor outside its country, a Chinese name shared by two countries, a missing description).
 */
export async function generateReferenceFiles(root: string): Promise<Map<string, string>> {
  const countries = readPackageJson<Country[]>('world-countries/countries.json');
  const cldr = {
    zhHant: cldrTerritories('zh-Hant'),
    zhHantHK: cldrTerritories('zh-Hant-HK'),
    en: cldrTerritories('en'),
  };
  const basemap110m = basemapFor('110m', countries);
  const basemap50m = basemapFor('50m', countries);
  const polygons = polygonsByIso3(basemap50m);
  const countryRows = buildCountryRows(countries, cldr, polygons);
  checked(countryRows, findCountryProblems(countryRows, polygons), 'countries');
  const hsRows = buildHsRows(parseChpl(await readCsvWithDuckDB(join(root, CHPL_INPUT))));
  return new Map([
    [REFERENCE_OUTPUTS.countries, formatCsv(COUNTRY_COLUMNS, countryRows.map(countryRowCells))],
    [REFERENCE_OUTPUTS.hs, formatCsv(HS_COLUMNS, hsRows.map(hsRowCells))],
    [REFERENCE_OUTPUTS.groups, formatCountryGroups()],
    [REFERENCE_OUTPUTS.basemap110m, formatBasemap(basemap110m)],
    [REFERENCE_OUTPUTS.basemap50m, formatBasemap(basemap50m)],
  ]);
}
