import { levelsOf, type LevelSetting, type ProductLevel } from '../../../analysis/params';
import { TIER_PREFIX } from '../../../analysis/products';
import { quoteIdent, quoteLiteral } from '../quote';

/** The working tables of one corridor analysis, each name already quoted for SQL. */
export interface CorridorTables {
  /** One row: the analysis parameters, and the post period's end resolved from the data. */
  params: string;
  /** Every month from the baseline's start to the post period's end, with its index and phase. */
  months: string;
  /** Which reporter reports which direction ('X' or 'M') in which month (a view of the store). */
  coverage: string;
  /**
   * The pre-aggregated cube: exporter a → importer b, per product and month, a's reported
   * exports and b's reported (mirror) imports, with weights (a view of the store).
   */
  cube: string;
  /** Every pair × month: who reports it, and so which source the leg takes. */
  pairMonths: string;
  /** The chosen value of each leg per month (reported, else mirror ÷ CIF/FOB factor). */
  legs: string;
  /** Per leg (a, b, product): baseline and post means, totals, unit values, source. */
  series: string;
  /** Corridors worth scoring: both legs above the minimum value and rising. */
  candidates: string;
  /** The candidates' intermediaries' monthly exports to and imports from the world. */
  world: string;
  /** The origins' monthly exports of each candidate product to all but the destinations. */
  totals: string;
  /** Each candidate's two legs month by month, with the same flow to everyone else. */
  candidateMonths: string;
  /** Per candidate leg: the flow to everyone else, in the baseline and in the peak window. */
  benchmarks: string;
  /** Best lagged correlation of each candidate's two legs. */
  comovement: string;
  /**
   * Which reporter gives whole years (annual rows, or all twelve months) of exports or imports,
   * by partner ('partners') or to the World only ('world') (a view of the store).
   */
  yearCoverage: string;
  /** Like the cube, by year: exporter a → importer b (or 'WLD'), per product (a view). */
  yearCube: string;
  /** Each pair × product × known year: the leg's value and where it comes from. */
  yearLegs: string;
  /** Per yearly leg: baseline and post figures, the year before the cut-off, the best year. */
  yearSeries: string;
  /** Corridors scored by year where the months cannot score them: full or partial evidence. */
  yearCandidates: string;
  /** Every route considered for a dual-use product, and how far the data let it be scored. */
  routes: string;
  /** The store the working tables read from (see store.ts). */
  store: StoreTables;
}

/**
 * The scoring's store: what a scoring reads from the raw `trade` table, built once per load
 * instead of on every change of settings (see openStore). Its facts (who reports what, when)
 * and its world trade depend on the rows alone; its two cubes on the rows, the origins and
 * destinations. Cubes and world trade are built one product level at a time, as settings ask
 * for them. None depends on the periods: each spans every month and year of the data, and
 * each scoring reads it cut to its own window (see windowViewsSql), which gives exactly what
 * building it for that window would.
 */
export interface StoreTables {
  /**
   * What each part of the facts and world trade was built from: rows (`part`, `key`), a
   * part's row written once it is whole.
   */
  key: string;
  /** The kinds of monthly rows (`re`, `len`): see levelMixed. */
  kinds: string;
  /** One row: the data's last month with monthly rows (`last_month`) and last year. */
  extent: string;
  /** Which reporter reports which direction ('X' or 'M') in which month, by partner. */
  coverage: string;
  /** Whole years each reporter gives, per direction and partner scope (see factsSql). */
  yearCoverage: string;
  /** Each reporter and year with exports to the World. */
  worldYears: string;
  /** What each reporter gives, for the analysis's output (see ReporterCoverage). */
  reporters: string;
  /** Like `key`, for the two cubes, which may belong to another prefix (see storeTables). */
  cubeKey: string;
  /** The monthly cube, every month, with the product `level` of each row. */
  cube: string;
  /** The yearly cube, every year, with the product `level` of each row. */
  yearCube: string;
  /**
   * Intermediaries' monthly trade with the World, every month, per `level`: each
   * intermediary's rows added as it first becomes a candidate (see worldSql).
   */
  world: string;
}

/**
 * The store's tables, each name starting with `prefix` + 'store_', quoted for SQL; the two
 * cubes and their key with `cubePrefix` + 'store_': scorings towards other destinations share
 * the facts and world trade, which depend on the rows alone, and keep cubes of their own.
 */
