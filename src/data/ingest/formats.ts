import { BACI, BACI_COUNTRIES } from '../sql/ingest/formats/baci';
import { CANONICAL_CSV, CANONICAL_PARQUET } from '../sql/ingest/formats/canonical';
import { COMTRADE_LEGACY } from '../sql/ingest/formats/comtrade-legacy';
import { COMTRADE_PLUS } from '../sql/ingest/formats/comtrade-plus';
import type { FormatReader } from '../sql/ingest/mapping';
import { TW_CUSTOMS } from '../sql/ingest/formats/tw-customs';
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
