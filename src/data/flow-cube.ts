import { monthAt, monthIndex, monthStart } from '../analysis/month';

export { flowCubeSql } from './sql/flow-cube';

/**
 * The workspace's pre-aggregated flows, held in the page as typed arrays: every HS-6 flow
 * from the origin, and every flow into a destination, per month (see {@link flowCubeSql}).
 * The filters (period, products, source, intermediary, destination) are answered by scanning
 * these cells, without a query.
 */
export interface FlowCube {
  origin: string;
  destinations: readonly string[];
  /** 'YYYY-MM-01', ascending, one per step, without gaps. */
  months: string[];
  step: 'month' | 'year';
  /** ISO3 codes, in code order, with names and map anchors (NaN where unknown). */
  countries: string[];
  nameEn: string[];
  nameZh: string[];
  position: Float64Array;
  /** HS-6 codes, in code order, and their CHPL tiers ('' for none). */
  products: string[];
  tiers: string[];
  /** One entry per cell: indexes into countries (a exporter, b importer), products, months. */
  a: Int32Array;
  b: Int32Array;
  product: Int32Array;
  month: Int32Array;
  /** US$: a's declared exports to b (FOB), and b's declared imports from a (CIF); 0 if none. */
  reported: Float64Array;
  mirror: Float64Array;
}

/** A query result by column: an Arrow table, or rows put in that shape (see the scripts). */
export interface Columns {
  getChild(name: string): { toArray(): ArrayLike<unknown> } | null;
}

/** The four query results a cube is made from. */
export interface CubeTables {
  countries: Columns;
  products: Columns;
  steps: Columns;
  cells: Columns;
}

const strings = (table: Columns, column: string): string[] =>
  Array.from(table.getChild(column)?.toArray() ?? [], (value) => String(value ?? ''));

const numbers = (table: Columns, column: string): Float64Array =>
  Float64Array.from(table.getChild(column)?.toArray() ?? [], (value) =>
    value === null ? Number.NaN : Number(value),
  );

const integers = (table: Columns, column: string): Int32Array =>
  Int32Array.from(table.getChild(column)?.toArray() ?? [], Number);

/** Every month (or January, `step` 12) from `first` to `last` ('YYYY-MM-DD'), as ISO dates. */
function stepRange(first: string, last: string, step: number): string[] {
  const months: string[] = [];
  for (let m = monthIndex(first); m <= monthIndex(last); m += step) {
    months.push(monthStart(monthAt(m)));
  }
  return months;
}

/** Assembles a cube from its query results. */
export function toFlowCube(
  tables: CubeTables,
  origin: string,
  destinations: readonly string[],
): FlowCube {
  const { countries, products, steps, cells } = tables;
  const [first, last, freq] = ['first', 'last', 'freq'].map((c) => strings(steps, c)[0] ?? '');
  const step = freq === 'A' ? 'year' : 'month';
  const lon = numbers(countries, 'lon');
  const lat = numbers(countries, 'lat');
  const position = new Float64Array(lon.length * 2);
  lon.forEach((x, i) => {
    position[2 * i] = x;
    position[2 * i + 1] = lat[i] ?? Number.NaN;
  });
  return {
    origin,
    destinations,
    months: first && last ? stepRange(first, last, step === 'year' ? 12 : 1) : [],
    step,
    countries: strings(countries, 'code'),
    nameEn: strings(countries, 'name_en'),
    nameZh: strings(countries, 'name_zh'),
    position,
    products: strings(products, 'hs'),
    tiers: strings(products, 'tier'),
    a: integers(cells, 'a'),
    b: integers(cells, 'b'),
    product: integers(cells, 'product'),
    month: integers(cells, 'step'),
    reported: numbers(cells, 'reported'),
    mirror: numbers(cells, 'mirror'),
  };
}
