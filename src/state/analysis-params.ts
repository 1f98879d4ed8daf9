import {
  parseCodes,
  parseMonthRange,
  ParamsError,
  resolveParams,
  type AnalysisParams,
} from '../analysis/params';
import type { ViewState } from './view-state';

/**
 * The corridor analysis the view asks for, or the reason it cannot be run (kept as the error,
 * not its English message, for the settings panel to say it in the view's language).
 */
export type ParamsOrError =
  { params: AnalysisParams; error: null } | { params: null; error: ParamsError };

/** Turns the view's analysis settings into checked parameters. */
export function analysisParams(view: ViewState): ParamsOrError {
  try {
    const params = resolveParams({
      level: view.level,
      origins: [view.origin],
      destinations: parseCodes(view.destinations),
      baseline: parseMonthRange(view.baseline),
      post: parseMonthRange(view.post),
      minValueUsd: view.minValueUsd,
    });
    return { params, error: null };
  } catch (error) {
    if (!(error instanceof ParamsError)) throw error;
    return { params: null, error };
  }
}

/** The analysis's destinations, or none while the setting is not a list of codes. */
export function destinationCodes(destinations: ViewState['destinations']): string[] {
  try {
    return parseCodes(destinations);
  } catch {
    return [];
  }
}
