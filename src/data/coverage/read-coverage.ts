import type { SqlQuery } from '../sql/query';
import type { SqlRunner } from '../sql-runner';
import { coverageCellsSql } from '../sql/coverage/cells';
import { readCoverageCell, type CoverageCell } from './cells';
import { coverageRoutes, type CoverageRoute } from './model';
import { coverageScope, type CoverageScope } from './scope';
import {
  chplCodesSql,
  countryCodesSql,
  coverageSpanSql,
  presentIntermediariesSql,
} from '../sql/coverage/span';

/** An economy's codes and names, as the download plan writes them. */
export interface CountryInfo {
  iso3: string;
  /** UN Comtrade's code (490 for Taiwan); null where it has none. */
  un: number | null;
  en: string;
  zh: string;
}

/** Everything the matrix and the plan are made from. */
export interface Coverage {
  scope: CoverageScope;
  cells: CoverageCell[];
  routes: CoverageRoute[];
  /** The CHPL's HS-6 codes. */
  chpl: string[];
  /** Codes and names of every economy of the scope. */
  countries: Map<string, CountryInfo>;
}

/** Which routes to read, and from which table. */
export interface CoverageOptions {
  /** The canonical trade table (default 'trade'). */
  table?: string;
  origin?: string | undefined;
  /** Intermediaries instead of the intermediaries of concern (those the data adds still come). */
  intermediaries?: readonly string[] | undefined;
  /** More intermediaries (the analysis's flagged corridors', say). */
  extra?: readonly string[];
  destinations?: readonly string[] | undefined;
}

/**
 * Reads the coverage of the routes from a canonical trade table: its span, the intermediaries
 * it adds, every leg × year, the CHPL codes and the economies' codes and names. Needs the
 * `countries` and `hs_codes` reference tables. The same SQL runs in the browser and in Node.
 */
export async function readCoverage(
  db: SqlRunner,
  options: CoverageOptions = {},
): Promise<Coverage> {
  const table = options.table ?? 'trade';
  const run = (query: SqlQuery) => db.query(query.sql, query.params);
  const [span] = await run(coverageSpanSql(table));
  const draft = coverageScope({ years: [], lastMonth: null }, [], options);
  const present = await run(presentIntermediariesSql(draft.origin, draft.destinations, table));
  const scope = coverageScope(
    {
      years: span?.years == null ? [] : String(span.years).split(',').map(Number),
      lastMonth: span?.last_month == null ? null : String(span.last_month),
    },
    [...(options.extra ?? []), ...present.map((r) => String(r.iso3))],
    options,
  );
  const cells = (await run(coverageCellsSql(scope, table))).map(readCoverageCell);
  const chpl = (await run(chplCodesSql())).map((r) => String(r.hs));
  const codes = [scope.origin, ...scope.intermediaries, ...scope.destinations];
  const countries = new Map(
    (await run(countryCodesSql(codes))).map((r): [string, CountryInfo] => [
      String(r.iso3),
      {
        iso3: String(r.iso3),
        un: r.un_code == null ? null : Number(r.un_code),
        en: String(r.name_en),
        zh: String(r.name_zh),
      },
    ]),
  );
  return { scope, cells, routes: coverageRoutes(cells, scope), chpl, countries };
}
