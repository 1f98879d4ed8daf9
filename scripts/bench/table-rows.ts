import { BROWSER_INGEST_ROWS } from './browser-ingest';
import type { BenchOptions } from './options';
import type { Figure, TableRow, Unit } from './report';

/** The printed table's rows, in a fixed order. */
export function tableRows(json: Record<string, unknown>, options: BenchOptions): TableRow[] {
  const rows: TableRow[] = [];
  const sized: [string, Unit][] = [
    ['cold_ready_ms', 'ms'],
    ['duckdb_start_ms', 'ms'],
    ['duckdb_boot_ms', 'ms'],
    ['load_start_ms', 'ms'],
    ['load_ms', 'ms'],
    ['interaction_p50_ms', 'ms'],
    ['interaction_p95_ms', 'ms'],
    ['settings_p95_ms', 'ms'],
    ['settings_ranked_p95_ms', 'ms'],
    ['naive_interaction_p95_ms', 'ms'],
    ['speedup_vs_naive', 'ratio'],
    ['scoring_first_ms', 'ms'],
    ['scoring_ms', 'ms'],
    ['native_scoring_ms', 'ms'],
    ['native_scoring_1thread_ms', 'ms'],
    ['native_rescoring_ms', 'ms'],
    ['native_rescoring_1thread_ms', 'ms'],
    ['scoring_first_ratio', 'ratio'],
    ['scoring_ratio', 'ratio'],
    ['scoring_ratio_1thread', 'ratio'],
    ['peak_memory_bytes', 'bytes'],
    ['js_heap_bytes', 'bytes'],
    ['duckdb_memory_bytes', 'bytes'],
    ['transfer_bytes', 'bytes'],
    ['prebuilt_load_ms', 'ms'],
    ['prebuilt_load_ratio', 'ratio'],
    ['prebuilt_peak_memory_bytes', 'bytes'],
    ['prebuilt_duckdb_memory_bytes', 'bytes'],
    ['prebuilt_transfer_bytes', 'bytes'],
    ['parts_load_ms', 'ms'],
    ['parts_load_ratio', 'ratio'],
    ['parts_rows_loaded', 'rows'],
    ['parts_cold_ready_ms', 'ms'],
    ['parts_other_part_ms', 'ms'],
    ['parts_other_part_said', 'share'],
    ['parts_other_part_peak_memory_bytes', 'bytes'],
    ['parts_other_part_duckdb_memory_bytes', 'bytes'],
    ['parts_peak_memory_bytes', 'bytes'],
    ['parts_duckdb_memory_bytes', 'bytes'],
  ];
  for (const [key, unit] of sized) {
    const entry = json[key] as Record<string, Figure> | undefined;
    if (!entry) continue;
    for (const size of options.sizes)
      if (entry[size]) rows.push({ figure: key, size, value: entry[size], unit });
  }
  const fps = json.fps as Record<string, Figure> | undefined;
  if (fps)
    for (const [flows, value] of Object.entries(fps))
      rows.push({ figure: 'fps', size: flows, value, unit: 'fps' });
  if (typeof json.js_gzip_bytes === 'number')
    rows.push({ figure: 'js_gzip_bytes', size: '', value: json.js_gzip_bytes, unit: 'bytes' });
  if (typeof json.critical_js_gzip_bytes === 'number')
    rows.push({
      figure: 'critical_js_gzip_bytes',
      size: '',
      value: json.critical_js_gzip_bytes,
      unit: 'bytes',
    });
  const bundle = json.bundle as
    { duckdb_wasm_bytes: number; duckdb_wasm_gzip_bytes: number } | undefined;
  if (bundle) {
    rows.push({
      figure: 'duckdb_wasm_bytes',
      size: '',
      value: bundle.duckdb_wasm_bytes,
      unit: 'bytes',
    });
    rows.push({
      figure: 'duckdb_wasm_gzip_bytes',
      size: '',
      value: bundle.duckdb_wasm_gzip_bytes,
      unit: 'bytes',
    });
  }
  const csv = (rows: number) => `${rows / 1e6}m csv`;
  const ingestFigures: [string, Unit, string][] = [
    ['ingest_rows_per_s', 'rows/s', csv(options.ingestRows)],
    ['browser_ingest_rows_per_s', 'rows/s', csv(BROWSER_INGEST_ROWS)],
    ['browser_ingest_max_frame_gap_ms', 'ms', csv(BROWSER_INGEST_ROWS)],
    ['ingest_peak_memory_bytes', 'bytes', csv(options.ingestRows)],
  ];
  for (const [key, unit, size] of ingestFigures)
    if (json[key]) rows.push({ figure: key, size, value: json[key] as Figure, unit });
  return rows;
}
