import { geoContains } from 'd3-geo';
import type { Position } from 'geojson';
import type { Country } from 'world-countries';
import { polygonAnchor, roundTo2, type LonLat } from './anchors';
import type { AtlasIso3Resolver, Basemap } from './basemap';
import {
  ANCHOR_OVERRIDES,
  EXTRA_ALIASES_ZH,
  ISO3_REPLACEMENTS,
  NAME_EN_OVERRIDES,
  NAME_ZH_OVERRIDES,
  UN_CODE_OVERRIDES,
} from './country-tables';
import type { CsvCell } from './csv';
import { AMBIGUOUS_NAMES, CUSTOMS_NAMES_ZH, EXTRA_NAMES_EN } from './customs-names';
import { nameKey } from '../../src/data/names';
import { RESIDUAL_PARTNERS } from '../../src/data/residuals';
import { WORLD_NAMES } from '../../src/data/sql/ingest/countries';

/** Columns of data/reference/countries.csv, in order. */
export const COUNTRY_COLUMNS = [
  'iso3',
  'iso2',
  'iso_num',
  'un_code',
  'name_en',
  'name_zh',
  'aliases_zh',
  'aliases_en',
  'lon',
  'lat',
  'region',
  'subregion',
] as const;

/** One row of countries.csv. */
export interface CountryRow {
  iso3: string;
  iso2: string;
  isoNum: number | null;
  unCode: number | null;
  nameEn: string;
  nameZh: string;
  aliasesZh: string[];
  aliasesEn: string[];
  lon: number;
  lat: number;
  region: string | null;
  subregion: string | null;
}

/** CLDR territory names (ISO-2 → name, with "-alt-short" and "-alt-variant" keys). */
export type TerritoryNames = Readonly<Record<string, string>>;

/**
 * CLDR names: zh-Hant (Taiwan's usage) and zh-Hant-HK (Hong Kong's, kept as aliases), and
 * English (aliases).
 */
export interface ChineseTerritoryNames {
  zhHant: TerritoryNames;
  zhHantHK: TerritoryNames;
  en: TerritoryNames;
}

/** The ISO-3 code this project uses for a world-countries entry. */
export function projectIso3(country: Country): string {
  return ISO3_REPLACEMENTS[country.cca3] ?? country.cca3.toUpperCase();
}

function cldrNames(names: TerritoryNames, iso2: string): string[] {
  return [names[`${iso2}-alt-short`], names[iso2], names[`${iso2}-alt-variant`]].filter(
    (name): name is string => Boolean(name),
  );
}

/**
 * The Traditional Chinese name and aliases of a country: Taiwan's name from the curated table,
 * else CLDR zh-Hant (short form first); every other CLDR zh-Hant or zh-Hant-HK form, the
 * curated extras and the customs portal's names become aliases.
 */
export function chineseNames(
  iso3: string,
  iso2: string,
  cldr: ChineseTerritoryNames,
): { name: string; aliases: string[] } {
  const override = NAME_ZH_OVERRIDES[iso3];
  const fromCldr = cldrNames(cldr.zhHant, iso2);
  const name = override?.name ?? fromCldr[0];
  if (!name) throw new Error(`countries: no Chinese name for ${iso3}`);
  const candidates = [
    ...(override?.aliases ?? []),
    ...fromCldr,
    ...cldrNames(cldr.zhHantHK, iso2),
    ...(EXTRA_ALIASES_ZH[iso3] ?? []),
    ...(CUSTOMS_NAMES_ZH[iso3] ?? []),
  ];
  const aliases = [...new Set(candidates)].filter((alias) => alias !== name && !ambiguous(alias));
  return { name, aliases };
}

const AMBIGUOUS_KEYS = new Set(AMBIGUOUS_NAMES.map(nameKey));
const ambiguous = (name: string) => AMBIGUOUS_KEYS.has(nameKey(name));

/**
 * The other English names of a country, one per way of writing it ({@link nameKey}: "Côte
 * d'Ivoire" and "Cote d’Ivoire" are one): world-countries' official and common names, CLDR's
 * English names and the curated ones (ISO 3166-1 short names, former names, UN Comtrade's
 * labels), without the forms of `nameEn` itself.
 */
