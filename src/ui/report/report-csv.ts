import { monthOf } from '../../analysis/month';
import { csvText } from '../exports/csv';
import {
  periodOf,
  sortedMonthly,
  type MapRoute,
  type MonthlyValue,
  type MonthRange,
} from './report-model';

/** Every file the report offers starts with this, as the workspace's exports do. */
const FILE_PREFIX = 'taiwan-dual-use_report';

/** The tables the report offers as CSV. */
export type ReportTable = 'corridors' | 'map-routes' | 'monthly-exports';

/** `taiwan-dual-use_report_<table>_<YYYY-MM-DD>.csv`, dated by the report's generation (UTC). */
export function reportFileName(table: ReportTable, generatedAt: string): string {
  const date = /^\d{4}-\d{2}-\d{2}/.exec(generatedAt)?.[0] ?? 'undated';
  return `${FILE_PREFIX}_${table}_${date}.csv`;
}

/** The monthly series as CSV: month ('YYYY-MM'), value in plain US$, and its period. */
export function monthlyCsv(
  monthly: readonly MonthlyValue[],
  baseline: MonthRange,
  post: MonthRange,
): string {
  return csvText(
    ['month', 'value_usd', 'period'],
    sortedMonthly(monthly).map((m) => [
      monthOf(m.month),
      m.valueUsd,
      periodOf(m.month, baseline, post),
    ]),
  );
}

/** The map's routes as CSV: codes, English and Chinese names, ranks, value and top score. */
export function routesCsv(routes: readonly MapRoute[]): string {
  return csvText(
    [
      'origin',
      'via',
      'destination',
      'via_en',
      'via_zh',
      'destination_en',
      'destination_zh',
      'ranks',
      'value_usd',
      'max_score',
    ],
    routes.map((r) => [
      r.origin,
      r.via,
      r.destination,
      r.names.via.en,
      r.names.via['zh-TW'],
      r.names.destination.en,
      r.names.destination['zh-TW'],
      r.ranks.join(' '),
      r.valueUsd,
      r.score,
    ]),
  );
}
