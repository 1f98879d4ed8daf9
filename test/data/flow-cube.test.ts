import { tableFromJSON, Table } from 'apache-arrow';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { toFlowCube, type FlowCube } from '../../src/data/flow-cube';
import {
  cubeCellsSql,
  cubeCountriesSql,
  cubeProductsSql,
  cubeStepsSql,
  flowCubeSql,
} from '../../src/data/sql/flow-cube';
import {
  keptProducts,
  legTotals,
  originMonths,
  routeGroups,
  type FlowSource,
} from '../../src/data/flow-slices';
import type { PartnerMonths } from '../../src/data/partner-months';
import { createReferenceTableSql } from '../../src/data/sql/reference';
import { monthTotals, windowFlows } from '../../src/map/month-window';

/** Builds the cube in Node DuckDB and converts its rows as the browser converts its Arrow. */
async function flowCube(db: NodeDuckDB, origin: string, destinations = ['RUS', 'BLR']) {
  const { sql, params } = flowCubeSql(origin, destinations);
  await db.query(sql, params);
  const table = async (query: string) => {
    const rows = await db.query(query);
    return rows.length > 0 ? tableFromJSON(rows) : new Table();
  };
  const tables = {
    countries: await table(cubeCountriesSql),
    products: await table(cubeProductsSql),
    steps: await table(cubeStepsSql),
    cells: await table(cubeCellsSql),
  };
  return toFlowCube(tables, origin, destinations);
}

/** The origin's CHPL flows by partner × month × tier, as the map plays them. */
function chplMonths(cube: FlowCube, source: FlowSource = 'reported'): PartnerMonths {
  return originMonths(cube, { keep: keptProducts(cube, (hs) => chplOf(cube, hs)), source });
}

const chplOf = (cube: FlowCube, hs: string) => cube.tiers[cube.products.indexOf(hs)] !== '';

async function partnerMonths(db: NodeDuckDB, origin: string): Promise<PartnerMonths> {
  return chplMonths(await flowCube(db, origin));
}

async function withReferenceTables(): Promise<NodeDuckDB> {
  const db = await openNodeDuckDB();
  await db.query(createReferenceTableSql('countries', 'data/reference/countries.csv'));
  await db.query(createReferenceTableSql('hs_codes', 'data/reference/hs.csv'));
  return db;
}

/** The value of partner `code`, month `month` ('YYYY-MM-01'), summed over tiers. */
function cell(pm: PartnerMonths, code: string, month: string): number {
  const p = pm.partners.indexOf(code);
  const m = pm.months.indexOf(month);
  if (p < 0 || m < 0) return 0;
  const offset = (p * pm.months.length + m) * pm.tiers.length;
  return pm.values.subarray(offset, offset + pm.tiers.length).reduce((a, b) => a + b, 0);
}

/**
 * Taiwan's CHPL exports written the plain way: the 50 codes of chpl.csv with their tiers,
 * nothing from hs_codes, summed as the user would sum them in a spreadsheet.
 */
const PLAIN_CHPL_EXPORTS = `
  SELECT t.partner, CAST(t.period AS VARCHAR) AS month, c.tier, sum(t.value_usd) AS value
  FROM trade t
  JOIN read_csv('data/reference/chpl.csv', header = true, all_varchar = true) c ON c.hs6 = t.hs
  WHERE t.reporter = 'TWN' AND t.flow = 'X' AND t.partner <> 'WLD'
  GROUP BY ALL`;

