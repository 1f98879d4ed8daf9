import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../src/data/ingest/ingest';
import { formatSummary } from '../../src/data/ingest/report-text';
import type { NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { fixture, ingestedRows, openWithCountries, skips } from './helpers';

// The bad-input corpus of test/fixtures/README.md that can still be read: what is kept, what is
// left out with its reason and line, and what the user is told.

let db: NodeDuckDB;
beforeAll(async () => {
  db = await openWithCountries();
});
afterAll(() => db.close());

describe('the bad-input corpus: files read around their problems', () => {
  it("reads a Comtrade file saved with ';' and decimal commas, and says so", async () => {
    const summary = await ingestFiles(db, [fixture('bad-semicolon.csv')]);
    expect(summary).toMatchObject({ rowsRead: 3, rowsWritten: 3, rowsSkipped: 0 });
    expect(summary.warnings.slice(0, 2)).toEqual([
      {
        code: 'delimiter',
        params: { file: 'bad-semicolon.csv', delimiter: "';'" },
        message: "bad-semicolon.csv separates its fields with ';', not commas: read that way.",
      },
      {
        code: 'decimal_comma',
        params: { file: 'bad-semicolon.csv', count: 3, example: '12,5', read: '12.5' },
        message:
          'bad-semicolon.csv writes 3 numbers with a decimal comma (e.g. 12,5): read as decimals (12.5).',
      },
    ]);
    const rows = await ingestedRows(db);
    expect(
      rows.map((r) => [r.period, r.freq, r.reporter, r.partner, r.value_usd, r.net_kg]),
    ).toEqual([
      ['2022-01-01', 'A', 'TUR', 'RUS', 100_000, 12.5],
      ['2023-03-01', 'M', 'TUR', 'RUS', 2500.5, null],
      ['2022-01-01', 'A', 'TUR', 'WLD', 458_000, null],
    ]);
  });

  it('reads a Comtrade file saved with tabs', async () => {
    const summary = await ingestFiles(db, [fixture('bad-tab.tsv')]);
    expect(summary).toMatchObject({ rowsRead: 2, rowsWritten: 2 });
    expect(summary.warnings[0]?.message).toBe(
      'bad-tab.tsv separates its fields with tabs, not commas: read that way.',
    );
    const rows = await ingestedRows(db);
    expect(rows.map((r) => [r.period, r.value_usd, r.net_kg])).toEqual([
      ['2022-01-01', 100_000, 12.5],
      ['2023-03-01', 2500.5, null],
    ]);
  });

  it.each([
    [
      'bad-truncated-row.csv',
      'unreadable:missing_columns',
      'Expected Number of Columns: 48 Found: 14',
    ],
    [
      'bad-truncated-quote.csv',
      'unreadable:unquoted_value',
      'Value with unterminated quote found.',
    ],
  ])('keeps the whole rows of %s and says it was cut off', async (name, code, detail) => {
    const summary = await ingestFiles(db, [fixture(name)]);
    expect(summary).toMatchObject({ rowsRead: 3, rowsWritten: 2, rowsSkipped: 1 });
    expect(skips(summary)).toEqual({ [code]: [`4: ${detail}`] });
    expect(summary.warnings).toContainEqual({
      code: 'truncated',
      params: { file: name, line: 4 },
      message: `${name} ends in the middle of line 4: the file looks cut off (an interrupted download or copy?). That line was skipped; get the file again to have all its rows.`,
    });
  });
});

describe('the bad-input corpus: rows left out, with the reason and line', () => {
  it('leaves absurd values and weights out of the totals', async () => {
    const summary = await ingestFiles(db, [fixture('bad-absurd.csv')]);
    expect(summary).toMatchObject({ rowsRead: 4, rowsWritten: 2, rowsSkipped: 2 });
    expect(skips(summary)).toEqual({
      'invalid:value_implausible': ['3: 2.5e13'],
      'invalid:net_kg_implausible': ['4: 3e13'],
    });
    expect(summary.skipped.map((s) => s.message)).toEqual([
      'net weight above 10 billion tonnes, about all the world ships by sea in a year: a unit or decimal error',
      'value above US$10 trillion, more than any country trades in a year: a unit or decimal error',
    ]);
    expect(summary.valueByYear).toEqual([
      { year: 2023, freq: 'M', months: null, exportsUsd: 224_000, importsUsd: 0, worldUsd: 0 },
    ]);
  });

  it('leaves out HS codes of chapters that do not exist (00, 77, 98, 99)', async () => {
    const summary = await ingestFiles(db, [fixture('bad-hs-chapters.csv')]);
    expect(summary).toMatchObject({ rowsRead: 5, rowsWritten: 1 });
    expect(skips(summary)).toEqual({
      'invalid:hs_unknown_chapter': ['3: 000000', '4: 7701', '5: 99', '6: 98'],
    });
  });

  it('leaves out periods before the HS (1988) or after next year', async () => {
    const summary = await ingestFiles(db, [fixture('bad-periods.csv')]);
    expect(skips(summary)).toEqual({
      'invalid:period_out_of_range': ['2: 1987-01-01', '4: 2999-03-01'],
    });
    expect(summary.periods).toMatchObject({ first: '1988-01-01', last: '2023-05-01' });
  });

  it('names unknown country codes and names with their file and line', async () => {
    const summary = await ingestFiles(db, [
      fixture('BACI_HS17_Y2022_V202401.csv'),
      fixture('tw-customs-by-country.csv'),
    ]);
    expect(skips(summary)).toMatchObject({
      reporter_unmapped: ['10: code 999'],
      partner_unmapped: ['12: 火星'],
    });
    const files = summary.skipped.flatMap((s) => s.examples.map((e) => e.file));
    expect(new Set(files)).toEqual(
      new Set(['BACI_HS17_Y2022_V202401.csv', 'tw-customs-by-country.csv']),
    );
  });

  it('keeps the heading where finer codes of the same source give only part of it', async () => {
    const summary = await ingestFiles(db, [fixture('bad-hs-levels.csv')]);
    // 854231 + 854232 = 300,000 + 150,000 = 450,000, 90 % of the 8542 row (500,000): two
    // subheadings leave goods worth 50,000 out, so the heading stays and they go.
    expect(summary.rowsWritten).toBe(3);
    expect(summary.overlapsDropped).toBe(2);
    expect(formatSummary(summary)).toContain(
      'TUR X 2022 HS 8542 (RUS): kept mine HS-4 annual US$500,000 (bad-hs-levels.csv); dropped mine HS-6 annual US$450,000 (bad-hs-levels.csv): the dropped rows give only some of the subheadings of HS 8542 (90 % of the heading total): a part of the goods, not another figure for them',
    );
    // The Kyrgyz chapter 85 has nothing finer under it: kept, with the warning that levels differ.
    expect(summary.warnings.filter((w) => w.code.includes('hs')).map((w) => w.params)).toEqual([
      { levels: '2, 4, 6' },
    ]);
  });
});
