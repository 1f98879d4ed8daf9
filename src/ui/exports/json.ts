import type { Corridor } from '../../analysis/corridor';
import { analysisToJson, type AnalysisOutcome } from '../../analysis/export';
import type { AnalysisParams } from '../../analysis/params';

/**
 * The analysis as the CLI writes its JSON — the corridors listed, the routes that could not be
 * scored and why, coverage and route counts — indented, ending in a newline, no byte order
 * mark (RFC 8259 forbids one).
 */
export function corridorsJson(
  corridors: readonly Corridor[],
  analysis: Omit<AnalysisOutcome, 'corridors'>,
  params: Pick<AnalysisParams, 'baseline'>,
): string {
  return JSON.stringify(analysisToJson({ ...analysis, corridors }, params), null, 2) + '\n';
}
