import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodeDuckDB, type NodeDuckDB } from '../../scripts/lib/node-duckdb';
import { formatCsv, readCsvWithDuckDB, type CsvRow } from '../../scripts/reference/csv';
import {
  CREATE_HS_GROUPS_SQL,
  hsEditionOf,
  hsGroupsOfSql,
  type HsCode,
} from '../../src/data/sql/hs-concordance';
import { createReferenceTableSql, REFERENCE_TABLES } from '../../src/data/sql/reference';
import { loadReferenceTables } from '../../scripts/lib/reference';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const FILE = 'data/reference/hs-concordance.csv';
const COLUMNS = Object.keys(REFERENCE_TABLES.hs_concordance.columns);

/** HS 2022 codes whose UNSD links spread over the whole of chapters 84 to 95 (or more). */
const DIFFUSE_CODES = [
  ...['852411', '852412', '852419', '852491', '852492', '852499', '852990'],
  ...['854151', '854159'],
  ...['854921', '854929', '854931', '854939', '854991', '854999'],
];

const text = readFileSync(join(ROOT, FILE), 'utf8');
let rows: CsvRow[];
let chpl: CsvRow[];
let hs: CsvRow[];
beforeAll(async () => {
  [rows, chpl, hs] = await Promise.all([
    readCsvWithDuckDB(join(ROOT, FILE)),
    readCsvWithDuckDB(join(ROOT, 'data/reference/chpl.csv')),
    readCsvWithDuckDB(join(ROOT, 'data/reference/hs.csv')),
  ]);
});

const str = (row: CsvRow, key: string): string => row[key] ?? '';

/** The codes linked to each code: HS 2022 → HS 2017 codes, HS 2017 → HS 2022 codes. */
function neighbours(links: readonly CsvRow[]) {
  const of2022 = new Map<string, string[]>();
  const of2017 = new Map<string, string[]>();
  for (const row of links) {
    of2022.set(str(row, 'hs2022'), [...(of2022.get(str(row, 'hs2022')) ?? []), str(row, 'hs2017')]);
    of2017.set(str(row, 'hs2017'), [...(of2017.get(str(row, 'hs2017')) ?? []), str(row, 'hs2022')]);
  }
  return { of2022, of2017 };
}

