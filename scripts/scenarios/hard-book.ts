import {
  OTHERS,
  noiseFactor,
  realise,
  type Component,
  type ComponentOptions,
  type FlowSink,
  type ScenarioRow,
} from './book';
import { hs2017Code } from './hard-products';
import type { Rng } from './prng';
import { FIRST_YEAR, MONTHS, monthDate, type Series } from './series';

/** Months a rule covers, as month indices, both ends included. */
export interface Span {
  from: number;
  to: number;
}

/** How an economy publishes its trade statistics. */
export interface Publication {
  /** Per month index: whether it published monthly rows (false in a gap, or when annual only). */
  monthly: boolean[];
  /** Years it published annual rows for, each with the months it covers (12, or fewer to date). */
  annual: Map<number, number>;
  /** Its exports are published only as totals to the world ('WLD'), never by partner. */
  worldOnlyExports: boolean;
  /** Whether it publishes totals to and from the world. */
  worldTotals: boolean;
  /** Whether its rows carry a net weight. */
  weights: boolean;
  /** First month it publishes in HS 2022 codes; before it, the HS 2017 code. */
  hs2022From: number;
}

/** Who publishes what: the reporters' profiles, the confidential cells, the missing totals. */
export interface PublicationRules {
  /** An economy without a profile never reports: its trade shows only in partners' mirrors. */
  profiles: ReadonlyMap<string, Publication>;
  /** Confidential cells, by {@link cellKey}: held back in these months (still in world totals). */
  suppressed: ReadonlyMap<string, Span>;
  /** World totals not published, by {@link worldKey}. */
  noWorld: ReadonlySet<string>;
}

/** How the importer's record of a flow differs from the exporter's. */
export interface MarginRules {
  /** Range of the route's CIF/FOB ratio (importer's value over exporter's), drawn per route. */
  cif: readonly [number, number];
  /** Largest share of a month's shipments that the importer records a month later. */
  maxLateShare: number;
}

/** What was drawn for one route: its CIF/FOB ratio and the share recorded a month late. */
export interface RouteTerms {
  cif: number;
  lateShare: number;
}

/** The key of a confidential cell: reporter, flow, partner and product (the HS 2022 code). */
export function cellKey(reporter: string, flow: 'X' | 'M', partner: string, product: string) {
  return `${reporter}|${flow}|${partner}|${product}`;
}

/** The key of a reporter's world total of a code (as published) in a year. */
export function worldKey(reporter: string, flow: 'X' | 'M', code: string, year: number) {
  return `${reporter}|${flow}|${code}|${year}`;
}

/** The code a reporter publishes product (an HS 2022 code) under in month m. */
export function publishedCode(product: string, publication: Publication, m: number): string {
  return m < publication.hs2022From ? hs2017Code(product) : product;
}

/** A published series being summed: value and weight per month; NaN marks a confidential month. */
interface Cell {
  reporter: string;
  partner: string;
  flow: 'X' | 'M';
  hs: string;
  value: Float64Array;
  kg: Float64Array;
}

const SOURCE = 'scenario-hard';

/**
 * The flows of a hard world, realised as the rows statistics offices publish: each side of a
 * flow by its own reporter (exports FOB, imports CIF at a route's margin, partly a month
 * late), in the codes of the HS edition it used that month, monthly and annually or annually
 * only, with gaps, confidential cells held back from the partner detail (but kept in world
 * totals), world totals missing, and exports known only to the world.
 */
export class HardBook implements FlowSink {
  private readonly flows = new Map<string, Component[]>();
  private readonly terms = new Map<string, RouteTerms>();

  /** Adds a part to the flow exporter → importer of product (an HS 2022 code). */
  add(
    exporter: string,
    importer: string,
    product: string,
    values: Series,
    options: ComponentOptions = {},
  ) {
    const key = `${exporter}>${importer}:${product}`;
    const list = this.flows.get(key) ?? [];
    list.push({ values, recorded: options.recorded ?? 1, unitValue: options.unitValue ?? 1000 });
    this.flows.set(key, list);
  }

  /** The terms drawn for a route by {@link rows} (undefined before, or for a route never used). */
  routeTerms(exporter: string, importer: string): RouteTerms | undefined {
    return this.terms.get(`${exporter}>${importer}`);
  }

