/**
 * The canonical trade-flow table: one row per reporter × partner × flow × product × period.
 * Every source (Comtrade, BACI, Taiwan customs, the bundled sample) is mapped to this shape.
 *
 * `months` says how many months of its year an annual row covers when the source says so: 7
 * for a year-to-date figure of January–July (a partial year, never to be compared with a full
 * one); NULL or 12 for a whole year. Monthly rows leave it NULL.
 */
export const TRADE_COLUMNS = [
  { name: 'period', type: 'DATE' },
  { name: 'freq', type: 'VARCHAR' },
  { name: 'reporter', type: 'VARCHAR' },
  { name: 'partner', type: 'VARCHAR' },
  { name: 'flow', type: 'VARCHAR' },
  { name: 'hs', type: 'VARCHAR' },
  { name: 'value_usd', type: 'DOUBLE' },
  { name: 'net_kg', type: 'DOUBLE' },
  { name: 'qty', type: 'DOUBLE' },
  { name: 'qty_unit', type: 'VARCHAR' },
  { name: 'source', type: 'VARCHAR' },
  { name: 'months', type: 'INTEGER' },
] as const;

/** Name of a canonical column. */
export type TradeColumn = (typeof TRADE_COLUMNS)[number]['name'];

/** Columns that may be absent from a source file (they are then filled with NULL). */
export const OPTIONAL_COLUMNS: ReadonlySet<TradeColumn> = new Set([
  'net_kg',
  'qty',
  'qty_unit',
  'months',
]);

/** Trade flow codes: export, import, re-export, re-import. */
export const FLOWS = ['X', 'M', 'RX', 'RM'] as const;

/** Partner code for the world total. */
export const WORLD = 'WLD';
