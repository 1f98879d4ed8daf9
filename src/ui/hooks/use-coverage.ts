import type { Coverage } from '../../data/coverage/read-coverage';
import type { DatasetSummary } from '../../data/dataset';
import { queryCoverage } from '../../data/coverage-query';
import { engineText } from '../EngineDetails';
import { useQueryState } from './use-keyed-query';

/**
 * The coverage of the loaded dataset, or the database's words about why it could not be read;
 * both null while reading.
 */
export interface CoverageState {
  coverage: Coverage | null;
  error: string | null;
}

const read = (_summary: DatasetSummary, signal: AbortSignal) => queryCoverage(signal);

/**
 * What the loaded dataset covers, read when `summary` is given (the panel is open) and again
 * after each load; a result that arrives after the dataset changed is dropped.
 */
export function useCoverage(summary: DatasetSummary | null): CoverageState {
  const { data, error } = useQueryState(summary, read, 'Coverage query');
  return { coverage: data, error: error === null ? null : engineText(error) };
}
