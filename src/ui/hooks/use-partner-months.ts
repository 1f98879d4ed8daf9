import { useEffect, useState } from 'react';
import type { DatasetSummary } from '../../data/dataset';
import { queryPartnerMonths, type PartnerMonths } from '../../data/partner-months';

/**
 * `origin`'s CHPL exports by partner, month and tier over the whole dataset, queried once on
 * each load: the map's every window and the timeline's playback are then worked out from it.
 */
export function usePartnerMonths(summary: DatasetSummary | null, origin: string) {
  const [months, setMonths] = useState<PartnerMonths | null>(null);
  useEffect(() => {
    if (!summary) return;
    let current = true;
    queryPartnerMonths(origin)
      .then((result) => current && setMonths(result))
      .catch((error: unknown) => console.error('Monthly flow query failed', error));
    return () => {
      current = false;
    };
  }, [summary, origin]);
  return months;
}