export function storeTables(prefix: string, cubePrefix = prefix): StoreTables {
  const name = (suffix: string) => quoteIdent(`${prefix}store_${suffix}`);
  const cubeName = (suffix: string) => quoteIdent(`${cubePrefix}store_${suffix}`);
  return {
    key: name('key'),
    kinds: name('kinds'),
    extent: name('extent'),
    coverage: name('coverage'),
    yearCoverage: name('year_coverage'),
    worldYears: name('world_years'),
    reporters: name('reporters'),
    cubeKey: cubeName('cube_key'),
    cube: cubeName('cube'),
    yearCube: cubeName('year_cube'),
    world: name('world'),
  };
}

/**
 * The names of the working tables, all starting with `prefix`. They are ordinary tables, not
 * TEMP ones: the browser runs each statement on a fresh connection, and TEMP tables would
 * vanish between statements. Two analyses at once need two prefixes. The store they read is
 * `storePrefix`'s, its cubes `cubePrefix`'s (see storeTables): a scoring may share another's.
 */
export function corridorTables(
  prefix = 'corridor_',
  storePrefix = prefix,
  cubePrefix = storePrefix,
): CorridorTables {
  const name = (suffix: string) => quoteIdent(`${prefix}${suffix}`);
  return {
    params: name('params'),
    months: name('months'),
    coverage: name('coverage'),
    cube: name('cube'),
    pairMonths: name('pair_months'),
    legs: name('legs'),
    series: name('series'),
    candidates: name('candidates'),
    world: name('world'),
    totals: name('totals'),
    candidateMonths: name('candidate_months'),
    benchmarks: name('benchmarks'),
    comovement: name('comovement'),
    yearCoverage: name('year_coverage'),
    yearCube: name('year_cube'),
    yearLegs: name('year_legs'),
    yearSeries: name('year_series'),
    yearCandidates: name('year_candidates'),
    routes: name('routes'),
    store: storeTables(storePrefix, cubePrefix),
  };
}

/** The working tables that are views of the store, cut to a scoring's window. */
const VIEWS = new Set<keyof CorridorTables>(['coverage', 'yearCoverage', 'cube', 'yearCube']);

/**
 * SQL dropping every working table and view (names as {@link corridorTables} gives them,
 * quoted), and the store's tables too with `store` (not by default: other scorings may read it).
 */
export function dropCorridorTablesSql(tables: CorridorTables, store = false): string[] {
  const drops = Object.entries(tables).flatMap(([key, name]) =>
    typeof name !== 'string'
      ? []
      : [`DROP ${VIEWS.has(key as keyof CorridorTables) ? 'VIEW' : 'TABLE'} IF EXISTS ${name}`],
  );
  const stored = store ? Object.values(tables.store).map((t) => `DROP TABLE IF EXISTS ${t}`) : [];
  return [...drops, ...stored];
}

/** SQL for the direction of a flow: re-exports count as exports, re-imports as imports. */
export const DIRECTION_SQL = "CASE WHEN t.flow IN ('X', 'RX') THEN 'X' ELSE 'M' END";

/**
 * A row's product at a level, from `hs_comparable` (joined as `m` on the row's HS-6 code, see
 * hs-concordance.ts): a code the 2022 revision changed is compared in its group (HS-6) or
 * left out (a heading or tier whose goods it would change); every other code as itself.
 */
function productExpression(level: ProductLevel): string {
  if (level === 'tier') return `${quoteLiteral(TIER_PREFIX)} || m.tier`;
  const own = `left(t.hs, ${Number(level)})`;
  if (level === '2') return own;
  return `coalesce(m.product${level}, ${own})`;
}

function levelJoin(level: ProductLevel): string {
  if (level === 'tier') return 'JOIN hs_comparable m ON m.hs6 = t.hs AND m.tier IS NOT NULL';
  if (level === '2') return '';
  return 'LEFT JOIN hs_comparable m ON m.hs6 = left(t.hs, 6)';
}

/** Rows a level leaves out: codes of a revised group it cannot compare (see productExpression). */
function levelFilter(level: ProductLevel): string {
  if (level === '6' || level === '4')
    return ` AND (m.hs6 IS NULL OR m.product${level} IS NOT NULL)`;
  return '';
}

/** The shortest HS code a level can use: a tier is made of HS-6 codes. */
export const minCodeLength = (level: ProductLevel) => (level === 'tier' ? 6 : Number(level));

/**
 * SQL: the detail (HS code length) a reporter must give for its silence on a product to mean
 * zero: the product's own length for a chapter or a heading, 6 for an HS-6 code, a revision
 * group or a CHPL tier (made of HS-6 codes). A year a reporter gave only headings says nothing
 * of their subheadings (see the coverage tables' `detail`).
 */
