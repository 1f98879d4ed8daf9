import { summarize } from './stats';

/** A figure over repeated runs, or why there is none. */
export type Figure =
  | {
      median: number;
      p95: number;
      min: number;
      max: number;
      n: number;
      values: number[];
      note?: string;
    }
  | { status: 'not yet' | 'not run' | 'failed'; reason: string };

/** Unit of a figure, for printing. */
export type Unit = 'ms' | 'bytes' | 'ratio' | 'rows' | 'rows/s' | 'fps' | 'share';

/** A figure from its values (one per run); `note` says how to read it. */
export function figure(values: readonly number[], note?: string): Figure {
  const finite = values.filter(Number.isFinite);
  if (finite.length === 0) return { status: 'failed', reason: 'no value measured' };
  return { ...summarize(finite), values: [...finite], ...(note ? { note } : {}) };
}

/** Whether a figure holds numbers. */
export const isMeasured = (f: Figure | undefined): f is Extract<Figure, { median: number }> =>
  f !== undefined && 'median' in f;

/** A target of the issue, checked against a figure's median. */
export interface Target {
  key: string;
  size: string | null;
  /** The figure must be at most (≤) or at least (≥) this. */
  limit: number;
  direction: '<=' | '>=';
  unit: Unit;
  /** What the issue asks, in words. */
  text: string;
}

/** The targets of issue #8 (and the critical path's, of issue #16), as they word them. */
export const TARGETS: readonly Target[] = [
  {
    key: 'interaction_p95_ms',
    size: '1m',
    limit: 50,
    direction: '<=',
    unit: 'ms',
    text: 'p95 ≤ 50 ms at 1 M, with animation',
  },
  {
    key: 'interaction_p95_ms',
    size: '10m',
    limit: 100,
    direction: '<=',
    unit: 'ms',
    text: 'p95 ≤ 100 ms at 10 M, with animation',
  },
  {
    key: 'speedup_vs_naive',
    size: '10m',
    limit: 10,
    direction: '>=',
    unit: 'ratio',
    text: '≥ 10× faster than naive at 10 M',
  },
  {
    key: 'settings_ranked_p95_ms',
    size: '1m',
    limit: 300,
    direction: '<=',
    unit: 'ms',
    text: 'a setting that re-scores: p95 ≤ 300 ms at 1 M, up to the new ranking drawn',
  },
  {
    key: 'settings_ranked_p95_ms',
    size: '10m',
    limit: 1000,
    direction: '<=',
    unit: 'ms',
    text: 'a setting that re-scores: p95 ≤ 1 s at 10 M, up to the new ranking drawn',
  },
  {
    key: 'cold_ready_ms',
    size: 'sample',
    limit: 1200,
    direction: '<=',
    unit: 'ms',
    text: 'navigation → first flows ≤ 1.2 s on the sample',
  },
  {
    key: 'cold_ready_ms',
    size: '1m',
    limit: 1500,
    direction: '<=',
    unit: 'ms',
    text: 'navigation → first flows ≤ 1.5 s at 1 M',
  },
  {
    key: 'cold_ready_ms',
    size: '10m',
    limit: 1500,
    direction: '<=',
    unit: 'ms',
    text: 'navigation → first flows ≤ 1.5 s at 10 M',
  },
  {
    key: 'scoring_first_ratio',
    size: '1m',
    limit: 2,
    direction: '<=',
    unit: 'ratio',
    text: 'first scoring in the browser ≤ 2× native from scratch at 1 M',
  },
  {
    key: 'scoring_first_ratio',
    size: '10m',
    limit: 2,
    direction: '<=',
    unit: 'ratio',
    text: 'first scoring in the browser ≤ 2× native from scratch at 10 M',
  },
  {
    key: 'scoring_ratio',
    size: '1m',
    limit: 2,
    direction: '<=',
    unit: 'ratio',
    text: 'scoring again in the browser ≤ 2× native again at 1 M',
  },
  {
    key: 'scoring_ratio',
    size: '10m',
    limit: 2,
    direction: '<=',
    unit: 'ratio',
    text: 'scoring again in the browser ≤ 2× native again at 10 M',
  },
  {
    key: 'js_gzip_bytes',
    size: null,
    limit: 400_000,
    direction: '<=',
    unit: 'bytes',
    text: 'app JS ≤ 400 kB gzip before DuckDB',
  },
  {
    key: 'critical_js_gzip_bytes',
    size: null,
    limit: 550_000,
    direction: '<=',
    unit: 'bytes',
    text: 'critical-path JS ≤ 550 kB gzip (DuckDB worker and wasm apart)',
  },
  {
    key: 'peak_memory_bytes',
    size: '10m',
    limit: 1.2e9,
    direction: '<=',
    unit: 'bytes',
    text: '10 M rows within 1.2 GB of tab memory',
  },
  {
    key: 'parts_cold_ready_ms',
    size: '100m',
    limit: 3000,
    direction: '<=',
    unit: 'ms',
    text: "100 M rows in parts: navigation → Taiwan's default view drawn ≤ 3 s",
  },
  {
    key: 'parts_peak_memory_bytes',
    size: '100m',
    limit: 1.2e9,
    direction: '<=',
    unit: 'bytes',
    text: '100 M rows in parts within 1.2 GB of tab memory',
  },
  {
    key: 'parts_other_part_said',
    size: '100m',
    limit: 1,
    direction: '>=',
    unit: 'share',
    text: '100 M rows in parts: a filter that needs another part says it is loading it',
  },
];

