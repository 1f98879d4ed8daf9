import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { readCoverage } from '../../src/data/coverage/read-coverage';
import { firstScopeYear } from '../../src/data/coverage/scope';
import { loadSeries, type FixtureSeries } from './fixture';

/**
 * Kazakhstan's exports to Russia month by month in 2022, with stray rows around them: one to
 * Belgium-Luxembourg (XHG, a former economy) in 1998, one to Belgium in 2010, and one to
 * "other countries" (XNS) in 2027. None of them joins the default baseline (2019–2021).
 */
const STRAYS: FixtureSeries[] = [
  {
    reporter: 'KAZ',
    partner: 'RUS',
    flow: 'X',
    hs: '854231',
    source: 'comtrade',
    months: '2022-01:2022-12',
  },
  { reporter: 'KAZ', partner: 'XHG', flow: 'X', hs: '854211', source: 'comtrade', year: 1998 },
  { reporter: 'KAZ', partner: 'BEL', flow: 'X', hs: '854231', source: 'comtrade', year: 2010 },
  { reporter: 'KAZ', partner: 'XNS', flow: 'X', hs: '854231', source: 'comtrade', year: 2027 },
];

/** The same, with Taiwan's exports to Kyrgyzstan month by month 2016–2018, up to the baseline. */
const RUN_UP: FixtureSeries[] = [
  ...STRAYS,
  {
    reporter: 'TWN',
    partner: 'KGZ',
    flow: 'X',
    hs: '854231',
    source: 'tw-customs',
    months: '2016-01:2018-12',
  },
];

let db: NodeDuckDB;
beforeAll(async () => {
  db = await openNodeDuckDB();
  await loadSeries(db, STRAYS, 'strays');
  await loadSeries(db, RUN_UP, 'run_up');
});
afterAll(() => db?.close());

describe('the years of the coverage', () => {
  it('begin with the baseline, or with the run of years that leads up to it', () => {
    expect(firstScopeYear([], 2019)).toBe(2019);
    expect(firstScopeYear([2022], 2019)).toBe(2019);
    expect(firstScopeYear([1998, 2022], 2019)).toBe(2019);
    expect(firstScopeYear([2016, 2017, 2018, 2022], 2019)).toBe(2016);
    expect(firstScopeYear([2010, 2017, 2018], 2019)).toBe(2017);
  });

  it('are stretched neither by residual partners nor by an isolated far year', async () => {
    const { scope, routes } = await readCoverage(db, { table: 'strays', intermediaries: ['KAZ'] });
    expect(scope).toMatchObject({ firstYear: 2019, lastYear: 2022, lastMonth: '2022-12' });
    expect(routes.every((r) => r.cells.length === 4)).toBe(true);
  });

  it('reach back through years of data that join the baseline', async () => {
    const { scope } = await readCoverage(db, { table: 'run_up', intermediaries: ['KAZ'] });
    expect(scope).toMatchObject({ firstYear: 2016, lastYear: 2022, lastMonth: '2022-12' });
  });
});
