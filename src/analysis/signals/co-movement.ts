import type { CorridorRow } from '../corridor';
import { linear, only, type Signal } from './signal';

/** Years apart the two legs of an annual corridor may peak and still count as moving together. */
const PEAK_YEARS_APART = 1;
/**
 * Legs of an annual corridor that peak within a year of each other count as moving together,
 * moderately: over four to six years a correlation says little, and with fewer there is none.
 */
export const PEAK_ALIGNMENT = 0.5;

/**
 * The co-movement of the legs: measured month by month; for an annual corridor, the yearly
 * correlation (at least four shared years) or, if higher, {@link PEAK_ALIGNMENT} when the legs
 * peak within a year of each other.
 */
function coMovementOf(row: CorridorRow): number | null {
  if (row.frequency === 'monthly') return row.coMovement;
  const [a, b] = [row.first.peakYear, row.second.peakYear];
  const aligned = a !== null && b !== null && Math.abs(a - b) <= PEAK_YEARS_APART;
  const measured = row.coMovement ?? (a === null || b === null ? null : 0);
  if (measured === null) return null;
  return aligned ? Math.max(measured, PEAK_ALIGNMENT) : measured;
}

/** The legs rise and fall together (the second up to a few months behind). */
export const coMovement: Signal<'coMovement'> = {
  name: 'coMovement',
  weight: 2,
  role: 'together',
  measure: ({ row }) => only(coMovementOf(row)),
  strength: linear(0.2, 0.8),
  format: (_locale, x) => `r = ${x.toFixed(2)}`,
};
