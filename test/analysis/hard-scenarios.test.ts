import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { placementKey } from '../../scripts/scenarios/evaluate';
import {
  TRAPS,
  generateHardScenario,
  type HardScenario,
  type HardTruth,
  type Trap,
} from '../../scripts/scenarios/hard';
import { HS_REVISIONS, hs2017Code } from '../../scripts/scenarios/hard-products';
import { loadScenarioRows } from '../../scripts/scenarios/load';
import {
  HARD_SEEDS,
  meanOf,
  pooledTallies,
  runHardScenario,
  type HardScenarioResult,
} from '../../scripts/scenarios/run';
import { tierProduct } from '../../src/analysis/products';
import { loadReferenceTables } from '../../scripts/lib/reference';
import { quoteLiteral } from '../../src/data/sql/quote';

const ALL_OFF = Object.fromEntries(TRAPS.map((t) => [t, false])) as Record<Trap, boolean>;
const OLD_CODES = HS_REVISIONS.map((r) => r.old);
const NEW_CODES = HS_REVISIONS.flatMap((r) => r.successors);
const list = (codes: readonly string[]) => codes.map(quoteLiteral).join(', ');

function fingerprint(world: HardScenario): string {
  const hash = createHash('sha256');
  for (const r of world.rows) hash.update(JSON.stringify(r));
  hash.update(JSON.stringify([world.planted, world.lookAlikes]));
  return hash.digest('hex');
}

