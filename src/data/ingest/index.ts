/** Reading real trade files into the canonical table, in the browser and in the CLI. */
export { ingestFiles, NoRowsError } from './ingest';
export { detectFormat, HEAD_BYTES } from './detect';
export { readParquetSql, stageParquetWithDuckDB } from '../sql/ingest/formats/canonical';
export { SOURCE_PRECEDENCE } from '../sql/ingest/merge';
export { isComparable, overlapGap, overlapShare } from './overlaps';
export { MIXED_490_REPORTERS } from '../sql/ingest/countries';
export { formatSummary } from './report-text';
export { INGEST_FORMATS, IngestError } from './types';
export { mappingToJson, parseMappingJson, parseUserMapping } from './user-mapping';
export type { UserMapping } from './user-mapping';
export type * from './types';
export { unpack, unpackAll, type ByteStore, type Unpacking, type UnpackLimit } from './unpack';
export { checkDeclared, checkTotal, memoryBudget, rowsFit, TEXT_FACTOR } from './budget';
