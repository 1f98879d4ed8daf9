import type { LookAlikeKind, Truth } from '../../scenarios/stories';
import { Rng } from '../../scenarios/prng';
import { CHPL_CODES } from '../../sample/products';
import { HUBS, MONTHS, NON_REPORTING, ORIGIN, TRANSIT, WAR_T } from './universe';

/** Intermediaries a story may use: a corridor through an economy that never reports, to one
 * that stopped reporting, leaves no trace in any data and is not a fair test. */
const VIAS = TRANSIT.filter((iso3) => !NON_REPORTING.includes(iso3));

/**
 * One flow a story sets (exporter → importer, one product), as the parameters of its expected
 * monthly value: base · growth · season · war factor, plus a surge (0 before `on`, rising over
 * `ramp` months to `peak`, held to `off`, fading over `decay`), moved `lag` months later, plus
 * a one-off `spike` in month `spikeT`. From `on`, the importer records only `mirror` of it and
 * its unit value is multiplied by `uvJump`.
 */
export interface StorySeries {
  exporter: string;
  importer: string;
  hs: string;
  base: number;
  /** Growth a year (0.15 = 15%). */
  growth: number;
  seasonAmplitude: number;
  /** Month of the year (0–11) when the season peaks. */
  seasonPeak: number;
  /** Multiplier from March 2022 on (ramped in over four months). */
  war: number;
  peak: number;
  on: number;
  ramp: number;
  off: number;
  decay: number;
  lag: number;
  spikeT: number;
  spike: number;
  mirror: number;
  uvJump: number;
}

/** The stories of a generated dataset: the flows they set, and what is hidden where. */
export interface BenchStories {
  series: StorySeries[];
  planted: Truth[];
  lookAlikes: Truth[];
}

const FLAT: Omit<StorySeries, 'exporter' | 'importer' | 'hs' | 'base'> = {
  growth: 0.03,
  seasonAmplitude: 0.05,
  seasonPeak: 9,
  war: 1,
  peak: 0,
  on: MONTHS,
  ramp: 1,
  off: MONTHS,
  decay: 1,
  lag: 0,
  spikeT: -1,
  spike: 0,
  mirror: 1,
  uvJump: 1,
};

/** The kinds of look-alike the bench datasets hide, two of each. */
const KINDS: LookAlikeKind[] = [
  'steady-growth',
  'hub',
  'onward-not-from-origin',
  'one-off-spike',
  'seasonal',
  'origin-only-surge',
];

interface Surge {
  on: number;
  ramp: number;
  off: number;
  decay: number;
}

function surge(rng: Rng): Surge {
  const on = rng.int(WAR_T, WAR_T + 12);
  return {
    on,
    ramp: rng.int(3, 8),
    off: Math.min(MONTHS - 1, on + rng.int(10, 40)),
    decay: rng.int(3, 12),
  };
}

/**
 * Places `planted` two-leg corridors (Taiwan → a third country → Russia or Belarus, one CHPL
 * product, both legs surging after February 2022, often with missing imports and a unit-value
 * jump, while the direct flow collapses) and two look-alikes of each kind, on distinct
 * (intermediary, product) pairs. Seeded: the same seed places the same stories.
 */
export function benchStories(seed: number, planted: number): BenchStories {
  const rng = new Rng(seed ^ 0x5eed03);
  const used = new Set<string>();
  const take = (vias: readonly string[]) => {
    for (;;) {
      const via = rng.pick(vias);
      const product = rng.pick(CHPL_CODES);
      if (used.has(`${via}:${product}`)) continue;
      used.add(`${via}:${product}`);
      return { via, product };
    }
  };
  const series: StorySeries[] = [];
  const add = (exporter: string, importer: string, hs: string, s: Partial<StorySeries>) =>
    series.push({ ...FLAT, exporter, importer, hs, base: 0, ...s });
  const directs = new Set<string>();
  const collapseDirect = (destination: string, hs: string) => {
    if (directs.has(`${destination}:${hs}`)) return;
    directs.add(`${destination}:${hs}`);
    add(ORIGIN, destination, hs, { base: rng.logUniform(1e5, 1.5e6), war: 0.08 });
  };

  const plantedTruths: Truth[] = [];
  for (let n = 0; n < planted; n++) {
    const { via, product } = take(VIAS);
    const destination = rng.chance(0.2) ? 'BLR' : 'RUS';
    const subtle = n % 4 === 3;
    const shape = surge(rng);
    const peak = rng.logUniform(2e5, 2e6);
    const uvJump = rng.uniform(1.1, 1.5);
    add(ORIGIN, via, product, {
      ...shape,
      base: subtle ? peak * rng.uniform(0.8, 1.2) : rng.logUniform(2e3, 3e4),
      peak,
      mirror: rng.pick([0.5, 1, 1]),
      uvJump,
    });
    add(via, destination, product, {
      ...shape,
      base: rng.logUniform(1e3, 2e4),
      peak: peak * rng.uniform(0.7, 1.2),
      lag: rng.int(1, 2),
      uvJump,
    });
    collapseDirect(destination, product);
    plantedTruths.push({ kind: 'planted', via, destination, product, subtle });
  }

  const lookAlikes: Truth[] = [];
  for (const kind of KINDS) {
    for (let n = 0; n < 2; n++) {
      const { via, product } = take(kind === 'hub' ? HUBS : VIAS);
      const destination = 'RUS';
      const first = (s: Partial<StorySeries>) => add(ORIGIN, via, product, s);
      const second = (s: Partial<StorySeries>) => add(via, destination, product, s);
      switch (kind) {
        case 'steady-growth':
          first({ base: rng.logUniform(1e5, 1e6), growth: 0.15 });
          second({ base: rng.logUniform(5e4, 5e5), growth: 0.15 });
          break;
        case 'hub':
          first({ base: rng.logUniform(5e7, 3e8), growth: 0.05 });
          second({ base: rng.logUniform(2e5, 2e6), war: 1.2 });
          break;
        case 'onward-not-from-origin':
          first({ base: rng.logUniform(1e4, 5e4) });
          second({ ...surge(rng), base: 2e4, peak: rng.logUniform(3e5, 2e6) });
          break;
        case 'one-off-spike':
          first({
            base: 2e4,
            spikeT: rng.int(WAR_T + 2, MONTHS - 6),
            spike: rng.logUniform(1e6, 3e6),
          });
          second({ base: rng.logUniform(3e4, 1e5) });
          break;
        case 'seasonal':
          first({ base: rng.logUniform(1e5, 5e5), seasonAmplitude: 0.8 });
          second({ base: rng.logUniform(5e4, 2e5), seasonAmplitude: 0.8, seasonPeak: 10 });
          break;
        case 'origin-only-surge':
          first({ ...surge(rng), base: rng.logUniform(2e3, 3e4), peak: rng.logUniform(2e5, 2e6) });
          second({ base: 1e4 });
          break;
        default:
          throw new Error(`no bench story for look-alike ${kind}`);
      }
      collapseDirect(destination, product);
      lookAlikes.push({ kind, via, destination, product, subtle: false });
    }
  }
  return { series, planted: plantedTruths, lookAlikes };
}