/** A target's outcome. */
export interface Verdict {
  figure: string;
  size: string | null;
  target: string;
  median: number | null;
  verdict: 'met' | 'missed' | 'not measured' | 'not yet';
  note?: string;
}

/** Formats a value in its unit. */
export function formatValue(value: number, unit: Unit): string {
  if (!Number.isFinite(value)) return '–';
  switch (unit) {
    case 'ms':
      return value >= 10_000
        ? `${(value / 1000).toFixed(1)} s`
        : `${Math.round(value).toLocaleString('en')} ms`;
    case 'bytes':
      return value >= 1e6 ? `${(value / 1e6).toFixed(1)} MB` : `${(value / 1e3).toFixed(1)} kB`;
    case 'ratio':
      return `×${value.toFixed(2)}`;
    case 'rows':
      return Math.round(value).toLocaleString('en');
    case 'rows/s':
      return `${Math.round(value).toLocaleString('en')}/s`;
    case 'fps':
      return `${value.toFixed(1)} fps`;
    case 'share':
      return value.toFixed(2);
  }
}

/** Checks each target against the figures (looked up as figures[key][size] or figures[key]). */
export function verdicts(figures: Record<string, unknown>): Verdict[] {
  return TARGETS.map((target) => {
    const entry = figures[target.key];
    const value = (
      target.size === null ? entry : (entry as Record<string, unknown> | undefined)?.[target.size]
    ) as Figure | number | undefined;
    const base = { figure: target.key, size: target.size, target: target.text };
    const median = typeof value === 'number' ? value : isMeasured(value) ? value.median : null;
    if (median === null || !Number.isFinite(median)) {
      const notYet =
        value !== undefined &&
        typeof value !== 'number' &&
        'status' in value &&
        value.status === 'not yet';
      return {
        ...base,
        median: null,
        verdict: notYet ? 'not yet' : 'not measured',
        ...(value && typeof value !== 'number' && 'reason' in value ? { note: value.reason } : {}),
      };
    }
    const met = target.direction === '<=' ? median <= target.limit : median >= target.limit;
    const note = typeof value !== 'number' && value && 'note' in value ? value.note : undefined;
    return { ...base, median, verdict: met ? 'met' : 'missed', ...(note ? { note } : {}) };
  });
}

/** A row of the printed table. */
export interface TableRow {
  figure: string;
  size: string;
  value: Figure | number | undefined;
  unit: Unit;
}

const pad = (text: string, width: number) =>
  text + ' '.repeat(Math.max(0, width - [...text].length));

/** The table of figures: median, p95, min–max, runs, target and verdict. */
export function formatTable(rows: readonly TableRow[], checked: readonly Verdict[]): string {
  const header = ['figure', 'size', 'median', 'p95', 'min–max', 'n', 'target', 'verdict'];
  const lines = rows.map(({ figure: name, size, value, unit }) => {
    const target = TARGETS.find((t) => t.key === name && (t.size ?? '') === size);
    const verdict = checked.find((v) => v.figure === name && (v.size ?? '') === size);
    const targetText = target
      ? `${target.direction === '<=' ? '≤' : '≥'} ${formatValue(target.limit, target.unit)}`
      : '';
    if (typeof value === 'number') {
      return [
        name,
        size,
        formatValue(value, unit),
        '',
        '',
        '1',
        targetText,
        verdict?.verdict ?? '',
      ];
    }
    if (!isMeasured(value)) {
      return [
        name,
        size,
        value ? value.status : 'not run',
        '',
        '',
        '',
        targetText,
        verdict?.verdict ?? '',
      ];
    }
    return [
      name,
      size,
      formatValue(value.median, unit),
      formatValue(value.p95, unit),
      `${formatValue(value.min, unit)} – ${formatValue(value.max, unit)}`,
      String(value.n),
      targetText,
      verdict?.verdict ?? '',
    ];
  });
  const widths = header.map((h, i) =>
    Math.max([...h].length, ...lines.map((l) => [...(l[i] ?? '')].length)),
  );
  const format = (cells: string[]) =>
    cells
      .map((c, i) => pad(c, widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  return [format(header), format(widths.map((w) => '─'.repeat(w))), ...lines.map(format)].join(
    '\n',
  );
}
