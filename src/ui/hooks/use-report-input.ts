import { useMemo } from 'react';
import packageJson from '../../../package.json';
import type { Corridor } from '../../analysis/corridor';
import { monthOf } from '../../analysis/month';
import type { AnalysisParams } from '../../analysis/params';
import type { Place } from '../../data/places';
import type { DatasetSummary } from '../../data/dataset';
import type { PartnerMonths } from '../../data/partner-months';
import { monthTotals } from '../../map/month-window';
import { COUNTRIES_110M_URL } from '../public-files';
import type { ReportInput } from '../report/ReportPage';

/** What the public report is made from. */
interface ReportSources {
  /** Only the report page builds its input (it is dated when made). */
  enabled: boolean;
  summary: DatasetSummary | null;
  corridors: readonly Corridor[] | null;
  params: AnalysisParams | null;
  months: PartnerMonths | null;
  places: ReadonlyMap<string, Place>;
}

/**
 * The report's input from the loaded dataset, the last scoring and the origin's monthly
 * exports; null until all of them are there (the report then says it is being prepared).
 */
export function useReportInput(sources: ReportSources): ReportInput | null {
  const { enabled, summary, corridors, params, months, places } = sources;
  return useMemo(() => {
    if (!enabled || !summary || !corridors || !params || !months) return null;
    const totals = monthTotals(months);
    const dataEnd = monthOf(summary.end);
    return {
      dataset: {
        name: summary.source.name,
        isSample: summary.isSample,
        rows: summary.rows,
        start: summary.start,
        end: summary.end,
        checksum: summary.checksum,
      },
      appVersion: packageJson.version,
      generatedAt: new Date().toISOString(),
      corridors,
      baseline: { start: params.baseline.start, end: params.baseline.end ?? params.baseline.start },
      post: { start: params.post.start, end: params.post.end ?? dataEnd },
      monthly: months.months.map((month, i) => ({ month, valueUsd: totals[i] ?? 0 })),
      places,
      countries110mUrl: COUNTRIES_110M_URL,
    };
  }, [enabled, summary, corridors, params, months, places]);
}
