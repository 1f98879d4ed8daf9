import { formatRatio } from '../../i18n';
import { logRamp, only, type Signal, type SignalValue } from './signal';

/**
 * A ratio below ×1.5 is ordinary growth (Taiwan's chip exports to Turkey grew ×1.3 between
 * the periods with no onward surge), so the surge strength starts there; ×20 is full strength.
 */
export const SURGE_RAMP = { low: 1.5, high: 20 } as const;

/** A leg's surge on the {@link SURGE_RAMP}. */
export function surgeStrength({ value }: SignalValue): number {
  return value === null ? 0 : logRamp(value, SURGE_RAMP.low, SURGE_RAMP.high);
}

/** The origin's exports to the intermediary after the cut-off, net of a boom everywhere. */
export const firstLegSurge: Signal<'firstLegSurge'> = {
  name: 'firstLegSurge',
  weight: 2,
  role: 'first',
  measure: ({ first }) => only(first.relativeSurge),
  strength: surgeStrength,
  format: formatRatio,
};