describe('hs-concordance.csv', () => {
  it('has the documented columns, six-digit codes and known values only', () => {
    expect(text.split('\n', 1)[0]).toBe(COLUMNS.join(','));
    expect(rows.length).toBeGreaterThan(11_000);
    const wellFormed = (row: CsvRow): boolean =>
      /^\d{6}$/.test(str(row, 'hs2022')) &&
      /^\d{6}$/.test(str(row, 'hs2017')) &&
      ['1:1', '1:n', 'n:1', 'n:n'].includes(str(row, 'relationship')) &&
      ['true', 'false'].includes(str(row, 'diffuse')) &&
      ['true', 'false'].includes(str(row, 'chpl_counterpart')) &&
      ['UNSD', 'added'].includes(str(row, 'source'));
    expect(rows.filter((row) => !wellFormed(row))).toEqual([]);
  });

  it('is sorted by HS 2022 then HS 2017 code, one row per link, in canonical CSV form', () => {
    const keys = rows.map((row) => `${str(row, 'hs2022')}-${str(row, 'hs2017')}`);
    expect(keys).toEqual([...keys].sort());
    expect(new Set(keys).size).toBe(keys.length);
    const cells = rows.map((row) => COLUMNS.map((column) => row[column] ?? null));
    expect(formatCsv(COLUMNS, cells) === text, 'rewriting the rows changes the file').toBe(true);
  });

  it('labels each link by how many codes its two ends have (HS 2022 side first)', () => {
    const { of2022, of2017 } = neighbours(rows);
    const label = (row: CsvRow): string => {
      const left = (of2017.get(str(row, 'hs2017'))?.length ?? 0) > 1 ? 'n' : '1';
      const right = (of2022.get(str(row, 'hs2022'))?.length ?? 0) > 1 ? 'n' : '1';
      return `${left}:${right}`;
    };
    expect(rows.filter((row) => row['relationship'] !== label(row))).toEqual([]);
  });

  it('leaves out the unchanged codes (a 1:1 link of a code to itself)', () => {
    const same = rows.filter((r) => r['relationship'] === '1:1' && r['hs2022'] === r['hs2017']);
    expect(same).toEqual([]);
  });

  it('marks as diffuse the links of the 15 codes with over 50 UNSD links, bar their own number', () => {
    const { of2022 } = neighbours(rows.filter((row) => row['source'] === 'UNSD'));
    const wide = [...of2022].filter(([, codes]) => codes.length > 50).map(([code]) => code);
    expect(wide.sort()).toEqual(DIFFUSE_CODES);
    const diffuse = (row: CsvRow): boolean =>
      row['source'] === 'UNSD' &&
      DIFFUSE_CODES.includes(str(row, 'hs2022')) &&
      row['hs2022'] !== row['hs2017'];
    expect(rows.filter((row) => row['diffuse'] !== String(diffuse(row)))).toEqual([]);
  });

  it('adds only the links missing from the UNSD table: 8541.50 to 8541.51/.59, 9114.90 to itself', () => {
    const added = rows.filter((row) => row['source'] === 'added');
    expect(added.map((row) => `${str(row, 'hs2022')}<${str(row, 'hs2017')}`)).toEqual([
      '854151<854150',
      '854159<854150',
      '911490<911490',
    ]);
  });

  it('leaves no HS 2017 code without a successor outside the diffuse links', () => {
    const { of2017 } = neighbours(rows.filter((row) => row['diffuse'] === 'false'));
    const orphans = [...new Set(rows.map((row) => str(row, 'hs2017')))].filter(
      (code) => !of2017.has(code),
    );
    expect(orphans).toEqual([]);
  });

  it('lists every CHPL code with its tier, and flags its HS 2017 counterparts', () => {
    const tiers = new Map(chpl.map((entry) => [str(entry, 'hs6'), str(entry, 'tier')]));
    expect(tiers.size).toBe(50);
    const listed = new Set(rows.map((row) => str(row, 'hs2022')));
    for (const code of tiers.keys()) expect(listed.has(code), code).toBe(true);
    const counterparts = new Set(
      rows
        .filter((row) => tiers.has(str(row, 'hs2022')) && row['diffuse'] === 'false')
        .map((row) => str(row, 'hs2017')),
    );
    const wrong = rows.filter(
      (row) =>
        row['chpl_tier'] !== (tiers.get(str(row, 'hs2022')) ?? null) ||
        row['chpl_counterpart'] !== String(counterparts.has(str(row, 'hs2017'))),
    );
    expect(wrong).toEqual([]);
    // Hand-checked: the HS 2017 codes the CHPL's HS 2022 codes come from.
    for (const code of ['854140', '854150', '852580', '880330', '854890', '852990', '854231'])
      expect(counterparts.has(code), code).toBe(true);
  });

  it('covers every six-digit code of hs.csv', () => {
    const listed = new Set(rows.flatMap((row) => [str(row, 'hs2022'), str(row, 'hs2017')]));
    for (const row of hs.filter((r) => r['level'] === '6'))
      expect(listed.has(str(row, 'hs')), str(row, 'hs')).toBe(true);
  });

  it.each([
    ['851771', '851770'],
    ['851779', '851770'],
    ['852589', '852580'],
    ['854149', '854140'],
    ['854800', '854890'],
    ['880621', '852580'],
    ['880621', '880211'],
    ['880730', '880330'],
    ['940541', '940540'],
  ])('links HS 2022 %s to HS 2017 %s', (hs2022, hs2017) => {
    const link = rows.find((row) => row['hs2022'] === hs2022 && row['hs2017'] === hs2017);
    expect(link?.['diffuse']).toBe('false');
  });
});

