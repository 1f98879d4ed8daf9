import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DuckDBInstance } from '@duckdb/node-api';
import { geoArea, geoContains } from 'd3-geo';
import type { FeatureCollection, MultiPolygon } from 'geojson';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateReferenceFiles } from '../../scripts/reference/generate';
import { nameKey } from '../../src/data/names';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

type Row = Record<string, string | null>;
type Basemap = FeatureCollection<MultiPolygon, { iso3: string | null }>;

/** Reads a CSV with DuckDB's reader (the one the app uses), every column as text. */
async function readCsv(path: string): Promise<Row[]> {
  const db = await DuckDBInstance.create(':memory:');
  const con = await db.connect();
  try {
    const sql = `SELECT * FROM read_csv('${join(ROOT, path)}', header=true, all_varchar=true)`;
    const reader = await con.runAndReadAll(sql);
    return reader.getRowObjectsJson() as Row[];
  } finally {
    con.closeSync();
    db.closeSync();
  }
}

function readBasemap(scale: '110m' | '50m'): Basemap {
  return JSON.parse(readFileSync(join(ROOT, `public/basemap/countries-${scale}.geojson`), 'utf8'));
}

function byKey(rows: Row[], key: string): Map<string, Row> {
  return new Map(rows.map((row) => [row[key] ?? '', row]));
}

function namesOf(row: Row): string[] {
  return [row['name_zh'] ?? '', ...(row['aliases_zh'] ?? '').split('|').filter(Boolean)];
}

function englishNamesOf(row: Row): string[] {
  return [row['name_en'] ?? '', ...(row['aliases_en'] ?? '').split('|').filter(Boolean)];
}

let countries: Row[];
let hs: Row[];
let chpl: Row[];
beforeAll(async () => {
  [countries, hs, chpl] = await Promise.all([
    readCsv('data/reference/countries.csv'),
    readCsv('data/reference/hs.csv'),
    readCsv('data/reference/chpl.csv'),
  ]);
});

describe('hs.csv', () => {
  it('describes every CHPL code in English and Chinese, with its tier', () => {
    const rows = byKey(hs, 'hs');
    expect(chpl).toHaveLength(50);
    for (const entry of chpl) {
      const row = rows.get(entry['hs6'] ?? '');
      expect(row, `CHPL ${entry['hs6']}`).toBeDefined();
      expect(row?.['desc_en']).toBe(entry['description']);
      expect(row?.['desc_zh']).toBeTruthy();
      expect(row?.['chpl_tier']).toBe(entry['tier']);
    }
  });

  it('lists the HS-4 and HS-2 parents of every HS-6 code', () => {
    const rows = byKey(hs, 'hs');
    for (const row of hs.filter((r) => r['level'] === '6')) {
      const hs6 = row['hs'] ?? '';
      expect(row['parent']).toBe(hs6.slice(0, 4));
      expect(rows.get(hs6.slice(0, 4))?.['parent']).toBe(hs6.slice(0, 2));
      expect(rows.get(hs6.slice(0, 2))?.['level']).toBe('2');
    }
  });

  it('gives every code both descriptions, a level matching its length, and a tier only to CHPL codes', () => {
    const chplCodes = new Set(chpl.map((entry) => entry['hs6']));
    for (const row of hs) {
      expect(row['desc_en'], `${row['hs']}`).toBeTruthy();
      expect(row['desc_zh'], `${row['hs']}`).toBeTruthy();
      expect(row['level']).toBe(String(row['hs']?.length));
      expect(row['chpl_tier'] !== null).toBe(chplCodes.has(row['hs']));
    }
  });

  it('includes the uncontrolled look-alikes of the sample data', () => {
    const codes = new Set(hs.map((row) => row['hs']));
    for (const code of ['847130', '850760', '870899', '731815', '940540', '8507', '87', '94']) {
      expect(codes.has(code), code).toBe(true);
    }
  });
});

