import { csvParseRows } from 'd3-dsv';
import countriesCsv from '../../data/reference/countries.csv?raw';

/** An economy on the map: its anchor and its names. */
export interface Place {
  position: [number, number];
  name: { en: string; 'zh-TW': string };
  /** Other Chinese names it goes by ('阿聯酋', '大陸'), for search. */
  aliases: string[];
}

/**
 * Every economy's map anchor and names, by ISO-3 code, from the countries reference table the
 * app carries (the same the database loads): known from the page's first frame, whatever the
 * data.
 */
export function placesOf(csvText: string): Map<string, Place> {
  // Rows, not csvParse's objects: it builds them with `Function`, which the app's
  // Content-Security-Policy forbids.
  const [header = [], ...lines] = csvParseRows(csvText);
  const column = (name: string) => header.indexOf(name);
  const [iso3, lon, lat, nameEn, nameZh, aliases] = [
    'iso3',
    'lon',
    'lat',
    'name_en',
    'name_zh',
    'aliases_zh',
  ].map(column);
  const field = (row: string[], i: number | undefined) => row[i ?? -1] ?? '';
  return new Map(
    lines.map((row) => [
      field(row, iso3),
      {
        position: [Number(field(row, lon)), Number(field(row, lat))],
        name: { en: field(row, nameEn), 'zh-TW': field(row, nameZh) },
        aliases: field(row, aliases) ? field(row, aliases).split('|') : [],
      },
    ]),
  );
}

/** The places of the app's countries table. */
export const PLACES: ReadonlyMap<string, Place> = placesOf(countriesCsv);
