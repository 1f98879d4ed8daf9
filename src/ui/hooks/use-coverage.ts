import { useEffect, useState } from 'react';
import type { Coverage } from '../../data/coverage/read-coverage';
import type { DatasetSummary } from '../../data/dataset';
import { queryCoverage } from '../../data/coverage-query';

/** The coverage of the loaded dataset, or why it could not be read; both null while reading. */
export interface CoverageState {
  coverage: Coverage | null;
  error: string | null;
}

/**
 * What the loaded dataset covers, read when `summary` is given (the panel is open) and again
 * after each load; a result that arrives after the dataset changed is dropped.
 */
export function useCoverage(summary: DatasetSummary | null): CoverageState {
  const [state, setState] = useState<{ for: DatasetSummary; result: CoverageState } | null>(null);
  useEffect(() => {
    if (summary === null) return;
    let current = true;
    queryCoverage()
      .then((coverage) => current && setState({ for: summary, result: { coverage, error: null } }))
      .catch((error: unknown) => {
        console.error('Coverage query failed', error);
        const message = error instanceof Error ? error.message : String(error);
        if (current) setState({ for: summary, result: { coverage: null, error: message } });
      });
    return () => {
      current = false;
    };
  }, [summary]);
  return state !== null && state.for === summary ? state.result : { coverage: null, error: null };
}
