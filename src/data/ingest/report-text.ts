import { plural } from './reasons';
import type { IngestSummary } from './types';

const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 2 });

const pad = (text: string, width: number) => text.padEnd(width);

/** The files table: one line per file with its format, encoding and row counts. */
function fileLines(summary: IngestSummary): string[] {
  const width = Math.max(...summary.files.map((f) => f.name.length));
  return summary.files.map(
    (f) =>
      `  ${pad(f.name, width)}  ${pad(f.format, 17)} ${pad(f.encoding ?? '-', 7)} ` +
      `${number(f.rowsRead)} read, ${number(f.rowsValid)} valid, ${number(f.rowsSkipped)} skipped`,
  );
}

/** Skipped rows by reason, with the first examples (file and line). */
function skipLines(summary: IngestSummary): string[] {
  if (summary.skipped.length === 0) return [];
  const position = new Map(summary.files.map((f) => [f.name, f.position]));
  const lines = ['Skipped rows by reason:'];
  for (const reason of summary.skipped) {
    lines.push(`  ${number(reason.count)} × ${reason.message} [${reason.code}]`);
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
      `(customs codes summed to HS-6), ${number(summary.duplicatesRemoved)} duplicates removed, ` +
      `${number(summary.conflictsDropped)} conflicting rows dropped`,
    `Periods: ${periods.first ?? '-'} to ${periods.last ?? '-'} (freq ${periods.freqs.join(', ') || '-'})`,
    `Reporters (${summary.reporters.length}): ${summary.reporters.join(', ')}`,
    `Partners: ${plural(summary.partners, 'country', 'countries')}, besides world totals (WLD)`,
    `HS levels: ${summary.hsLevels.join(', ')}`,
    'Value by year (US$; world totals apart, as adding them would double count):',
    ...summary.valueByYear.map(
      (y) => `  ${y.year} ${y.freq}  ${number(y.valueUsd).padStart(20)}   world ${number(y.worldUsd)}`,
    ),
  ];
  const skips = skipLines(summary);
  if (skips.length > 0) lines.push('', ...skips);
  if (summary.warnings.length > 0)
    lines.push('', 'Warnings:', ...summary.warnings.map((w) => `  - ${w.message}`));
  return lines.join('\n');
}