describe('hard worlds: the generator', () => {
  let db: NodeDuckDB;
  /** Every trap on, the origin silent (as Taiwan in UN data). */
  let silent: HardScenario;
  /** Every trap on but the origin reports, as Taiwan's customs do. */
  let customs: HardScenario;
  /** Every trap off. */
  let plain: HardScenario;
  const one = async (sql: string) => (await db.query(sql))[0] ?? {};
  const count = async (sql: string) => Number((await one(sql)).n);

  beforeAll(async () => {
    db = await openNodeDuckDB();
    silent = generateHardScenario({ seed: 11 });
    customs = generateHardScenario({ seed: 12, traps: { 'origin-silent': false } });
    plain = generateHardScenario({ seed: 11, traps: ALL_OFF });
    await loadScenarioRows(db, silent.rows, 'silent');
    await loadScenarioRows(db, customs.rows, 'customs');
    await loadScenarioRows(db, plain.rows, 'plain');
  });
  afterAll(() => db.close());

  it('gives the same rows and truth for the same seed, other rows for another', () => {
    expect(fingerprint(generateHardScenario({ seed: 11 }))).toBe(fingerprint(silent));
    expect(fingerprint(generateHardScenario({ seed: 13 }))).not.toBe(fingerprint(silent));
  });

  it('keeps the rest of a world when one trap is switched off', () => {
    const without = generateHardScenario({ seed: 11, traps: { 'cif-fob-margins': false } });
    expect(without.roles).toEqual(silent.roles);
    expect(without.planted.map(placementKey)).toEqual(silent.planted.map(placementKey));
  });

  it('holds confidential cells: absent from the partner detail while the flow is recorded', async () => {
    let shown = 0;
    for (const [key, span] of silent.rules.suppressed) {
      const [reporter = '', flow = '', partner = '', hs = ''] = key.split('|');
      const codes = list([hs, hs2017Code(hs)]);
      const within = `freq = 'M' AND period BETWEEN DATE '2018-01-01' + INTERVAL (${span.from}) MONTH
        AND DATE '2018-01-01' + INTERVAL (${span.to}) MONTH`;
      const row = await one(`SELECT
        count(*) FILTER (WHERE reporter = '${reporter}' AND flow = '${flow}'
          AND partner = '${partner}' AND hs IN (${codes})) AS held,
        count(*) FILTER (WHERE reporter = '${reporter}') AS reporting,
        count(*) FILTER (WHERE reporter = '${partner}' AND flow <> '${flow}'
          AND partner = '${reporter}' AND hs IN (${codes})) AS mirrored
        FROM silent WHERE ${within}`);
      expect(Number(row.held), key).toBe(0);
      if (Number(row.reporting) > 0 && Number(row.mirrored) > 0) shown++;
    }
    expect(shown).toBeGreaterThan(0);
  });

  it('holds reporting gaps: whole months missing from a monthly reporter', async () => {
    expect(silent.roles.gappy.length).toBeGreaterThan(0);
    for (const reporter of silent.roles.gappy) {
      const missing = await count(`SELECT 90 - count(DISTINCT period) AS n FROM silent
        WHERE reporter = '${reporter}' AND freq = 'M'`);
      expect(missing, reporter).toBeGreaterThan(0);
    }
  });

  it('holds missing world totals: partner rows without a world row that year', async () => {
    const n = await count(`WITH y AS (
        SELECT reporter, flow, hs, year(period) AS yr, bool_or(partner = 'WLD') AS world
        FROM silent WHERE freq = 'M' GROUP BY ALL)
      SELECT count(*) AS n FROM y WHERE NOT world
        AND reporter IN (SELECT reporter FROM silent WHERE partner = 'WLD')`);
    expect(n).toBeGreaterThan(0);
  });

  it('holds annual-only reporters, and a UAE with almost no monthly data', async () => {
    expect(silent.roles.annualOnly.length).toBeGreaterThan(0);
    for (const reporter of silent.roles.annualOnly) {
      const row = await one(`SELECT count(*) FILTER (WHERE freq = 'M') AS monthly,
        count(*) FILTER (WHERE freq = 'A') AS annual FROM silent WHERE reporter = '${reporter}'`);
      expect(Number(row.monthly), reporter).toBe(0);
      expect(Number(row.annual), reporter).toBeGreaterThan(0);
    }
    const uae = await one(`SELECT count(DISTINCT period) FILTER (WHERE freq = 'M') AS months,
      max(period) FILTER (WHERE freq = 'M') < DATE '2020-01-01' AS early,
      count(*) FILTER (WHERE freq = 'A') AS annual FROM silent WHERE reporter = 'ARE'`);
    expect(Number(uae.months)).toBeLessThanOrEqual(5);
    expect(uae.early).toBe(true);
    expect(Number(uae.annual)).toBeGreaterThan(0);
  });

  it("gives world-only reporters' exports only to 'WLD', their imports by partner", async () => {
    expect(silent.roles.worldOnly.length).toBeGreaterThan(0);
    for (const reporter of silent.roles.worldOnly) {
      const row = await one(`SELECT
        count(*) FILTER (WHERE flow = 'X' AND partner <> 'WLD') AS by_partner,
        count(*) FILTER (WHERE flow = 'X' AND partner = 'WLD') AS world,
        count(*) FILTER (WHERE flow = 'M' AND partner <> 'WLD') AS imports
        FROM silent WHERE reporter = '${reporter}'`);
      expect(Number(row.by_partner), reporter).toBe(0);
      expect(Number(row.world), reporter).toBeGreaterThan(0);
      expect(Number(row.imports), reporter).toBeGreaterThan(0);
    }
  });

  it('has Russia and Belarus report nothing after 2021, only before', async () => {
    for (const table of ['silent', 'customs']) {
      const row = await one(`SELECT count(*) FILTER (WHERE period >= DATE '2022-01-01') AS late,
        count(*) FILTER (WHERE period < DATE '2022-01-01') AS early
        FROM ${table} WHERE reporter IN ('RUS', 'BLR')`);
      expect(Number(row.late), table).toBe(0);
      expect(Number(row.early), table).toBeGreaterThan(0);
    }
  });

  it('has the origin report monthly in customs worlds, and only as partners mirror it in UN worlds', async () => {
    const mirrored = `SELECT count(*) AS n FROM TABLE WHERE partner = 'TWN' AND flow = 'M'`;
    expect(await count(`SELECT count(*) AS n FROM silent WHERE reporter = 'TWN'`)).toBe(0);
    expect(await count(mirrored.replace('TABLE', 'silent'))).toBeGreaterThan(0);
    const own = await one(`SELECT count(*) FILTER (WHERE freq = 'M' AND flow = 'X') AS monthly,
      count(*) FILTER (WHERE freq <> 'M' OR flow <> 'X' OR partner = 'WLD') AS other
      FROM customs WHERE reporter = 'TWN'`);
    expect(Number(own.monthly)).toBeGreaterThan(0);
    expect(Number(own.other)).toBe(0);
    expect(await count(mirrored.replace('TABLE', 'customs'))).toBeGreaterThan(0);
  });

  it('marks partial years: annual rows of fewer than 12 months, in the last year only', async () => {
    const row = await one(`SELECT count(*) AS n, min(year(period)) AS first,
      bool_and(months IN (3, 6)) AS ok FROM silent WHERE freq = 'A' AND months < 12`);
    expect(Number(row.n)).toBeGreaterThan(0);
    expect(Number(row.first)).toBe(2025);
    expect(row.ok).toBe(true);
    const monthly = await count(`SELECT count(*) AS n FROM silent
      WHERE (freq = 'M' AND months IS NOT NULL) OR (freq = 'A' AND months IS NULL)`);
    expect(monthly).toBe(0);
  });

  it('uses HS 2022 codes only from 2022, and their HS 2017 codes before', async () => {
    for (const table of ['silent', 'customs']) {
      const row = await one(`SELECT
        count(*) FILTER (WHERE hs IN (${list(NEW_CODES)}) AND period < DATE '2022-01-01') AS early,
        count(*) FILTER (WHERE hs IN (${list(NEW_CODES)})) AS new,
        count(*) FILTER (WHERE hs IN (${list(OLD_CODES)}) AND period < DATE '2022-01-01') AS old,
        count(*) FILTER (WHERE hs IN (${list(OLD_CODES)}) AND period >= DATE '2024-01-01') AS late
        FROM ${table}`);
      expect(Number(row.early), table).toBe(0);
      expect(Number(row.new), table).toBeGreaterThan(0);
      expect(Number(row.old), table).toBeGreaterThan(0);
      expect(Number(row.late), table).toBe(0);
    }
  });

  it('plants every kind of corridor the traps call for', async () => {
    const tagged = (tag: string) => silent.planted.filter((p) => p.tags.includes(tag));
    for (const tag of ['small-flows', 'hub-diversion', 'china-fed', 'reclassified', 'hs-revision'])
      expect(tagged(tag).length, tag).toBeGreaterThan(0);
    // A leg's value in a year, in either code of the HS revision, from whichever side publishes.
    const yearly = async (exporter: string, importer: string, hs: string, year: number) => {
      const row = await one(`SELECT coalesce(max(v), 0) AS v FROM (
          SELECT reporter, flow, sum(value_usd) AS v FROM silent
          WHERE freq = 'A' AND year(period) = ${year} AND hs IN ('${hs}', '${hs2017Code(hs)}')
            AND ((reporter = '${exporter}' AND partner = '${importer}' AND flow = 'X')
              OR (reporter = '${importer}' AND partner = '${exporter}' AND flow = 'M'))
          GROUP BY ALL)`);
      return Number(row.v);
    };
    for (const p of tagged('small-flows'))
      for (const year of [2023, 2024])
        expect(await yearly('TWN', p.via, p.product, year), p.via).toBeLessThan(1e6);
    for (const p of tagged('hub-diversion')) {
      expect(['HKG', 'CHN', 'TUR']).toContain(p.via);
      expect(await yearly('TWN', p.via, p.product, 2021), p.via).toBeGreaterThan(1e6);
    }
    for (const p of tagged('reclassified')) {
      expect(p.onwardProduct).not.toBe(p.product);
      expect(p.keys).toContain(p.product.slice(0, 4));
      const onward = await count(`SELECT count(*) AS n FROM silent WHERE reporter = '${p.via}'
        AND flow = 'X' AND hs = '${p.onwardProduct}'`);
      expect(onward).toBeGreaterThan(0);
    }
    for (const p of tagged('china-fed')) {
      expect(p.attributableShare).toBeGreaterThan(0);
      expect(p.attributableShare).toBeLessThan(0.5);
      const china = await count(`SELECT count(*) AS n FROM silent WHERE reporter = 'CHN'
        AND partner = '${p.via}' AND flow = 'X' AND hs = '${p.product}'`);
      expect(china).toBeGreaterThan(0);
    }
    const preWar = silent.lookAlikes.filter((l) => l.kind === 'pre-war-rise');
    expect(preWar.length).toBeGreaterThan(0);
    for (const l of preWar) {
      const before = await yearly('TWN', l.via, l.product, 2019);
      expect(await yearly('TWN', l.via, l.product, 2021), l.via).toBeGreaterThan(1.5 * before);
    }
  });

  it('keeps CIF/FOB ratios of 1.0–1.2 by route, and draws some above 1.12', async () => {
    const ratios = await db.query(`WITH x AS (
        SELECT reporter AS a, partner AS b, hs, period, value_usd AS v FROM customs
        WHERE freq = 'M' AND flow = 'X' AND partner <> 'WLD' AND period < DATE '2022-01-01'),
      m AS (
        SELECT partner AS a, reporter AS b, hs, period, value_usd AS v FROM customs
        WHERE freq = 'M' AND flow = 'M' AND partner <> 'WLD' AND period < DATE '2022-01-01')
      SELECT x.a, x.b, sum(m.v) / sum(x.v) AS ratio FROM x JOIN m USING (a, b, hs, period)
      GROUP BY x.a, x.b HAVING sum(x.v) > 1e7`);
    expect(ratios.length).toBeGreaterThan(20);
    for (const r of ratios) {
      expect(Number(r.ratio), `${r.a}>${r.b}`).toBeGreaterThan(0.97);
      expect(Number(r.ratio), `${r.a}>${r.b}`).toBeLessThan(1.23);
    }
    expect(ratios.filter((r) => Number(r.ratio) > 1.12).length).toBeGreaterThan(0);
  });

  it('holds none of the traps when they are switched off', async () => {
    const row = await one(`SELECT
      count(*) FILTER (WHERE hs IN (${list(OLD_CODES)})) AS old,
      count(*) FILTER (WHERE reporter IN ('RUS', 'BLR') AND period >= DATE '2022-01-01') AS russia,
      count(*) FILTER (WHERE reporter = 'TWN') AS origin,
      count(*) FILTER (WHERE months < 12) AS partial FROM plain`);
    expect(Number(row.old)).toBe(0);
    expect(Number(row.russia)).toBeGreaterThan(0);
    expect(Number(row.origin)).toBeGreaterThan(0);
    expect(Number(row.partial)).toBe(0);
    const reporters = await db.query(`SELECT reporter, count(DISTINCT period) AS months,
      count(*) FILTER (WHERE partner <> 'WLD') AS by_partner
      FROM plain WHERE freq = 'M' GROUP BY reporter`);
    for (const r of reporters) {
      expect(Number(r.months), String(r.reporter)).toBe(90);
      expect(Number(r.by_partner), String(r.reporter)).toBeGreaterThan(0);
    }
    expect(plain.rules.suppressed.size + plain.rules.noWorld.size).toBe(0);
    expect(plain.planted.every((p) => p.evidence === 'full')).toBe(true);
  });

  it('records for each truth the keys that count as finding it, and its evidence', () => {
    for (const t of [...silent.planted, ...silent.lookAlikes]) {
      expect(t.keys).toContain(t.product);
      if (t.onwardProduct.slice(0, 4) === t.product.slice(0, 4))
        expect(t.keys).toContain(t.product.slice(0, 4));
      const full = t.legs.first === 'monthly' && t.legs.second === 'monthly';
      expect(t.evidence).toBe(full ? 'full' : 'partial');
    }
    const revised = silent.planted.find((p) => p.product === '854149' || p.product === '880730');
    if (revised) expect(revised.keys.some((k) => k.startsWith('rev:'))).toBe(true);
    const tiers = silent.planted.filter((p) => p.keys.some((k) => k.startsWith(tierProduct(''))));
    expect(tiers.length).toBeGreaterThan(0);
    expect(silent.planted.some((p: HardTruth) => p.evidence === 'partial')).toBe(true);
  });
});

