import type { CsvCell, CsvRow } from './csv';
import { HS_DESCRIPTIONS, LOOK_ALIKE_HS6 } from './hs-descriptions';

/** Columns of data/reference/hs.csv, in order. */
export const HS_COLUMNS = ['hs', 'level', 'parent', 'desc_en', 'desc_zh', 'chpl_tier'] as const;

/** The CHPL tiers, as chpl.csv writes them. */
export const CHPL_TIERS: readonly string[] = ['1', '2', '3.A', '3.B', '4.A', '4.B'];

/** One CHPL entry: an HS-6 code, its tier and the list's English description. */
export interface ChplEntry {
  hs6: string;
  tier: string;
  description: string;
}

/** One row of hs.csv. */
export interface HsRow {
  hs: string;
  level: 2 | 4 | 6;
  parent: string | null;
  descEn: string;
  descZh: string;
  chplTier: string | null;
}

/** Checks and types the rows of chpl.csv as read by DuckDB. */
export function parseChpl(rows: readonly CsvRow[]): ChplEntry[] {
  return rows.map((row) => {
    const { hs6, tier, description } = row;
    if (!hs6 || !/^\d{6}$/.test(hs6)) throw new Error(`chpl.csv: bad HS-6 code ${String(hs6)}`);
    if (!tier || !CHPL_TIERS.includes(tier)) throw new Error(`chpl.csv: bad tier for ${hs6}`);
    if (!description) throw new Error(`chpl.csv: no description for ${hs6}`);
    return { hs6, tier, description };
  });
}

function describe(hs: string, chplDescription?: string): { descEn: string; descZh: string } {
  const curated = HS_DESCRIPTIONS[hs];
  const descEn = chplDescription ?? curated?.en;
  if (!descEn || !curated?.zh) throw new Error(`hs-descriptions: no description for HS ${hs}`);
  return { descEn, descZh: curated.zh };
}

/**
 * The HS table: every CHPL code with its tier, the uncontrolled look-alikes, and the HS-4 and
 * HS-2 parents of all of them, sorted by code (so each parent precedes its children).
 */
export function buildHsRows(chpl: readonly ChplEntry[]): HsRow[] {
  const rows = new Map<string, HsRow>();
  const add = (hs: string, tier: string | null, chplDescription?: string): void => {
    const level = hs.length as 2 | 4 | 6;
    const parent = level === 2 ? null : hs.slice(0, level - 2);
    rows.set(hs, { hs, level, parent, ...describe(hs, chplDescription), chplTier: tier });
    if (parent && !rows.has(parent)) add(parent, null);
  };
  for (const entry of chpl) add(entry.hs6, entry.tier, entry.description);
  for (const hs6 of LOOK_ALIKE_HS6) if (!rows.has(hs6)) add(hs6, null);
  return [...rows.values()].sort((a, b) => (a.hs < b.hs ? -1 : a.hs > b.hs ? 1 : 0));
}

/** An HS row as CSV cells in {@link HS_COLUMNS} order. */
export function hsRowCells(row: HsRow): CsvCell[] {
  return [row.hs, row.level, row.parent, row.descEn, row.descZh, row.chplTier];
}