describe('comparable groups (hs_groups)', () => {
  let db: NodeDuckDB;
  beforeAll(async () => {
    db = await openNodeDuckDB();
    await db.query(createReferenceTableSql('hs_concordance', join(ROOT, FILE)));
    await db.query(CREATE_HS_GROUPS_SQL);
  });
  afterAll(() => db.close());

  async function groupsOf(codes: HsCode[]) {
    const { sql, params } = hsGroupsOfSql(codes);
    return db.query(sql, params);
  }

  async function members(groupId: string): Promise<string[]> {
    const found = await db.query(
      `SELECT edition || ':' || hs6 AS code FROM hs_groups WHERE group_id = ? ORDER BY code`,
      [groupId],
    );
    return found.map((row) => String(row['code']));
  }

  it('splits HS 2017 8541.40 into 8541.41 to 8541.49 (LEDs, photovoltaic cells, other)', async () => {
    expect(await members('854140')).toEqual([
      '2017:854140',
      '2022:854141',
      '2022:854142',
      '2022:854143',
      '2022:854149',
    ]);
    expect(await groupsOf([{ edition: 2022, hs6: '854149' }])).toEqual([
      {
        edition: 2022,
        hs6: '854149',
        group_id: '854140',
        new_code: true,
        has_baseline: true,
        unchanged: false,
      },
    ]);
  });

  it('puts drones (8806) with the aircraft (8802) and cameras (8525.80) they came from', async () => {
    const group = await members('852580');
    for (const code of ['880211', '880212', '880220', '880230', '880240'])
      expect(group).toContain(`2017:${code}`);
    for (const code of ['880610', '880621', '880629', '880699', '852581', '852589'])
      expect(group).toContain(`2022:${code}`);
    expect(group).toContain('2017:852580');
    expect(group).not.toContain('2017:880260');
    const found = await groupsOf([
      { edition: 2022, hs6: '880699' },
      { edition: 2017, hs6: '880220' },
      { edition: 2022, hs6: '852589' },
      { edition: 2022, hs6: '880260' },
    ]);
    expect(found.map((row) => [row['hs6'], row['group_id'], row['new_code']])).toEqual([
      ['880699', '852580', true],
      ['880220', '852580', false],
      ['852589', '852580', true],
      ['880260', '880260', false],
    ]);
  });

  it('maps parts of aircraft and UAVs (8807) to the old parts heading 8803', async () => {
    expect(await members('880330')).toEqual(['2017:880330', '2022:880730']);
    expect(await members('880310')).toEqual(['2017:880310', '2022:880710']);
  });

  it('gives 8541.51/8541.59 the baseline 8541.50, and 8517.71/8517.79 the baseline 8517.70', async () => {
    expect(await members('854150')).toEqual(['2017:854150', '2022:854151', '2022:854159']);
    expect(await members('851770')).toEqual(['2017:851770', '2022:851771', '2022:851779']);
  });

  it('leaves flat panel display modules (8524) and e-waste (8549.21…99) without a baseline', async () => {
    const found = await groupsOf([
      { edition: 2022, hs6: '852411' },
      { edition: 2022, hs6: '854921' },
    ]);
    expect(found.map((row) => [row['group_id'], row['new_code'], row['has_baseline']])).toEqual([
      ['852411', true, false],
      ['854921', true, false],
    ]);
  });

  it('keeps unchanged CHPL codes as their own groups, in both editions', async () => {
    const codes = ['854231', '854232', '854233', '854239', '848210', '853400', '851762', '903082'];
    const found = await groupsOf(
      codes.flatMap((hs6) => [2017, 2022].map((edition) => ({ edition, hs6 }) as HsCode)),
    );
    for (const row of found) {
      expect(row['group_id'], String(row['hs6'])).toBe(row['hs6']);
      expect(row['unchanged'], String(row['hs6'])).toBe(true);
      expect(row['new_code']).toBe(false);
    }
  });

  it('treats a code the concordance does not list as unchanged', async () => {
    expect(await groupsOf([{ edition: 2017, hs6: '010121' }])).toEqual([
      {
        edition: 2017,
        hs6: '010121',
        group_id: '010121',
        new_code: false,
        has_baseline: true,
        unchanged: true,
      },
    ]);
  });

  it('gives every CHPL code a baseline; six of them are numbers new in HS 2022', async () => {
    const codes = chpl.map((entry) => ({ edition: 2022, hs6: str(entry, 'hs6') }) as HsCode);
    const found = await groupsOf(codes);
    expect(found.filter((row) => !row['has_baseline'])).toEqual([]);
    const fresh = found.filter((row) => row['new_code']).map((row) => String(row['hs6']));
    expect(fresh.sort()).toEqual(['852589', '854149', '854151', '854159', '854800', '880730']);
  });

  it('agrees with connected components computed here, and no two groups share a name', async () => {
    const parent = new Map<string, string>();
    const find = (node: string): string => {
      const up = parent.get(node) ?? node;
      if (up === node) return node;
      const root = find(up);
      parent.set(node, root);
      return root;
    };
    for (const row of rows) {
      const [a, b] = [`2022:${str(row, 'hs2022')}`, `2017:${str(row, 'hs2017')}`];
      parent.set(a, find(a));
      parent.set(b, find(b));
      if (row['diffuse'] === 'false') parent.set(find(a), find(b));
    }
    const byRoot = new Map<string, string[]>();
    for (const node of parent.keys())
      byRoot.set(find(node), [...(byRoot.get(find(node)) ?? []), node]);
    const expected = [...byRoot.values()].map((nodes) => nodes.sort().join(' ')).sort();
    const found = await db.query(
      `SELECT string_agg(edition || ':' || hs6, ' ' ORDER BY edition || ':' || hs6) AS nodes
       FROM hs_groups GROUP BY group_id ORDER BY nodes`,
    );
    expect(found.map((row) => String(row['nodes']))).toEqual(expected);
  });
});