describe('the flow cube on the bundled sample', () => {
  let db: NodeDuckDB;
  let pm: PartnerMonths;
  beforeAll(async () => {
    db = await withReferenceTables();
    await db.query(
      "CREATE TABLE trade AS SELECT * FROM read_parquet('public/sample/trade-sample.parquet')",
    );
    pm = await partnerMonths(db, 'TWN');
  });
  afterAll(() => db.close());

  it('runs month by month from January 2018 to June 2025, without a gap', () => {
    expect(pm.step).toBe('month');
    expect(pm.months).toHaveLength(90);
    expect(pm.months[0]).toBe('2018-01-01');
    expect(pm.months.at(-1)).toBe('2025-06-01');
    expect(pm.months).toContain('2022-02-01');
    pm.months.slice(1).forEach((month, i) => {
      const next = new Date(`${pm.months[i]}T00:00:00Z`);
      next.setUTCMonth(next.getUTCMonth() + 1);
      expect(month).toBe(next.toISOString().slice(0, 10));
    });
  });

  it("has Taiwan's 49 partners, with their names and anchors, and the six CHPL tiers", () => {
    expect(pm.partners).toHaveLength(49);
    expect(pm.partners).toContain('RUS');
    expect(pm.partners).not.toContain('WLD');
    const kgz = pm.partners.indexOf('KGZ');
    expect(pm.nameEn[kgz]).toBe('Kyrgyzstan');
    expect(pm.nameZh[kgz]).toBe('吉爾吉斯');
    expect(pm.partnerPosition[2 * kgz]).toBeCloseTo(74.6, 0);
    expect(pm.originPosition[0]).toBeCloseTo(121, 0);
    expect(pm.tiers).toEqual(['1', '2', '3.A', '3.B', '4.A', '4.B']);
  });

  it('gives every partner × month × tier the value of a plain sum of the CHPL codes', async () => {
    const expected = await db.query(PLAIN_CHPL_EXPORTS);
    expect(expected.length).toBeGreaterThan(5000);
    const seen = new Set<string>();
    for (const row of expected) {
      const p = pm.partners.indexOf(String(row.partner));
      const m = pm.months.indexOf(String(row.month));
      const k = pm.tiers.indexOf(String(row.tier));
      const index = (p * pm.months.length + m) * pm.tiers.length + k;
      expect(pm.values[index], `${row.partner} ${row.month} tier ${row.tier}`).toBe(row.value);
      seen.add(`${p},${m},${k}`);
    }
    // Nothing else: every other cell is zero.
    const nonZero = pm.values.reduce((n, v) => n + (v !== 0 ? 1 : 0), 0);
    expect(nonZero).toBe(seen.size);
  });

  it('adds up, year by year, to the plain total of the CHPL codes', async () => {
    const expected = await db.query(
      `SELECT left(month, 4) AS year, sum(value) AS value FROM (${PLAIN_CHPL_EXPORTS})
       GROUP BY year ORDER BY year`,
    );
    const totals = monthTotals(pm);
    const byYear = new Map<string, number>();
    pm.months.forEach((month, m) => {
      const year = month.slice(0, 4);
      byYear.set(year, (byYear.get(year) ?? 0) + (totals[m] ?? 0));
    });
    expect([...byYear]).toEqual(expected.map((row) => [row.year, row.value]));
  });

  it('gives the map of the last 12 months: the plain sums, with names and anchors', async () => {
    const flows = windowFlows(pm, pm.months.length - 1, 12);
    const expected = await db.query(
      `SELECT partner, sum(value) AS value FROM (${PLAIN_CHPL_EXPORTS})
       WHERE month BETWEEN '2024-07-01' AND '2025-06-01'
       GROUP BY partner ORDER BY value DESC, partner`,
    );
    expect(flows.partner).toEqual(expected.map((row) => row.partner));
    expect([...flows.valueUsd]).toEqual(expected.map((row) => row.value));
    const kgz = flows.partner.indexOf('KGZ');
    expect([flows.nameEn[kgz], flows.nameZh[kgz]]).toEqual(['Kyrgyzstan', '吉爾吉斯']);
    expect(flows.partnerPosition[2 * kgz]).toBeCloseTo(74.6, 0);
    expect([flows.firstPeriod, flows.lastPeriod]).toEqual(['2024-07-01', '2025-06-01']);
  });

  it('sums a three-month window around the invasion like the plain sum does', async () => {
    const end = pm.months.indexOf('2022-02-01');
    const flows = windowFlows(pm, end, 3);
    const expected = await db.query(
      `SELECT partner, sum(value) AS value FROM (${PLAIN_CHPL_EXPORTS})
       WHERE month BETWEEN '2021-12-01' AND '2022-02-01'
       GROUP BY partner ORDER BY value DESC, partner`,
    );
    expect(flows.partner).toEqual(expected.map((row) => row.partner));
    expect([...flows.valueUsd]).toEqual(expected.map((row) => row.value));
    expect([flows.firstPeriod, flows.lastPeriod]).toEqual(['2021-12-01', '2022-02-01']);
  });

  it("shows Russia's direct imports from Taiwan in February 2022 as the plain sum does", async () => {
    const [expected] = await db.query(
      `SELECT sum(value) AS value FROM (${PLAIN_CHPL_EXPORTS})
       WHERE partner = 'RUS' AND month = '2022-02-01'`,
    );
    expect(expected?.value).toBeGreaterThan(0);
    expect(cell(pm, 'RUS', '2022-02-01')).toBe(expected?.value);
    const flows = windowFlows(pm, pm.months.indexOf('2022-02-01'), 1);
    expect(flows.valueUsd[flows.partner.indexOf('RUS')]).toBe(expected?.value);
  });
});

