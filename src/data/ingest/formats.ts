import { BACI, BACI_COUNTRIES } from './baci';
import { CANONICAL_CSV, CANONICAL_PARQUET } from './canonical';
import { COMTRADE_LEGACY } from './comtrade-legacy';
import { COMTRADE_PLUS } from './comtrade-plus';
import type { FormatReader } from './mapping';
import { TW_CUSTOMS } from './tw-customs';
import type { IngestFormat } from './types';

/** Every reader, in the order detection tries them. */
export const READERS: readonly FormatReader[] = [
  COMTRADE_PLUS,
  COMTRADE_LEGACY,
  BACI,
  BACI_COUNTRIES,
  TW_CUSTOMS,
  CANONICAL_CSV,
  CANONICAL_PARQUET,
];

/** The reader of a format. */
export function readerFor(format: IngestFormat): FormatReader {
  const reader = READERS.find((r) => r.format === format);
  if (!reader) throw new Error(`No reader for ${format}`);
  return reader;
}