  /** Realises every flow as published rows, with noise and margins from `rng`. */
  rows(rng: Rng, rules: PublicationRules, margins: MarginRules): ScenarioRow[] {
    const cells = new Map<string, Cell>();
    const record = (
      reporter: string,
      partner: string,
      flow: 'X' | 'M',
      product: string,
      m: number,
      value: number,
      kg: number,
    ) => {
      const publication = rules.profiles.get(reporter);
      if (!publication || value <= 0) return;
      const hs = publishedCode(product, publication, m);
      if (publication.worldTotals) addTo(cells, reporter, 'WLD', flow, hs, m, value, kg);
      if (partner === OTHERS) return;
      const span = rules.suppressed.get(cellKey(reporter, flow, partner, product));
      const held = span !== undefined && m >= span.from && m <= span.to;
      addTo(cells, reporter, partner, flow, hs, m, held ? NaN : value, kg);
    };
    for (const [flowKey, parts] of [...this.flows.entries()].sort(([a], [b]) => (a < b ? -1 : 1))) {
      const [route = '', product = ''] = flowKey.split(':');
      const [exporter = '', importer = ''] = route.split('>');
      const terms = this.drawTerms(rng, exporter, importer, margins);
      let lateValue = 0;
      let lateKg = 0;
      for (let m = 0; m < MONTHS; m++) {
        const month = realise(rng, parts, m);
        record(exporter, importer, 'X', product, m, month?.value ?? 0, month?.kg ?? 0);
        const onTime = 1 - terms.lateShare;
        const value = onTime * (month?.recordedValue ?? 0) + lateValue;
        const kg = onTime * (month?.recordedKg ?? 0) + lateKg;
        lateValue = terms.lateShare * (month?.recordedValue ?? 0);
        lateKg = terms.lateShare * (month?.recordedKg ?? 0);
        if (value > 0 && rules.profiles.has(importer)) {
          const mirror = value * terms.cif * noiseFactor(rng, value);
          record(importer, exporter, 'M', product, m, mirror, kg);
        }
      }
    }
    const rows: ScenarioRow[] = [];
    for (const cell of cells.values()) {
      const publication = rules.profiles.get(cell.reporter);
      if (!publication) continue;
      if (cell.flow === 'X' && cell.partner !== 'WLD' && publication.worldOnlyExports) continue;
      const published = (year: number) =>
        cell.partner !== 'WLD' ||
        !rules.noWorld.has(worldKey(cell.reporter, cell.flow, cell.hs, year));
      for (let m = 0; m < MONTHS; m++) {
        const value = cell.value[m] ?? 0;
        if (
          !publication.monthly[m] ||
          !(value >= 0.5) ||
          !published(FIRST_YEAR + Math.floor(m / 12))
        )
          continue;
        rows.push(row(cell, monthDate(m), 'M', value, cell.kg[m] ?? 0, null, publication.weights));
      }
      for (const [year, months] of publication.annual) {
        if (!published(year)) continue;
        const first = (year - FIRST_YEAR) * 12;
        let value = 0;
        let kg = 0;
        for (let m = first; m < first + months; m++) {
          value += cell.value[m] ?? 0;
          kg += cell.kg[m] ?? 0;
        }
        if (!(value >= 0.5)) continue;
        const partial = months < 12 ? months : 12;
        rows.push(row(cell, monthDate(first), 'A', value, kg, partial, publication.weights));
      }
    }
    return rows;
  }

  private drawTerms(rng: Rng, exporter: string, importer: string, margins: MarginRules) {
    const route = `${exporter}>${importer}`;
    let terms = this.terms.get(route);
    if (!terms) {
      const late = rng.chance(0.5) ? rng.uniform(0, margins.maxLateShare) : 0;
      terms = { cif: rng.uniform(margins.cif[0], margins.cif[1]), lateShare: late };
      this.terms.set(route, terms);
    }
    return terms;
  }
}

function addTo(
  cells: Map<string, Cell>,
  reporter: string,
  partner: string,
  flow: 'X' | 'M',
  hs: string,
  m: number,
  value: number,
  kg: number,
) {
  const key = `${reporter}|${partner}|${flow}|${hs}`;
  let cell = cells.get(key);
  if (!cell) {
    const empty = () => new Float64Array(MONTHS);
    cell = { reporter, partner, flow, hs, value: empty(), kg: empty() };
    cells.set(key, cell);
  }
  cell.value[m] = (cell.value[m] ?? 0) + value;
  cell.kg[m] = (cell.kg[m] ?? 0) + kg;
}

function row(
  cell: Cell,
  period: string,
  freq: 'M' | 'A',
  value: number,
  kg: number,
  months: number | null,
  weights: boolean,
): ScenarioRow {
  return {
    period,
    freq,
    reporter: cell.reporter,
    partner: cell.partner,
    flow: cell.flow,
    hs: cell.hs,
    value_usd: Math.round(value),
    net_kg: weights && cell.partner !== 'WLD' && kg > 0 ? Math.max(1, Math.round(kg)) : null,
    months,
    source: SOURCE,
  };
}