describe('the legs of the routes, summed from the cube', () => {
  let db: NodeDuckDB;
  let cube: FlowCube;
  beforeAll(async () => {
    db = await withReferenceTables();
    await db.query(
      "CREATE TABLE trade AS SELECT * FROM read_parquet('public/sample/trade-sample.parquet')",
    );
    cube = await flowCube(db, 'TWN');
  });
  afterAll(() => db.close());

  const window = () => ({
    first: cube.months.indexOf('2024-07-01'),
    last: cube.months.indexOf('2025-06-01'),
  });
  const chpl = () => keptProducts(cube, (hs) => chplOf(cube, hs));

  /** A plain sum over the sample's rows of the CHPL codes from July 2024 to June 2025. */
  const plain = (select: string, where: string) =>
    db.query(`SELECT ${select}, sum(t.value_usd) AS value FROM trade t
      JOIN read_csv('data/reference/chpl.csv', header = true, all_varchar = true) c ON c.hs6 = t.hs
      WHERE t.period BETWEEN '2024-07-01' AND '2025-06-01' AND ${where}
      GROUP BY ALL ORDER BY value DESC`);

  it("gives Taiwan's declared exports to each intermediary as the first legs", async () => {
    const legs = legTotals(cube, { keep: chpl(), source: 'reported' }, window());
    const expected = await plain(
      't.partner AS via',
      "t.reporter = 'TWN' AND t.flow = 'X' AND t.partner NOT IN ('RUS', 'BLR', 'WLD')",
    );
    expect(legs.firstLegs.length).toBeGreaterThan(20);
    expect(legs.firstLegs).toEqual(expected.map((r) => ({ via: r.via, value: r.value })));
  });

  it("gives the intermediaries' declared exports to Russia and Belarus as the second legs", async () => {
    const legs = legTotals(cube, { keep: chpl(), source: 'reported' }, window());
    const expected = await plain(
      't.reporter AS via, t.partner AS "to"',
      "t.flow = 'X' AND t.partner IN ('RUS', 'BLR') AND t.reporter <> 'TWN'",
    );
    expect(legs.secondLegs.map((l) => l.via)).toContain('KGZ');
    expect(legs.secondLegs).toEqual(
      expected.map((r) => ({ via: r.via, to: r.to, value: r.value })),
    );
  });

  it("takes Russia's and Belarus's declared imports as the mirror second legs", async () => {
    const legs = legTotals(cube, { keep: chpl(), source: 'mirror' }, window());
    const expected = await plain(
      't.partner AS via, t.reporter AS "to"',
      "t.flow = 'M' AND t.reporter IN ('RUS', 'BLR') AND t.partner NOT IN ('TWN', 'WLD')",
    );
    // Russia has reported nothing since 2021: only Belarus's imports can remain.
    expect(legs.secondLegs.every((l) => l.to !== 'RUS')).toBe(true);
    expect(legs.secondLegs).toEqual(
      expected.map((r) => ({ via: r.via, to: r.to, value: r.value })),
    );
  });

  it("takes the partners' declared imports from Taiwan as the mirror of the map's flows", async () => {
    const pm = chplMonths(cube, 'mirror');
    const flows = windowFlows(pm, pm.months.indexOf('2025-06-01'), 12);
    const expected = await plain(
      't.reporter AS partner',
      "t.flow = 'M' AND t.partner = 'TWN' AND t.reporter <> 'WLD'",
    );
    expect(flows.partner).toEqual(expected.map((r) => r.partner));
    expect([...flows.valueUsd]).toEqual(expected.map((r) => r.value));
  });

  it('gives the route through Kyrgyzstan by CHPL tier: what went in and what went on', async () => {
    const groups = routeGroups(cube, { keep: chpl(), source: 'reported' }, window(), 'KGZ', null);
    const tierSums = (where: string) =>
      plain('left(c.tier, 1) AS tier', where).then(
        (rows) => new Map(rows.map((r) => [String(r.tier), Number(r.value)])),
      );
    const first = await tierSums("t.reporter = 'TWN' AND t.flow = 'X' AND t.partner = 'KGZ'");
    const second = await tierSums(
      "t.reporter = 'KGZ' AND t.flow = 'X' AND t.partner IN ('RUS', 'BLR')",
    );
    expect(groups.map((g) => g.tier)).toEqual(
      [...new Set([...first.keys(), ...second.keys()])].sort(),
    );
    for (const g of groups) {
      expect(g.first, `tier ${g.tier} in`).toBeCloseTo(first.get(g.tier) ?? 0, 2);
      expect(g.second, `tier ${g.tier} on`).toBeCloseTo(second.get(g.tier) ?? 0, 2);
    }
    // To Belarus alone: only Kyrgyzstan's exports to Belarus go on.
    const toBelarus = routeGroups(
      cube,
      { keep: chpl(), source: 'reported' },
      window(),
      'KGZ',
      'BLR',
    );
    const belarus = await tierSums("t.reporter = 'KGZ' AND t.flow = 'X' AND t.partner = 'BLR'");
    for (const g of toBelarus) expect(g.second).toBeCloseTo(belarus.get(g.tier) ?? 0, 2);
  });

  it('keeps only the chosen products', async () => {
    const keep = keptProducts(cube, (hs) => hs === '854231');
    const legs = legTotals(cube, { keep, source: 'reported' }, window());
    const expected = await plain(
      't.partner AS via',
      "t.hs = '854231' AND t.reporter = 'TWN' AND t.flow = 'X' AND t.partner NOT IN ('RUS', 'BLR')",
    );
    expect(legs.firstLegs).toEqual(expected.map((r) => ({ via: r.via, value: r.value })));
  });
});

