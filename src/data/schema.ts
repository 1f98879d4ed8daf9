/**
 * The canonical trade-flow table: one row per reporter × partner × flow × product × period.
 * Every source (Comtrade, BACI, Taiwan customs, the bundled sample) is mapped to this shape.
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
] as const;

/** Name of a canonical column. */
export type TradeColumn = (typeof TRADE_COLUMNS)[number]['name'];

/** Columns that may be absent from a source file (they are then filled with NULL). */
export const OPTIONAL_COLUMNS: ReadonlySet<TradeColumn> = new Set(['net_kg', 'qty', 'qty_unit']);

/** Trade flow codes: export, import, re-export, re-import. */
export const FLOWS = ['X', 'M', 'RX', 'RM'] as const;

/** Partner code for the world total. */
export const WORLD = 'WLD';
