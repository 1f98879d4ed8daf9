/** What a Parquet file's footer says about one column chunk of a row group. */
export interface ColumnChunkSummary {
  /** `file_offset`: where the chunk's metadata sits (0 for writers that leave it out). */
  offset: number;
  /** `total_compressed_size`: the chunk's bytes in the file. */
  compressedBytes: number;
  /** `total_uncompressed_size`: the chunk's pages once decompressed. */
  uncompressedBytes: number;
}

/** What a Parquet file's footer says about one row group. */
export interface RowGroupSummary {
  rows: number;
  /** `total_byte_size`: the row group's pages once decompressed. */
  uncompressedBytes: number;
  columns: ColumnChunkSummary[];
}

/**
 * A Parquet file's footer as plain data, with how many bytes of the file lie between its
 * leading magic and its footer: where every column chunk must be.
 */
export interface ParquetSummary {
  dataBytes: number;
  rowGroups: RowGroupSummary[];
}

/** What a Parquet file's metadata says it holds, before anything is decoded. */
export interface ParquetDeclared {
  rows: number;
  columns: number;
  /** The row groups' total uncompressed byte size, summed. */
  uncompressedBytes: number;
  rowGroups: number;
}

/** A declaration of a footer that cannot be true of the file: the row group (0-based) and what. */
export interface MetadataProblem {
  rowGroup: number;
  /** The Parquet fields involved and their values. */
  reason: string;
}

/**
 * How many times its compressed size a column chunk may declare once decompressed. Writers
 * encode repetition away (dictionaries, run lengths) before compressing, and a page of a
 * megabyte compresses to tens of bytes at best, so real files stay far below this: a footer
 * declaring more is damaged, and its sizes must not be trusted (to budget memory, say).
 */
export const MAX_EXPANSION = 100_000;

/** Sums what the footer declares: rows, columns, uncompressed bytes and row groups. */
export function declaredOf(summary: ParquetSummary): ParquetDeclared {
  const groups = summary.rowGroups;
  return {
    rows: groups.reduce((sum, group) => sum + group.rows, 0),
    columns: groups[0]?.columns.length ?? 0,
    uncompressedBytes: groups.reduce((sum, group) => sum + group.uncompressedBytes, 0),
    rowGroups: groups.length,
  };
}

const isCount = (value: number) => Number.isSafeInteger(value) && value >= 0;

/** What {@link summarizeParquet} reads of a file opened with parquet-wasm (browser or Node). */
export interface OpenedParquet {
  metadata(): {
    rowGroups(): {
      numRows(): number;
      totalByteSize(): number;
      columns(): { fileOffset(): bigint; compressedSize(): number; uncompressedSize(): number }[];
    }[];
  };
}

/**
 * The bytes of a Parquet file of `fileBytes` bytes that lie between its leading magic and its
 * footer, from the file's last 8 bytes (the footer's length, then the closing magic).
 */
export function dataBytesOf(fileBytes: number, last8: Uint8Array): number {
  const footer = new DataView(last8.buffer, last8.byteOffset, 8).getUint32(0, true);
  return Math.max(0, fileBytes - footer - 12);
}

/**
 * The footer of a file opened with parquet-wasm as plain data, to be checked against the file
 * (`dataBytes`: see {@link dataBytesOf}).
 */
export function summarizeParquet(opened: OpenedParquet, dataBytes: number): ParquetSummary {
  return {
    dataBytes,
    rowGroups: opened
      .metadata()
      .rowGroups()
      .map((group) => ({
        rows: group.numRows(),
        uncompressedBytes: group.totalByteSize(),
        columns: group.columns().map((column) => ({
          offset: Number(column.fileOffset()),
          compressedBytes: column.compressedSize(),
          uncompressedBytes: column.uncompressedSize(),
        })),
      })),
  };
}

/**
 * The first declaration of the footer that cannot be true of a file with `summary.dataBytes`
 * bytes of column chunks, or null: a negative or fractional size or count, a column chunk
 * placed past them, column chunks that add up to more bytes than they hold (chunks never
 * overlap, and lie between the leading magic and the footer), or a chunk that would decompress
 * to an absurd size (see {@link MAX_EXPANSION}).
 */
export function findMetadataProblem(summary: ParquetSummary): MetadataProblem | null {
  const { dataBytes } = summary;
  let compressed = 0;
  for (const [rowGroup, group] of summary.rowGroups.entries()) {
    const problem = (reason: string) => ({ rowGroup, reason });
    if (!isCount(group.rows)) return problem(`num_rows = ${group.rows}`);
    if (!isCount(group.uncompressedBytes))
      return problem(`total_byte_size = ${group.uncompressedBytes}`);
    for (const [index, column] of group.columns.entries()) {
      const field = (name: string, value: number) => `columns[${index}].${name} = ${value}`;
      if (!isCount(column.offset)) return problem(field('file_offset', column.offset));
      if (!isCount(column.compressedBytes))
        return problem(field('total_compressed_size', column.compressedBytes));
      if (!isCount(column.uncompressedBytes))
        return problem(field('total_uncompressed_size', column.uncompressedBytes));
      if (column.offset > dataBytes + 4)
        return problem(`${field('file_offset', column.offset)} > ${dataBytes + 4} bytes`);
      compressed += column.compressedBytes;
      if (compressed > dataBytes)
        return problem(`Σ total_compressed_size = ${compressed} > ${dataBytes} bytes`);
      if (column.uncompressedBytes > MAX_EXPANSION * Math.max(column.compressedBytes, 1)) {
        const declared = field('total_uncompressed_size', column.uncompressedBytes);
        return problem(`${declared} > ${MAX_EXPANSION} × ${column.compressedBytes}`);
      }
    }
  }
  return null;
}