describe('countries.csv', () => {
  it('lists every country and territory of world-countries, Kosovo as XKX', () => {
    expect(countries).toHaveLength(250);
    expect(byKey(countries, 'iso3').get('XKX')?.['name_en']).toBe('Kosovo');
    for (const row of countries) expect(row['iso3']).toMatch(/^[A-Z]{3}$/);
  });

  it('gives every country English and Chinese names and an anchor point on the globe', () => {
    for (const row of countries) {
      const lon = Number(row['lon']);
      const lat = Number(row['lat']);
      expect(row['name_en'], `${row['iso3']}`).toBeTruthy();
      expect(row['name_zh'], `${row['iso3']}`).toBeTruthy();
      expect(Number.isFinite(lon) && Math.abs(lon) <= 180, `${row['iso3']} lon`).toBe(true);
      expect(Number.isFinite(lat) && Math.abs(lat) <= 90, `${row['iso3']} lat`).toBe(true);
    }
  });

  it('maps UN code 490 ("Other Asia, nes") to Taiwan', () => {
    const taiwan = countries.filter((row) => row['un_code'] === '490');
    expect(taiwan).toHaveLength(1);
    expect(taiwan[0]).toMatchObject({
      iso3: 'TWN',
      iso_num: '158',
      name_en: 'Taiwan',
      name_zh: '臺灣',
    });
  });

  it.each([
    ['USA', '842'],
    ['FRA', '251'],
    ['NOR', '579'],
    ['CHE', '757'],
    ['IND', '699'],
    ['RUS', '643'],
    ['KGZ', '417'],
  ])('gives %s the Comtrade code %s', (iso3, code) => {
    expect(byKey(countries, 'iso3').get(iso3)?.['un_code']).toBe(code);
  });

  it.each([
    ['TWN', '臺灣'],
    ['KGZ', '吉爾吉斯'],
    ['KAZ', '哈薩克'],
    ['ARE', '阿拉伯聯合大公國'],
    ['TUR', '土耳其'],
    ['CHN', '中國大陸'],
    ['HKG', '香港'],
    ['RUS', '俄羅斯'],
    ['ARM', '亞美尼亞'],
    ['BLR', '白俄羅斯'],
    ['GEO', '喬治亞'],
    ['UZB', '烏茲別克'],
    ['TJK', '塔吉克'],
    ['KOR', '南韓'],
    ['AUS', '澳大利亞'],
  ])('names %s %s as Taiwan customs does', (iso3, name) => {
    expect(byKey(countries, 'iso3').get(iso3)?.['name_zh']).toBe(name);
  });

  it.each([
    ['台灣', 'TWN'],
    ['中國', 'CHN'],
    ['大陸', 'CHN'],
    ['韓國', 'KOR'],
    ['澳洲', 'AUS'],
    ['多明尼加', 'DOM'],
    ['聖文森及格瑞納丁', 'VCT'],
    ['史瓦濟蘭', 'SWZ'],
    ['葛摩聯盟', 'COM'],
    ['馬紹爾群島共和國', 'MHL'],
    ['古拉索', 'CUW'],
  ])('reads the alias %s as %s', (alias, iso3) => {
    const owners = countries.filter((row) => namesOf(row).includes(alias));
    expect(owners.map((row) => row['iso3'])).toEqual([iso3]);
  });

  it('uses the common English names', () => {
    const names = byKey(countries, 'iso3');
    expect(names.get('TUR')?.['name_en']).toBe('Turkey');
    expect(names.get('ARE')?.['name_en']).toBe('United Arab Emirates');
    expect(names.get('RUS')?.['name_en']).toBe('Russia');
    expect(names.get('KOR')?.['name_en']).toBe('South Korea');
  });

  it.each([
    ['Korea, Republic of', 'KOR'],
    ['Viet Nam', 'VNM'],
    ['Russian Federation', 'RUS'],
    ['Iran, Islamic Republic of', 'IRN'],
    ['Mainland China', 'CHN'],
    ['Macao', 'MAC'],
    ['Türkiye', 'TUR'],
    ['Swaziland', 'SWZ'],
    ['Czech Republic', 'CZE'],
    ['Moldova, Republic of', 'MDA'],
    ["Lao People's Democratic Republic", 'LAO'],
    ['Tanzania, United Republic of', 'TZA'],
    ['Congo, The Democratic Republic of the', 'COD'],
  ])(
    'lists the English name "%s" of %s (or a form of it that differs in case or punctuation)',
    (name, iso3) => {
      const key = nameKey(name);
      const owners = countries.filter((row) => englishNamesOf(row).some((n) => nameKey(n) === key));
      expect(owners.map((row) => row['iso3'])).toEqual([iso3]);
    },
  );

  it('has no duplicate ISO-3, ISO-2 or UN code', () => {
    for (const key of ['iso3', 'iso2', 'un_code']) {
      const values = countries.map((row) => row[key]).filter((value) => value !== null);
      expect(new Set(values).size, key).toBe(values.length);
    }
  });

  it('never gives one name or alias, Chinese or English, to two countries, even written another way', () => {
    const owner = new Map<string, string>();
    for (const row of countries) {
      for (const name of [...namesOf(row), ...englishNamesOf(row)]) {
        const key = nameKey(name);
        expect(owner.get(key) ?? row['iso3'], `${name}`).toBe(row['iso3']);
        owner.set(key, row['iso3'] ?? '');
      }
    }
  });

  it('reads names with commas and the ISO-2 code NA as text', () => {
    const rows = byKey(countries, 'iso3');
    expect(rows.get('SHN')?.['name_en']).toBe('Saint Helena, Ascension and Tristan da Cunha');
    expect(rows.get('NAM')?.['iso2']).toBe('NA');
    expect(Object.keys(countries[0] ?? {})).toHaveLength(12);
  });

  it.each([
    'TWN',
    'RUS',
    'KGZ',
    'KAZ',
    'ARM',
    'ARE',
    'TUR',
    'HKG',
    'CHN',
    'GEO',
    'UZB',
    'BLR',
    'USA',
    'DEU',
    'JPN',
  ])('places the anchor of %s inside its 50m polygons', (iso3) => {
    const row = byKey(countries, 'iso3').get(iso3);
    const shape = readBasemap('50m').features.find((f) => f.properties.iso3 === iso3);
    expect(shape, iso3).toBeDefined();
    if (!row || !shape) return;
    expect(geoContains(shape, [Number(row['lon']), Number(row['lat'])])).toBe(true);
  });
});

