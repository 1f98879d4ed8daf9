import type { Corridor } from '../../analysis/corridor';
import { corridorsToJson } from '../../analysis/export';
import type { AnalysisParams } from '../../analysis/params';

/**
 * The ranked corridors as the CLI writes corridors.json: indented, ending in a newline, no
 * byte order mark (RFC 8259 forbids one).
 */
export function corridorsJson(
  corridors: readonly Corridor[],
  params: Pick<AnalysisParams, 'baseline'>,
): string {
  return JSON.stringify(corridorsToJson(corridors, params), null, 2) + '\n';
}
