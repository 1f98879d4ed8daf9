import { useEffect, useState } from 'react';
import type { DatasetSummary } from '../../data/dataset';
import { queryPartnerFlows, type PartnerFlows } from '../../data/partner-flows';

/** How many months the first map sums: the latest year of data. */
export const FLOW_WINDOW_MONTHS = 12;

/** Taiwan's CHPL exports by partner over the dataset's latest year; re-queried on each load. */
export function usePartnerFlows(summary: DatasetSummary | null, origin: string) {
  const [flows, setFlows] = useState<PartnerFlows | null>(null);
  useEffect(() => {
    if (!summary) return;
    let current = true;
    queryPartnerFlows(origin, FLOW_WINDOW_MONTHS)
      .then((result) => current && setFlows(result))
      .catch((error: unknown) => console.error('Flow query failed', error));
    return () => {
      current = false;
    };
  }, [summary, origin]);
  return flows;
}
