import { REVISION_PREFIX } from '../../analysis/products';
import type { SqlQuery } from './query';

/** The two editions of the Harmonized System that the concordance links. */
export type HsEdition = 2017 | 2022;

/** An HS-6 code as one edition defines it. */
export interface HsCode {
  edition: HsEdition;
  hs6: string;
}

/** The edition trade of a year is classified in: HS 2017 up to 2021, HS 2022 from 2022. */
export function hsEditionOf(year: number): HsEdition {
  return year >= 2022 ? 2022 : 2017;
}

/**
 * SQL creating table `hs_groups` from `hs_concordance` (data/reference/hs-concordance.csv,
 * loaded by createReferenceTableSql): one row per code of the concordance in each edition.
 *
 * - `group_id`: the code's comparable group, the connected component of the graph whose nodes
 *   are HS 2017 and HS 2022 codes and whose edges are the concordance's links, leaving out the
 *   diffuse ones (`diffuse`, see data/reference/README.md): they would join most of chapters 84
 *   to 95 into one group. Named by the smallest six-digit code in it (of either edition): the
 *   same codes always give the same name, and no two groups share one (checked by the tests).
 *   Trade summed by group before and after 2022 compares like with like.
 * - `new_code`: an HS 2022 code whose number did not exist in HS 2017 (880730, 854151).
 * - `has_baseline`: the group holds at least one HS 2017 code, so the years before 2022 have a
 *   figure to compare with. False for codes whose only links are diffuse (8524, 8549).
 * - `unchanged`: the group is the code itself in both editions (diffuse links aside).
 *
 * A code the concordance does not list is unchanged: the same number and scope in both editions
 * and a group of its own (see {@link hsGroupsOfSql}).
 */
export const CREATE_HS_GROUPS_SQL = `CREATE OR REPLACE TABLE hs_groups AS
WITH RECURSIVE
  links AS (SELECT hs2022, hs2017 FROM hs_concordance WHERE NOT diffuse),
  nodes AS (
    SELECT DISTINCT 2022 AS edition, hs2022 AS hs6 FROM hs_concordance
    UNION SELECT DISTINCT 2017, hs2017 FROM hs_concordance
  ),
  edges AS (
    SELECT 2022 AS edition, hs2022 AS hs6, 2017 AS to_edition, hs2017 AS to_hs6 FROM links
    UNION ALL SELECT 2017, hs2017, 2022, hs2022 FROM links
  ),
  reach(edition, hs6, to_edition, to_hs6) AS (
    SELECT edition, hs6, edition, hs6 FROM nodes
    UNION
    SELECT r.edition, r.hs6, e.to_edition, e.to_hs6
    FROM reach r JOIN edges e ON e.edition = r.to_edition AND e.hs6 = r.to_hs6
  ),
  members AS (SELECT edition, hs6, min(to_hs6) AS group_id FROM reach GROUP BY edition, hs6),
  groups AS (
    SELECT group_id, bool_or(edition = 2017) AS has_baseline,
      count(*) = 2 AND count(DISTINCT hs6) = 1 AS unchanged
    FROM members GROUP BY group_id
  )
SELECT m.edition, m.hs6, m.group_id,
  m.edition = 2022 AND m.hs6 NOT IN (SELECT hs6 FROM nodes WHERE edition = 2017) AS new_code,
  g.has_baseline, g.unchanged
FROM members m JOIN groups g USING (group_id)
ORDER BY m.edition, m.hs6`;

/**
 * The comparable group of each given code (columns as in {@link CREATE_HS_GROUPS_SQL}, in the
 * order given), read from `hs_groups`. A code the concordance does not list is its own group,
 * unchanged, not new, with a baseline.
 */
export function hsGroupsOfSql(codes: readonly HsCode[]): SqlQuery {
  const rows = codes.map(() => '(?, CAST(? AS INTEGER), ?)').join(', ');
  return {
    sql: `WITH wanted(i, edition, hs6) AS (VALUES ${rows})
SELECT w.edition, w.hs6, coalesce(g.group_id, w.hs6) AS group_id,
  coalesce(g.new_code, false) AS new_code, coalesce(g.has_baseline, true) AS has_baseline,
  coalesce(g.unchanged, true) AS unchanged
FROM wanted w LEFT JOIN hs_groups g ON g.edition = w.edition AND g.hs6 = w.hs6
ORDER BY w.i`,
    params: codes.flatMap((code, i) => [i, code.edition, code.hs6]),
  };
}

/**
 * SQL creating table `hs_comparable` from `hs_groups` and `hs_codes`: how the analysis names
 * the goods of an HS-6 code so that the years before and after the 2022 revision compare like
 * with like. One row per code that the revision changed or that is on the CHPL (every other
 * code is compared as itself):
 *
 * - `product6`: the product at the HS-6 level: the code itself, or for a code of a changed group
 *   the group's key, `rev:` and its name (`rev:854140` for 854140 and the four codes it became).
 *   NULL for a code whose group has no HS 2017 code (nothing to compare with): not scored.
 * - `product4`: the product at the HS-4 level: the heading, or NULL where the code's group
 *   spans several headings (880330 became 880730: a heading's years would not compare) or has
 *   no HS 2017 code.
 * - `tier`: the CHPL tier the code counts in at the tier level: its own, or NULL for a code the
 *   revision changed, so that a tier holds the same goods before and after 2022 (a changed code
 *   is compared in its group instead: 854140 held solar cells, and its group holds aircraft).
 * - `group_tier`: the CHPL tier of the code's `product6` (the lowest, if its codes have several;
 *   NULL when none of them is on the list).
 * - `old_codes`, `new_codes`: a changed group's HS 2017 and HS 2022 codes, comma-separated (NULL
 *   for an unchanged code), for naming the group.
 */
export const CREATE_HS_COMPARABLE_SQL = `CREATE OR REPLACE TABLE hs_comparable AS
WITH changed AS (
  SELECT hs6, min(group_id) AS group_id, bool_or(has_baseline) AS has_baseline
  FROM hs_groups WHERE NOT unchanged GROUP BY hs6
),
listed AS (SELECT hs, chpl_tier FROM hs_codes WHERE level = 6 AND chpl_tier IS NOT NULL),
groups AS (
  SELECT c.group_id, count(DISTINCT left(c.hs6, 4)) = 1 AS one_heading, min(l.chpl_tier) AS tier,
    (SELECT string_agg(g.hs6, ',' ORDER BY g.hs6) FROM hs_groups g
      WHERE g.group_id = c.group_id AND g.edition = 2017) AS old_codes,
    (SELECT string_agg(g.hs6, ',' ORDER BY g.hs6) FROM hs_groups g
      WHERE g.group_id = c.group_id AND g.edition = 2022) AS new_codes
  FROM changed c LEFT JOIN listed l ON l.hs = c.hs6
  GROUP BY c.group_id
)
SELECT c.hs6,
  CASE WHEN c.has_baseline THEN '${REVISION_PREFIX}' || c.group_id END AS product6,
  CASE WHEN c.has_baseline AND g.one_heading THEN left(c.hs6, 4) END AS product4,
  CAST(NULL AS VARCHAR) AS tier, g.tier AS group_tier, g.old_codes, g.new_codes
FROM changed c JOIN groups g USING (group_id)
UNION ALL
SELECT hs, hs, left(hs, 4), chpl_tier, chpl_tier, NULL, NULL FROM listed
WHERE hs NOT IN (SELECT hs6 FROM changed)
ORDER BY 1`;
