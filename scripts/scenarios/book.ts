import type { Rng } from './prng';
import { MONTHS, monthDate, monthIndex, type Series } from './series';

/**
 * A row of the canonical trade table, as the scenarios make them. Without `freq` a row is
 * monthly; `months` marks an annual row that covers part of its year; `source` defaults to
 * 'scenario'.
 */
export interface ScenarioRow {
  period: string;
  freq?: 'M' | 'A';
  reporter: string;
  partner: string;
  flow: 'X' | 'M';
  hs: string;
  value_usd: number;
  net_kg: number | null;
  months?: number | null;
  source?: string;
}

/** Partner code for "everyone else": counted in world totals, never written as a row. */
export const OTHERS = 'OTH';

/** Economies that report nothing from 2022 (their legs come from mirrors). */
const SILENT_FROM_2022 = new Set(['RUS', 'BLR']);
const LAST_REPORTED = monthIndex('2021-12');

/** One part of a flow: expected FOB US$ a month, the share the importer records, its US$/kg. */
export interface Component {
  values: Series;
  recorded: number;
  unitValue: number;
}

/** Options of a flow component. */
export interface ComponentOptions {
  /** Share of this part that the importer records as imports (1 = all; < 1 = missing imports). */
  recorded?: number;
  unitValue?: number;
}

/** Who reports what: every economy reports unless listed. */
export interface Reporting {
  /** Economies that never report (their flows exist only as partners' mirrors). */
  silent: ReadonlySet<string>;
}

/** Where stories write their flows: a {@link FlowBook}, or any book with the same `add`. */
export interface FlowSink {
  add(
    exporter: string,
    importer: string,
    hs: string,
    values: Series,
    options?: ComponentOptions,
  ): void;
}

function key(exporter: string, importer: string, hs: string) {
  return `${exporter}>${importer}:${hs}`;
}

/** Multiplicative log-normal noise with mean 1; smaller for larger flows. */
export function noiseFactor(rng: Rng, expected: number): number {
  const sigma = expected > 5e7 ? 0.03 : expected > 1e6 ? 0.08 : 0.18;
  return Math.exp(sigma * rng.normal() - (sigma * sigma) / 2);
}

/**
 * Collects the expected flows of a scenario and realises them as rows: the exporter's export
 * row, the importer's mirror import row (CIF ≈ ×1.06, only the recorded share), and each
 * reporter's world totals built from its realised flows (so that world ≥ the parts).
 */
export class FlowBook implements FlowSink {
  private readonly flows = new Map<string, Component[]>();

  /** Adds a part to the flow exporter → importer of product hs. */
  add(
    exporter: string,
    importer: string,
    hs: string,
    values: Series,
    options: ComponentOptions = {},
  ) {
    const list = this.flows.get(key(exporter, importer, hs)) ?? [];
    list.push({ values, recorded: options.recorded ?? 1, unitValue: options.unitValue ?? 1000 });
    this.flows.set(key(exporter, importer, hs), list);
  }

  /** Realises every flow as rows, with noise from `rng`. */
  rows(rng: Rng, reporting: Reporting): ScenarioRow[] {
    const rows: ScenarioRow[] = [];
    const world = new Map<string, number>();
    const reports = (economy: string, month: number) =>
      economy !== OTHERS &&
      !reporting.silent.has(economy) &&
      !(SILENT_FROM_2022.has(economy) && month > LAST_REPORTED);
    const addWorld = (reporter: string, flow: string, hs: string, month: number, v: number) => {
      const k = `${reporter}|${flow}|${hs}|${month}`;
      world.set(k, (world.get(k) ?? 0) + v);
    };
    for (const [flowKey, parts] of [...this.flows.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const [route = '', hs = ''] = flowKey.split(':');
      const [exporter = '', importer = ''] = route.split('>');
      const cif = 1.06 * rng.uniform(0.98, 1.02);
      for (let m = 0; m < MONTHS; m++) {
        const realised = realise(rng, parts, m);
        if (realised === null) continue;
        const period = monthDate(m);
        const { value, kg, recordedValue, recordedKg } = realised;
        if (reports(exporter, m)) {
          if (importer !== OTHERS)
            rows.push({
              period,
              reporter: exporter,
              partner: importer,
              flow: 'X',
              hs,
              value_usd: Math.round(value),
              net_kg: Math.round(kg),
            });
          addWorld(exporter, 'X', hs, m, value);
        }
        if (reports(importer, m) && recordedValue > 0) {
          const mirror = recordedValue * cif * noiseFactor(rng, 1e6);
          if (exporter !== OTHERS)
            rows.push({
              period,
              reporter: importer,
              partner: exporter,
              flow: 'M',
              hs,
              value_usd: Math.round(mirror),
              net_kg: Math.round(recordedKg),
            });
          addWorld(importer, 'M', hs, m, mirror);
        }
      }
    }
    for (const [k, value] of world) {
      const [reporter = '', flow = 'X', hs = '', month = '0'] = k.split('|');
      if (reporter === 'TWN') continue;
      rows.push({
        period: monthDate(Number(month)),
        reporter,
        partner: 'WLD',
        flow: flow as 'X' | 'M',
        hs,
        value_usd: Math.round(value),
        net_kg: null,
      });
    }
    return rows;
  }
}

/**
 * One month of a flow: noisy value and weight, and the part the importer records. Flows
 * under US$12,000 a month come in occasional lumps with the same expected total.
 */
export function realise(rng: Rng, parts: readonly Component[], m: number) {
  const expected = parts.reduce((sum, part) => sum + (part.values[m] ?? 0), 0);
  if (expected <= 0) return null;
  const lump = 12_000;
  let value: number;
  if (expected < lump) {
    if (!rng.chance(expected / lump)) return null;
    value = lump * noiseFactor(rng, lump);
  } else {
    value = expected * noiseFactor(rng, expected);
  }
  const scale = value / expected;
  let kg = 0;
  let recordedValue = 0;
  let recordedKg = 0;
  for (const part of parts) {
    const v = (part.values[m] ?? 0) * scale;
    kg += v / part.unitValue;
    recordedValue += v * part.recorded;
    recordedKg += (v * part.recorded) / part.unitValue;
  }
  return value < 1 ? null : { value, kg, recordedValue, recordedKg };
}