describe('the flow cube never counts a flow twice', () => {
  let db: NodeDuckDB;
  beforeAll(async () => {
    db = await withReferenceTables();
    await db.query(`CREATE TABLE trade AS
      SELECT period::DATE AS period, freq, reporter, partner, flow, hs, value_usd::DOUBLE AS value_usd
      FROM (VALUES
      -- Taiwan, monthly: January and April 2024 (February and March have no flow)
      ('2024-01-01', 'M', 'TWN', 'KGZ', 'X', '854231', 100.0),
      ('2024-01-01', 'M', 'TWN', 'KGZ', 'X', '854232', 10.0),
      ('2024-04-01', 'M', 'TWN', 'KGZ', 'X', '845710', 5.0),
      -- the same flows again as an annual row, an HS-4 heading's total and a re-export
      ('2024-01-01', 'A', 'TWN', 'KGZ', 'X', '854231', 1000.0),
      ('2024-01-01', 'M', 'TWN', 'KGZ', 'X', '8542', 110.0),
      ('2024-01-01', 'M', 'TWN', 'KGZ', 'RX', '854231', 20.0),
      -- not counted: the world total, not CHPL, an import, nothing, to itself
      ('2024-01-01', 'M', 'TWN', 'WLD', 'X', '854231', 7.0),
      ('2024-01-01', 'M', 'TWN', 'KGZ', 'X', '847130', 7.0),
      ('2024-01-01', 'M', 'TWN', 'KGZ', 'M', '854231', 7.0),
      ('2024-01-01', 'M', 'TWN', 'USA', 'X', '854231', 0.0),
      ('2024-01-01', 'M', 'TWN', 'TWN', 'X', '854231', 7.0),
      -- Korea reports annual figures only, for 2020 and 2022
      ('2020-01-01', 'A', 'KOR', 'KAZ', 'X', '854231', 300.0),
      ('2022-01-01', 'A', 'KOR', 'KAZ', 'X', '845710', 400.0),
      ('2022-01-01', 'A', 'KOR', 'ARM', 'X', '845710', 50.0)
    ) t(period, freq, reporter, partner, flow, hs, value_usd)`);
  });
  afterAll(() => db.close());

  it('keeps monthly HS-6 exports only, and fills the months between with zeros', async () => {
    const pm = await partnerMonths(db, 'TWN');
    expect(pm.step).toBe('month');
    expect(pm.months).toEqual(['2024-01-01', '2024-02-01', '2024-03-01', '2024-04-01']);
    expect(pm.partners).toEqual(['KGZ']);
    expect(pm.tiers).toEqual(['1', '4.B']);
    expect([...monthTotals(pm)]).toEqual([110, 0, 0, 5]);
  });

  it('uses annual rows, one step a year, when the origin has no monthly rows', async () => {
    const pm = await partnerMonths(db, 'KOR');
    expect(pm.step).toBe('year');
    expect(pm.months).toEqual(['2020-01-01', '2021-01-01', '2022-01-01']);
    expect(pm.partners).toEqual(['ARM', 'KAZ']);
    expect([...monthTotals(pm)]).toEqual([300, 0, 450]);
    const flows = windowFlows(pm, 2, 12);
    expect(flows.partner).toEqual(['KAZ', 'ARM']);
    expect([...flows.valueUsd]).toEqual([400, 50]);
    expect([flows.firstPeriod, flows.lastPeriod]).toEqual(['2022-01-01', '2022-01-01']);
  });

  it('gives an empty timeline for an origin with no CHPL export', async () => {
    const pm = await partnerMonths(db, 'USA');
    expect(pm).toMatchObject({ months: [], step: 'month', partners: [], tiers: [] });
    expect(windowFlows(pm, 0, 12).count).toBe(0);
  });
});

