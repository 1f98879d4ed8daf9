import type { Corridor } from '../../analysis/corridor';
import type { Locale } from '../../i18n';
import { reportFindings, type Finding } from './report-findings';
import {
  closedRange,
  mapAlternative,
  mapRoutes,
  monthlyAlternative,
  originName,
  sortedMonthly,
  TOP_COUNT,
  type MapRoute,
  type MonthRange,
  type ReportInput,
  type TextAlternative,
} from './report-model';

/** What the page shows that is computed from the input, in one language. */
export interface ReportContent {
  /** The top corridors ({@link TOP_COUNT}), for the map, the table and the CSV. */
  top: Corridor[];
  routes: MapRoute[];
  origin: string;
  findings: Finding[];
  mapAlternative: TextAlternative;
  monthlyAlternative: TextAlternative;
  /** The post period with an open end closed at the data's last month. */
  post: MonthRange;
}

/** Everything the report computes from its input, for one language. */
export function reportContent(input: ReportInput, locale: Locale): ReportContent {
  const top = input.corridors.slice(0, TOP_COUNT);
  const { routes, unplaced } = mapRoutes(top, input.places);
  const origin = originName(input, locale);
  const lastMonth = sortedMonthly(input.monthly).at(-1)?.month ?? input.dataset.end;
  return {
    top,
    routes,
    origin,
    findings: reportFindings(input, locale),
    mapAlternative: mapAlternative(routes, unplaced, origin, locale),
    monthlyAlternative: monthlyAlternative(input, locale),
    post: closedRange(input.post, lastMonth),
  };
}
