import { describe, expect, it } from 'vitest';
import {
  MAX_EXPANSION,
  declaredOf,
  findMetadataProblem,
  type ColumnChunkSummary,
  type ParquetSummary,
  type RowGroupSummary,
} from '../../src/data/parquet-metadata';

const chunk = (compressedBytes: number, uncompressedBytes = 2 * compressedBytes, offset = 0) => ({
  offset,
  compressedBytes,
  uncompressedBytes,
});
const group = (rows: number, columns: ColumnChunkSummary[]): RowGroupSummary => ({
  rows,
  uncompressedBytes: columns.reduce((sum, c) => sum + c.uncompressedBytes, 0),
  columns,
});
/** Two row groups of two columns, 100 + 50 bytes each, in a file of 400 bytes of chunks. */
const GOOD: ParquetSummary = {
  dataBytes: 400,
  rowGroups: [group(10, [chunk(100), chunk(50)]), group(5, [chunk(100), chunk(50)])],
};
/** GOOD with its row group `index` replaced. */
const withGroup = (index: number, replaced: RowGroupSummary): ParquetSummary => ({
  ...GOOD,
  rowGroups: GOOD.rowGroups.map((g, i) => (i === index ? replaced : g)),
});

describe('what a Parquet footer declares', () => {
  it('sums rows and uncompressed bytes over the row groups', () => {
    expect(declaredOf(GOOD)).toEqual({
      rows: 15,
      columns: 2,
      uncompressedBytes: 600,
      rowGroups: 2,
    });
  });

  it('is nothing for a file of no row group', () => {
    expect(declaredOf({ dataBytes: 300, rowGroups: [] })).toEqual({
      rows: 0,
      columns: 0,
      uncompressedBytes: 0,
      rowGroups: 0,
    });
  });
});

describe('a footer that cannot be true of its file', () => {
  it.each<[string, ParquetSummary, { rowGroup: number; reason: string } | null]>([
    ['a sound footer', GOOD, null],
    ['no row group', { dataBytes: 12, rowGroups: [] }, null],
    ['chunks filling the file exactly', { ...GOOD, dataBytes: 300 }, null],
    [
      'a negative row count',
      withGroup(1, group(-1, [chunk(100), chunk(50)])),
      { rowGroup: 1, reason: 'num_rows = -1' },
    ],
    [
      'a fractional byte size',
      withGroup(0, { ...group(10, [chunk(100), chunk(50)]), uncompressedBytes: 1.5 }),
      { rowGroup: 0, reason: 'total_byte_size = 1.5' },
    ],
    [
      'a negative compressed size',
      withGroup(1, group(5, [chunk(100), chunk(-50, 10)])),
      { rowGroup: 1, reason: 'columns[1].total_compressed_size = -50' },
    ],
    [
      'a negative uncompressed size',
      withGroup(0, group(10, [chunk(100, -1), chunk(50)])),
      { rowGroup: 0, reason: 'columns[0].total_uncompressed_size = -1' },
    ],
    [
      'a chunk placed past the end of the chunks (after the 4-byte magic)',
      withGroup(1, group(5, [chunk(100), chunk(50, 100, 405)])),
      { rowGroup: 1, reason: 'columns[1].file_offset = 405 > 404 bytes' },
    ],
    [
      'chunks adding up to more than the file',
      { ...GOOD, dataBytes: 299 },
      { rowGroup: 1, reason: 'Σ total_compressed_size = 300 > 299 bytes' },
    ],
    [
      'one chunk larger than the file',
      withGroup(0, group(10, [chunk(2 ** 40), chunk(50)])),
      { rowGroup: 0, reason: `Σ total_compressed_size = ${2 ** 40} > 400 bytes` },
    ],
    [
      'a chunk decompressing to an absurd size',
      withGroup(1, group(5, [chunk(100), chunk(50, MAX_EXPANSION * 50 + 1)])),
      {
        rowGroup: 1,
        reason: `columns[1].total_uncompressed_size = ${MAX_EXPANSION * 50 + 1} > ${MAX_EXPANSION} × 50`,
      },
    ],
  ])('%s', (_, summary, problem) => {
    expect(findMetadataProblem(summary)).toEqual(problem);
  });

  it('accepts a chunk at the highest expansion allowed, and an empty chunk of no bytes', () => {
    const summary = withGroup(1, group(5, [chunk(100, MAX_EXPANSION * 100), chunk(0, 0)]));
    expect(findMetadataProblem(summary)).toBeNull();
  });
});