describe('the flow cube draws and counts countries only, never a residual partner', () => {
  let db: NodeDuckDB;
  beforeAll(async () => {
    db = await withReferenceTables();
    await db.query(`CREATE TABLE trade AS
      SELECT period::DATE AS period, freq, reporter, partner, flow, hs, value_usd::DOUBLE AS value_usd
      FROM (VALUES
      ('2024-01-01', 'M', 'TWN', 'KGZ', 'X', '854231', 100.0),
      ('2024-01-01', 'M', 'TWN', 'ARM', 'X', '854231', 40.0),
      -- kept by the ingest so that totals add up, but no place: other countries, bunkers, a
      -- former economy, a partner withheld
      ('2024-01-01', 'M', 'TWN', 'XNS', 'X', '854231', 500.0),
      ('2024-01-01', 'M', 'TWN', 'XBK', 'X', '854231', 30.0),
      ('2024-01-01', 'M', 'TWN', 'XHG', 'X', '854231', 20.0),
      ('2024-01-01', 'M', 'KGZ', 'RUS', 'X', '854231', 90.0),
      ('2024-01-01', 'M', 'XSC', 'RUS', 'X', '854231', 60.0),
      ('2024-01-01', 'M', 'RUS', 'XNS', 'M', '854231', 70.0)
    ) t(period, freq, reporter, partner, flow, hs, value_usd)`);
  });
  afterAll(() => db.close());

  it("leaves the residual partners out of the map's flows and its partner count", async () => {
    const cube = await flowCube(db, 'TWN');
    expect(cube.countries).toEqual(['ARM', 'KGZ', 'RUS', 'TWN']);
    const flows = windowFlows(chplMonths(cube), 0, 1);
    expect(flows.count).toBe(2);
    expect(flows.partner).toEqual(['KGZ', 'ARM']);
    expect([...flows.valueUsd]).toEqual([100, 40]);
    // Every flow drawn has a place: no partner at 0°, 0° for want of an anchor.
    expect([...flows.partnerPosition].every((x) => Number.isFinite(x) && x !== 0)).toBe(true);
  });

  it('takes no residual partner as an intermediary or a destination', async () => {
    const cube = await flowCube(db, 'TWN');
    const keep = keptProducts(cube, () => true);
    for (const source of ['reported', 'mirror'] as const) {
      const legs = legTotals(cube, { keep, source }, { first: 0, last: 0 });
      const vias = [...legs.firstLegs.map((l) => l.via), ...legs.secondLegs.map((l) => l.via)];
      expect(
        vias.filter((via) => via.startsWith('X')),
        source,
      ).toEqual([]);
    }
    const reported = legTotals(cube, { keep, source: 'reported' }, { first: 0, last: 0 });
    expect(reported.firstLegs).toEqual([
      { via: 'KGZ', value: 100 },
      { via: 'ARM', value: 40 },
    ]);
    expect(reported.secondLegs).toEqual([{ via: 'KGZ', to: 'RUS', value: 90 }]);
  });
});