/**
 * Floors for the scoring as it is, to be raised as the analysis learns the traps (and the
 * ceiling on look-alikes lowered). What it reaches today on the 8 hard worlds of HARD_SEEDS
 * (K = 12 each): mean precision 0.865, recall 0.844, recall at 2K 0.875, 7 look-alikes in
 * the top K (pre-war rises whose later rise was larger than the earlier one, one-off spikes,
 * an onward surge fed from China). Found/planted by trap: clear 16/16, subtle 5/8,
 * small-flows 6/8, hub-diversion 1/8, china-fed 7/8, reclassified 8/8, hs-revision 17/19,
 * annual-only 18/19, world-only 12/16, suppressed-cells 11/11, reporting-gaps 27/29,
 * missing-world 10/14, origin-silent 39/48, cif-fob-margins 53/65; full evidence 48/58,
 * partial 33/38.
 */
const HARD_FLOORS = {
  meanPrecision: 0.8,
  meanRecall: 0.8,
  meanRecallAt2K: 0.85,
  maxLookAlikesInTopK: 10,
};

describe('hard worlds: the current ranking', () => {
  let db: NodeDuckDB;
  const results: HardScenarioResult[] = [];
  beforeAll(async () => {
    db = await openNodeDuckDB();
    await loadReferenceTables(db);
    for (const options of HARD_SEEDS) results.push(await runHardScenario(db, options));
  });
  afterAll(() => db.close());

  it("estimates the origin's share of what went on through corridors fed mostly from China", () => {
    const full = results.flatMap((r) => r.attributions).filter((a) => a.evidence === 'full');
    expect(full.length).toBeGreaterThanOrEqual(5);
    for (const { truth, estimate } of full) {
      const share = truth.attributableShare ?? 0;
      expect(estimate, placementKey(truth)).toBeGreaterThan(share / 2.5);
      expect(estimate, placementKey(truth)).toBeLessThan(Math.min(0.5, share * 2.5));
    }
  });

  it('reaches the floors in the top K, and says which traps its misses fell into', () => {
    for (const r of results) {
      const missed = r.missed.map((m) => `${placementKey(m)} [${m.tags.join(' ')}]`);
      const alike = r.lookAlikesInTopK.map((l) => `${l.kind} ${placementKey(l)}`);
      console.log(
        `seed ${r.seed}: ${r.rows} rows, scored in ${Math.round(r.scoreMillis)} ms; K=${r.k} ` +
          `precision ${r.precision.toFixed(2)} recall ${r.recall.toFixed(2)} ` +
          `recall@2K ${r.recallAt2K.toFixed(2)}; look-alikes in top K: ${alike.join(', ') || 'none'}` +
          `\n  missed: ${missed.join('; ') || 'none'}`,
      );
    }
    const means = {
      precision: meanOf(results, 'precision'),
      recall: meanOf(results, 'recall'),
      recallAt2K: meanOf(results, 'recallAt2K'),
    };
    const { byTag, byEvidence } = pooledTallies(results);
    const tallies = Object.entries({ ...byTag, ...byEvidence })
      .map(([tag, t]) => `${tag} ${t.found}/${t.planted}`)
      .join(', ');
    const alike = results.reduce((n, r) => n + r.lookAlikesInTopK.length, 0);
    console.log(
      `mean over ${results.length} seeds: precision ${means.precision.toFixed(3)}, recall ` +
        `${means.recall.toFixed(3)}, recall@2K ${means.recallAt2K.toFixed(3)}; look-alikes in ` +
        `top K: ${alike}\nfound/planted by trap: ${tallies}`,
    );
    expect(means.precision).toBeGreaterThanOrEqual(HARD_FLOORS.meanPrecision);
    expect(means.recall).toBeGreaterThanOrEqual(HARD_FLOORS.meanRecall);
    expect(means.recallAt2K).toBeGreaterThanOrEqual(HARD_FLOORS.meanRecallAt2K);
    expect(alike).toBeLessThanOrEqual(HARD_FLOORS.maxLookAlikesInTopK);
  });
});
