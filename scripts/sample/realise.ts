import { MONTHS, monthIndex } from './calendar';
import { INTERMEDIARIES, PARTNERS, SANCTIONED, SANCTIONED_LAST_REPORT } from './economies';
import { effectAt, type Effects } from './apply';
import { OTHERS, exportKey, parseExportKey, type Levels } from './levels';
import { rngFor, type Rng } from './prng';
import { PRODUCT_BY_HS } from './products';

/** One generated row (period as a month index; the rest as in the canonical schema). */
export interface TradeRow {
  month: number;
  reporter: string;
  partner: string;
  flow: 'X' | 'M';
  hs: string;
  value: number;
  kg: number;
  qty: number | null;
}

/** One month of a flow as realised: whole US$ and kg. */
interface Shipment {
  value: number;
  kg: number;
}

type Series = (Shipment | null)[];

/** Below this many US$ a month, a flow comes in occasional lumps rather than every month. */
const LUMP = 15_000;
const CIF_FOB = 1.06;
/** Series key origin for an intermediary's imports from everyone but Taiwan. */
const REST_OF_WORLD = 'ROW';
const LAST_SANCTIONED_REPORT = monthIndex(SANCTIONED_LAST_REPORT);
const sanctioned = new Set<string>(SANCTIONED);
const reporting = new Set(PARTNERS.filter((p) => p.reports).map((p) => p.iso3));

/** Month-to-month noise: ~22% for small flows, down to 5% for flows in the hundreds of millions. */
const noiseSigma = (level: number) =>
  Math.min(0.22, Math.max(0.05, 0.22 - 0.04 * Math.log10(Math.max(level, 1e4) / 1e4)));

/** Net weight rounded like customs data: whole kg, tenths below 10 kg. */
const roundKg = (kg: number) =>
  kg >= 10 ? Math.round(kg) : Math.max(0.1, Math.round(kg * 10) / 10);

/** Draws one month of a flow whose expected value is `level` (mean preserved, never negative). */
function drawValue(rng: Rng, level: number): number {
  if (!(level > 0)) return 0;
  if (level >= LUMP) return Math.round(level * rng.noise(noiseSigma(level)));
  const p = Math.max(0.05, (level / LUMP) ** 0.7);
  return rng.chance(p) ? Math.round((level / p) * rng.noise(0.35)) : 0;
}

/** Realises an export series: values with noise, weights from the product's unit value. */
function realise(seed: number, key: string, level: Float64Array, effects: Effects): Series {
  const { from, to, hs } = parseExportKey(key);
  const rng = rngFor(seed, 'series', key);
  const usdPerKg =
    (PRODUCT_BY_HS.get(hs)?.usdPerKg ?? 100) * rngFor(seed, 'uv', from, to, hs).noise(0.1);
  const jumps = effects.unitValue.get(key);
  return Array.from(level, (expected, m) => {
    const value = drawValue(rng, expected);
    const unitValue = usdPerKg * effectAt(jumps, m) * rng.noise(0.05);
    return value > 0 ? { value, kg: roundKg(value / unitValue) } : null;
  });
}

/** What the partner records of the same shipments: CIF, a little noise, maybe only a share. */
function mirrorOf(seed: number, key: string, series: Series, share: (m: number) => number): Series {
  const rng = rngFor(seed, 'mirror', key);
  // Freight and insurance differ by route: a fixed CIF/FOB factor per flow, then monthly noise.
  const cif = CIF_FOB * rng.noise(0.03);
  return series.map((s, m) => {
    const noise = cif * rng.noise(0.05);
    if (!s || share(m) === 0) return null;
    const value = Math.round(s.value * noise * share(m));
    return value > 0 ? { value, kg: roundKg(s.kg * share(m) * rng.noise(0.03)) } : null;
  });
}

const sum = (a: Series, b: Series): Series =>
  a.map((x, m) => {
    const y = b[m];
    if (!x || !y) return x ?? y ?? null;
    return { value: x.value + y.value, kg: roundKg(x.kg + y.kg) };
  });

const reportsIn = (iso3: string, m: number) =>
  reporting.has(iso3) && (!sanctioned.has(iso3) || m <= LAST_SANCTIONED_REPORT);

type Emit = (
  reporter: string,
  partner: string,
  flow: 'X' | 'M',
  hs: string,
  series: Series,
) => void;

/** An `emit` that appends a series' non-empty months to `rows` (counting machines in units). */
function emitter(rows: TradeRow[]): Emit {
  return (reporter, partner, flow, hs, series) => {
    const kgPerUnit = PRODUCT_BY_HS.get(hs)?.kgPerUnit;
    series.forEach((s, month) => {
      if (!s) return;
      const qty = kgPerUnit ? Math.max(1, Math.round(s.kg / kgPerUnit)) : null;
      rows.push({ month, reporter, partner, flow, hs, value: s.value, kg: s.kg, qty });
    });
  };
}

/** Emits every bilateral export and, where the partner reports that month, its mirror import. */
function emitBilateral(seed: number, realised: Map<string, Series>, effects: Effects, emit: Emit) {
  for (const [key, series] of realised) {
    const { from, to, hs } = parseExportKey(key);
    if (to === OTHERS) continue;
    emit(from, to, 'X', hs, series);
    const gap = effects.mirror.get(`${to}:${hs}`);
    const share = (m: number) => (!reportsIn(to, m) ? 0 : from === 'TWN' ? effectAt(gap, m) : 1);
    emit(to, from, 'M', hs, mirrorOf(seed, key, series, share));
  }
}

/** Emits each intermediary's exports to and imports from the world, built from their parts. */
function emitWorldTotals(
  seed: number,
  levels: Levels,
  realised: Map<string, Series>,
  effects: Effects,
  emit: Emit,
) {
  const empty = (): Series => Array(MONTHS).fill(null);
  for (const { iso3 } of INTERMEDIARIES) {
    for (const hs of PRODUCT_BY_HS.keys()) {
      const leg = (to: string) => realised.get(exportKey(iso3, to, hs)) ?? [];
      emit(iso3, 'WLD', 'X', hs, [leg('RUS'), leg('BLR'), leg(OTHERS)].reduce(sum, empty()));
      // The same stream as the mirror row, so the world total holds exactly what it recorded.
      const fromTaiwanKey = exportKey('TWN', iso3, hs);
      const gap = effects.mirror.get(`${iso3}:${hs}`);
      const fromTaiwan = realised.get(fromTaiwanKey);
      const recorded = fromTaiwan
        ? mirrorOf(seed, fromTaiwanKey, fromTaiwan, (m) => effectAt(gap, m))
        : [];
      const other = levels.otherImports.get(`${iso3}:${hs}`);
      const fromOthers = other
        ? realise(seed, exportKey(REST_OF_WORLD, iso3, hs), other, effects)
        : [];
      emit(iso3, 'WLD', 'M', hs, [recorded, fromOthers].reduce(sum, empty()));
    }
  }
}

/** Turns expected values into rows: every flow, its mirror, the intermediaries' world totals. */
export function realiseRows(seed: number, levels: Levels, effects: Effects): TradeRow[] {
  const rows: TradeRow[] = [];
  const realised = new Map<string, Series>();
  for (const [key, level] of levels.exports) realised.set(key, realise(seed, key, level, effects));
  emitBilateral(seed, realised, effects, emitter(rows));
  emitWorldTotals(seed, levels, realised, effects, emitter(rows));
  return rows;
}