describe.each(['110m', '50m'] as const)('basemap %s', (scale) => {
  const basemap = readBasemap(scale);
  const lons = (iso3: string): number[][] =>
    basemap.features
      .filter((f) => f.properties.iso3 === iso3)
      .flatMap((f) =>
        f.geometry.coordinates.map((polygon) => polygon.flat().map(([x = NaN]) => x)),
      );

  it('has no edge crossing more than 180° of longitude and no point off the globe', () => {
    const problems: string[] = [];
    for (const f of basemap.features) {
      for (const ring of f.geometry.coordinates.flat()) {
        ring.forEach(([x = NaN, y = NaN], i) => {
          const [px = x] = ring[i - 1] ?? [];
          if (!(Math.abs(x - px) <= 180)) problems.push(`${f.properties.iso3}: edge at ${x},${y}`);
          if (!(Math.abs(x) <= 180 && Math.abs(y) <= 90))
            problems.push(`${f.properties.iso3}: ${x},${y}`);
        });
      }
    }
    expect(problems).toEqual([]);
  });

  it.each(['RUS', 'FJI'])('splits %s into parts on both sides of the antimeridian', (iso3) => {
    const parts = lons(iso3);
    expect(parts.some((xs) => Math.min(...xs) > 170)).toBe(true);
    expect(parts.some((xs) => Math.max(...xs) < -170)).toBe(true);
  });

  it('draws Taiwan as TWN', () => {
    expect(basemap.features.filter((f) => f.properties.iso3 === 'TWN')).toHaveLength(1);
  });

  it('keeps Antarctica at the bottom of the map instead of covering it', () => {
    const antarctica = basemap.features.find((f) => f.properties.iso3 === 'ATA');
    expect(antarctica).toBeDefined();
    const lats = antarctica?.geometry.coordinates.flat(2).map(([, y = NaN]) => y) ?? [];
    expect(Math.max(...lats)).toBeLessThan(-60);
    for (const f of basemap.features)
      expect(geoArea(f), `${f.properties.iso3}`).toBeLessThan(2 * Math.PI);
  });

  it('labels every feature with a country of countries.csv (or null for unassigned land)', () => {
    const codes = new Set(countries.map((row) => row['iso3']));
    const unknown = basemap.features.filter(
      (f) => f.properties.iso3 !== null && !codes.has(f.properties.iso3),
    );
    expect(unknown).toEqual([]);
    expect(basemap.features.filter((f) => f.properties.iso3 === null).length).toBeLessThanOrEqual(
      4,
    );
  });
});

