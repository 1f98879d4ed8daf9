/**
 * The contract between the data and the map's layers: items as columns, in deck.gl's binary
 * form. `length` items; each attribute holds `size` numbers per item, item i's at
 * `[i × size, (i + 1) × size)`. A value shared by every item (the flows' one origin) is not a
 * column: it is repeated into one, or drawn as a constant.
 */

/** The numeric arrays a column may hold (what deck.gl uploads as it is). */
export type ColumnArray =
  | Float64Array
  | Float32Array
  | Int32Array
  | Uint32Array
  | Int16Array
  | Uint16Array
  | Int8Array
  | Uint8Array
  | Uint8ClampedArray;

/** One column: its values, and how many of them belong to each item (2 for a position). */
export interface Column {
  value: ColumnArray;
  size: number;
}

/** `length` items as named columns: the `data` a deck.gl layer draws without accessors. */
export interface Columns<Name extends string = string> {
  length: number;
  attributes: Record<Name, Column>;
}

/**
 * Throws unless every column holds exactly `length × size` values, naming the column and what
 * it holds, so that a mistake (one origin pair given where every arc needs its own) fails where
 * it is made instead of drawing most of the map from 0°, 0°.
 */
export function checkColumns(columns: Columns): void {
  const { length } = columns;
  if (!Number.isInteger(length) || length < 0)
    throw new Error(`Columns: length ${length} is not a count of items`);
  for (const [name, column] of Object.entries<Column | undefined>(columns.attributes)) {
    if (!column?.value) throw new Error(`Column "${name}" has no values`);
    const { value, size } = column;
    if (!Number.isInteger(size) || size < 1)
      throw new Error(`Column "${name}": size ${size} is not a count of values per item`);
    if (value.length !== length * size)
      throw new Error(
        `Column "${name}" holds ${value.length} values, but ${length} items × ${size} need ${length * size}`,
      );
  }
}

/** Columns of `length` items, checked with {@link checkColumns} while developing. */
export function columns<Name extends string>(
  length: number,
  attributes: Record<Name, Column>,
): Columns<Name> {
  const result = { length, attributes };
  if (import.meta.env.DEV) checkColumns(result);
  return result;
}

/**
 * The columns a layer reads, under the names it reads them by: `{ getPosition: 'target' }`
 * gives the layer `from`'s `target` column as its `getPosition` attribute. The arrays are
 * shared, not copied.
 */
export function layerColumns<Name extends string, Attribute extends string>(
  from: Columns<Name>,
  names: Record<Attribute, Name>,
): Columns<Attribute> {
  const attributes = {} as Record<Attribute, Column>;
  for (const [attribute, name] of Object.entries(names) as [Attribute, Name][])
    attributes[attribute] = from.attributes[name];
  return columns(from.length, attributes);
}