describe('hsEditionOf', () => {
  it('reads trade up to 2021 in HS 2017 and from 2022 in HS 2022', () => {
    expect([2019, 2021, 2022, 2024].map(hsEditionOf)).toEqual([2017, 2017, 2022, 2022]);
  });
});

describe('the products the analysis compares (hs_comparable)', () => {
  let db: NodeDuckDB;
  beforeAll(async () => {
    db = await openNodeDuckDB();
    await loadReferenceTables(db);
  });
  afterAll(() => db.close());

  const rowOf = async (hs6: string) =>
    (await db.query(`SELECT * EXCLUDE (hs6) FROM hs_comparable WHERE hs6 = ?`, [hs6]))[0];

  it('compares 854140 and the four codes it became as one group, in heading 8541, tier 3.A', async () => {
    for (const hs6 of ['854140', '854141', '854149'])
      expect(await rowOf(hs6), hs6).toEqual({
        product6: 'rev:854140',
        product4: '8541',
        tier: null,
        group_tier: '3.A',
        old_codes: '854140',
        new_codes: '854141,854142,854143,854149',
      });
  });

  it('leaves a group spanning two headings out of the HS-4 level (880330 became 880730)', async () => {
    expect(await rowOf('880730')).toMatchObject({ product6: 'rev:880330', product4: null });
    expect(await rowOf('880330')).toMatchObject({ product6: 'rev:880330', product4: null });
  });

  it('does not compare a new code with no HS 2017 counterpart (flat panel modules, 852411)', async () => {
    expect(await rowOf('852411')).toMatchObject({ product6: null, product4: null, tier: null });
  });

  it('keeps an unchanged CHPL code as itself, in its heading and tier', async () => {
    expect(await rowOf('854231')).toEqual({
      product6: '854231',
      product4: '8542',
      tier: '1',
      group_tier: '1',
      old_codes: null,
      new_codes: null,
    });
    expect(await rowOf('847130')).toBeUndefined();
  });
});