describe('country-groups.json', () => {
  interface Group {
    id: string;
    name_en: string;
    name_zh: string;
    members: string[];
    source: string;
  }
  type GroupId =
    'intermediaries_of_concern' | 'sanctioned_destinations' | 'comparison_destinations';
  const file = JSON.parse(
    readFileSync(join(ROOT, 'data/reference/country-groups.json'), 'utf8'),
  ) as Record<GroupId, Group> & {
    sources: { id: string; citation: string; citation_zh: string }[];
  };

  it('lists the intermediaries of concern, the sanctioned and the comparison destinations, all known countries', () => {
    const codes = new Set(countries.map((row) => row['iso3']));
    const groups = [
      file.intermediaries_of_concern,
      file.sanctioned_destinations,
      file.comparison_destinations,
    ];
    expect(groups.map((group) => group.id)).toEqual([
      'intermediaries_of_concern',
      'sanctioned_destinations',
      'comparison_destinations',
    ]);
    expect(file.intermediaries_of_concern.members).toHaveLength(18);
    expect(file.sanctioned_destinations.members).toEqual(['RUS', 'BLR']);
    expect(file.comparison_destinations.members).toHaveLength(15);
    for (const group of groups) {
      expect(group.name_zh && group.name_en && group.source).toBeTruthy();
      for (const member of group.members) expect(codes.has(member), member).toBe(true);
    }
    expect(file.sources.length).toBeGreaterThan(0);
    // The Chinese report cites each source in Chinese.
    for (const source of file.sources)
      expect(source.citation_zh, source.id).toMatch(/[\u4e00-\u9fff]/);
  });

  it('keeps the comparison destinations away from the destinations, their neighbours and the named intermediaries', () => {
    // Russia's and Belarus's land neighbours and the former Soviet republics, listed by hand.
    const near = [
      ...['NOR', 'FIN', 'EST', 'LVA', 'LTU', 'POL', 'UKR', 'GEO', 'AZE', 'KAZ', 'CHN', 'MNG'],
      ...['PRK', 'ARM', 'KGZ', 'TJK', 'TKM', 'UZB', 'MDA'],
    ];
    const excluded = new Set([
      ...near,
      ...file.sanctioned_destinations.members,
      ...file.intermediaries_of_concern.members,
    ]);
    for (const code of file.comparison_destinations.members)
      expect(excluded.has(code), code).toBe(false);
    const regions = new Set(
      countries
        .filter((row) => file.comparison_destinations.members.includes(row['iso3'] ?? ''))
        .map((row) => row['region']),
    );
    expect([...regions].sort()).toEqual(['Africa', 'Americas', 'Asia']);
  });
});

describe('the build', () => {
  it(
    'regenerates the checked-in files byte for byte, twice over',
    { timeout: 60_000 },
    async () => {
      const first = await generateReferenceFiles(ROOT);
      const second = await generateReferenceFiles(ROOT);
      expect([...second]).toEqual([...first]);
      for (const [path, text] of first) {
        expect(readFileSync(join(ROOT, path), 'utf8') === text, `${path} is stale`).toBe(true);
        expect(text.endsWith('\n')).toBe(true);
      }
    },
  );
});
