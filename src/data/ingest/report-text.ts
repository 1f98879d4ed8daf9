import { overlapLines } from './overlap-text';
import { plural, usdText } from './reasons';
import type { IngestSummary } from './types';

const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

const pad = (text: string, width: number) => text.padEnd(width);

const MONTH_NAMES = [
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'May',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Oct',
  'Nov',
  'Dec',
];

/** The files table: one line per file with its format, encoding and row counts. */
function fileLines(summary: IngestSummary): string[] {
  const width = Math.max(...summary.files.map((f) => f.name.length));
  return summary.files.map(
    (f) =>
      `  ${pad(f.name, width)}  ${pad(f.format, 17)} ${pad(f.encoding ?? '-', 7)} ` +
      `${number(f.rowsRead)} read, ${number(f.rowsValid)} valid, ${number(f.rowsSkipped)} skipped`,
  );
}

/** "3 rows, US$1.2 M" (or "3 rows" when no value could be read): what a skip reason left out. */
export function skippedAmount(count: number, valueUsd: number | null): string {
  const rows = count === 1 ? '1 row' : `${number(count)} rows`;
  return valueUsd === null ? rows : `${rows}, ${usdText(valueUsd)}`;
}

/** Skipped rows by reason, with their value and the first examples (file and line). */
function skipLines(summary: IngestSummary): string[] {
  if (summary.skipped.length === 0) return [];
  const position = new Map(summary.files.map((f) => [f.name, f.position]));
  const lines = ['Skipped rows by reason (with their value, where it could be read):'];
  for (const reason of summary.skipped) {
    lines.push(
      `  ${skippedAmount(reason.count, reason.valueUsd)}: ${reason.message} [${reason.code}]`,
    );
    for (const e of reason.examples) {
      const where = position.get(e.file) ?? 'line';
      lines.push(`      ${e.file} ${where} ${e.line}${e.value ? `: ${e.value}` : ''}`);
    }
  }
  return lines;
}

/**
 * The summary as plain text for a terminal: files, row counts, periods, reporters, partners, HS
 * levels, value by year, skipped rows with examples, and warnings.
 */
export function formatSummary(summary: IngestSummary, out?: string): string {
  const { periods } = summary;
  const lines = [
    `Ingested ${summary.files.length} file(s)${out ? ` into ${out}` : ''}:`,
    ...fileLines(summary),
    '',
    `Rows: ${number(summary.rowsRead)} read, ${number(summary.rowsWritten)} written, ` +
      `${number(summary.rowsSkipped)} skipped, ${number(summary.rowsCombined)} combined ` +
      `(customs codes summed to HS-6, residual partners summed), ${number(summary.duplicatesRemoved)} duplicates removed, ` +
      `${number(summary.conflictsDropped)} conflicting rows dropped, ` +
      `${number(summary.overlapsDropped)} dropped as another file gave the same flow`,
    `Periods: ${periods.first ?? '-'} to ${periods.last ?? '-'} (freq ${periods.freqs.join(', ') || '-'})`,
    `Reporters (${summary.reporters.length}): ${summary.reporters.join(', ')}`,
    `Partners: ${plural(summary.partners, 'country', 'countries')}, besides world totals (WLD) and residual partners (XNS, ...)`,
    `HS levels: ${summary.hsLevels.join(', ')}`,
    'Value by year (US$): exports as the reporters declared them, to partners; imports apart, as much of them mirrors the same exports; exports to the world apart, as they contain the partner rows:',
    ...summary.valueByYear.map(
      (y) =>
        `  ${y.year} ${y.freq}${y.months ? ` (Jan–${MONTH_NAMES[y.months - 1]}, partial)` : ''}  exports ${number(y.exportsUsd).padStart(20)}   imports ${number(y.importsUsd)}   world exports ${number(y.worldUsd)}`,
    ),
  ];
  const overlaps = overlapLines(summary);
  if (overlaps.length > 0) lines.push('', ...overlaps);
  const skips = skipLines(summary);
  if (skips.length > 0) lines.push('', ...skips);
  if (summary.warnings.length > 0)
    lines.push('', 'Warnings:', ...summary.warnings.map((w) => `  - ${w.message}`));
  return lines.join('\n');
}