export function englishAliases(
  iso3: string,
  nameEn: string,
  country: Country,
  cldrEn: TerritoryNames,
): string[] {
  const candidates = [
    country.name.official,
    country.name.common,
    ...cldrNames(cldrEn, country.cca2),
    ...(EXTRA_NAMES_EN[iso3] ?? []),
  ];
  const seen = new Set([nameKey(nameEn), ...AMBIGUOUS_KEYS]);
  return candidates.filter((alias) => {
    const key = nameKey(alias);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** The code UN Comtrade and BACI use for a country (ISO numeric unless they differ). */
export function unCode(iso3: string, isoNum: number | null): number | null {
  const override = UN_CODE_OVERRIDES[iso3];
  return override === undefined ? isoNum : override;
}

/** Resolves world-atlas features to ISO-3 through their ISO numeric ids (and Kosovo by name). */
export function atlasResolver(countries: readonly Country[]): AtlasIso3Resolver {
  const byNumber = new Map<number, string>();
  for (const country of countries) {
    if (country.ccn3) byNumber.set(Number(country.ccn3), projectIso3(country));
  }
  return (id, name) => {
    if (id !== undefined) return byNumber.get(Number(id)) ?? null;
    return name === 'Kosovo' ? 'XKX' : null;
  };
}

function anchorOf(iso3: string, polygons: Position[][][] | undefined, country: Country): LonLat {
  const override = ANCHOR_OVERRIDES[iso3];
  if (override) return override;
  const fromPolygons = polygons && polygonAnchor(polygons);
  if (fromPolygons) return fromPolygons;
  const [lat, lon] = country.latlng;
  return [roundTo2(lon), roundTo2(lat)];
}

/** Polygons of each country in a basemap, by ISO-3. */
export function polygonsByIso3(basemap: Basemap): Map<string, Position[][][]> {
  const map = new Map<string, Position[][][]>();
  for (const f of basemap.features)
    if (f.properties.iso3) map.set(f.properties.iso3, f.geometry.coordinates);
  return map;
}

/**
 * The country table: every world-countries entry with its codes, names, anchor point (see
 * {@link polygonAnchor}; world-countries' own point for territories the basemap lacks) and
 * region, sorted by ISO-3.
 */
export function buildCountryRows(
  countries: readonly Country[],
  cldr: ChineseTerritoryNames,
  polygons: ReadonlyMap<string, Position[][][]>,
): CountryRow[] {
  const rows = countries.map((country): CountryRow => {
    const iso3 = projectIso3(country);
    const isoNum = country.ccn3 ? Number(country.ccn3) : null;
    const zh = chineseNames(iso3, country.cca2, cldr);
    const [lon, lat] = anchorOf(iso3, polygons.get(iso3), country);
    const nameEn = NAME_EN_OVERRIDES[iso3] ?? country.name.common;
    return {
      iso3,
      iso2: country.cca2.toUpperCase(),
      isoNum,
      unCode: unCode(iso3, isoNum),
      nameEn,
      nameZh: zh.name,
      aliasesZh: zh.aliases,
      aliasesEn: englishAliases(iso3, nameEn, country, cldr.en),
      lon,
      lat,
      region: country.region || null,
      subregion: country.subregion || null,
    };
  });
  return rows.sort((a, b) => (a.iso3 < b.iso3 ? -1 : a.iso3 > b.iso3 ? 1 : 0));
}

/** A country row as CSV cells in {@link COUNTRY_COLUMNS} order. */
export function countryRowCells(row: CountryRow): CsvCell[] {
  return [
    row.iso3,
    row.iso2,
    row.isoNum,
    row.unCode,
    row.nameEn,
    row.nameZh,
    row.aliasesZh.join('|'),
    row.aliasesEn.join('|'),
    row.lon,
    row.lat,
    row.region,
    row.subregion,
  ];
}

/**
 * Problems with the country table that a user would notice: duplicate codes, a name or alias
 * (Chinese or English, compared as the ingest compares them, {@link nameKey}) that two
 * countries share or that names a residual partner or the world (a file could not be read
 * unambiguously), a name with `|` (the alias separator), or an anchor point outside its
 * country's polygons.
 */
export function findCountryProblems(
  rows: readonly CountryRow[],
  polygons: ReadonlyMap<string, Position[][][]>,
): string[] {
  const problems: string[] = [];
  for (const key of ['iso3', 'iso2', 'unCode'] as const) {
    const values = rows.map((row) => row[key]).filter((value) => value !== null);
    for (const value of duplicates(values)) problems.push(`duplicate ${key} ${value}`);
  }
  const owners = new Map<string, string>();
  const claim = (name: string, owner: string) => {
    const key = nameKey(name);
    const previous = owners.get(key);
    if (!key) problems.push(`name "${name}" of ${owner} has no letters`);
    else if (previous !== undefined && previous !== owner)
      problems.push(`name "${name}" used by ${previous} and ${owner}`);
    if (name.includes('|')) problems.push(`name "${name}" of ${owner} contains "|"`);
    owners.set(key, owner);
  };
  for (const name of WORLD_NAMES) claim(name, 'WLD');
  for (const residual of RESIDUAL_PARTNERS)
    for (const name of [...residual.namesZh, ...residual.namesEn]) claim(name, residual.code);
  for (const row of rows)
    for (const name of [row.nameZh, ...row.aliasesZh, row.nameEn, ...row.aliasesEn])
      claim(name, row.iso3);
  for (const row of rows) {
    const coordinates = polygons.get(row.iso3);
    if (coordinates && !geoContains({ type: 'MultiPolygon', coordinates }, [row.lon, row.lat])) {
      problems.push(`anchor of ${row.iso3} (${row.lon}, ${row.lat}) is outside its polygons`);
    }
  }
  return problems;
}

function duplicates<T>(values: readonly T[]): T[] {
  const seen = new Set<T>();
  const repeated = new Set<T>();
  for (const value of values) (seen.has(value) ? repeated : seen).add(value);
  return [...repeated];
}