export const productDetailSql = (product: string) =>
  `CASE WHEN regexp_full_match(${product}, '[0-9]{2}|[0-9]{4}') THEN length(${product}) ELSE 6 END`;

/**
 * A SELECT of the monthly trade rows in the analysis window, mapped to the product levels of
 * the setting (under 'all', each row once per level: as its HS-6, its HS-4 and its tier):
 * month, reporter, partner, dir, product, value_usd, net_kg, plus `re` (a re-export or
 * re-import row) and `len` (the HS code's length), which {@link PREFERRED_ROWS_SQL} uses to
 * avoid counting the same flow twice.
 */
export function levelRowsSql(setting: LevelSetting, params: string, where: string): string {
  return mappedRowsSql(setting, params, where, MONTHS);
}

/** Which rows a mapping reads and how it dates them. */
interface Window {
  columns: string;
  filter: string;
}

const MONTHS: Window = {
  columns: 't.period AS month',
  filter: "t.freq = 'M' AND t.period BETWEEN p.base_start AND p.post_end",
};

/** Every month of the data, for the store. */
const ALL_MONTHS: Window = { columns: MONTHS.columns, filter: "t.freq = 'M'" };

/** Every year of the data, for the store: monthly rows and whole-year annual rows. */
const ALL_YEARS: Window = {
  columns: 'year(t.period) AS year, t.freq',
  filter: "(t.freq = 'M' OR (t.freq = 'A' AND coalesce(t.months, 12) = 12))",
};

/** Like {@link levelRowsSql} for the store: one level, every month of the data. */
export function storeRowsSql(level: ProductLevel, params: string, where: string): string {
  return mappedRowsSql(level, params, where, ALL_MONTHS);
}

/**
 * Like {@link storeRowsSql} for the yearly cube: monthly rows and whole-year annual rows
 * (partial years are left out), dated by `year`, with their `freq`.
 */
export function storeYearRowsSql(level: ProductLevel, params: string, where: string): string {
  return mappedRowsSql(level, params, where, ALL_YEARS);
}

function mappedRowsSql(setting: LevelSetting, params: string, where: string, window: Window) {
  return levelsOf(setting)
    .map(
      (level) => `SELECT ${window.columns}, t.reporter, t.partner, ${DIRECTION_SQL} AS dir,
    t.flow IN ('RX', 'RM') AS re, length(t.hs) AS len, ${productExpression(level)} AS product,
    t.value_usd, t.net_kg
  FROM trade t ${levelJoin(level)}
  CROSS JOIN ${params} p
  WHERE ${window.filter}
    AND length(t.hs) >= ${minCodeLength(level)} AND t.reporter <> t.partner AND (${where})${levelFilter(level)}`,
    )
    .join('\nUNION ALL\n');
}

/**
 * Keeps, per month × reporter × partner × direction × product, one kind of row: exports or
 * imports before re-exports or re-imports (which they include), and the coarsest HS level
 * the source gives (a heading's total before a partial sum of its subheadings).
 */
export const PREFERRED_ROWS_SQL =
  'QUALIFY row_number() OVER (PARTITION BY month, reporter, partner, dir, product ORDER BY re, len) = 1';

/**
 * Columns naming a corridor's product `c.product` (with {@link PRODUCT_JOINS_SQL}): its HS
 * description in both languages, its CHPL tier(s) (a heading's or a chapter's: those of its
 * listed codes; a revision group's: its lowest), and a revision group's HS 2017 and HS 2022
 * codes.
 */
export const PRODUCT_COLUMNS_SQL = `h.desc_en AS product_en, h.desc_zh AS product_zh,
  coalesce(h.chpl_tier, r.group_tier, (SELECT string_agg(DISTINCT x.chpl_tier, ',' ORDER BY x.chpl_tier)
    FROM hs_codes x WHERE x.level = 6 AND x.chpl_tier IS NOT NULL
      AND length(c.product) IN (2, 4) AND starts_with(x.hs, c.product))) AS chpl_tier,
  r.old_codes AS revision_old, r.new_codes AS revision_new`;

/** The joins {@link PRODUCT_COLUMNS_SQL} reads. */
export const PRODUCT_JOINS_SQL = `LEFT JOIN hs_codes h ON h.hs = c.product
LEFT JOIN (SELECT DISTINCT product6, group_tier, old_codes, new_codes FROM hs_comparable
  WHERE old_codes IS NOT NULL) r ON r.product6 = c.product`;
